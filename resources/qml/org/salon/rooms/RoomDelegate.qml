import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// One row of RoomsModel: the room's avatar and name, its subject or the reason of the last failure, its
// state, and badges with the unread messages and the mentions of the user.
QQC2.ItemDelegate {
    id: delegate

    required property string jid
    required property string displayName
    required property string subject
    required property string state
    required property string errorText
    required property int unreadCount
    required property int mentionCount
    required property string avatarHash

    function stateText() {
        switch (state) {
        case "joining":
            return qsTr("Joining…");
        case "left":
            return qsTr("Not joined");
        case "failed":
            return qsTr("Join failed");
        default:
            return "";
        }
    }

    objectName: "roomDelegate"
    width: ListView.view.width

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Avatar {
            objectName: "roomAvatar"
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
            name: delegate.displayName
            source: delegate.avatarHash !== "" ? "image://avatar/" + delegate.avatarHash : ""
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                objectName: "roomName"
                Layout.fillWidth: true
                text: delegate.displayName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.bold: delegate.unreadCount > 0
            }

            QQC2.Label {
                objectName: "roomDetail"
                Layout.fillWidth: true
                visible: text !== ""
                // The subject is set by occupants of the room: never markup.
                text: delegate.errorText !== "" ? delegate.errorText : delegate.subject
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: delegate.errorText !== "" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
            }
        }

        QQC2.Label {
            objectName: "roomState"
            visible: text !== ""
            text: delegate.stateText()
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }

        QQC2.Label {
            objectName: "roomMentionBadge"
            visible: delegate.mentionCount > 0
            text: qsTr("@%1", "number of unread mentions of the user").arg(delegate.mentionCount)
            color: Kirigami.Theme.negativeTextColor
            font.bold: true
        }

        QQC2.Label {
            objectName: "roomUnreadBadge"
            visible: delegate.unreadCount > 0
            text: delegate.unreadCount
            color: Kirigami.Theme.highlightColor
            font.bold: true
        }
    }
}
