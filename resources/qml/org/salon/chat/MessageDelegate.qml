import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import "ChatTime.js" as ChatTime

// One message of a conversation as a bubble: the user's own on the right, the peer's on the
// left, with the quote of a reply, the attachment, the reactions, the time, an "edited" marker
// and, for own messages, the delivery state. A retracted message shows a placeholder instead, and
// one that a room's moderator removed says so, with the moderator's reason.
// The required properties are roles of MessagesModel. A right click, a long press or the button
// that shows while the pointer is over the message emits actionsRequested().
Item {
    id: delegate

    required property int index
    required property real messageId
    required property string direction
    required property string body
    required property date timestamp
    required property string state
    required property bool edited
    required property bool retracted
    required property bool moderated
    required property string moderationReason
    required property real replyToId
    required property string replyPreview
    required property var reactions
    required property string attachmentUrl
    required property string attachmentType
    required property string attachmentName
    required property string thumbnailPath
    // In a group chat room, the sender's nickname, and whether the message names the user.
    required property string senderNick
    required property bool mentionsMe

    // Whether the page shows this message highlighted, after a jump to it.
    property bool highlighted: false
    // The newest download of the attachment (see AttachmentView.transfer), or null.
    property QtObject transfer: null
    // The user's bare JID, the peer's, and the peer's name, for the reactions' tooltips.
    property string ownJid
    property string peer
    property string peerName
    // Whether the message offers its actions.
    property bool actionsEnabled: true

    readonly property bool own: direction === "out"
    readonly property bool hasAttachment: attachmentUrl !== "" && !retracted
    // A shared file's body is its URL, which the attachment shows already.
    readonly property bool showsBody: retracted || !(hasAttachment && body === attachmentUrl)

    // Emitted to show the message's actions at the point x, y of item.
    signal actionsRequested(Item item, real x, real y)
    signal quoteClicked()
    signal reactionToggled(string emoji)
    signal downloadRequested()
    signal cancelRequested(int transferId)

    // Returns the placeholder of a message that a moderator removed, with the reason when there is one.
    function removedText() {
        return moderationReason !== "" ? qsTr("Removed by a moderator: %1").arg(moderationReason) : qsTr("Removed by a moderator");
    }

    // Returns the text of a delivery state code; a code this view does not know shows as it is.
    function stateText(code) {
        switch (code) {
        case "pending":
            return qsTr("Sending…");
        case "sent":
            return qsTr("Sent");
        case "delivered":
            return qsTr("Delivered");
        case "read":
            return qsTr("Read");
        case "failed":
            return qsTr("Not delivered");
        case "received":
        case "displayed":
            // The states of the peer's messages say nothing the user needs to see.
            return "";
        default:
            return code;
        }
    }

    objectName: "messageDelegate"
    width: ListView.view.width
    implicitHeight: bubble.height + Kirigami.Units.smallSpacing

    HoverHandler {
        id: hover
    }

    Rectangle {
        objectName: "messageHighlight"
        anchors.fill: parent
        color: Kirigami.Theme.highlightColor
        opacity: delegate.highlighted ? 0.25 : 0
        visible: opacity > 0

        Behavior on opacity {
            NumberAnimation {
                duration: Kirigami.Units.longDuration
            }
        }
    }

    Rectangle {
        id: bubble

        objectName: "messageBubble"
        anchors.right: delegate.own ? parent.right : undefined
        anchors.left: delegate.own ? undefined : parent.left
        anchors.leftMargin: Kirigami.Units.largeSpacing
        anchors.rightMargin: Kirigami.Units.largeSpacing
        y: Kirigami.Units.smallSpacing / 2
        width: Math.min(content.implicitWidth, delegate.width * 0.8) + Kirigami.Units.largeSpacing * 2
        // The layout's height, which follows its implicit height once it is laid out. Reading its
        // implicitHeight here would lay it out during this binding when a row appears or hides,
        // which Qt reports as a binding loop.
        height: content.height + Kirigami.Units.smallSpacing * 2
        radius: Kirigami.Units.largeSpacing
        color: delegate.own
            ? Qt.tint(Kirigami.Theme.backgroundColor, Qt.rgba(Kirigami.Theme.highlightColor.r, Kirigami.Theme.highlightColor.g, Kirigami.Theme.highlightColor.b, 0.3))
            : Kirigami.Theme.alternateBackgroundColor
        border.color: delegate.state === "failed" ? Kirigami.Theme.negativeTextColor
            : delegate.mentionsMe ? Kirigami.Theme.highlightColor : "transparent"
        border.width: delegate.mentionsMe ? 2 : 1

        TapHandler {
            acceptedButtons: Qt.RightButton
            enabled: delegate.actionsEnabled
            onTapped: eventPoint => delegate.actionsRequested(bubble, eventPoint.position.x, eventPoint.position.y)
        }

        TapHandler {
            acceptedDevices: PointerDevice.TouchScreen
            enabled: delegate.actionsEnabled
            onLongPressed: delegate.actionsRequested(bubble, point.position.x, point.position.y)
        }

        ColumnLayout {
            id: content

            x: Kirigami.Units.largeSpacing
            y: Kirigami.Units.smallSpacing
            width: bubble.width - Kirigami.Units.largeSpacing * 2
            spacing: Kirigami.Units.smallSpacing

            QQC2.Label {
                objectName: "messageSender"
                Layout.fillWidth: true
                Layout.maximumWidth: delegate.width * 0.8
                visible: delegate.senderNick !== "" && !delegate.own
                text: delegate.senderNick
                // Nicknames are chosen by other people: never markup.
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.bold: true
                color: Kirigami.Theme.linkColor
            }

            ReplyQuote {
                Layout.fillWidth: true
                Layout.maximumWidth: delegate.width * 0.8
                visible: delegate.replyToId > 0 && !delegate.retracted
                preview: delegate.replyPreview
                onClicked: delegate.quoteClicked()
            }

            AttachmentView {
                Layout.fillWidth: true
                Layout.maximumWidth: delegate.width * 0.8
                visible: delegate.hasAttachment
                url: delegate.attachmentUrl
                type: delegate.attachmentType
                name: delegate.attachmentName
                thumbnailPath: delegate.thumbnailPath
                transfer: delegate.transfer
                onDownloadRequested: delegate.downloadRequested()
                onCancelRequested: transferId => delegate.cancelRequested(transferId)
            }

            QQC2.Label {
                objectName: "messageBody"
                Layout.fillWidth: true
                Layout.maximumWidth: delegate.width * 0.8
                visible: delegate.showsBody
                text: delegate.moderated ? delegate.removedText()
                    : delegate.retracted ? qsTr("This message was deleted") : delegate.body
                // The body comes from other people: never markup.
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.italic: delegate.retracted
                color: delegate.retracted ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.textColor
            }

            ReactionChips {
                id: reactionChips

                Layout.fillWidth: true
                Layout.preferredWidth: reactionChips.naturalWidth
                Layout.maximumWidth: delegate.width * 0.8
                visible: delegate.reactions.length > 0 && !delegate.retracted
                reactions: delegate.reactions
                ownJid: delegate.ownJid
                peer: delegate.peer
                peerName: delegate.peerName
                onToggled: emoji => delegate.reactionToggled(emoji)
            }

            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    objectName: "messageEdited"
                    visible: delegate.edited && !delegate.retracted
                    text: qsTr("edited", "marker of a corrected message")
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }

                QQC2.Label {
                    objectName: "messageTime"
                    text: ChatTime.messageTime(delegate.timestamp)
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }

                QQC2.Label {
                    objectName: "messageState"
                    visible: text !== ""
                    text: delegate.own || delegate.stateText(delegate.state) !== "" ? delegate.stateText(delegate.state) : ""
                    font: Kirigami.Theme.smallFont
                    color: delegate.state === "failed" ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                }
            }
        }
    }

    // Beside the bubble, on the side of the conversation's middle.
    QQC2.ToolButton {
        id: actionsButton

        objectName: "messageActionsButton"
        anchors.verticalCenter: bubble.verticalCenter
        anchors.right: delegate.own ? bubble.left : undefined
        anchors.left: delegate.own ? undefined : bubble.right
        visible: delegate.actionsEnabled && hover.hovered && !delegate.retracted
        icon.name: "overflow-menu"
        display: QQC2.AbstractButton.IconOnly
        text: qsTr("Message actions")
        QQC2.ToolTip.text: text
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        onClicked: delegate.actionsRequested(actionsButton, 0, actionsButton.height)
    }
}
