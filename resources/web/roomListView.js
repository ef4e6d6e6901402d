// The list of group chat rooms, kept in step with the `roomList` model
// mirror: each room with its avatar, state, subject, unread and mention
// counts and the reason of a failed join. Clicking a room opens it.
//
// Roles used: jid, displayName, subject, state, errorText, unreadCount,
// mentionCount, avatarHash. Names and subjects come from other people and
// are set with textContent.

import { AvatarBadge } from './avatarBadge.js';
import { createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// The strings key of each room state.
export const stateLabels = {
    left: 'roomStateLeft',
    joining: 'roomStateJoining',
    joined: 'roomStateJoined',
    failed: 'roomStateFailed',
};

// Returns the row's count role as a number of at least 0.
export function countRole(row, role) {
    const value = row[role];
    return Number.isInteger(value) && value > 0 ? value : 0;
}

// Returns the text of a count badge, which stops at 99+.
function badgeText(count) {
    return count > 99 ? '99+' : String(count);
}

class RoomRow {
    #jid = '';

    constructor(onOpen) {
        this.element = createElement('li', 'contact conversation-row room-row', 'room-row');
        this.button = createElement('button', 'conversation-open', 'room-open');
        this.button.type = 'button';
        this.button.addEventListener('click', () => onOpen(this.#jid));
        this.avatarBadge = new AvatarBadge(createElement('span', 'avatar', 'room-avatar'));

        const main = createElement('span', 'contact-main');
        const topLine = createElement('span', 'contact-top');
        this.name = createElement('span', 'contact-name', 'room-name');
        this.state = createElement('span', 'conversation-time', 'room-state');
        topLine.append(this.name, this.state);
        const bottomLine = createElement('span', 'contact-top');
        this.subject = createElement('span', 'conversation-preview', 'room-subject-preview');
        this.mentions = createElement('span', 'unread-badge mention-badge', 'room-mentions');
        this.unread = createElement('span', 'unread-badge', 'room-unread');
        bottomLine.append(this.subject, this.mentions, this.unread);
        this.error = createElement('span', 'room-error-text', 'room-error-text');
        main.append(topLine, bottomLine, this.error);
        this.button.append(this.avatarBadge.element, main);
        this.element.append(this.button);
    }

    update(row, avatarUrl) {
        const state = stringRole(row, 'state');
        const unread = countRole(row, 'unreadCount');
        const mentions = countRole(row, 'mentionCount');
        const errorText = stringRole(row, 'errorText');
        this.#jid = stringRole(row, 'jid');
        this.element.dataset.jid = this.#jid;
        this.element.dataset.state = state;
        const name = stringRole(row, 'displayName') || this.#jid;
        this.avatarBadge.element.dataset.hash = stringRole(row, 'avatarHash');
        this.avatarBadge.update(this.#jid, name, avatarUrl);
        setText(this.name, name);
        setText(this.state, stateLabels[state] ? strings[stateLabels[state]] : state);
        setText(this.subject, stringRole(row, 'subject').replace(/\s+/g, ' ').trim());
        setText(this.unread, badgeText(unread));
        this.unread.hidden = unread === 0;
        this.unread.setAttribute('aria-label', format('unreadCountLabel', { count: unread }));
        setText(this.mentions, format('mentionBadge', { count: badgeText(mentions) }));
        this.mentions.hidden = mentions === 0;
        this.mentions.setAttribute('aria-label', format('mentionCountLabel', { count: mentions }));
        setText(this.error, errorText);
        this.error.hidden = errorText === '';
    }
}

export class RoomListView {
    #list;
    #empty;
    #mirror;
    #avatars;
    #onOpen;
    #rows = new Map();
    #renderQueued = false;

    // list is the ul of the rooms and empty the paragraph shown when there is none. avatars is the
    // page's AvatarCache, or null to show initials only. onOpen(jid) opens a room.
    constructor(list, empty, mirror, avatars, onOpen) {
        this.#list = list;
        this.#empty = empty;
        this.#mirror = mirror;
        this.#avatars = avatars;
        this.#onOpen = onOpen;
        mirror.subscribe(() => this.#queueRender());
        avatars?.subscribe(() => this.#queueRender());
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
        const elements = keyedElements(this.#mirror.rows, (row) => stringRole(row, 'jid'), this.#rows,
            () => new RoomRow(this.#onOpen),
            (roomRow, row) => roomRow.update(row, this.#avatars?.url(stringRole(row, 'avatarHash')) ?? ''));
        syncChildren(this.#list, elements);
        this.#list.hidden = elements.length === 0;
        this.#empty.hidden = elements.length > 0 || !this.#mirror.loaded;
    }
}
