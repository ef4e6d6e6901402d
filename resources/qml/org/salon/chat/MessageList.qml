import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0
import org.salon.chat 1.0
import "Reactions.js" as Reactions

// The messages of one conversation, newest at the bottom. Scrolling to the top loads older pages
// through the model's fetchMore(). jumpToMessage() loads pages until a message is there, scrolls
// to it and highlights it for a moment. What the user asks of a message goes out as signals.
ListView {
    id: list

    // The conversation's MessagesModel.
    property QtObject messages: null
    // The account's TransfersModel, whose downloads the attachments show.
    property alias transfers: downloads.model
    // The user's bare JID, the peer's, and the peer's name.
    property string ownJid
    property string peer
    property string peerName
    // Whether the messages offer their actions (react, reply, edit, delete, copy).
    property bool messageActionsEnabled: true
    // Row id of the message shown highlighted; 0 for none.
    readonly property alias highlightedMessageId: listState.highlightedId

    // delegate's message wants its actions shown at the point x, y of item.
    signal actionsRequested(Item delegate, Item item, real x, real y)
    // emojis is the user's full set of reactions to the message messageId after a click on a chip.
    signal reactionsChosen(real messageId, var emojis)
    signal downloadRequested(real messageId)
    signal cancelRequested(int transferId)
    // jumpToMessage() did not find its message in the conversation.
    signal revealFailed()

    // Requests the page before the oldest message, unless it is loading or there is none.
    function fetchOlder() {
        if (!messages) {
            return;
        }
        const root = messages.index(-1, 0);
        if (messages.canFetchMore(root)) {
            messages.fetchMore(root);
        }
    }

    // Loads older pages until the message messageId is there, then scrolls to it and highlights it.
    function jumpToMessage(messageId) {
        if (!messages || messageId <= 0) {
            return;
        }
        listState.revealingId = messageId;
        messages.revealMessage(messageId);
    }

    function scrollToMessage(messageId) {
        const row = reversedMessages.rowFromSource(messages.rowOfMessage(messageId));
        if (row >= 0) {
            positionViewAtIndex(row, ListView.Center);
        }
    }

    // Returns the row id and body of the user's newest message that is not retracted, the one that
    // ChatService::correctLastMessage() corrects, or an id of 0 when none is loaded.
    function lastOwnMessage() {
        for (let row = messages ? messages.count - 1 : -1; row >= 0; --row) {
            const index = messages.index(row, 0);
            if (messages.data(index, MessagesModel.DirectionRole) === "out" && !messages.data(index, MessagesModel.RetractedRole)) {
                return {
                    id: messages.data(index, MessagesModel.MessageIdRole),
                    body: messages.data(index, MessagesModel.BodyRole),
                };
            }
        }
        return { id: 0, body: "" };
    }

    objectName: "messageList"
    clip: true
    // Row 0 is the newest message, at the bottom; older pages add rows at the top.
    verticalLayoutDirection: ListView.BottomToTop
    model: ReversedListModel {
        id: reversedMessages

        sourceModel: list.messages
    }
    delegate: MessageDelegate {
        id: messageDelegate

        highlighted: messageId === listState.highlightedId
        transfer: downloads.byMessage[messageId] || null
        ownJid: list.ownJid
        peer: list.peer
        peerName: list.peerName
        actionsEnabled: list.messageActionsEnabled
        onActionsRequested: (item, x, y) => list.actionsRequested(messageDelegate, item, x, y)
        onQuoteClicked: list.jumpToMessage(replyToId)
        onReactionToggled: emoji => list.reactionsChosen(messageId, Reactions.toggledEmojis(reactions, emoji))
        onDownloadRequested: list.downloadRequested(messageId)
        onCancelRequested: transferId => list.cancelRequested(transferId)
    }
    // With the bottom-up layout the footer is above the oldest message.
    footer: QQC2.BusyIndicator {
        objectName: "olderMessagesIndicator"
        width: ListView.view.width
        height: visible ? implicitHeight : 0
        visible: list.messages !== null && list.messages.loading
        running: visible
    }
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    onContentYChanged: {
        if (atYBeginning) {
            fetchOlder();
        }
    }

    QtObject {
        id: listState

        // Row id of the message that jumpToMessage() waits for; 0 for none.
        property real revealingId: 0
        property real highlightedId: 0
    }

    Timer {
        id: highlightTimer

        interval: 2000
        onTriggered: listState.highlightedId = 0
    }

    Connections {
        target: list.messages

        function onMessageRevealed(messageId, row) {
            if (messageId !== listState.revealingId) {
                return;
            }
            listState.revealingId = 0;
            listState.highlightedId = messageId;
            highlightTimer.restart();
            list.scrollToMessage(messageId);
            // Delegates that the first scroll created may change their height once laid out, so
            // the view scrolls again after that.
            Qt.callLater(list.scrollToMessage, messageId);
        }

        function onRevealFailed(messageId) {
            if (messageId === listState.revealingId) {
                listState.revealingId = 0;
                list.revealFailed();
            }
        }
    }

    DownloadsByMessage {
        id: downloads
    }

    Kirigami.PlaceholderMessage {
        objectName: "conversationPlaceholder"
        anchors.centerIn: parent
        width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
        visible: list.count === 0 && list.messages !== null && !list.messages.loading
        icon.name: "dialog-messages"
        text: qsTr("No messages yet")
        explanation: qsTr("Write the first message to %1 below.").arg(list.peerName)
    }
}
