import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami

// Confirms deleting one of the user's posts. Emits deleteRequested() with the post's item id.
Kirigami.Dialog {
    id: dialog

    property string itemId
    property string postTitle

    signal deleteRequested(string itemId)

    function openFor(id, title) {
        itemId = id;
        postTitle = title;
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
                dialog.deleteRequested(dialog.itemId);
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
