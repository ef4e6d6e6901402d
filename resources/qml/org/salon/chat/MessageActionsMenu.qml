import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import "Reactions.js" as Reactions

// The actions on one message: a row of common emojis to react with, then Reply, Edit, Delete
// for Everyone, Remove Message for moderators of a room, and Copy Text. The page sets the message's properties, opens the menu with popup(),
// and carries out the action that the menu's signals request.
QQC2.Menu {
    id: messageMenu

    property real messageId: 0
    property string body
    property bool own: false
    // Whether the message is the user's newest one, the only one that can be corrected.
    property bool editable: false
    // MessagesModel's reactions role of the message.
    property var reactions: []
    // Whether the user may remove the message for everyone as a moderator of the room (XEP-0425).
    property bool removable: false

    signal replyRequested()
    // emojis is the user's full set of reactions after the choice.
    signal reactRequested(var emojis)
    signal editRequested()
    signal deleteRequested()
    signal removeRequested()
    signal copyRequested()

    objectName: "messageActionsMenu"

    // The reaction picker: common emojis in a row, the user's own checked. Choosing one adds it
    // to the user's reactions, or takes it back when it was there.
    Row {
        objectName: "reactionPicker"
        leftPadding: Kirigami.Units.smallSpacing
        rightPadding: Kirigami.Units.smallSpacing
        spacing: 0

        Repeater {
            model: Reactions.pickerEmojis

            delegate: QQC2.ToolButton {
                required property string modelData

                objectName: "reactionChoice"
                text: modelData
                checked: Reactions.ownEmojis(messageMenu.reactions).indexOf(modelData) >= 0
                Accessible.name: checked ? qsTr("Remove your reaction %1").arg(modelData) : qsTr("React with %1").arg(modelData)
                QQC2.ToolTip.text: Accessible.name
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
                onClicked: {
                    messageMenu.reactRequested(Reactions.toggledEmojis(messageMenu.reactions, modelData));
                    messageMenu.close();
                }
            }
        }
    }

    QQC2.MenuSeparator {}

    QQC2.MenuItem {
        objectName: "replyMenuItem"
        icon.name: "mail-reply-sender"
        text: qsTr("Reply")
        onTriggered: messageMenu.replyRequested()
    }

    QQC2.MenuItem {
        objectName: "editMenuItem"
        visible: messageMenu.editable
        height: visible ? implicitHeight : 0
        icon.name: "document-edit"
        text: qsTr("Edit")
        onTriggered: messageMenu.editRequested()
    }

    QQC2.MenuItem {
        objectName: "deleteMenuItem"
        visible: messageMenu.own
        height: visible ? implicitHeight : 0
        icon.name: "edit-delete"
        text: qsTr("Delete for Everyone…")
        onTriggered: messageMenu.deleteRequested()
    }

    QQC2.MenuItem {
        objectName: "removeMenuItem"
        visible: messageMenu.removable
        height: visible ? implicitHeight : 0
        icon.name: "edit-delete-remove"
        text: qsTr("Remove Message…")
        onTriggered: messageMenu.removeRequested()
    }

    QQC2.MenuItem {
        objectName: "copyMenuItem"
        visible: messageMenu.body !== ""
        height: visible ? implicitHeight : 0
        icon.name: "edit-copy"
        text: qsTr("Copy Text")
        onTriggered: messageMenu.copyRequested()
    }
}
