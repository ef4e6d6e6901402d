import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// The news feed (FeedModel): the posts of the user and of the contacts, newest first. A post is
// marked read once it has been fully in view for ReadDelayMs, or when the user opens one of its
// links; "Mark All Read" marks every post. The list loads older posts from the store when it
// reaches its end. The user's own posts offer Edit and Delete (with a confirmation). New Post
// opens the composer, and Communities asks the window for the communities page.
Kirigami.ScrollablePage {
    id: page

    // The account's Account.
    property QtObject account
    readonly property QtObject microblog: account.microblog
    readonly property QtObject feed: account.feed
    // Time a post must stay fully in view before it counts as read, in milliseconds.
    readonly property int readDelayMs: 1500

    signal communitiesRequested()
    // Emitted for each failure that the message above the list shows.
    signal failureReported(string message)

    // Marks the posts that are fully in view as read.
    function markVisibleRead() {
        if (!page.visible || !Qt.application.active) {
            return;
        }
        for (let index = 0; index < list.contentItem.children.length; ++index) {
            const item = list.contentItem.children[index];
            if (item.objectName !== "postDelegate" || !item.unread) {
                continue;
            }
            const top = item.y - list.contentY;
            if (top >= 0 && top + item.height <= list.height) {
                page.feed.markRead(item.row);
            }
        }
    }

    objectName: "feedPage"
    title: qsTr("Feed")

    actions.main: Kirigami.Action {
        objectName: "newPostAction"
        readonly property bool hasDraft: (page.microblog.draft.title || "") !== "" || (page.microblog.draft.body || "") !== ""

        icon.name: "document-new"
        text: hasDraft ? qsTr("Continue Draft…") : qsTr("New Post…")
        onTriggered: composer.openForNew()
    }
    actions.left: Kirigami.Action {
        objectName: "markAllReadAction"
        icon.name: "mail-mark-read"
        text: qsTr("Mark All Read")
        enabled: page.feed.unreadCount > 0
        onTriggered: page.feed.markAllRead()
    }
    actions.right: Kirigami.Action {
        objectName: "communitiesAction"
        icon.name: "system-users"
        text: qsTr("Communities")
        tooltip: qsTr("Your communities, and communities to discover")
        onTriggered: page.communitiesRequested()
    }

    Connections {
        target: page.microblog

        function onActionFailed(itemId, errorText) {
            page.failureReported(errorText);
        }
    }

    Timer {
        id: readTimer

        interval: page.readDelayMs
        onTriggered: page.markVisibleRead()
    }

    AuthorAvatars {
        id: authorAvatars

        avatars: page.account.avatars
    }

    PostComposer {
        id: composer

        microblog: page.microblog
    }

    DeletePostDialog {
        id: deleteDialog

        onDeleteRequested: itemId => page.microblog.deletePost(itemId)
    }

    ListView {
        id: list

        objectName: "feedList"
        model: page.feed
        spacing: Kirigami.Units.smallSpacing
        onContentYChanged: readTimer.restart()
        onCountChanged: readTimer.restart()
        onAtYEndChanged: {
            if (atYEnd && page.feed.canLoadMore) {
                page.feed.loadMore();
            }
        }

        header: Kirigami.InlineMessage {
            id: failureMessage

            objectName: "feedFailureMessage"
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

        delegate: PostDelegate {
            width: ListView.view.width
            authorAvatars: authorAvatars
            onLinkOpened: page.feed.markRead(row)
            onEditRequested: composer.openForEdit(itemId, title, plainText, tags)
            onDeleteRequested: deleteDialog.openFor(itemId, title)
        }

        footer: QQC2.Button {
            objectName: "loadMoreButton"
            anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
            visible: page.feed.canLoadMore
            text: qsTr("Load Older Posts")
            icon.name: "go-down"
            onClicked: page.feed.loadMore()
        }

        Kirigami.PlaceholderMessage {
            objectName: "feedPlaceholder"
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: list.count === 0
            icon.name: "view-list-text"
            text: qsTr("No posts yet")
            explanation: qsTr("Posts of your contacts and your own posts show here. Write the first one with New Post.")
        }
    }

    Connections {
        target: Qt.application

        function onActiveChanged() {
            readTimer.restart();
        }
    }
}
