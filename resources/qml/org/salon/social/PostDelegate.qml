import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// One post of the feed: the author's avatar and name, the time, the title, the content, the tags
// and its state (unread, pending). The content is the sanitized XHTML of FeedModel with images
// turned into links (PostText.displayHtml), so no remote image loads before the user clicks.
// Only http, https and xmpp links open, in the system's handler. The user's own posts offer Edit,
// and Delete shows where the user may retract the post (own posts, posts of an owned community).
// Below the content come the attachments, the link previews, the tags (a click explores the tag)
// and the comments and likes (CommentsSection).
QQC2.ItemDelegate {
    id: delegate

    required property int index
    required property string service
    required property string node
    required property string itemId
    required property string authorJid
    required property string authorName
    required property string title
    required property string contentHtml
    required property string plainText
    required property var published
    required property var tags
    required property bool unread
    required property bool pending
    required property bool own
    required property bool canDelete
    required property bool isCommunity
    required property string communityTitle
    required property string commentsUri
    required property var enclosures
    // The model's roles, for those that only some versions of the models have: links, markdown, visibility.
    required property var model
    readonly property var links: model.links || []
    readonly property string markdown: model.markdown || ""
    readonly property string visibility: model.visibility || ""

    // The page's AuthorAvatars, or null for initials only.
    property QtObject authorAvatars: null
    // The account's CommentsService, or null to show no comments.
    property QtObject commentsService: null
    // Whether the community's name shows above a community post.
    property bool showCommunity: true

    readonly property int row: index
    readonly property string displayName: authorName !== "" ? authorName : authorJid
    readonly property string displayedHtml: PostText.displayHtml(contentHtml)

    // Emitted when the user opened a link of the post, which counts as reading it.
    signal linkOpened()
    signal editRequested()
    signal deleteRequested()
    signal tagRequested(string tag)
    signal authorRequested(string jid, string name)
    signal communityRequested(string service, string node, string title)

    function expandComments() {
        commentsSection.expanded = true;
    }

    // Returns what the composer needs to edit the post.
    function postData() {
        return {
            service: service,
            node: node,
            itemId: itemId,
            title: title,
            plainText: plainText,
            markdown: markdown,
            visibility: visibility,
            tags: tags,
            enclosures: enclosures || [],
            links: links,
            isCommunity: isCommunity,
        };
    }

    function openLink(link) {
        if (PostText.isOpenableLink(link)) {
            Qt.openUrlExternally(link);
        }
        linkOpened();
    }

    objectName: "postDelegate"
    hoverEnabled: false
    down: false
    Accessible.name: unread ? qsTr("Unread post by %1: %2").arg(displayName).arg(title) : qsTr("Post by %1: %2").arg(displayName).arg(title)

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        border.width: 1
        border.color: Qt.rgba(Kirigami.Theme.textColor.r, Kirigami.Theme.textColor.g, Kirigami.Theme.textColor.b, 0.15)
        radius: Kirigami.Units.smallSpacing

        Rectangle {
            objectName: "postUnreadMarker"
            visible: delegate.unread
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Kirigami.Units.smallSpacing
            radius: width / 2
            color: Kirigami.Theme.highlightColor
        }
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing

            Kirigami.Avatar {
                objectName: "postAvatar"
                Layout.preferredWidth: Kirigami.Units.iconSizes.medium
                Layout.preferredHeight: Layout.preferredWidth
                name: delegate.displayName
                // Reading revision makes the binding run again when an avatar changes.
                source: delegate.authorAvatars !== null && delegate.authorAvatars.revision >= 0
                    ? delegate.authorAvatars.source(delegate.authorJid, delegate.own) : ""
                initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                QQC2.Label {
                    objectName: "postAuthor"
                    Layout.fillWidth: true
                    text: delegate.displayName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.bold: delegate.unread

                    TapHandler {
                        enabled: delegate.authorJid !== ""
                        onTapped: delegate.authorRequested(delegate.authorJid, delegate.authorName)
                    }
                    HoverHandler {
                        enabled: delegate.authorJid !== ""
                        cursorShape: Qt.PointingHandCursor
                    }
                }

                QQC2.Label {
                    objectName: "postCommunity"
                    Layout.fillWidth: true
                    visible: delegate.showCommunity && delegate.isCommunity
                    text: qsTr("in %1").arg(delegate.communityTitle !== "" ? delegate.communityTitle : delegate.node)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.linkColor

                    TapHandler {
                        onTapped: delegate.communityRequested(delegate.service, delegate.node, delegate.communityTitle)
                    }
                }

                QQC2.Label {
                    objectName: "postTime"
                    Layout.fillWidth: true
                    text: delegate.pending ? qsTr("%1 · waiting to be sent").arg(Qt.formatDateTime(delegate.published, Qt.DefaultLocaleShortDate))
                        : Qt.formatDateTime(delegate.published, Qt.DefaultLocaleShortDate)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }
            }

            Kirigami.Icon {
                objectName: "postPendingIcon"
                visible: delegate.pending
                source: "content-loading-symbolic"
                Layout.preferredWidth: Kirigami.Units.iconSizes.small
                Layout.preferredHeight: Layout.preferredWidth
            }

            QQC2.Label {
                objectName: "postUnreadLabel"
                visible: delegate.unread
                text: qsTr("New", "marks an unread post")
                color: Kirigami.Theme.highlightColor
                font.bold: true
            }

            QQC2.ToolButton {
                objectName: "editPostButton"
                visible: delegate.own
                enabled: !delegate.pending
                icon.name: "document-edit"
                text: qsTr("Edit")
                display: QQC2.AbstractButton.IconOnly
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: hovered
                onClicked: delegate.editRequested()
            }

            QQC2.ToolButton {
                objectName: "deletePostButton"
                visible: delegate.canDelete
                enabled: !delegate.pending
                icon.name: "edit-delete"
                text: qsTr("Delete")
                display: QQC2.AbstractButton.IconOnly
                QQC2.ToolTip.text: text
                QQC2.ToolTip.visible: hovered
                onClicked: delegate.deleteRequested()
            }
        }

        Kirigami.Heading {
            objectName: "postTitle"
            Layout.fillWidth: true
            visible: delegate.title !== ""
            level: 3
            text: delegate.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            objectName: "postContent"
            Layout.fillWidth: true
            visible: delegate.contentHtml !== ""
            text: delegate.displayedHtml
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            onLinkActivated: link => delegate.openLink(link)

            HoverHandler {
                cursorShape: parent.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }

        PostAttachments {
            Layout.fillWidth: true
            enclosures: delegate.enclosures || []
            links: delegate.links
            loadImages: delegate.own
            onLinkActivated: link => delegate.openLink(link)
        }

        Flow {
            objectName: "postTags"
            Layout.fillWidth: true
            visible: delegate.tags.length > 0
            spacing: Kirigami.Units.smallSpacing

            Repeater {
                model: delegate.tags

                QQC2.Label {
                    required property string modelData

                    objectName: "postTag"
                    text: qsTr("#%1", "a tag of a post").arg(modelData)
                    textFormat: Text.PlainText
                    color: Kirigami.Theme.linkColor
                    font: Kirigami.Theme.smallFont

                    TapHandler {
                        onTapped: delegate.tagRequested(modelData)
                    }
                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                }
            }
        }

        CommentsSection {
            id: commentsSection

            Layout.fillWidth: true
            commentsService: delegate.commentsService
            commentsUri: delegate.commentsService !== null && !delegate.pending ? delegate.commentsUri : ""
            authorAvatars: delegate.authorAvatars
            onLinkActivated: link => delegate.openLink(link)
        }
    }
}
