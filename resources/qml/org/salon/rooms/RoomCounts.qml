import QtQuick 2.15

// The unread messages and mentions of all rooms of a RoomsModel, summed, for the Rooms tab.
Instantiator {
    id: counts

    // The account's RoomsModel.
    property alias rooms: counts.model
    readonly property alias unreadTotal: totals.unread
    readonly property alias mentionTotal: totals.mentions

    function recount() {
        let unread = 0;
        let mentions = 0;
        for (let row = 0; row < count; ++row) {
            const room = objectAt(row);
            if (room !== null) {
                unread += room.unreadCount;
                mentions += room.mentionCount;
            }
        }
        totals.unread = unread;
        totals.mentions = mentions;
    }

    onObjectAdded: recount()
    onObjectRemoved: recount()

    delegate: QtObject {
        required property int unreadCount
        required property int mentionCount

        onUnreadCountChanged: counts.recount()
        onMentionCountChanged: counts.recount()
    }

    property QtObject totals: QtObject {
        id: totals

        property int unread: 0
        property int mentions: 0
    }
}
