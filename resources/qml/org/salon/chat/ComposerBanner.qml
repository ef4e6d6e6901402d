import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// The bar above the message field while the next message replies to one or corrects one: a
// title, the text of that message and a button that emits cancelled().
QQC2.Control {
    id: banner

    property string title
    // The text of the message that is answered or corrected.
    property string text
    property string iconName

    signal cancelled()

    objectName: "composerBanner"
    padding: Kirigami.Units.smallSpacing

    background: Rectangle {
        color: Kirigami.Theme.alternateBackgroundColor
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.Icon {
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
            source: banner.iconName
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "composerBannerTitle"
                Layout.fillWidth: true
                text: banner.title
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }

            QQC2.Label {
                objectName: "composerBannerText"
                Layout.fillWidth: true
                text: banner.text.replace(/\s+/g, " ")
                // The text comes from other people: never markup.
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 1
                color: Kirigami.Theme.disabledTextColor
            }
        }

        QQC2.ToolButton {
            objectName: "composerBannerCancel"
            icon.name: "dialog-cancel"
            display: QQC2.AbstractButton.IconOnly
            text: qsTr("Cancel")
            QQC2.ToolTip.text: qsTr("Cancel (Esc)")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
            onClicked: banner.cancelled()
        }
    }
}
