// Full-text search over the cached messages of all conversations and rooms:
// a search field above the conversation list and the results of the
// `messageSearch` model mirror in place of the list while the field has text.
//
// The page calls messageSearch.search(text) a moment after the user stops
// typing, and messageSearch.clear() when the field is emptied. A result
// opens its conversation or room at that message. Roles used: peer,
// messageId, direction, body, timestamp, groupChat, senderNick. Result
// texts come from other people and are set with textContent.

import { relativeTime } from './chatTime.js';
import { createElement, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// Time after the last key press before the search is sent, in milliseconds.
const TypingPauseMs = 250;

class ResultRow {
    #peer = '';
    #messageId = 0;
    #groupChat = false;

    // onOpen(jid, messageId, groupChat) opens the conversation, or the room, at the message.
    constructor(onOpen) {
        this.element = createElement('li', 'contact search-result', 'search-result');
        const button = createElement('button', 'conversation-open', 'search-result-open');
        button.type = 'button';
        button.addEventListener('click', () => onOpen(this.#peer, this.#messageId, this.#groupChat));
        const main = createElement('span', 'contact-main');
        const topLine = createElement('span', 'contact-top');
        this.name = createElement('span', 'contact-name', 'search-result-name');
        this.time = createElement('span', 'conversation-time', 'search-result-time');
        topLine.append(this.name, this.time);
        this.body = createElement('span', 'conversation-preview', 'search-result-body');
        main.append(topLine, this.body);
        button.append(main);
        this.element.append(button);
    }

    update(row, displayName, now) {
        this.#peer = stringRole(row, 'peer');
        this.#messageId = Number.isInteger(row.messageId) ? row.messageId : 0;
        this.#groupChat = row.groupChat === true;
        this.element.dataset.peer = this.#peer;
        this.element.dataset.groupChat = String(this.#groupChat);
        this.element.dataset.messageId = String(this.#messageId);
        setText(this.name, displayName);
        setText(this.time, relativeTime(row.timestamp, now));
        const text = stringRole(row, 'body').replace(/\s+/g, ' ').trim();
        const nick = stringRole(row, 'senderNick');
        if (stringRole(row, 'direction') === 'out') {
            setText(this.body, format('ownMessagePreview', { text }));
        } else if (this.#groupChat && nick !== '') {
            setText(this.body, format('senderMessagePreview', { nick, text }));
        } else {
            setText(this.body, text);
        }
    }
}

export class MessageSearchView {
    #field;
    #list;
    #empty;
    #results;
    #contacts;
    #rooms;
    #actions;
    #onOpen;
    #onActiveChanged;
    #timer = null;
    #active = false;

    // field is the search input, list the ul of the results and empty the paragraph shown when
    // nothing matches. contacts and rooms are the mirrors that name the results' conversations and
    // rooms. actions is the page's ChatActions. onOpen(jid, messageId, groupChat) opens a
    // conversation or a room at a message, and onActiveChanged(active) reports whether the
    // results replace the conversation list.
    constructor(field, list, empty, results, contacts, rooms, actions, onOpen, onActiveChanged) {
        this.#field = field;
        this.#list = list;
        this.#empty = empty;
        this.#results = results;
        this.#contacts = contacts;
        this.#rooms = rooms;
        this.#actions = actions;
        this.#onOpen = onOpen;
        this.#onActiveChanged = onActiveChanged;
        field.placeholder = strings.searchMessagesPlaceholder;
        field.setAttribute('aria-label', strings.searchMessagesLabel);
        field.addEventListener('input', () => this.#scheduleSearch());
        field.form?.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#search();
        });
        results.subscribe(() => this.#render());
        contacts.subscribe(() => this.#render());
        rooms.subscribe(() => this.#render());
        this.#render();
    }

    // Empties the field and shows the conversation list again.
    clear() {
        if (this.#field.value !== '') {
            this.#field.value = '';
            this.#search();
        }
    }

    #scheduleSearch() {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.#search(), TypingPauseMs);
    }

    #search() {
        clearTimeout(this.#timer);
        const text = this.#field.value.trim();
        if (text === '') {
            this.#actions.clearSearch();
        } else {
            this.#actions.search(text);
        }
        this.#setActive(text !== '');
    }

    #setActive(active) {
        if (this.#active !== active) {
            this.#active = active;
            this.#onActiveChanged(active);
        }
        this.#render();
    }

    #render() {
        const names = new Map();
        for (const contact of this.#contacts.rows) {
            names.set(stringRole(contact, 'jid'), stringRole(contact, 'name').trim());
        }
        for (const room of this.#rooms.rows) {
            names.set(stringRole(room, 'jid'), stringRole(room, 'displayName').trim());
        }
        const now = new Date();
        const elements = [];
        if (this.#active) {
            for (const row of this.#results.rows) {
                const result = new ResultRow((jid, messageId, groupChat) => this.#open(jid, messageId, groupChat));
                const peer = stringRole(row, 'peer');
                result.update(row, names.get(peer) || peer, now);
                elements.push(result.element);
            }
        }
        syncChildren(this.#list, elements);
        this.#list.hidden = !this.#active;
        this.#empty.hidden = !this.#active || !this.#results.loaded || this.#results.rows.length > 0;
    }

    #open(jid, messageId, groupChat) {
        this.clear();
        this.#onOpen(jid, messageId, groupChat);
    }
}
