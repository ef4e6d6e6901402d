import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// The news feed (FeedModel): the posts of the user and of the contacts, newest first. A post is
// marked read once it has been fully in view for ReadDelayMs, or when the user opens one of its
// links; "Mark All Read" marks every post. The list loads older posts from the store when it
// reaches its end. The user's own posts offer Edit and Delete (with a confirmation), and posts of
// communities the user owns offer Delete. Each post shows its comments and likes. New Post opens
// the composer, Communities asks the window for the communities page and Explore for the explore
// page; a click on a tag, an author or a community asks the window for its page.
Kirigami.ScrollablePage {
    id: page

    // The account's Account.
    property QtObject account
    readonly property QtObject microblog: account.microblog
    readonly property QtObject feed: account.feed
    // Time a post must stay fully in view before it counts as read, in milliseconds.
    readonly property int readDelayMs: 1500

    signal communitiesRequested()
    signal exploreRequested(string tag)
    signal profileRequested(string jid, string name)
    signal communityRequested(string service, string node, string title)
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

    // Scrolls to the post itemId of node at service when it is loaded, and expands its comments.
    function showPost(service, node, itemId) {
        for (let row = 0; row < list.count; ++row) {
            const item = list.itemAtIndex(row);
            if (item !== null && item.service === service && item.node === node && item.itemId === itemId) {
                list.positionViewAtIndex(row, ListView.Beginning);
                item.expandComments();
                return;
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

    // The window puts these into the page's contextual actions, next to its own.
    readonly property Kirigami.Action exploreAction: Kirigami.Action {
        objectName: "exploreAction"
        icon.name: "edit-find"
        text: qsTr("Explore")
        tooltip: qsTr("Public communities and posts by tag")
        onTriggered: page.exploreRequested("")
    }
    readonly property Kirigami.Action myPostsAction: Kirigami.Action {
        objectName: "myPostsAction"
        icon.name: "user-identity"
        text: qsTr("My Posts")
        tooltip: qsTr("The posts of your blog, as others see them")
        onTriggered: page.profileRequested(page.account.jid, "")
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

        account: page.account
    }

    DeletePostDialog {
        id: deleteDialog

        onDeleteRequested: (service, node, itemId) => page.microblog.deletePostAt(service, node, itemId)
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
            commentsService: page.account.comments
            onLinkOpened: page.feed.markRead(row)
            onEditRequested: composer.openForEdit(postData())
            onDeleteRequested: deleteDialog.openFor(itemId, title, service, node)
            onTagRequested: tag => page.exploreRequested(tag)
            onAuthorRequested: (jid, name) => page.profileRequested(jid, name)
            onCommunityRequested: (service, node, title) => page.communityRequested(service, node, title)
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
