import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Confirms deleting a post: one of the user's posts, or any post of a community the user owns.
// Emits deleteRequested() with the post's service, node and item id.
Kirigami.Dialog {
    id: dialog

    property string itemId
    property string postTitle
    property string service
    property string node

    signal deleteRequested(string service, string node, string itemId)

    function openFor(id, title, postService, postNode) {
        itemId = id;
        postTitle = title;
        service = postService || "";
        node = postNode || "";
        open();
    }

    objectName: "deletePostDialog"
    title: qsTr("Delete Post")
    preferredWidth: Kirigami.Units.gridUnit * 20
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.NoButton
    customFooterActions: [
        Kirigami.Action {
            objectName: "deletePostConfirmAction"
            text: qsTr("Delete")
            icon.name: "edit-delete"
            onTriggered: {
                dialog.close();
                dialog.deleteRequested(dialog.service, dialog.node, dialog.itemId);
            }
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            onTriggered: dialog.close()
        }
    ]

    ColumnLayout {
        QQC2.Label {
            Layout.fillWidth: true
            text: dialog.postTitle !== "" ? qsTr("Delete the post “%1” and its comments for everyone?").arg(dialog.postTitle)
                                          : qsTr("Delete this post and its comments for everyone?")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
