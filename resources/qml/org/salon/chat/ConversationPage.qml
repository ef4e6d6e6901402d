import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import QtQuick.Window 2.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.chat 1.0

// One 1:1 conversation: the messages (MessageList), newest at the bottom, the peer's
// typing notification, this conversation's uploads and the composer. While the page
// is in view, its conversation is marked read, also when new messages arrive.
// Failures of ChatService and FileTransferService for this peer show above the
// messages. Each message has actions (react, reply, edit, delete for everyone,
// copy), and the page can jump to a message, such as a search result or the
// message that a reply quotes, and highlight it for a moment.
Kirigami.Page {
    id: page

    // The account's ChatService.
    property QtObject chats
    // The account's FileTransferService and its TransfersModel.
    property QtObject files
    property QtObject transfers
    // The user's bare JID.
    property string ownJid
    // Bare JID of the other party.
    property string peer
    // The peer's name, or its JID.
    property string displayName: peer
    // The account's AvatarService, which gives the peer's avatar for the header.
    property QtObject avatars
    // SHA-1 of the peer's avatar image, served by the image provider "avatar"; empty when none is known.
    property string peerAvatarHash
    // The MessagesModel of the conversation, opened when the page is created.
    property QtObject messages: null
    // Row id of a message to jump to once the page is open; 0 for none.
    property real revealMessageId: 0
    // Row id of the message shown highlighted; 0 for none.
    readonly property alias highlightedMessageId: messageList.highlightedMessageId

    // Whether the user can see the page: it is shown in a visible, unminimized window.
    readonly property bool inView: visible && Window.window !== null && Window.window.visible
        && Window.window.visibility !== Window.Minimized

    function markRead() {
        if (inView) {
            chats.markConversationRead(peer);
        }
    }

    function showError(message) {
        errorMessage.text = message;
        errorMessage.visible = true;
    }

    function showNotice(message) {
        noticeMessage.text = message;
        noticeMessage.visible = true;
    }

    function startEditLast() {
        const last = messageList.lastOwnMessage();
        if (last.id > 0) {
            composer.startEdit(last.id, last.body);
        }
    }

    function send(text) {
        errorMessage.visible = false;
        sendState.failed = false;
        if (composer.mode === "edit") {
            if (messageList.lastOwnMessage().id !== composer.targetMessageId) {
                showError(qsTr("The message you edit is no longer your newest one, so it cannot be corrected."));
                return;
            }
            // An unchanged text needs no correction.
            if (text !== composer.quotedText) {
                chats.correctLastMessage(peer, text);
            }
        } else if (composer.mode === "reply") {
            chats.sendReply(peer, text, composer.targetMessageId);
        } else {
            chats.sendMessage(peer, text);
        }
        // Checks that fail at once, such as an empty or too long message, keep the text for the user to fix.
        if (!sendState.failed) {
            composer.cancelMode();
            composer.clear();
            chats.setComposing(peer, false);
            messageList.positionViewAtBeginning();
        }
    }

    // Sends the local file fileUrl to the peer; its upload shows above the composer.
    function attachFile(fileUrl) {
        errorMessage.visible = false;
        files.sendFile(peer, fileUrl);
    }

    function chooseAttachment() {
        if (attachmentDialogLoader.status === Loader.Ready) {
            attachmentDialogLoader.item.open();
        } else {
            // The loader opens the dialog once it is ready, or reports that it cannot load.
            attachmentDialogLoader.active = true;
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
        actionsMenu.popup(item, x, y);
    }

    // Scrolls to the message messageId, loading older pages until it is there, and highlights it.
    function jumpToMessage(messageId) {
        messageList.jumpToMessage(messageId);
    }

    function copyText(text) {
        clipboardProxy.text = text;
        clipboardProxy.selectAll();
        clipboardProxy.copy();
        clipboardProxy.text = "";
    }

    objectName: "conversationPage"
    title: displayName
    padding: 0

    // The peer's avatar next to its name, like the row of the conversation list.
    titleDelegate: RowLayout {
        Layout.fillWidth: true
        Layout.minimumWidth: 0
        Layout.maximumWidth: implicitWidth
        spacing: Kirigami.Units.smallSpacing

        Kirigami.Avatar {
            objectName: "conversationAvatar"
            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            name: page.displayName
            // Without an image, or until it has loaded, the avatar shows the initials of the name.
            source: page.peerAvatarHash !== "" ? "image://avatar/" + page.peerAvatarHash : ""
            initialsMode: Kirigami.Avatar.InitialsMode.UseInitials
        }

        Kirigami.Heading {
            objectName: "conversationTitle"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.alignment: Qt.AlignVCenter
            text: page.title
            maximumLineCount: 1
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    actions.contextualActions: [
        Kirigami.Action {
            objectName: "exportConversationAction"
            text: qsTr("Export Conversation…")
            icon.name: "document-export"

            Kirigami.Action {
                objectName: "exportTextAction"
                text: qsTr("As Plain Text…")
                onTriggered: exporter.chooseFile("text")
            }

            Kirigami.Action {
                objectName: "exportJsonAction"
                text: qsTr("As JSON…")
                onTriggered: exporter.chooseFile("json")
            }
        }
    ]

    Component.onCompleted: {
        if (avatars) {
            peerAvatarHash = avatars.avatarHash(peer);
        }
        messages = chats.openConversation(peer);
        markRead();
        composer.focusField();
        if (revealMessageId > 0) {
            jumpToMessage(revealMessageId);
        }
    }
    Component.onDestruction: chats.leaveConversation(peer)
    onInViewChanged: markRead()

    QtObject {
        id: sendState

        // Whether actionFailed came for this peer during the last call to ChatService.
        property bool failed: false
    }

    Connections {
        target: page.avatars

        function onAvatarChanged(jid, hash) {
            if (jid === page.peer) {
                page.peerAvatarHash = hash;
            }
        }
    }

    Connections {
        target: page.chats

        function onMessageReceived(jid, messageId) {
            if (jid === page.peer) {
                page.markRead();
            }
        }

        function onActionFailed(jid, message) {
            if (jid !== page.peer) {
                return;
            }
            sendState.failed = true;
            page.showError(message);
        }
    }

    Connections {
        target: page.files

        function onActionFailed(jid, message) {
            if (jid === page.peer) {
                page.showError(message);
            }
        }
    }

    ConversationExporter {
        id: exporter

        chats: page.chats
        peer: page.peer
        onSucceeded: message => page.showNotice(message)
        onFailed: message => page.showError(message)
    }

    // QML has no clipboard API; a hidden text field copies through its own copy().
    TextEdit {
        id: clipboardProxy

        visible: false
        textFormat: TextEdit.PlainText
    }

    // The file dialog comes from Qt.labs.platform, which is loaded only when needed, so the
    // window still works where that QML module is missing.
    Loader {
        id: attachmentDialogLoader

        objectName: "attachmentFileDialogLoader"
        active: false
        source: Qt.resolvedUrl("AttachmentFileDialog.qml")
        onLoaded: {
            item.fileChosen.connect(page.attachFile);
            item.open();
        }
        onStatusChanged: {
            if (status === Loader.Error) {
                active = false;
                page.showError(qsTr("Salon cannot show a file dialog because the Qt.labs.platform QML module is missing. Install the package qml-module-qt-labs-platform."));
            }
        }
    }

    MessageActionsMenu {
        id: actionsMenu

        onReplyRequested: composer.startReply(messageId, body)
        onReactRequested: emojis => page.chats.react(page.peer, messageId, emojis)
        onEditRequested: composer.startEdit(messageId, body)
        onDeleteRequested: deleteDialog.openFor(messageId, body)
        onCopyRequested: page.copyText(body)
        // A closing menu gives the keyboard focus back to whatever had it before, which is not
        // necessarily the field; after Reply or Edit the user types there.
        onClosed: composer.focusField()
    }

    DeleteMessageDialog {
        id: deleteDialog

        onConfirmed: messageId => page.chats.retractMessage(page.peer, messageId)
        onClosed: composer.focusField()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Kirigami.InlineMessage {
            id: errorMessage

            objectName: "conversationError"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Error
            showCloseButton: true
            visible: false
        }

        Kirigami.InlineMessage {
            id: noticeMessage

            objectName: "conversationNotice"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            type: Kirigami.MessageType.Positive
            showCloseButton: true
            visible: false
        }

        MessageList {
            id: messageList

            Layout.fillWidth: true
            Layout.fillHeight: true
            messages: page.messages
            transfers: page.transfers
            ownJid: page.ownJid
            peer: page.peer
            peerName: page.displayName
            onActionsRequested: (delegate, item, x, y) => page.showActions(delegate, item, x, y)
            onReactionsChosen: (messageId, emojis) => page.chats.react(page.peer, messageId, emojis)
            onDownloadRequested: messageId => page.files.downloadAttachment(messageId)
            onCancelRequested: transferId => page.files.cancel(transferId)
            onRevealFailed: page.showNotice(qsTr("The message is no longer in this conversation."))
        }

        QQC2.Label {
            objectName: "typingIndicator"
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.largeSpacing
            Layout.rightMargin: Kirigami.Units.largeSpacing
            visible: page.messages !== null && page.messages.peerTyping
            text: qsTr("%1 is typing…").arg(page.displayName)
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }

        UploadsBar {
            Layout.fillWidth: true
            // A nested layout fills the height by default; the bar takes only what its rows need.
            Layout.fillHeight: false
            transfers: page.transfers
            peer: page.peer
            onCancelRequested: transferId => page.files.cancel(transferId)
        }

        MessageComposer {
            id: composer

            Layout.fillWidth: true
            onSendRequested: text => page.send(text)
            onEdited: text => page.chats.setComposing(page.peer, text !== "")
            onAttachRequested: page.chooseAttachment()
            onEditLastRequested: page.startEditLast()
        }
    }
}
