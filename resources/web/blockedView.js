// The "Blocked" section: addresses the user blocked, from the
// `blockedContacts` model mirror, each with its avatar and Unblock. The
// section is hidden while nothing is blocked.
//
// Role used: jid. The roles jid and avatarHash of the `contacts` mirror give the
// cached avatar of a blocked contact. The addresses may come from other
// people and are set with textContent.

import { AvatarBadge } from './avatarBadge.js';
import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

class BlockedRow {
    #jid = '';

    constructor(actions) {
        this.element = createElement('li', 'request', 'blocked-row');
        this.avatarBadge = new AvatarBadge(createElement('span', 'avatar', 'blocked-avatar'));
        this.avatar = this.avatarBadge.element;

        const main = createElement('div', 'request-main');
        this.jid = createElement('span', 'contact-name', 'blocked-jid');
        this.unblock = createButton(strings.unblockContact, 'small secondary', 'blocked-unblock');
        this.unblock.addEventListener('click', () => this.#unblock(actions));
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.unblock);

        main.append(this.jid, buttons);
        this.element.append(this.avatar, main);
    }

    // avatarHash is the hash of the avatar cached for jid, '' for none, and url its image or ''.
    update(jid, avatarHash, url) {
        this.#jid = jid;
        this.element.dataset.jid = jid;
        this.avatar.dataset.hash = avatarHash;
        this.avatarBadge.update(jid, jid, url);
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
    #contacts;
    #avatars;
    #rows = new Map();
    #renderQueued = false;

    // section contains a heading with a [data-testid="blocked-count"] element
    // and the list element [data-testid="blocked-list"]. contacts is the `contacts` model mirror
    // and avatars the page's AvatarCache. Without either, the rows show initials only.
    constructor(section, mirror, actions, contacts = null, avatars = null) {
        this.#section = section;
        this.#list = section.querySelector('[data-testid="blocked-list"]');
        this.#count = section.querySelector('[data-testid="blocked-count"]');
        this.#mirror = mirror;
        this.#actions = actions;
        this.#contacts = contacts;
        this.#avatars = avatars;
        mirror.subscribe(() => this.#queueRender());
        contacts?.subscribe(() => this.#queueRender());
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
        const avatarHashes = new Map();
        for (const contact of this.#contacts?.rows ?? []) {
            avatarHashes.set(stringRole(contact, 'jid'), stringRole(contact, 'avatarHash'));
        }
        const update = (blockedRow, row) => {
            const jid = stringRole(row, 'jid');
            const avatarHash = avatarHashes.get(jid) ?? '';
            blockedRow.update(jid, avatarHash, this.#avatars?.url(avatarHash) ?? '');
        };
        const elements = keyedElements(this.#mirror.rows, (row) => stringRole(row, 'jid'), this.#rows,
            () => new BlockedRow(this.#actions), update);
        syncChildren(this.#list, elements);
        setText(this.#count, elements.length === 1 ? strings.blockedCountOne : format('blockedCount', { count: elements.length }));
        this.#section.hidden = elements.length === 0;
    }
}
