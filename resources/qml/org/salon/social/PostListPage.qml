import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// The posts of one node, newest first, with their comments and likes: a community's page (service
// is a PubSub service and node its node), or a user's posts on a profile page (service is the
// user's bare JID and node empty). The page opens its model through PostPagesService when it is
// created and closes it when it goes. It loads older posts when the list reaches its end.
//
// A community's page offers Post Here, which opens the composer targeted at the community, and
// Delete on the posts the user may retract (the user's own, or all of a community the user owns);
// Configure and Delete of the community show only when the user owns it.
Kirigami.ScrollablePage {
    id: page

    // The account's Account.
    property QtObject account
    property string service
    property string node
    // The community's title or the user's name, for the page's title.
    property string displayTitle
    // Whether the user owns the community.
    property bool owned: false
    readonly property bool isCommunity: node !== ""
    // The open NodePostsModel, or null.
    property QtObject posts: null

    signal exploreRequested(string tag)
    signal profileRequested(string jid, string name)
    signal communityRequested(string service, string node, string title)
    // Emitted once the community was deleted, so that the window closes the page.
    signal communityDeleted()

    // The last failure of an action on the page, shown above the list with the model's errorText.
    property string failureText

    function showFailure(message) {
        failureText = message;
    }

    objectName: isCommunity ? "communityPage" : "profilePostsPage"
    title: isCommunity ? (displayTitle !== "" ? displayTitle : node) : qsTr("Posts of %1").arg(displayTitle !== "" ? displayTitle : service)

    actions.main: Kirigami.Action {
        objectName: "postHereAction"
        visible: page.isCommunity
        icon.name: "document-new"
        text: qsTr("Post Here…")
        tooltip: qsTr("Write a post in this community")
        onTriggered: composer.openForCommunity(page.service, page.node)
    }
    actions.contextualActions: [
        Kirigami.Action {
            objectName: "configureCommunityAction"
            visible: page.isCommunity && page.owned
            icon.name: "configure"
            text: qsTr("Configure…")
            onTriggered: configurationDialog.openFor(page.service, page.node, page.displayTitle)
        },
        Kirigami.Action {
            objectName: "deleteCommunityAction"
            visible: page.isCommunity && page.owned
            icon.name: "edit-delete"
            text: qsTr("Delete Community…")
            onTriggered: deleteCommunityDialog.openFor(page.service, page.node, page.displayTitle)
        }
    ]

    Component.onCompleted: posts = account.postPages.openNodePosts(service, node)
    Component.onDestruction: {
        const model = posts;
        posts = null;
        if (model !== null) {
            account.postPages.closeModel(model);
        }
    }

    Connections {
        target: page.account.microblog

        function onActionFailed(itemId, errorText) {
            page.showFailure(errorText);
        }
    }

    Connections {
        target: page.account.communities

        function onActionFailed(service, node, message) {
            if (service === page.service && node === page.node) {
                page.showFailure(message);
            }
        }

        function onCommunityDeleted(service, node) {
            if (service === page.service && node === page.node) {
                page.communityDeleted();
            }
        }
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

        onDeleteRequested: (service, node, itemId) => {
            if (!page.account.microblog.deletePostAt(service, node, itemId)) {
                page.showFailure(qsTr("This post can no longer be deleted."));
            }
        }
    }

    CommunityConfigurationDialog {
        id: configurationDialog

        communities: page.account.communities
    }

    DeleteCommunityDialog {
        id: deleteCommunityDialog

        onDeleteRequested: (service, node) => page.account.communities.deleteCommunity(service, node)
    }

    ListView {
        id: list

        objectName: "postList"
        model: page.posts
        spacing: Kirigami.Units.smallSpacing
        onAtYEndChanged: {
            if (atYEnd && page.posts !== null && page.posts.canLoadMore && !page.posts.loading) {
                page.posts.loadMore();
            }
        }

        header: Kirigami.InlineMessage {
            objectName: "postListFailureMessage"
            width: ListView.view.width
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: text !== ""
            text: page.failureText !== "" ? page.failureText : page.posts !== null ? page.posts.errorText : ""
        }

        delegate: PostDelegate {
            width: ListView.view.width
            authorAvatars: authorAvatars
            commentsService: page.account.comments
            showCommunity: !page.isCommunity
            onEditRequested: composer.openForEdit(postData())
            onDeleteRequested: deleteDialog.openFor(itemId, title, service, node)
            onTagRequested: tag => page.exploreRequested(tag)
            onAuthorRequested: (jid, name) => page.profileRequested(jid, name)
            onCommunityRequested: (service, node, title) => page.communityRequested(service, node, title)
        }

        footer: QQC2.Button {
            objectName: "loadMoreButton"
            anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
            visible: page.posts !== null && page.posts.canLoadMore
            enabled: page.posts !== null && !page.posts.loading
            text: qsTr("Load Older Posts")
            icon.name: "go-down"
            onClicked: page.posts.loadMore()
        }

        Kirigami.PlaceholderMessage {
            objectName: "postListPlaceholder"
            anchors.centerIn: parent
            width: Math.max(Kirigami.Units.gridUnit * 8, parent.width - Kirigami.Units.gridUnit * 4)
            visible: list.count === 0 && page.posts !== null && !page.posts.loading
            icon.name: "view-list-text"
            // A user's blog without posts, even one whose node does not exist yet, is no error.
            text: page.isCommunity || page.service === page.account.jid ? qsTr("No posts yet")
                : qsTr("%1 has no posts yet.").arg(page.displayTitle !== "" ? page.displayTitle : page.service)
        }
    }

    QQC2.BusyIndicator {
        anchors.centerIn: parent
        running: page.posts !== null && page.posts.loading && list.count === 0
        visible: running
    }
}
