import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0

// Full-text search over the cached messages of every conversation and room. Typing in the field searches
// through the account's MessageSearchModel; activating a result emits resultActivated(). The
// page starts with an empty field, so whoever opens it clears the model first.
Kirigami.ScrollablePage {
    id: page

    // The account's MessageSearchModel.
    property QtObject search
    // The account's ContactsModel, for the names of the peers.
    property alias contactsModel: results.contacts
    // The account's RoomsModel, for the names of the rooms.
    property QtObject rooms

    // groupChat is true for a message of the group chat room jid.
    signal resultActivated(string jid, string displayName, real messageId, bool groupChat)

    function focusField() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    objectName: "messageSearchPage"
    title: qsTr("Search Messages")

    // The page row moves the focus into the page after pushing it, so the field asks for it then too.
    Component.onCompleted: Qt.callLater(page.focusField)

    header: QQC2.Control {
        // The field is the page's focus item, which gets the keyboard when the page does.
        focus: true
        padding: Kirigami.Units.smallSpacing

        contentItem: Kirigami.SearchField {
            id: searchField

            objectName: "messageSearchField"
            focus: true
            placeholderText: qsTr("Search in all conversations…")
            // The window's Ctrl+F opens this page, and two shortcuts with one key would both stop working.
            focusSequence: ""
            onAccepted: page.search.search(text)
            Keys.onDownPressed: resultList.forceActiveFocus()
        }
    }

    ListView {
        id: resultList

        objectName: "searchResultList"
        model: ConversationListModel {
            id: results

            sourceModel: page.search
        }
        keyNavigationEnabled: true
        delegate: SearchResultDelegate {
            query: page.search.query
            now: clock.now
            roomName: groupChat && page.rooms !== null ? page.rooms.displayName(peer) : ""
            onClicked: page.resultActivated(peer, title, messageId, groupChat)
            Keys.onReturnPressed: page.resultActivated(peer, title, messageId, groupChat)
        }

        Kirigami.PlaceholderMessage {
            objectName: "searchPlaceholder"
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: resultList.count === 0 && !page.search.searching
            icon.name: "search"
            text: page.search.query === "" ? qsTr("Search your messages") : qsTr("No messages found")
            explanation: page.search.query === "" ? qsTr("Type words that the messages contain.") : qsTr("No message contains every word of “%1”.").arg(page.search.query)
        }

        QQC2.BusyIndicator {
            anchors.centerIn: parent
            visible: page.search.searching && resultList.count === 0
            running: visible
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
