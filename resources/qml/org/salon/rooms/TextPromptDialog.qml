import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Asks for one line of text, such as a nickname, a subject or a reason, and emits textAccepted().
Kirigami.Dialog {
    id: dialog

    property string label
    property string confirmText: qsTr("OK")
    // Whether an empty text may be confirmed.
    property bool allowEmpty: false

    signal textAccepted(string text)

    function openWith(text) {
        field.text = text;
        open();
        field.forceActiveFocus();
        field.selectAll();
    }

    function confirm() {
        if (!allowEmpty && field.text.trim() === "") {
            return;
        }
        close();
        textAccepted(field.text.trim());
    }

    objectName: "textPromptDialog"
    preferredWidth: Kirigami.Units.gridUnit * 20
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "textPromptConfirmAction"
            text: dialog.confirmText
            enabled: dialog.allowEmpty || field.text.trim() !== ""
            onTriggered: dialog.confirm()
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        QQC2.Label {
            text: dialog.label
        }

        QQC2.TextField {
            id: field

            objectName: "textPromptField"
            Layout.fillWidth: true
            onAccepted: dialog.confirm()
        }
    }
}
