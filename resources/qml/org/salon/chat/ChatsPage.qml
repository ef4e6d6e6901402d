import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0

// The account's 1:1 conversations, newest first, with the contacts' names,
// previews, times and unread counts. Tapping a row emits conversationRequested(),
// and the page's search action emits searchRequested(). Failures that ChatService
// reports while the page exists show above the list.
Kirigami.ScrollablePage {
    id: page

    // The account's ConversationsModel.
    property alias conversations: conversationList.sourceModel
    // The account's ContactsModel, for the names of the peers.
    property alias contactsModel: conversationList.contacts
    // The account's ChatService, whose failures the page shows.
    property QtObject chats

    // displayName is the peer's name, or its JID.
    signal conversationRequested(string jid, string displayName)
    // Emitted for each failure that the message above the list shows.
    signal failureReported(string message)
    signal searchRequested()

    objectName: "chatsPage"
    title: qsTr("Chats")

    // The window's Ctrl+F opens the search too; the action has no shortcut of its own, because
    // two shortcuts with one key would both stop working.
    actions.main: Kirigami.Action {
        objectName: "searchMessagesAction"
        icon.name: "search"
        text: qsTr("Search Messages")
        tooltip: qsTr("Search the messages of all conversations (Ctrl+F)")
        onTriggered: page.searchRequested()
    }

    Connections {
        target: page.chats

        function onActionFailed(jid, message) {
            page.failureReported(message);
        }
    }

    ListView {
        id: list

        objectName: "conversationList"
        model: ConversationListModel {
            id: conversationList
        }
        header: Kirigami.InlineMessage {
            id: failureMessage

            objectName: "chatsFailureMessage"
            width: ListView.view.width
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false

            // The list creates its header itself, so the message follows the page's signal.
            Connections {
                target: page

                function onFailureReported(message) {
                    failureMessage.text = message;
                    failureMessage.visible = true;
                }
            }
        }
        delegate: ConversationDelegate {
            // Refreshes the relative times once a minute.
            now: clock.now
            onClicked: page.conversationRequested(peer, displayName)
        }

        Kirigami.PlaceholderMessage {
            objectName: "chatsPlaceholder"
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: list.count === 0
            icon.name: "im-user"
            text: qsTr("No conversations yet")
            explanation: qsTr("Open a contact and choose Send Message to start a conversation.")
        }
    }

    Timer {
        id: clock

        property date now: new Date()

        interval: 60 * 1000
        repeat: true
        running: page.visible
        triggeredOnStart: true
        onTriggered: now = new Date()
    }
}
