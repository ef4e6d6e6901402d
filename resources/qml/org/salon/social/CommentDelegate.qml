import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.social 1.0

// One comment of a post (CommentsModel): the author's avatar and name, the time, the content and
// its state. The content is sanitized XHTML shown as PostText.displayHtml shows post content, so
// no remote image loads. Delete shows where the user may retract the comment.
QQC2.Control {
    id: delegate

    required property string itemId
    required property string authorJid
    required property string authorName
    required property string contentHtml
    required property var published
    required property bool own
    required property bool pending
    required property bool canDelete

    // The page's AuthorAvatars, or null for initials only.
    property QtObject authorAvatars: null
    readonly property string displayName: authorName !== "" ? authorName : authorJid

    signal deleteRequested()
    signal linkActivated(string link)

    objectName: "commentDelegate"
    padding: Kirigami.Units.smallSpacing
    Accessible.name: qsTr("Comment by %1").arg(displayName)

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Kirigami.Avatar {
            objectName: "commentAvatar"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Layout.preferredWidth
            name: delegate.displayName
            source: delegate.authorAvatars !== null && delegate.authorAvatars.revision >= 0 && delegate.authorJid !== ""
                ? delegate.authorAvatars.source(delegate.authorJid, delegate.own) : ""
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true

                QQC2.Label {
                    objectName: "commentAuthor"
                    Layout.fillWidth: true
                    text: delegate.displayName
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.bold: true
                }

                QQC2.Label {
                    objectName: "commentTime"
                    text: delegate.pending ? qsTr("%1 · waiting to be sent").arg(Qt.formatDateTime(delegate.published, Qt.DefaultLocaleShortDate))
                        : Qt.formatDateTime(delegate.published, Qt.DefaultLocaleShortDate)
                    textFormat: Text.PlainText
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }

                QQC2.ToolButton {
                    objectName: "deleteCommentButton"
                    visible: delegate.canDelete
                    enabled: !delegate.pending
                    icon.name: "edit-delete"
                    text: qsTr("Delete Comment")
                    display: QQC2.AbstractButton.IconOnly
                    QQC2.ToolTip.text: text
                    QQC2.ToolTip.visible: hovered
                    onClicked: delegate.deleteRequested()
                }
            }

            QQC2.Label {
                objectName: "commentContent"
                Layout.fillWidth: true
                text: PostText.displayHtml(delegate.contentHtml)
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                opacity: delegate.pending ? 0.6 : 1
                onLinkActivated: link => delegate.linkActivated(link)

                HoverHandler {
                    cursorShape: parent.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
                }
            }
        }
    }
}
