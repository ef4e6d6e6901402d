import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Lists the keyboard shortcuts of the window: each Shortcut's description and its keys in the
// platform's notation (nativeText).
Kirigami.Dialog {
    id: dialog

    // The Shortcut objects to list, each with a description property.
    property var shortcuts: []

    objectName: "shortcutsDialog"
    title: qsTr("Keyboard Shortcuts")
    preferredWidth: Kirigami.Units.gridUnit * 24
    standardButtons: Kirigami.Dialog.Close

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: dialog.shortcuts

            delegate: RowLayout {
                required property var modelData

                objectName: "shortcutRow"
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.largeSpacing
                Layout.rightMargin: Kirigami.Units.largeSpacing

                QQC2.Label {
                    objectName: "shortcutDescription"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: modelData.description
                }

                QQC2.Label {
                    objectName: "shortcutKeys"
                    font.bold: true
                    text: modelData.nativeText
                }
            }
        }
    }
}
