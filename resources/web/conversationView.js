// One open conversation: its messages from the `messages/<jid>` model mirror,
// newest at the bottom, and the composer.
//
// Opening calls chats.openConversation, whose reply names the mirror; closing
// calls chats.closeConversation, so the linker keeps no model that no tab
// shows. Scrolling to the top requests the page before the oldest message.
// While the conversation is on screen in a visible tab, received messages are
// marked read. Each message is a MessageItem with its action menu
// (MessageActions). The composer sends new messages, replies and the
// correction of the user's newest message (ComposerMode). It also reports
// typing (TypingNotifier) and takes files to send (UploadList). The model's
// `object` message carries `loading` and `peerTyping`.

import { AvatarBadge } from './avatarBadge.js';
import { ComposerMode } from './composerMode.js';
import { ConversationExporter } from './conversationExport.js';
import { setText, stringRole, syncChildren } from './dom.js';
import { MessageActions } from './messageActions.js';
import { MessageItem } from './messageItem.js';
import { MessageHighlight } from './messageHighlight.js';
import { reactionSenderName, toggledReactions } from './reactionChips.js';
import { format, strings } from './strings.js';
import { TypingNotifier } from './typingNotifier.js';
import { UploadList } from './uploadList.js';

// Distance from the top or bottom, in CSS pixels, that counts as being there.
const edgePixels = 48;

function keyOf(row) {
    return `${stringRole(row, 'direction')}:${stringRole(row, 'originId')}`;
}

export class ConversationView {
    #panel;
    #models;
    #contacts;
    #actions;
    #avatars;
    #onClose;
    #avatarBadge;
    #elements = {};
    #jid = '';
    #ownJid = '';
    #mirror = null;
    #modelName = '';
    #unsubscribe = () => {};
    #items = new Map();
    #loading = false;
    // Row count when older messages were last requested, so one arrival at the top requests once.
    #requestedOlderAt = -1;
    // Whether a notice reported a failure of the send call that waits for its reply.
    #sendPending = false;
    #sendFailed = false;
    #menu;
    #mode;
    #typing;
    #uploads;
    #exporter;
    #highlight = new MessageHighlight();
    // Whether the view showed the newest message at the last scroll.
    #atBottom = true;

    // panel contains the elements named by the data-testid values used below, and models the page's
    // ModelStore, whose `transfers` mirror shows the uploads. onClose() returns to the conversation
    // list. avatars is the page's AvatarCache, or null to show initials only.
    constructor(panel, models, contacts, actions, avatars, onClose) {
        this.#panel = panel;
        this.#models = models;
        this.#contacts = contacts;
        this.#actions = actions;
        this.#avatars = avatars;
        this.#onClose = onClose;
        const find = (testId) => panel.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            title: find('conversation-title'),
            jid: find('conversation-jid'),
            error: find('conversation-error'),
            scroller: find('message-scroller'),
            loading: find('messages-loading'),
            empty: find('messages-empty'),
            list: find('message-list'),
            typing: find('typing-indicator'),
            dropHint: find('drop-hint'),
            form: find('composer'),
            field: find('message-field'),
            fieldLabel: find('message-field-label'),
            send: find('message-send'),
            attachButton: find('attach-button'),
            attachInput: find('attach-input'),
        };
        this.#avatarBadge = new AvatarBadge(find('conversation-avatar'));
        this.#menu = new MessageActions({
            onReply: (row) => this.#startReply(row),
            onReact: (row, emoji) => this.#toggleReaction(row, emoji),
            onEdit: (row) => this.#startEdit(row),
            onDelete: (row) => this.#actions.retractMessage(this.#jid, row.messageId),
            onCopy: (row) => this.#copy(row),
        });
        this.#mode = new ComposerMode(find('composer-banner'), this.#elements.field, () => this.#updateSendButton());
        this.#typing = new TypingNotifier((jid, composing) => this.#actions.setComposing(jid, composing));
        this.#uploads = new UploadList(find('upload-list'), models.get('transfers'), actions);
        this.#exporter = new ConversationExporter(find('conversation-export'), actions);

        find('conversation-back').addEventListener('click', () => this.#onClose());
        this.#listenToComposer();
        this.#listenForFiles();
        const { scroller } = this.#elements;
        scroller.addEventListener('scroll', () => {
            this.#atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < edgePixels;
            if (scroller.scrollTop < edgePixels) {
                this.#fetchOlder();
            }
        });
        // An image that loads grows its message; the newest message stays in view when it was.
        this.#elements.list.addEventListener('load', () => {
            if (this.#atBottom) {
                this.#scrollToBottom();
            }
        }, true);
        document.addEventListener('visibilitychange', () => this.#markReadIfShown());
        contacts.subscribe(() => this.#renderHeading());
        avatars?.subscribe(() => this.#renderHeading());
    }

    // Bare JID of the open conversation, or ''.
    get jid() {
        return this.#jid;
    }

    // Sets the user's own bare JID, which reaction titles name "you".
    setOwnJid(jid) {
        this.#ownJid = jid;
    }

    // Opens the conversation with jid, closing the one that was open. With messageId, the view
    // then shows that message, loading older pages as needed, and highlights it.
    async open(jid, messageId = 0) {
        if (jid === this.#jid) {
            this.#elements.field.focus();
            if (messageId > 0) {
                this.revealMessage(messageId);
            }
            return;
        }
        this.close();
        this.#jid = jid;
        this.#panel.dataset.jid = jid;
        this.#panel.hidden = false;
        this.#showError('');
        this.#elements.field.value = '';
        this.#updateSendButton();
        this.#renderHeading();
        this.#renderMessages(new Date());
        this.#uploads.setJid(jid);
        this.#exporter.setJid(jid);
        this.#elements.field.focus();

        const reply = await this.#actions.openConversation(jid);
        if (jid !== this.#jid) {
            // The user opened another conversation meanwhile; close() already released this one.
            return;
        }
        if (!reply.ok) {
            this.#showError(reply.message || strings.actionFailed);
            return;
        }
        // The linker sent the snapshot before its reply, so the mirror is filled already.
        this.#modelName = reply.model;
        this.#mirror = this.#models.get(reply.model);
        this.#unsubscribe = this.#mirror.subscribe((change) => this.#handleChange(change));
        this.#renderMessages(new Date());
        this.#scrollToBottom();
        this.#markReadIfShown();
        if (messageId > 0) {
            await this.revealMessage(messageId);
        }
        this.#fetchOlderIfShort();
    }

    // Closes the open conversation and calls chats.closeConversation, because this tab no longer shows it.
    close() {
        if (this.#jid === '') {
            return;
        }
        const jid = this.#jid;
        this.reset();
        this.#actions.leaveConversation(jid);
        this.#actions.closeConversation(jid);
    }

    // Forgets the open conversation without telling the linker, when the session has ended.
    reset() {
        this.#unsubscribe();
        this.#unsubscribe = () => {};
        this.#menu.close();
        this.#mode.cancel();
        this.#typing.reset();
        this.#jid = '';
        this.#mirror = null;
        this.#modelName = '';
        this.#loading = false;
        this.#requestedOlderAt = -1;
        this.#sendPending = false;
        this.#items.clear();
        this.#elements.list.replaceChildren();
        this.#elements.loading.hidden = true;
        this.#showPeerTyping(false);
        this.#uploads.setJid('');
        this.#exporter.setJid('');
        this.#panel.hidden = true;
        delete this.#panel.dataset.jid;
    }

    // Forgets what the session sent: uploads, exports and the upload limits.
    resetSession() {
        this.reset();
        this.#uploads.reset();
        this.#exporter.reset();
    }

    // Applies an `object` message: the conversation's own carries `loading` and `peerTyping`, and
    // `uploadService` the upload limits.
    handleObject(message) {
        if (message.object === 'uploadService') {
            this.#uploads.setUploadService(message.properties);
            return;
        }
        if (this.#modelName === '' || message.object !== this.#modelName) {
            return;
        }
        this.#loading = message.properties?.loading === true;
        this.#elements.loading.hidden = !this.#loading;
        this.#showPeerTyping(message.properties?.peerTyping === true);
        if (!this.#loading) {
            this.#fetchOlderIfShort();
        }
    }

    // Applies a `conversationExport` message.
    handleExport(message) {
        this.#exporter.handleMessage(message);
    }

    // Shows a failure of ChatService or of a file transfer for the open conversation in place.
    // Returns whether it did.
    handleNotice(notice) {
        if ((notice.object !== 'chats' && notice.object !== 'files') || this.#jid === '' || typeof notice.jid !== 'string'
            || notice.jid.trim().toLowerCase() !== this.#jid) {
            return false;
        }
        if (this.#sendPending) {
            this.#sendFailed = true;
        }
        this.#exporter.handleFailure();
        this.#showError(typeof notice.message === 'string' && notice.message !== '' ? notice.message : strings.actionFailed);
        return true;
    }

    // Marks the conversation read when the user can see it, for example after switching back to the tab.
    markReadIfShown() {
        this.#markReadIfShown();
    }

    // Shows the message with messageId, loading older pages until it is there, and highlights it.
    async revealMessage(messageId) {
        if (!this.#mirror) {
            return;
        }
        const jid = this.#jid;
        await this.#highlight.reveal(this.#elements.list, messageId, {
            rows: this.#mirror.rows,
            request: () => this.#actions.revealMessage(jid, messageId),
            stillOpen: () => jid === this.#jid,
            find: () => [...this.#items.values()].find((candidate) => candidate.messageId === messageId)?.element,
            showError: (text) => this.#showError(text),
        });
    }

    #listenToComposer() {
        const { field, form } = this.#elements;
        field.addEventListener('input', () => {
            this.#updateSendButton();
            if (this.#jid !== '' && this.#mode.mode !== 'edit') {
                this.#typing.edited(this.#jid, field.value);
            }
        });
        field.addEventListener('keydown', (event) => {
            // Enter sends, Shift+Enter starts a new line, and Enter that ends an input method composition does neither.
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                this.#send();
            } else if (event.key === 'Escape' && this.#mode.mode !== 'message') {
                event.preventDefault();
                this.#mode.cancel();
            } else if (event.key === 'ArrowUp' && field.value === '' && this.#mode.mode === 'message') {
                const newest = this.#newestOwnRow();
                if (newest && this.#canEdit(newest)) {
                    event.preventDefault();
                    this.#startEdit(newest);
                }
            }
        });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#send();
        });
    }

    #listenForFiles() {
        const { attachButton, attachInput, field, dropHint } = this.#elements;
        attachButton.addEventListener('click', () => attachInput.click());
        attachInput.addEventListener('change', () => {
            this.#sendFiles([...attachInput.files]);
            attachInput.value = '';
        });
        field.addEventListener('paste', (event) => {
            const files = [...(event.clipboardData?.files ?? [])];
            if (files.length > 0) {
                event.preventDefault();
                this.#sendFiles(files);
            }
        });
        const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
        this.#panel.addEventListener('dragover', (event) => {
            if (carriesFiles(event) && this.#jid !== '') {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'copy';
                this.#panel.dataset.dragging = 'true';
                dropHint.hidden = false;
            }
        });
        this.#panel.addEventListener('dragleave', (event) => {
            if (!this.#panel.contains(event.relatedTarget)) {
                this.#endDrag();
            }
        });
        this.#panel.addEventListener('drop', (event) => {
            if (!carriesFiles(event)) {
                return;
            }
            event.preventDefault();
            this.#endDrag();
            this.#sendFiles([...event.dataTransfer.files]);
        });
    }

    #endDrag() {
        delete this.#panel.dataset.dragging;
        this.#elements.dropHint.hidden = true;
    }

    #sendFiles(files) {
        if (this.#jid !== '' && files.length > 0) {
            this.#uploads.send(this.#jid, files);
        }
    }

    async #send() {
        const { field, send } = this.#elements;
        const body = field.value;
        if (this.#jid === '' || body.trim() === '' || this.#sendPending) {
            return;
        }
        const jid = this.#jid;
        const mode = this.#mode.mode;
        if (mode === 'edit' && body === stringRole(this.#mode.row, 'body')) {
            this.#mode.finish();
            field.value = '';
            this.#updateSendButton();
            return;
        }
        this.#showError('');
        this.#sendPending = true;
        this.#sendFailed = false;
        send.disabled = true;
        let reply;
        if (mode === 'reply') {
            reply = await this.#actions.sendReply(jid, body, this.#mode.messageId);
        } else if (mode === 'edit') {
            reply = await this.#actions.correctLastMessage(jid, body);
        } else {
            reply = await this.#actions.sendMessage(jid, body);
        }
        this.#sendPending = false;
        if (jid !== this.#jid) {
            return;
        }
        if (!reply.ok) {
            this.#showError(reply.message || strings.actionFailed);
        } else if (!this.#sendFailed) {
            // The core rejects an empty or too long message at once, with a notice before this reply. Its text stays for the user to fix.
            field.value = '';
            this.#mode.finish();
            this.#typing.reset();
            this.#scrollToBottom();
        }
        this.#updateSendButton();
        field.focus();
    }

    #updateSendButton() {
        this.#elements.send.disabled = this.#sendPending || this.#elements.field.value.trim() === '';
    }

    #showError(message) {
        setText(this.#elements.error, message);
    }

    #displayName() {
        const contact = this.#contacts.rows.find((row) => stringRole(row, 'jid') === this.#jid) ?? {};
        return stringRole(contact, 'name').trim() || this.#jid;
    }

    #nameOf(jid) {
        const names = new Map(this.#contacts.rows.map((row) => [stringRole(row, 'jid'), stringRole(row, 'name').trim()]));
        return reactionSenderName(jid, this.#ownJid, names);
    }

    #showPeerTyping(typing) {
        setText(this.#elements.typing, typing && this.#jid !== '' ? format('peerTyping', { name: this.#displayName() }) : '');
    }

    #renderHeading() {
        if (this.#jid === '') {
            return;
        }
        const contact = this.#contacts.rows.find((row) => stringRole(row, 'jid') === this.#jid) ?? {};
        const name = stringRole(contact, 'name').trim();
        const displayName = name || this.#jid;
        setText(this.#elements.title, displayName);
        setText(this.#elements.jid, this.#jid);
        this.#elements.jid.hidden = name === '';
        const avatarHash = stringRole(contact, 'avatarHash');
        this.#avatarBadge.element.dataset.hash = avatarHash;
        this.#avatarBadge.update(this.#jid, displayName, this.#avatars?.url(avatarHash) ?? '');
        setText(this.#elements.fieldLabel, format('messageFieldLabel', { name: displayName }));
        setText(this.#elements.dropHint, format('dropFilesHere', { name: displayName }));
        if (this.#elements.typing.textContent !== '') {
            this.#showPeerTyping(true);
        }
    }

    // The newest of the user's messages, or null. Only it can be corrected, unless it is retracted.
    #newestOwnRow() {
        const rows = this.#mirror?.rows ?? [];
        for (let index = rows.length - 1; index >= 0; --index) {
            if (rows[index].direction === 'out') {
                return rows[index];
            }
        }
        return null;
    }

    #canEdit(row) {
        return row === this.#newestOwnRow() && row.retracted !== true && stringRole(row, 'attachmentUrl') === '';
    }

    #openActions(item) {
        const row = item.row;
        this.#menu.toggle(item, {
            canEdit: this.#canEdit(row),
            canDelete: row.direction === 'out' && row.retracted !== true,
            peerName: this.#displayName(),
        });
    }

    #startReply(row) {
        const author = row.direction === 'out' ? strings.you : this.#displayName();
        this.#mode.startReply(row, author);
        this.#elements.field.focus();
    }

    #startEdit(row) {
        this.#mode.startEdit(row);
        this.#updateSendButton();
        this.#elements.field.focus();
    }

    #toggleReaction(row, emoji) {
        if (Number.isInteger(row.messageId) && row.retracted !== true) {
            this.#actions.react(this.#jid, row.messageId, toggledReactions(row.reactions, emoji));
        }
    }

    async #copy(row) {
        try {
            await navigator.clipboard.writeText(stringRole(row, 'body'));
        } catch {
            this.#showError(strings.copyFailed);
        }
    }

    #handleChange(change) {
        const { scroller } = this.#elements;
        const distanceFromBottom = scroller.scrollHeight - scroller.scrollTop;
        const atBottom = distanceFromBottom - scroller.clientHeight < edgePixels;
        const rows = this.#mirror?.rows ?? [];
        // An older page comes in front of the rows, and a new message comes last.
        const olderPage = change.op === 'insert' && change.first === 0 && rows.length > change.rows.length;
        const ownNewMessage = change.op === 'insert' && !olderPage && change.rows.some((row) => row.direction === 'out');

        this.#renderMessages(new Date());

        if (olderPage) {
            // The messages on screen keep their place while the older ones appear above.
            scroller.scrollTop = scroller.scrollHeight - distanceFromBottom;
        } else if (atBottom || ownNewMessage || change.op === 'reset') {
            this.#scrollToBottom();
        }
        if (change.op === 'insert' || change.op === 'reset') {
            this.#markReadIfShown();
        }
        this.#fetchOlderIfShort();
    }

    #renderMessages(now) {
        const rows = this.#mirror?.rows ?? [];
        const used = new Set();
        const elements = [];
        const nameOf = (jid) => this.#nameOf(jid);
        for (const row of rows) {
            const key = keyOf(row);
            let item = this.#items.get(key);
            if (!item) {
                item = new MessageItem({
                    onOpenActions: (opened) => this.#openActions(opened),
                    onOpenQuote: (messageId) => this.revealMessage(messageId),
                    onToggleReaction: (reacted, emoji) => this.#toggleReaction(reacted, emoji),
                });
                this.#items.set(key, item);
            }
            used.add(key);
            item.update(row, now, nameOf);
            elements.push(item.element);
        }
        for (const [key, item] of this.#items) {
            if (!used.has(key)) {
                if (this.#menu.openMessageId === item.messageId) {
                    this.#menu.close();
                }
                this.#items.delete(key);
            }
        }
        syncChildren(this.#elements.list, elements);
        this.#elements.empty.hidden = elements.length > 0 || this.#mirror === null || !this.#mirror.loaded || this.#loading;
    }

    #scrollToBottom() {
        const { scroller } = this.#elements;
        scroller.scrollTop = scroller.scrollHeight;
        this.#atBottom = true;
    }

    #fetchOlder() {
        if (!this.#mirror || this.#loading || this.#requestedOlderAt === this.#mirror.length) {
            return;
        }
        this.#requestedOlderAt = this.#mirror.length;
        this.#actions.fetchOlderMessages(this.#jid);
    }

    // Requests older messages while the loaded ones do not fill the view, so that it can scroll.
    #fetchOlderIfShort() {
        const { scroller } = this.#elements;
        if (this.#mirror && this.#mirror.length > 0 && scroller.scrollHeight <= scroller.clientHeight + edgePixels) {
            this.#fetchOlder();
        }
    }

    #markReadIfShown() {
        if (this.#jid === '' || !this.#mirror || document.visibilityState !== 'visible' || this.#panel.offsetParent === null) {
            return;
        }
        const unread = this.#mirror.rows.some((row) => row.direction === 'in' && row.state === 'received');
        if (unread) {
            this.#actions.markConversationRead(this.#jid);
        }
    }
}
