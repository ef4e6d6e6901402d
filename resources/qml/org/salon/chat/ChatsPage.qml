import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0

// The account's 1:1 conversations, newest first, with the contacts' names,
// previews, times and unread counts. Tapping a row emits conversationRequested().
Kirigami.ScrollablePage {
    id: page

    // The account's ConversationsModel.
    property alias conversations: conversationList.sourceModel
    // The account's ContactsModel, for the names of the peers.
    property alias contactsModel: conversationList.contacts

    // displayName is the peer's name, or its JID.
    signal conversationRequested(string jid, string displayName)

    objectName: "chatsPage"
    title: qsTr("Chats")

    ListView {
        id: list

        objectName: "conversationList"
        model: ConversationListModel {
            id: conversationList
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
