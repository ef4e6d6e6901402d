import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "ChatTime.js" as ChatTime

// One row of the conversation list: avatar, name or JID, the newest message
// (with "You: " for the user's own), its relative time and the unread count.
// The required properties are roles of ConversationListModel.
QQC2.ItemDelegate {
    id: delegate

    required property int index
    required property string peer
    required property string name
    required property string displayName
    required property string lastMessage
    required property string lastDirection
    required property date lastTimestamp
    required property int unreadCount
    // SHA-1 of the peer's avatar image, served by the image provider "avatar"; empty when none is known.
    required property string avatarHash
    // The time that relative times count from.
    property date now: new Date()

    objectName: "conversationDelegate"
    width: ListView.view.width
    hoverEnabled: true
    Accessible.name: unreadCount > 0 ? qsTr("%1, %n unread", "", unreadCount).arg(displayName) : displayName

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Avatar {
            objectName: "conversationAvatar"
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium + Kirigami.Units.smallSpacing * 2
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            name: delegate.displayName
            source: delegate.avatarHash !== "" ? "image://avatar/" + delegate.avatarHash : ""
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    objectName: "conversationName"
                    Layout.fillWidth: true
                    text: delegate.displayName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.weight: delegate.unreadCount > 0 ? Font.Bold : Font.DemiBold
                }

                QQC2.Label {
                    objectName: "conversationTime"
                    text: ChatTime.relativeTime(delegate.lastTimestamp, delegate.now)
                    font: Kirigami.Theme.smallFont
                    color: delegate.unreadCount > 0 ? Kirigami.Theme.highlightColor : Kirigami.Theme.disabledTextColor
                }
            }

            QQC2.Label {
                objectName: "conversationJid"
                Layout.fillWidth: true
                // A peer without a name already shows its JID as the display name.
                visible: delegate.name !== ""
                text: delegate.peer
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    objectName: "conversationPreview"
                    Layout.fillWidth: true
                    // The preview is one line: line breaks of the message become spaces.
                    readonly property string firstLine: delegate.lastMessage.replace(/\s+/g, " ")
                    text: delegate.lastDirection === "out" ? qsTr("You: %1", "preview of the user's own message").arg(firstLine) : firstLine
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    color: delegate.unreadCount > 0 ? Kirigami.Theme.textColor : Kirigami.Theme.disabledTextColor
                }

                Rectangle {
                    objectName: "conversationUnreadBadge"
                    visible: delegate.unreadCount > 0
                    Layout.alignment: Qt.AlignVCenter
                    implicitWidth: Math.max(implicitHeight, unreadLabel.implicitWidth + Kirigami.Units.smallSpacing * 2)
                    implicitHeight: unreadLabel.implicitHeight + Kirigami.Units.smallSpacing
                    radius: implicitHeight / 2
                    color: Kirigami.Theme.highlightColor

                    QQC2.Label {
                        id: unreadLabel

                        objectName: "conversationUnreadCount"
                        anchors.centerIn: parent
                        text: delegate.unreadCount > 99 ? qsTr("99+") : String(delegate.unreadCount)
                        font: Kirigami.Theme.smallFont
                        color: Kirigami.Theme.highlightedTextColor
                    }
                }
            }
        }
    }
}
