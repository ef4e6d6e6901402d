// The "Blocked" section: addresses the user blocked, from the
// `blockedContacts` model mirror, each with Unblock. The section is
// hidden while nothing is blocked.
//
// Role used: jid. The addresses may come from other people and are set
// with textContent.

import { avatarColor, createButton, createElement, firstCharacter, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

class BlockedRow {
    #jid = '';

    constructor(actions) {
        this.element = createElement('li', 'request', 'blocked-row');
        this.avatar = createElement('span', 'avatar');
        this.avatar.setAttribute('aria-hidden', 'true');

        const main = createElement('div', 'request-main');
        this.jid = createElement('span', 'contact-name', 'blocked-jid');
        this.unblock = createButton(strings.unblockContact, 'small secondary', 'blocked-unblock');
        this.unblock.addEventListener('click', () => this.#unblock(actions));
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.unblock);

        main.append(this.jid, buttons);
        this.element.append(this.avatar, main);
    }

    update(jid) {
        this.#jid = jid;
        this.element.dataset.jid = jid;
        setText(this.avatar, firstCharacter(jid).toUpperCase());
        this.avatar.dataset.color = avatarColor(jid);
        setText(this.jid, jid);
        this.unblock.setAttribute('aria-label', format('unblockContactLabel', { name: jid }));
    }

    // On success the row goes away with the block; on failure the button works again.
    async #unblock(actions) {
        this.unblock.disabled = true;
        const reply = await actions.unblockContact(this.#jid);
        if (!reply.ok) {
            this.unblock.disabled = false;
        }
    }
}

export class BlockedView {
    #section;
    #list;
    #count;
    #mirror;
    #actions;
    #rows = new Map();
    #renderQueued = false;

    // section contains a heading with a [data-testid="blocked-count"] element
    // and the list element [data-testid="blocked-list"].
    constructor(section, mirror, actions) {
        this.#section = section;
        this.#list = section.querySelector('[data-testid="blocked-list"]');
        this.#count = section.querySelector('[data-testid="blocked-count"]');
        this.#mirror = mirror;
        this.#actions = actions;
        mirror.subscribe(() => this.#queueRender());
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
            () => new BlockedRow(this.#actions), (blockedRow, row) => blockedRow.update(stringRole(row, 'jid')));
        syncChildren(this.#list, elements);
        setText(this.#count, elements.length === 1 ? strings.blockedCountOne : format('blockedCount', { count: elements.length }));
        this.#section.hidden = elements.length === 0;
    }
}
