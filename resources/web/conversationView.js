// One open conversation: its messages from the `messages/<jid>` model mirror,
// newest at the bottom, and the composer.
//
// Opening calls chats.openConversation, whose reply names the mirror; closing
// calls chats.closeConversation, so the linker keeps no model that no tab
// shows. Scrolling to the top requests the page before the oldest message.
// While the conversation is on screen in a visible tab, received messages are
// marked read. Roles used: messageId, originId, direction, body, timestamp,
// state. Bodies come from other people and are set with textContent.

import { AvatarBadge } from './avatarBadge.js';
import { deliveryStateText, messageTime } from './chatTime.js';
import { createElement, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// Distance from the top or bottom, in CSS pixels, that counts as being there.
const edgePixels = 48;

class MessageItem {
    constructor() {
        this.element = createElement('li', 'message', 'message');
        const bubble = createElement('div', 'message-bubble');
        this.body = createElement('p', 'message-body', 'message-body');
        const meta = createElement('div', 'message-meta');
        this.time = createElement('span', 'message-time', 'message-time');
        this.state = createElement('span', 'message-state', 'message-state');
        meta.append(this.time, this.state);
        bubble.append(this.body, meta);
        this.element.append(bubble);
    }

    update(row, now) {
        const direction = stringRole(row, 'direction') === 'out' ? 'out' : 'in';
        const state = stringRole(row, 'state');
        this.element.dataset.direction = direction;
        this.element.dataset.state = state;
        this.element.dataset.originId = stringRole(row, 'originId');
        setText(this.body, stringRole(row, 'body'));
        setText(this.time, messageTime(row.timestamp, now));
        const stateText = deliveryStateText(state);
        setText(this.state, stateText);
        this.state.hidden = stateText === '';
    }
}

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
    #mirror = null;
    #modelName = '';
    #unsubscribe = () => {};
    #items = new Map();
    #loading = false;
    // Row count when older messages were last requested, so one arrival at the top requests once.
    #requestedOlderAt = -1;
    // Whether a notice reported a failure of the sendMessage call that waits for its reply.
    #sendPending = false;
    #sendFailed = false;

    // panel contains the elements named by the data-testid values used below. onClose() returns
    // to the conversation list. avatars is the page's AvatarCache, or null to show initials only.
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
            form: find('composer'),
            field: find('message-field'),
            fieldLabel: find('message-field-label'),
            send: find('message-send'),
        };
        this.#avatarBadge = new AvatarBadge(find('conversation-avatar'));

        find('conversation-back').addEventListener('click', () => this.#onClose());
        const { field, form, scroller } = this.#elements;
        field.addEventListener('input', () => this.#updateSendButton());
        field.addEventListener('keydown', (event) => {
            // Enter sends, Shift+Enter starts a new line, and Enter that ends an input method composition does neither.
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                this.#send();
            }
        });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#send();
        });
        scroller.addEventListener('scroll', () => {
            if (scroller.scrollTop < edgePixels) {
                this.#fetchOlder();
            }
        });
        document.addEventListener('visibilitychange', () => this.#markReadIfShown());
        contacts.subscribe(() => this.#renderHeading());
        avatars?.subscribe(() => this.#renderHeading());
    }

    // Bare JID of the open conversation, or ''.
    get jid() {
        return this.#jid;
    }

    // Opens the conversation with jid, closing the one that was open.
    async open(jid) {
        if (jid === this.#jid) {
            this.#elements.field.focus();
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
        this.#fetchOlderIfShort();
    }

    // Closes the open conversation and calls chats.closeConversation, because this tab no longer shows it.
    close() {
        if (this.#jid === '') {
            return;
        }
        const jid = this.#jid;
        this.reset();
        this.#actions.closeConversation(jid);
    }

    // Forgets the open conversation without telling the linker, when the session has ended.
    reset() {
        this.#unsubscribe();
        this.#unsubscribe = () => {};
        this.#jid = '';
        this.#mirror = null;
        this.#modelName = '';
        this.#loading = false;
        this.#requestedOlderAt = -1;
        this.#sendPending = false;
        this.#items.clear();
        this.#elements.list.replaceChildren();
        this.#elements.loading.hidden = true;
        this.#panel.hidden = true;
        delete this.#panel.dataset.jid;
    }

    // Applies an `object` message. The conversation's own message carries its `loading` property.
    handleObject(message) {
        if (this.#modelName === '' || message.object !== this.#modelName) {
            return;
        }
        this.#loading = message.properties?.loading === true;
        this.#elements.loading.hidden = !this.#loading;
        if (!this.#loading) {
            this.#fetchOlderIfShort();
        }
    }

    // Shows a failure of ChatService for the open conversation in place. Returns whether it did.
    handleNotice(notice) {
        if (notice.object !== 'chats' || this.#jid === '' || typeof notice.jid !== 'string'
            || notice.jid.trim().toLowerCase() !== this.#jid) {
            return false;
        }
        if (this.#sendPending) {
            this.#sendFailed = true;
        }
        this.#showError(typeof notice.message === 'string' && notice.message !== '' ? notice.message : strings.actionFailed);
        return true;
    }

    // Marks the conversation read when the user can see it, for example after switching back to the tab.
    markReadIfShown() {
        this.#markReadIfShown();
    }

    async #send() {
        const { field, send } = this.#elements;
        const body = field.value;
        if (this.#jid === '' || body.trim() === '' || this.#sendPending) {
            return;
        }
        const jid = this.#jid;
        this.#showError('');
        this.#sendPending = true;
        this.#sendFailed = false;
        send.disabled = true;
        const reply = await this.#actions.sendMessage(jid, body);
        this.#sendPending = false;
        if (jid !== this.#jid) {
            return;
        }
        if (!reply.ok) {
            this.#showError(reply.message || strings.actionFailed);
        } else if (!this.#sendFailed) {
            // The core rejects an empty or too long message at once, with a notice before this reply. Its text stays for the user to fix.
            field.value = '';
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
        for (const row of rows) {
            const key = keyOf(row);
            let item = this.#items.get(key);
            if (!item) {
                item = new MessageItem();
                this.#items.set(key, item);
            }
            used.add(key);
            item.update(row, now);
            elements.push(item.element);
        }
        for (const key of this.#items.keys()) {
            if (!used.has(key)) {
                this.#items.delete(key);
            }
        }
        syncChildren(this.#elements.list, elements);
        this.#elements.empty.hidden = elements.length > 0 || this.#mirror === null || !this.#mirror.loaded || this.#loading;
    }

    #scrollToBottom() {
        const { scroller } = this.#elements;
        scroller.scrollTop = scroller.scrollHeight;
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
