import QtQml 2.15 as QtQml
import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import QtQuick.Window 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0 as SalonChat
import org.salon.core 1.0 as SalonCore

// One group chat room: its subject, the messages (RoomMessageService), newest at the bottom,
// with each sender's nickname and the messages that name the user outlined, the composer, and
// the occupants beside the messages. The messages offer the chat's actions: react, reply, edit
// the newest own message, delete own messages for everyone and, for moderators of a room that
// supports it, remove any message with an optional reason (RoomModeration). While the page is in
// view, the room is marked read. The actions change the nickname or the subject, invite someone,
// configure the room, bookmark it with or without autojoin, leave it, and for an owner destroy
// it. Failures of the room's services show above the messages.
Kirigami.Page {
    id: page

    // The account's Account.
    property QtObject account
    // Bare JID of the room.
    property string roomJid
    // The room's MessagesModel, opened when the page is created.
    property QtObject messages: null
    // The room's row of RoomsModel as an object with its roles, or null while the room has none.
    property QtObject entry: null

    readonly property string displayName: entry !== null ? entry.displayName : roomJid
    readonly property bool joined: entry !== null && entry.state === "joined"
    // The room's OccupantsModel, which exists once the room is known.
    readonly property QtObject occupants: entry !== null ? account.rooms.occupants(roomJid) : null
    // The user's affiliation with the room, read from the occupants' row with the self role.
    property string selfAffiliation
    // Row id of a message to show highlighted once the messages are open, as for a search result; 0 for none.
    property real revealMessageId: 0
    // Emitted after the user left the room, for the window to close the page.
    signal roomLeft()

    // Whether the user can see the page: it is shown in a visible, unminimized window.
    readonly property bool inView: visible && Window.window !== null && Window.window.visible
        && Window.window.visibility !== Window.Minimized

    // Opens the room's messages once RoomService knows the room: a page opened from an accepted
    // invitation may come before the join that adds the room.
    function openMessages() {
        if (messages === null && entry !== null) {
            messages = account.roomMessages.openRoom(roomJid);
            if (revealMessageId > 0) {
                jumpToMessage(revealMessageId);
            }
        }
    }

    function jumpToMessage(messageId) {
        messageList.jumpToMessage(messageId);
    }

    function refreshSelfAffiliation() {
        selfAffiliation = "";
        if (occupants === null || occupants.count === 0) {
            return;
        }
        const found = occupants.match(occupants.index(0, 0), SalonCore.OccupantsModel.SelfRole, true, 1, Qt.MatchExactly);
        if (found.length > 0) {
            selfAffiliation = occupants.data(found[0], SalonCore.OccupantsModel.AffiliationRole);
        }
    }

    function markRead() {
        if (inView) {
            account.roomMessages.markRoomRead(roomJid);
        }
    }

    function showError(jid, message) {
        if (jid === roomJid) {
            errorMessage.text = message;
            errorMessage.visible = true;
        }
    }

    function showNotice(message) {
        noticeMessage.text = message;
        noticeMessage.visible = true;
    }

    function send(text) {
        errorMessage.visible = false;
        if (composer.mode === "edit") {
            if (messageList.lastOwnMessage().id !== composer.targetMessageId) {
                showError(roomJid, qsTr("The message you edit is no longer your newest one, so it cannot be corrected."));
                return;
            }
            // An unchanged text needs no correction.
            if (text !== composer.quotedText) {
                account.roomMessages.correctLastMessage(roomJid, text);
            }
        } else if (composer.mode === "reply") {
            account.roomMessages.sendReply(roomJid, text, composer.targetMessageId);
        } else {
            account.roomMessages.sendMessage(roomJid, text);
        }
        composer.cancelMode();
        composer.clear();
        messageList.positionViewAtBeginning();
    }

    function startEditLast() {
        const last = messageList.lastOwnMessage();
        if (last.id > 0) {
            composer.startEdit(last.id, last.body);
        }
    }

    // Shows the actions of the message of delegate at the point x, y of item.
    function showActions(delegate, item, x, y) {
        if (delegate.retracted) {
            return;
        }
        actionsMenu.messageId = delegate.messageId;
        actionsMenu.body = delegate.body;
        actionsMenu.own = delegate.own;
        actionsMenu.editable = delegate.own && delegate.messageId === messageList.lastOwnMessage().id;
        actionsMenu.reactions = delegate.reactions;
        actionsMenu.removable = account.roomModeration.canRetractMessages(roomJid);
        actionsMenu.popup(item, x, y);
    }

    function copyText(text) {
        clipboardProxy.text = text;
        clipboardProxy.selectAll();
        clipboardProxy.copy();
        clipboardProxy.text = "";
    }

    function setBookmark(bookmarked, autojoin) {
        if (bookmarked) {
            account.bookmarks.setBookmark(roomJid, entry !== null ? entry.name : "", entry !== null ? entry.nick : "", autojoin, "");
        } else {
            account.bookmarks.removeBookmark(roomJid);
        }
    }

    objectName: "roomPage"
    title: displayName
    padding: 0

    actions.main: Kirigami.Action {
        id: occupantsAction

        objectName: "showOccupantsAction"
        icon.name: "system-users"
        text: qsTr("Occupants")
        checkable: true
        checked: page.width > Kirigami.Units.gridUnit * 30
    }
    actions.contextualActions: [
        Kirigami.Action {
            objectName: "joinAgainAction"
            text: qsTr("Join")
            icon.name: "go-next"
            visible: page.entry !== null && (page.entry.state === "left" || page.entry.state === "failed")
            onTriggered: page.account.rooms.join(page.roomJid, page.entry.nick, "")
        },
        Kirigami.Action {
            objectName: "changeNickAction"
            text: qsTr("Change Nickname…")
            icon.name: "edit-rename"
            enabled: page.joined
            onTriggered: nickDialog.openWith(page.entry.nick)
        },
        Kirigami.Action {
            objectName: "setSubjectAction"
            text: qsTr("Set Subject…")
            icon.name: "document-edit"
            enabled: page.joined
            onTriggered: subjectDialog.openWith(page.entry.subject)
        },
        Kirigami.Action {
            objectName: "configureRoomAction"
            text: qsTr("Configure Room…")
            icon.name: "configure"
            // Only owners may configure a room (XEP-0045, section 10).
            visible: page.joined && page.selfAffiliation === "owner"
            onTriggered: configurationDialogComponent.createObject(page).openFor(page.roomJid, true)
        },
        Kirigami.Action {
            objectName: "inviteAction"
            text: qsTr("Invite…")
            icon.name: "list-add-user"
            enabled: page.joined
            onTriggered: inviteDialog.openDialog()
        },
        Kirigami.Action {
            objectName: "bookmarkAction"
            text: qsTr("Bookmark")
            icon.name: "bookmark-new"
            checkable: true
            checked: page.entry !== null && page.entry.bookmarked
            onTriggered: page.setBookmark(checked, page.entry !== null && page.entry.autojoin)
        },
        Kirigami.Action {
            objectName: "autojoinAction"
            text: qsTr("Join on Sign-in")
            checkable: true
            checked: page.entry !== null && page.entry.autojoin
            onTriggered: page.setBookmark(true, checked)
        },
        Kirigami.Action {
            objectName: "leaveRoomAction"
            text: qsTr("Leave Room")
            icon.name: "system-log-out"
            enabled: page.entry !== null && page.entry.state !== "left"
            onTriggered: {
                page.account.rooms.leave(page.roomJid);
                page.roomLeft();
            }
        },
        Kirigami.Action {
            objectName: "destroyRoomAction"
            text: qsTr("Destroy Room…")
            icon.name: "edit-delete"
            visible: page.joined && page.selfAffiliation === "owner"
            onTriggered: destroyDialog.openDialog()
        }
    ]

    Component.onCompleted: {
        openMessages();
        markRead();
        composer.focusField();
    }
    Component.onDestruction: account.roomMessages.closeRoom(roomJid)
    onInViewChanged: markRead()
    onEntryChanged: openMessages()
    onOccupantsChanged: refreshSelfAffiliation()

    Connections {
        target: page.occupants

        function onModelReset() {
            page.refreshSelfAffiliation();
        }

        function onRowsInserted() {
            page.refreshSelfAffiliation();
        }

        function onRowsRemoved() {
            page.refreshSelfAffiliation();
        }

        function onDataChanged() {
            page.refreshSelfAffiliation();
        }
    }

    // Binds entry to the room's row; the row moves when the rooms are sorted again.
    Instantiator {
        model: page.account.roomList

        delegate: QtObject {
            id: row

            required property string jid
            required property string name
            required property string displayName
            required property string subject
            required property string nick
            required property string state
            required property string errorText
            required property bool bookmarked
            required property bool autojoin

            property QtObject binding: QtQml.Binding {
                target: page
                property: "entry"
                value: row
                when: row.jid === page.roomJid
                restoreMode: QtQml.Binding.RestoreValue
            }
        }
    }

    Connections {
        target: page.account.roomMessages

        function onMessageReceived(jid, messageId) {
            if (jid === page.roomJid) {
                page.markRead();
            }
        }

        function onActionFailed(jid, message) {
            page.showError(jid, message);
        }
    }

    Connections {
        target: page.account.rooms

        function onActionFailed(jid, message) {
            page.showError(jid, message);
        }
    }

    Connections {
        target: page.account.roomModeration

        function onActionFailed(jid, message) {
            page.showError(jid, message);
        }

        function onRoomDestroyed(jid) {
            if (jid === page.roomJid) {
                page.roomLeft();
            }
        }
    }

    Connections {
        target: page.account.invitations

        function onActionFailed(roomJid, message) {
            page.showError(roomJid, message);
        }

        function onInvitationSent(roomJid, contactJid) {
            if (roomJid === page.roomJid) {
                page.showNotice(qsTr("Invited %1.").arg(contactJid));
            }
        }
    }

    Connections {
        target: page.account.bookmarks

        function onActionFailed(jid, message) {
            page.showError(jid, message);
        }
    }

    // Created when the user configures the room, so that a page without it keeps no dialog.
    Component {
        id: configurationDialogComponent

        RoomConfigurationDialog {
            configuration: page.account.roomConfiguration
            onClosed: destroy()
        }
    }

    SalonChat.MessageActionsMenu {
        id: actionsMenu

        onReplyRequested: composer.startReply(messageId, body)
        onReactRequested: emojis => page.account.roomMessages.react(page.roomJid, messageId, emojis)
        onEditRequested: composer.startEdit(messageId, body)
        onDeleteRequested: deleteDialog.openFor(messageId, body)
        // The reason dialog opens once the menu has closed, because a closing menu gives the
        // keyboard focus back to what had it before, which would take it from the dialog's field.
        onRemoveRequested: removeDialog.pendingMessageId = messageId
        onCopyRequested: page.copyText(body)
        onClosed: {
            if (removeDialog.pendingMessageId !== 0) {
                removeDialog.openFor(removeDialog.pendingMessageId);
                removeDialog.pendingMessageId = 0;
            } else {
                composer.focusField();
            }
        }
    }

    SalonChat.DeleteMessageDialog {
        id: deleteDialog

        onConfirmed: messageId => page.account.roomMessages.retractMessage(page.roomJid, messageId)
        onClosed: composer.focusField()
    }

    TextPromptDialog {
        id: removeDialog

        // Row id of the message that the dialog removes.
        property real messageId: 0
        // Row id of the message whose removal the menu requested, until the menu has closed; 0 for none.
        property real pendingMessageId: 0

        function openFor(id) {
            messageId = id;
            openWith("");
        }

        objectName: "removeMessageDialog"
        title: qsTr("Remove Message for Everyone")
        label: qsTr("Reason (optional)")
        confirmText: qsTr("Remove")
        allowEmpty: true
        onTextAccepted: text => page.account.roomModeration.retractMessage(page.roomJid, removeDialog.messageId, text)
        onClosed: composer.focusField()
    }

    // QML has no clipboard API; a hidden text field copies through its own copy().
    TextEdit {
        id: clipboardProxy

        visible: false
        textFormat: TextEdit.PlainText
    }

    TextPromptDialog {
        id: nickDialog

        title: qsTr("Change Nickname")
        label: qsTr("Nickname")
        confirmText: qsTr("Change")
        onTextAccepted: text => page.account.rooms.changeNick(page.roomJid, text)
    }

    InviteDialog {
        id: inviteDialog

        contacts: page.account.contacts
        onInviteRequested: (contactJid, reason) => page.account.invitations.invite(page.roomJid, contactJid, reason, "")
    }

    DestroyRoomDialog {
        id: destroyDialog

        roomName: page.displayName
        onDestroyRequested: (reason, alternateRoom) => page.account.roomModeration.destroyRoom(page.roomJid, reason, alternateRoom)
    }

    TextPromptDialog {
        id: subjectDialog

        title: qsTr("Set Subject")
        label: qsTr("Subject")
        confirmText: qsTr("Set")
        allowEmpty: true
        onTextAccepted: text => page.account.rooms.setSubject(page.roomJid, text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QQC2.Label {
            objectName: "roomSubject"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            visible: text !== ""
            text: page.entry !== null ? page.entry.subject : ""
            // Occupants set the subject: never markup.
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Kirigami.Theme.disabledTextColor
        }

        Kirigami.InlineMessage {
            objectName: "roomStateMessage"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Warning
            visible: page.entry !== null && page.entry.errorText !== ""
            text: page.entry !== null ? page.entry.errorText : ""
        }

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "roomError"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        Kirigami.InlineMessage {
            id: noticeMessage

            objectName: "roomNotice"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Positive
            showCloseButton: true
            visible: false
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            SalonChat.MessageList {
                id: messageList

                Layout.fillWidth: true
                Layout.fillHeight: true
                messages: page.messages
                transfers: page.account.transfers
                ownJid: page.account.jid
                peer: page.roomJid
                peerName: page.displayName
                onActionsRequested: (delegate, item, x, y) => page.showActions(delegate, item, x, y)
                onReactionsChosen: (messageId, emojis) => page.account.roomMessages.react(page.roomJid, messageId, emojis)
            }

            Kirigami.Separator {
                Layout.fillHeight: true
                visible: occupantsAction.checked
            }

            OccupantsPanel {
                id: occupantsPanel

                // A nested layout fills the width by default; the panel keeps its own width.
                Layout.fillWidth: false
                Layout.fillHeight: true
                Layout.preferredWidth: Kirigami.Units.gridUnit * 10
                visible: occupantsAction.checked
                // The model exists once the room is known, which a join makes it.
                occupants: page.entry !== null ? page.account.rooms.occupants(page.roomJid) : null
                onKickRequested: (nick, reason) => page.account.roomModeration.kick(page.roomJid, nick, reason)
                onBanRequested: (nick, reason) => page.account.roomModeration.ban(page.roomJid, nick, reason)
                onRoleChangeRequested: (nick, role) => page.account.roomModeration.setRole(page.roomJid, nick, role, "")
                onAffiliationChangeRequested: (realJid, affiliation) => page.account.roomModeration.setAffiliation(page.roomJid, realJid, affiliation, "")
            }
        }

        SalonChat.MessageComposer {
            id: composer

            Layout.fillWidth: true
            attachEnabled: false
            onSendRequested: text => page.send(text)
            onEditLastRequested: page.startEditLast()
        }
    }
}
