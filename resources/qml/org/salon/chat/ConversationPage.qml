import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import QtQuick.Window 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0

// One 1:1 conversation: the messages, newest at the bottom, and the composer.
// Scrolling to the top loads older pages through the model's fetchMore(). While
// the page is in view, its conversation is marked read, also when new messages
// arrive. Failures of ChatService for this peer show above the messages.
Kirigami.Page {
    id: page

    // The account's ChatService.
    property QtObject chats
    // Bare JID of the other party.
    property string peer
    // The peer's name, or its JID.
    property string displayName: peer
    // The MessagesModel of the conversation, opened when the page is created.
    property QtObject messages: null

    // Whether the user can see the page: it is shown in a visible, unminimized window.
    readonly property bool inView: visible && Window.window !== null && Window.window.visible
        && Window.window.visibility !== Window.Minimized

    function markRead() {
        if (inView) {
            chats.markConversationRead(peer);
        }
    }

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

    function send(text) {
        errorMessage.visible = false;
        sendState.failed = false;
        chats.sendMessage(peer, text);
        // Checks that fail at once, such as an empty or too long message, keep the text for the user to fix.
        if (!sendState.failed) {
            composer.clear();
            messageList.positionViewAtBeginning();
        }
    }

    objectName: "conversationPage"
    title: displayName
    padding: 0

    Component.onCompleted: {
        messages = chats.openConversation(peer);
        markRead();
        composer.focusField();
    }
    onInViewChanged: markRead()

    QtObject {
        id: sendState

        // Whether actionFailed came for this peer during the last sendMessage() call.
        property bool failed: false
    }

    Connections {
        target: page.chats

        function onMessageReceived(jid, messageId) {
            if (jid === page.peer) {
                page.markRead();
            }
        }

        function onActionFailed(jid, message) {
            if (jid !== page.peer) {
                return;
            }
            sendState.failed = true;
            errorMessage.text = message;
            errorMessage.visible = true;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "conversationError"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        ListView {
            id: messageList

            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            // Row 0 is the newest message, at the bottom; older pages add rows at the top.
            verticalLayoutDirection: ListView.BottomToTop
            model: ReversedListModel {
                sourceModel: page.messages
            }
            delegate: MessageDelegate {}
            // With the bottom-up layout the footer is above the oldest message.
            footer: QQC2.BusyIndicator {
                objectName: "olderMessagesIndicator"
                width: ListView.view.width
                height: visible ? implicitHeight : 0
                visible: page.messages !== null && page.messages.loading
                running: visible
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            onContentYChanged: {
                if (atYBeginning) {
                    page.fetchOlder();
                }
            }

            Kirigami.PlaceholderMessage {
                objectName: "conversationPlaceholder"
                anchors.centerIn: parent
                width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
                visible: messageList.count === 0 && page.messages !== null && !page.messages.loading
                icon.name: "dialog-messages"
                text: qsTr("No messages yet")
                explanation: qsTr("Write the first message to %1 below.").arg(page.displayName)
            }
        }

        MessageComposer {
            id: composer

            Layout.fillWidth: true
            onSendRequested: text => page.send(text)
        }
    }
}
