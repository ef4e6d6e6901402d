// The conversation list, kept in step with the `conversations` model mirror
// and showing the names of the `contacts` mirror.
//
// Roles used: peer, lastMessage, lastDirection, lastTimestamp, unreadCount,
// avatarHash. Rows come newest first, in the model's order. Every string
// from the model comes from other people and is set with textContent.

import { AvatarBadge } from './avatarBadge.js';
import { relativeTime } from './chatTime.js';
import { createElement, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// Returns the sum of the unread counts of the conversation rows.
export function unreadTotal(rows) {
    let total = 0;
    for (const row of rows) {
        if (Number.isInteger(row.unreadCount) && row.unreadCount > 0) {
            total += row.unreadCount;
        }
    }
    return total;
}

// Returns the preview of a conversation's newest message on one line, with "You: " for the user's own.
export function previewText(row) {
    const text = stringRole(row, 'lastMessage').replace(/\s+/g, ' ').trim();
    return stringRole(row, 'lastDirection') === 'out' ? format('ownMessagePreview', { text }) : text;
}

class ConversationRow {
    #peer = '';

    constructor(onOpen) {
        this.element = createElement('li', 'contact conversation-row', 'conversation-row');
        this.button = createElement('button', 'conversation-open', 'conversation-open');
        this.button.type = 'button';
        this.button.addEventListener('click', () => onOpen(this.#peer));

        this.avatarBadge = new AvatarBadge(createElement('span', 'avatar', 'conversation-avatar'));
        const main = createElement('span', 'contact-main');
        const topLine = createElement('span', 'contact-top');
        this.name = createElement('span', 'contact-name', 'conversation-name');
        this.time = createElement('span', 'conversation-time', 'conversation-time');
        topLine.append(this.name, this.time);
        this.jid = createElement('span', 'contact-jid', 'conversation-jid');
        const bottomLine = createElement('span', 'contact-top');
        this.preview = createElement('span', 'conversation-preview', 'conversation-preview');
        this.badge = createElement('span', 'unread-badge', 'conversation-unread');
        bottomLine.append(this.preview, this.badge);
        main.append(topLine, this.jid, bottomLine);
        this.button.append(this.avatarBadge.element, main);
        this.element.append(this.button);
    }

    update(row, displayName, name, avatarUrl, now) {
        const peer = stringRole(row, 'peer');
        const unread = Number.isInteger(row.unreadCount) ? row.unreadCount : 0;
        this.#peer = peer;
        this.element.dataset.peer = peer;
        this.element.dataset.unread = String(unread);
        this.avatarBadge.element.dataset.hash = stringRole(row, 'avatarHash');
        this.avatarBadge.update(peer, displayName, avatarUrl);
        setText(this.name, displayName);
        setText(this.jid, peer);
        // The JID would only repeat the name when the peer has none.
        this.jid.hidden = name === '';
        setText(this.time, relativeTime(row.lastTimestamp, now));
        setText(this.preview, previewText(row));
        setText(this.badge, unread > 99 ? '99+' : String(unread));
        this.badge.hidden = unread === 0;
        this.badge.setAttribute('aria-label', format('unreadCountLabel', { count: unread }));
    }
}

export class ChatsView {
    #list;
    #empty;
    #conversations;
    #contacts;
    #avatars;
    #onOpen;
    #rows = new Map();
    #renderQueued = false;
    #listShown = true;

    // list is the ul of the rows and empty the paragraph shown when there is no conversation.
    // onOpen(jid) opens a conversation. avatars is the page's AvatarCache, or null.
    constructor(list, empty, conversations, contacts, avatars, onOpen) {
        this.#list = list;
        this.#empty = empty;
        this.#conversations = conversations;
        this.#contacts = contacts;
        this.#avatars = avatars;
        this.#onOpen = onOpen;
        conversations.subscribe(() => this.#queueRender());
        contacts.subscribe(() => this.#queueRender());
        avatars?.subscribe(() => this.#queueRender());
        // Relative times such as "5 min" move on by themselves.
        setInterval(() => this.#queueRender(), 60_000);
        this.#render();
    }

    // Shows or hides the list, which gives its place to an open conversation.
    setShown(shown) {
        this.#listShown = shown;
        this.#render();
    }

    #queueRender() {
        if (this.#renderQueued) {
            return;
        }
        this.#renderQueued = true;
        queueMicrotask(() => {
            this.#renderQueued = false;
            this.#render();
        });
    }

    #render() {
        const names = new Map();
        for (const contact of this.#contacts.rows) {
            names.set(stringRole(contact, 'jid'), stringRole(contact, 'name').trim());
        }

        const now = new Date();
        const used = new Set();
        const elements = [];
        for (const row of this.#conversations.rows) {
            const peer = stringRole(row, 'peer');
            let conversationRow = this.#rows.get(peer);
            if (!conversationRow) {
                conversationRow = new ConversationRow(this.#onOpen);
                this.#rows.set(peer, conversationRow);
            }
            used.add(peer);
            const name = names.get(peer) ?? '';
            const avatarUrl = this.#avatars?.url(stringRole(row, 'avatarHash')) ?? '';
            conversationRow.update(row, name || peer, name, avatarUrl, now);
            elements.push(conversationRow.element);
        }
        for (const peer of this.#rows.keys()) {
            if (!used.has(peer)) {
                this.#rows.delete(peer);
            }
        }

        syncChildren(this.#list, elements);
        this.#list.hidden = !this.#listShown || elements.length === 0;
        // Before the first snapshot the list stays blank instead of claiming there are no conversations.
        this.#empty.hidden = !this.#listShown || elements.length > 0 || !this.#conversations.loaded;
    }
}
