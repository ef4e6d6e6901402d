import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// The comments and likes under a post (XEP-0277 comments node, CommentsService): the ♥ button
// that likes or unlikes the post, with the likers in its tool tip, the number of comments, which
// expands the list of comments, and a field to add one. The section keeps the post's
// CommentsModel open from its creation to its destruction. Failures of the post's comments show
// in the section.
ColumnLayout {
    id: section

    // The account's CommentsService.
    property QtObject commentsService
    // The post's comments URI (xmpp:SERVICE?;node=NODE).
    property string commentsUri
    // The page's AuthorAvatars, or null for initials only.
    property QtObject authorAvatars: null
    // Whether the comments and the field to add one show.
    property bool expanded: false
    // The open CommentsModel, or null while there is no URI.
    property QtObject comments: null
    readonly property int commentCount: comments !== null ? comments.commentCount : 0
    readonly property int likeCount: comments !== null ? comments.likeCount : 0
    readonly property bool likedByMe: comments !== null && comments.likedByMe

    signal linkActivated(string link)

    function showFailure(text) {
        failureMessage.text = text;
        failureMessage.visible = true;
    }

    function toggleLike() {
        failureMessage.visible = false;
        if (likedByMe) {
            if (!commentsService.unlike(commentsUri)) {
                showFailure(qsTr("Your like could not be removed."));
            }
        } else if (commentsService.like(commentsUri) === "") {
            showFailure(qsTr("The post could not be liked. Make sure that you are signed in."));
        }
    }

    function sendComment() {
        const text = commentField.text.trim();
        if (text === "") {
            return;
        }
        failureMessage.visible = false;
        if (commentsService.addComment(commentsUri, text) === "") {
            showFailure(qsTr("The comment could not be sent. Make sure that you are signed in."));
            return;
        }
        commentField.text = "";
    }

    objectName: "commentsSection"
    visible: commentsUri !== ""
    spacing: Kirigami.Units.smallSpacing

    // Closes the model of the URI opened before, and opens the one of commentsUri.
    function reopen() {
        if (openedUri === commentsUri) {
            return;
        }
        if (openedUri !== "") {
            comments = null;
            openedService.close(openedUri);
        }
        openedUri = commentsUri !== "" && commentsService !== null ? commentsUri : "";
        openedService = commentsService;
        if (openedUri !== "") {
            comments = commentsService.open(openedUri);
        }
    }

    // The URI of the open model and the service that opened it, which close() needs.
    property string openedUri
    property QtObject openedService: null

    onCommentsUriChanged: reopen()
    onCommentsServiceChanged: reopen()
    Component.onCompleted: reopen()
    Component.onDestruction: {
        if (openedUri !== "") {
            comments = null;
            openedService.close(openedUri);
        }
    }

    Connections {
        target: section.commentsService

        function onActionFailed(commentsUri, itemId, errorText) {
            if (commentsUri === section.commentsUri) {
                section.showFailure(errorText);
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing

        QQC2.ToolButton {
            objectName: "likeButton"
            checkable: true
            checked: section.likedByMe
            text: section.likeCount > 0 ? qsTr("♥ %1", "like button with the number of likes").arg(section.likeCount) : qsTr("♥", "like button")
            Accessible.name: section.likedByMe ? qsTr("Unlike") : qsTr("Like")
            QQC2.ToolTip.text: section.likeCount > 0 ? qsTr("Liked by %1").arg(section.comments.likers.join(", "))
                                                     : (section.likedByMe ? qsTr("Unlike") : qsTr("Like"))
            QQC2.ToolTip.visible: hovered || pressed
            // The binding of checked follows the model; a click only asks for the change.
            onToggled: {
                checked = Qt.binding(() => section.likedByMe);
                section.toggleLike();
            }
        }

        QQC2.ToolButton {
            objectName: "commentsButton"
            icon.name: section.expanded ? "go-up" : "dialog-messages"
            text: section.commentCount > 0 ? qsTr("%n comment(s)", "", section.commentCount) : qsTr("Comment")
            onClicked: section.expanded = !section.expanded
        }

        QQC2.BusyIndicator {
            Layout.preferredHeight: Kirigami.Units.iconSizes.small
            Layout.preferredWidth: Layout.preferredHeight
            running: section.comments !== null && section.comments.loading
            visible: running
        }

        Item {
            Layout.fillWidth: true
        }
    }

    Kirigami.InlineMessage {
        id: failureMessage

        objectName: "commentsFailureMessage"
        Layout.fillWidth: true
        type: Kirigami.MessageType.Error
        showCloseButton: true
        visible: false
    }

    QQC2.Label {
        objectName: "commentsError"
        Layout.fillWidth: true
        visible: section.expanded && text !== ""
        text: section.comments !== null ? section.comments.error : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Kirigami.Theme.negativeTextColor
    }

    ColumnLayout {
        objectName: "commentList"
        Layout.fillWidth: true
        Layout.leftMargin: Kirigami.Units.largeSpacing
        visible: section.expanded
        spacing: 0

        Repeater {
            model: section.expanded ? section.comments : null

            delegate: CommentDelegate {
                Layout.fillWidth: true
                authorAvatars: section.authorAvatars
                onLinkActivated: link => section.linkActivated(link)
                onDeleteRequested: {
                    if (!section.commentsService.deleteComment(section.commentsUri, itemId)) {
                        section.showFailure(qsTr("This comment can no longer be deleted."));
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            QQC2.TextField {
                id: commentField

                objectName: "commentField"
                Layout.fillWidth: true
                placeholderText: qsTr("Write a comment…")
                onAccepted: section.sendComment()
            }

            QQC2.Button {
                objectName: "sendCommentButton"
                icon.name: "document-send"
                text: qsTr("Send")
                enabled: commentField.text.trim() !== ""
                onClicked: section.sendComment()
            }
        }
    }
}
