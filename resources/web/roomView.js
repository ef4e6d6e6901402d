// One open group chat room. It shows the subject and the messages from the
// `roomMessages/<jid>` model mirror, with the senders' nicknames and the
// mentions of the user marked. It also has the composer, the occupants
// (`occupants/<jid>`, see OccupantList) and the room's actions: change
// nickname, set the subject, invite someone (the address field suggests
// the contacts of the `contacts` mirror), join again, leave, bookmark with
// autojoin, for owners configure the room, and for an owner destroy the
// room after a confirmation. The messages offer the chat's actions
// (MessageActions): reply, react, edit the newest own message, delete own
// messages and, while the user is a moderator of a room that supports it,
// remove any message with an optional reason.
//
// Opening calls roomMessages.openRoom and closing roomMessages.closeRoom, so
// the linker keeps no model that no tab shows. While the room is on screen in
// a visible tab, its unread messages are marked read. The room's row of the
// `roomList` mirror gives the name, subject, state and counts.

import { ComposerMode } from './composerMode.js';
import { createElement, setText, stringRole, syncChildren } from './dom.js';
import { MessageActions } from './messageActions.js';
import { MessageHighlight } from './messageHighlight.js';
import { reactionSenderName, toggledReactions } from './reactionChips.js';
import { occupantsModelName } from './roomActions.js';
import { countRole, stateLabels } from './roomListView.js';
import { RoomMessageItem } from './roomMessageItem.js';
import { OccupantList } from './occupantList.js';
import { format, strings } from './strings.js';

// Distance from the top or bottom, in CSS pixels, that counts as being there.
const edgePixels = 48;
// The objects whose notices about the open room show in the room view.
// The notices of `invitations` name the room as roomJid, the others as jid.
const roomObjects = new Set(['rooms', 'roomMessages', 'roomModeration', 'bookmarks', 'invitations']);

export class RoomView {
    #panel;
    #models;
    #roomList;
    #actions;
    #onClose;
    #elements;
    #occupants;
    #occupantsMirror = null;
    #menu;
    #mode;
    #ownJid = '';
    #jid = '';
    #mirror = null;
    #unsubscribe = () => {};
    #items = new Map();
    #highlight = new MessageHighlight();
    #atBottom = true;
    #markReadPending = false;
    #contacts;

    #onConfigure;
    #unsubscribeOccupants = () => {};

    // panel contains the elements named by the data-testid values below; models is the page's
    // ModelStore. onClose() returns to the room list, and onConfigure(jid) opens the room's configuration form.
    // avatars is the page's AvatarCache for the occupants' avatars, or null.
    constructor(panel, models, actions, onClose, onConfigure, avatars = null) {
        this.#panel = panel;
        this.#models = models;
        this.#roomList = models.get('roomList');
        this.#actions = actions;
        this.#onClose = onClose;
        this.#onConfigure = onConfigure;
        const find = (testId) => panel.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            title: find('room-title'),
            jid: find('room-jid'),
            subject: find('room-subject'),
            state: find('room-state-text'),
            error: find('room-error'),
            join: find('room-join'),
            leave: find('room-leave'),
            configure: find('room-configure'),
            bookmark: find('room-bookmark'),
            nickForm: find('room-nick-form'),
            nickField: find('room-nick-field'),
            subjectForm: find('room-subject-form'),
            subjectField: find('room-subject-field'),
            inviteForm: find('room-invite-form'),
            inviteField: find('room-invite-field'),
            inviteReason: find('room-invite-reason'),
            inviteContacts: find('room-invite-contacts'),
            destroy: find('room-destroy'),
            destroyForm: find('room-destroy-form'),
            destroyReason: find('room-destroy-reason'),
            destroyAlternate: find('room-destroy-alternate'),
            scroller: find('room-message-scroller'),
            empty: find('room-messages-empty'),
            list: find('room-message-list'),
            form: find('room-composer'),
            field: find('room-message-field'),
            send: find('room-send'),
        };
        this.#occupants = new OccupantList(find('occupant-list'), find('occupant-count'), actions, (rights) => this.#showOwnerActions(rights),
            avatars);
        this.#menu = new MessageActions({
            onReply: (row) => this.#startReply(row),
            onReact: (row, emoji) => this.#toggleReaction(row, emoji),
            onEdit: (row) => this.#startEdit(row),
            onDelete: (row) => this.#actions.retractMessage(this.#jid, row.messageId),
            onRemove: (row, reason) => this.#actions.removeMessage(this.#jid, row.messageId, reason),
            onCopy: (row) => this.#copy(row),
        });
        this.#mode = new ComposerMode(find('room-composer-banner'), this.#elements.field, () => this.#updateSendButton());
        this.#contacts = models.get('contacts');
        this.#contacts.subscribe(() => this.#renderInviteContacts());
        this.#renderInviteContacts();

        find('room-back').addEventListener('click', () => this.#onClose());
        this.#listen();
        this.#roomList.subscribe(() => {
            this.#renderHeading();
            this.#markReadIfShown();
        });
        document.addEventListener('visibilitychange', () => this.#markReadIfShown());
    }

    // Sets the user's own bare JID, which reaction titles name "you".
    setOwnJid(jid) {
        this.#ownJid = jid;
    }

    // Bare JID of the open room, or ''.
    get jid() {
        return this.#jid;
    }

    // Opens the room jid, closing the one that was open.
    // Shows the room jid. With messageId, it then shows that message, as for a search result.
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
        this.#mode.cancel();
        this.#elements.field.value = '';
        this.#elements.inviteField.value = '';
        this.#elements.inviteReason.value = '';
        this.#showDestroyForm(false);
        this.#updateSendButton();
        this.#renderHeading();
        this.#renderMessages();
        this.#occupants.show(jid, null);

        const reply = await this.#actions.openRoom(jid);
        if (jid !== this.#jid) {
            return;
        }
        if (!reply.ok) {
            this.#showError(reply.message || strings.actionFailed);
            return;
        }
        // The linker sent both snapshots before its reply.
        this.#mirror = this.#models.get(reply.model);
        this.#unsubscribe = this.#mirror.subscribe(() => this.#renderMessages());
        this.#occupantsMirror = this.#models.get(occupantsModelName(jid));
        this.#unsubscribeOccupants = this.#occupantsMirror.subscribe(() => this.#renderHeading());
        this.#occupants.show(jid, this.#occupantsMirror);
        this.#renderHeading();
        this.#renderMessages();
        this.#scrollToBottom();
        this.#markReadIfShown();
        this.#elements.field.focus();
        if (messageId > 0) {
            await this.revealMessage(messageId);
        }
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
            find: () => this.#elements.list.querySelector(`[data-message-id="${messageId}"]`),
            showError: (text) => this.#showError(text),
        });
    }

    // Closes the open room and calls roomMessages.closeRoom, because this tab no longer shows it.
    close() {
        if (this.#jid === '') {
            return;
        }
        const jid = this.#jid;
        this.reset();
        this.#actions.closeRoom(jid);
    }

    // Forgets the open room without telling the linker, when the session has ended.
    reset() {
        this.#unsubscribe();
        this.#unsubscribe = () => {};
        this.#unsubscribeOccupants();
        this.#unsubscribeOccupants = () => {};
        this.#occupantsMirror = null;
        this.#jid = '';
        this.#mirror = null;
        this.#menu.close();
        this.#mode.cancel();
        this.#items.clear();
        this.#occupants.show('', null);
        this.#elements.list.replaceChildren();
        this.#panel.hidden = true;
        delete this.#panel.dataset.jid;
    }

    // Shows a notice about the open room in the view. Returns whether it did.
    handleNotice(notice) {
        const jid = notice.object === 'invitations' ? notice.roomJid : notice.jid;
        if (!roomObjects.has(notice.object) || this.#jid === '' || typeof jid !== 'string' || jid.trim().toLowerCase() !== this.#jid) {
            return false;
        }
        this.#showError(typeof notice.message === 'string' && notice.message !== '' ? notice.message : strings.actionFailed);
        return true;
    }

    #listen() {
        const { form, field, nickForm, nickField, scroller } = this.#elements;
        field.addEventListener('input', () => this.#updateSendButton());
        field.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                form.requestSubmit();
            } else if (event.key === 'Escape' && this.#mode.mode !== 'message') {
                event.preventDefault();
                this.#mode.cancel();
            }
        });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#send();
        });
        nickForm.addEventListener('submit', (event) => {
            event.preventDefault();
            const nick = nickField.value.trim();
            if (nick !== '' && this.#jid !== '') {
                this.#actions.changeNick(this.#jid, nick);
            }
        });
        this.#elements.subjectForm.addEventListener('submit', (event) => {
            event.preventDefault();
            if (this.#jid !== '') {
                this.#actions.setSubject(this.#jid, this.#elements.subjectField.value.trim());
            }
        });
        this.#elements.inviteForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#invite();
        });
        this.#listenDestroy();
        this.#elements.join.addEventListener('click', () => this.#joinAgain());
        this.#elements.leave.addEventListener('click', () => this.#actions.leave(this.#jid));
        this.#elements.configure.addEventListener('click', () => this.#onConfigure(this.#jid));
        this.#elements.bookmark.addEventListener('change', () => this.#toggleBookmark());
        scroller.addEventListener('scroll', () => {
            this.#atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < edgePixels;
            if (scroller.scrollTop < edgePixels && this.#mirror && this.#mirror.length > 0) {
                this.#actions.fetchOlderMessages(this.#jid);
            }
        });
    }

    #listenDestroy() {
        const { destroy, destroyForm, destroyReason, destroyAlternate } = this.#elements;
        destroy.addEventListener('click', () => this.#showDestroyForm(destroyForm.hidden));
        destroyForm.querySelector('[data-testid="room-destroy-cancel"]').addEventListener('click', () => this.#showDestroyForm(false));
        destroyForm.addEventListener('submit', async (event) => {
            event.preventDefault();
            const jid = this.#jid;
            const reply = await this.#actions.destroyRoom(jid, destroyReason.value.trim(), destroyAlternate.value.trim());
            if (reply.ok && jid === this.#jid) {
                this.#showDestroyForm(false);
            }
        });
    }

    #showDestroyForm(shown) {
        const { destroy, destroyForm, destroyReason, destroyAlternate } = this.#elements;
        destroyForm.hidden = !shown;
        destroy.setAttribute('aria-expanded', String(shown));
        if (shown) {
            destroyReason.value = '';
            destroyAlternate.value = '';
            destroyReason.focus();
        }
    }

    // Shows Destroy only to an owner of the room.
    #showOwnerActions(rights) {
        const owner = rights.affiliation === 'owner';
        this.#elements.destroy.hidden = !owner;
        if (!owner) {
            this.#showDestroyForm(false);
        }
    }

    async #invite() {
        const { inviteField, inviteReason } = this.#elements;
        const contact = inviteField.value.trim();
        if (contact === '' || this.#jid === '') {
            return;
        }
        const reply = await this.#actions.invite(this.#jid, contact, inviteReason.value.trim());
        if (reply.ok && inviteField.value.trim() === contact) {
            inviteField.value = '';
            inviteReason.value = '';
        }
    }

    // Offers the contacts as suggestions of the invite field; the browser filters them as the user types.
    #renderInviteContacts() {
        const options = this.#contacts.rows.map((row) => {
            const option = document.createElement('option');
            const jid = stringRole(row, 'jid');
            option.value = jid;
            const name = stringRole(row, 'displayName');
            if (name !== '' && name !== jid) {
                option.label = name;
            }
            return option;
        });
        this.#elements.inviteContacts.replaceChildren(...options);
    }

    async #send() {
        const body = this.#elements.field.value;
        if (body.trim() === '' || this.#jid === '') {
            return;
        }
        const mode = this.#mode.mode;
        if (mode === 'edit' && body === stringRole(this.#mode.row, 'body')) {
            this.#mode.finish();
            this.#elements.field.value = '';
            this.#updateSendButton();
            return;
        }
        this.#showError('');
        let reply;
        if (mode === 'reply') {
            reply = await this.#actions.sendReply(this.#jid, body, this.#mode.messageId);
        } else if (mode === 'edit') {
            reply = await this.#actions.correctLastMessage(this.#jid, body);
        } else {
            reply = await this.#actions.sendMessage(this.#jid, body);
        }
        if (!reply.ok) {
            this.#showError(reply.message || strings.actionFailed);
            return;
        }
        if (this.#elements.field.value === body) {
            this.#elements.field.value = '';
            this.#mode.finish();
        }
        this.#updateSendButton();
        this.#scrollToBottom();
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

    // Whether the user is a moderator of the open room, as its occupants model shows.
    #isModerator() {
        const rows = this.#occupantsMirror?.rows ?? [];
        return rows.some((row) => row.self === true && stringRole(row, 'role') === 'moderator');
    }

    #openActions(item) {
        const row = item.row;
        this.#menu.toggle(item, {
            canEdit: row === this.#newestOwnRow() && row.retracted !== true,
            canDelete: row.direction === 'out' && row.retracted !== true,
            canRemove: this.#isModerator() && this.#row()?.messageModeration === true && row.retracted !== true,
            question: strings.roomDeleteQuestion,
        });
    }

    #startReply(row) {
        const author = row.direction === 'out' ? strings.you : stringRole(row, 'senderNick');
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

    // Names a reactor: "you" for the user, the nickname for an occupant JID of the room.
    #nameOf(jid) {
        const prefix = `${this.#jid}/`;
        const names = new Map();
        if (jid.startsWith(prefix)) {
            names.set(jid, jid.substring(prefix.length));
        }
        return reactionSenderName(jid, this.#ownJid, names);
    }

    // Shows the quoted message, loading older pages when needed.
    #openQuote(messageId) {
        this.revealMessage(messageId);
    }

    // Joins the shown room again, then opens it anew, because leaving a room without a bookmark
    // drops its occupants model, and the join creates another one.
    async #joinAgain() {
        const jid = this.#jid;
        const row = this.#row();
        const reply = await this.#actions.join(jid, row ? stringRole(row, 'nick') : '', '');
        if (!reply.ok || jid !== this.#jid) {
            return;
        }
        this.close();
        this.open(jid);
    }

    // Bookmarks the room with autojoin while the box is checked, and removes the bookmark otherwise.
    #toggleBookmark() {
        const row = this.#row();
        if (this.#elements.bookmark.checked) {
            this.#actions.setBookmark(this.#jid, row ? stringRole(row, 'name') : '', row ? stringRole(row, 'nick') : '', true);
        } else {
            this.#actions.removeBookmark(this.#jid);
        }
    }

    #row() {
        return this.#roomList.rows.find((row) => stringRole(row, 'jid') === this.#jid);
    }

    #renderHeading() {
        if (this.#jid === '') {
            return;
        }
        const row = this.#row();
        const state = row ? stringRole(row, 'state') : 'left';
        const subject = row ? stringRole(row, 'subject') : '';
        const nick = row ? stringRole(row, 'nick') : '';
        setText(this.#elements.title, (row && stringRole(row, 'displayName')) || this.#jid);
        setText(this.#elements.jid, this.#jid);
        setText(this.#elements.subject, subject);
        this.#elements.subject.hidden = subject === '';
        this.#panel.dataset.state = state;
        const errorText = row ? stringRole(row, 'errorText') : '';
        const stateText = state === 'joined' ? format('roomJoinedAs', { nick }) : strings[stateLabels[state]] ?? '';
        setText(this.#elements.state, errorText || stateText);
        this.#elements.join.hidden = state === 'joined' || state === 'joining';
        this.#elements.leave.hidden = state !== 'joined' && state !== 'joining';
        const self = this.#occupantsMirror ? this.#occupantsMirror.rows.find((occupant) => occupant.self === true) : null;
        this.#elements.configure.hidden = state !== 'joined' || !self || stringRole(self, 'affiliation') !== 'owner';
        this.#elements.bookmark.checked = row ? row.bookmarked === true && row.autojoin === true : false;
        if (document.activeElement !== this.#elements.nickField) {
            this.#elements.nickField.value = nick;
        }
        if (document.activeElement !== this.#elements.subjectField) {
            this.#elements.subjectField.value = subject;
        }
        this.#elements.field.setAttribute('aria-label', format('roomMessageFieldLabel', { name: (row && stringRole(row, 'displayName')) || this.#jid }));
    }

    #renderMessages() {
        const rows = this.#mirror ? this.#mirror.rows : [];
        const now = new Date();
        const used = new Set();
        const elements = [];
        const nameOf = (jid) => this.#nameOf(jid);
        for (const row of rows) {
            const key = `${stringRole(row, 'direction')}:${stringRole(row, 'originId')}:${row.messageId}`;
            used.add(key);
            let item = this.#items.get(key);
            if (!item) {
                item = new RoomMessageItem({
                    onOpenActions: (opened) => this.#openActions(opened),
                    onOpenQuote: (messageId) => this.#openQuote(messageId),
                    onToggleReaction: (reacted, emoji) => this.#toggleReaction(reacted, emoji),
                });
                this.#items.set(key, item);
            }
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
        const wasAtBottom = this.#atBottom;
        syncChildren(this.#elements.list, elements);
        this.#elements.empty.hidden = elements.length > 0 || !this.#mirror;
        if (wasAtBottom) {
            this.#scrollToBottom();
        }
    }

    #scrollToBottom() {
        const { scroller } = this.#elements;
        scroller.scrollTop = scroller.scrollHeight;
        this.#atBottom = true;
    }

    // Marks the room read while the user can see it and it has unread messages.
    async #markReadIfShown() {
        if (this.#jid === '' || this.#panel.hidden || this.#markReadPending || document.visibilityState !== 'visible') {
            return;
        }
        const row = this.#row();
        if (!row || (countRole(row, 'unreadCount') === 0 && countRole(row, 'mentionCount') === 0)) {
            return;
        }
        this.#markReadPending = true;
        await this.#actions.markRoomRead(this.#jid);
        this.#markReadPending = false;
    }

    #updateSendButton() {
        this.#elements.send.disabled = this.#elements.field.value.trim() === '';
    }


    #showError(message) {
        setText(this.#elements.error, message);
        this.#elements.error.hidden = message === '';
    }
}
