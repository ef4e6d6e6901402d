// The contact list, grouped by roster group and kept in step with the
// `contacts` model mirror.
//
// Roles used: jid, name, displayName, groups, presence, statusText,
// subscription, blocked, avatarHash, approvalPending.
// A contact in several groups has a row in each of them. Every string
// from the model comes from other people and is set with textContent.

import { ContactRow } from './contactRow.js';
import { createElement, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

function groupsOf(row) {
    const groups = Array.isArray(row.groups) ? row.groups.filter((group) => typeof group === 'string' && group !== '') : [];
    return groups.length > 0 ? [...new Set(groups)] : [''];
}

// Returns [groupName, rows] pairs: named groups in alphabetical order, then
// the contacts without a group under the empty name. Rows keep model order.
function groupRows(rows) {
    const groups = new Map();
    for (const row of rows) {
        for (const group of groupsOf(row)) {
            if (!groups.has(group)) {
                groups.set(group, []);
            }
            groups.get(group).push(row);
        }
    }

    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return [...groups.entries()].sort(([a], [b]) => {
        // The contacts without a group come last.
        if (a === '' && b === '') {
            return 0;
        }
        if (a === '') {
            return 1;
        }
        if (b === '') {
            return -1;
        }
        return collator.compare(a, b);
    });
}

class GroupSection {
    constructor(name, headingId) {
        this.element = createElement('section', 'group', 'contact-group');
        this.element.dataset.group = name;
        this.element.setAttribute('aria-labelledby', headingId);

        const heading = createElement('h2', 'group-heading');
        heading.id = headingId;
        this.title = createElement('span', 'group-name', 'group-name');
        this.title.textContent = name === '' ? strings.ungrouped : name;
        this.count = createElement('span', 'group-count');
        heading.append(this.title, this.count);

        this.list = createElement('ul', 'contact-rows');
        this.element.append(heading, this.list);
    }

    setCount(count) {
        setText(this.count, count === 1 ? strings.groupCountOne : format('groupCount', { count }));
    }
}

export class ContactsView {
    #container;
    #mirror;
    #actions;
    #empty;
    #sections = new Map();
    #rows = new Map();
    #nextHeadingId = 0;
    #renderQueued = false;
    #unsubscribe;

    #onViewProfile;
    #onMessage;
    #avatars;
    #unsubscribeAvatars = () => {};
    // The named groups of the contacts, in the order of the sections.
    #groupNames = [];

    // actions is the ContactActions of the session, for the buttons of each row;
    // onViewProfile(jid) opens the profile panel and onMessage(jid) the conversation.
    // avatars is the page's AvatarCache, or null to show initials only.
    constructor(container, mirror, actions, onViewProfile = () => {}, avatars = null, onMessage = () => {}) {
        this.#container = container;
        this.#mirror = mirror;
        this.#actions = actions;
        this.#onViewProfile = onViewProfile;
        this.#onMessage = onMessage;
        this.#avatars = avatars;
        this.#empty = createElement('p', 'empty-list', 'contacts-empty');
        this.#empty.textContent = strings.noContacts;
        this.#unsubscribe = mirror.subscribe(() => this.#queueRender());
        if (avatars) {
            this.#unsubscribeAvatars = avatars.subscribe(() => this.#queueRender());
        }
        this.#render();
    }

    dispose() {
        this.#unsubscribe();
        this.#unsubscribeAvatars();
    }

    // Renders once per burst of model operations, after the current task.
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

    // Brings the DOM in line with the mirror, reusing the elements of the
    // groups and rows that are still there.
    #render() {
        const groups = groupRows(this.#mirror.rows);
        this.#groupNames = groups.map(([groupName]) => groupName).filter((groupName) => groupName !== '');
        const usedSections = new Set();
        const usedRows = new Set();
        const sectionElements = [];

        for (const [groupName, rows] of groups) {
            const section = this.#section(groupName);
            usedSections.add(groupName);
            section.setCount(rows.length);

            const rowElements = [];
            for (const row of rows) {
                const key = `${groupName}\n${stringRole(row, 'jid')}`;
                const contactRow = this.#row(key);
                usedRows.add(key);
                contactRow.update(row);
                rowElements.push(contactRow.element);
            }
            syncChildren(section.list, rowElements);
            sectionElements.push(section.element);
        }

        for (const key of this.#sections.keys()) {
            if (!usedSections.has(key)) {
                this.#sections.delete(key);
            }
        }
        for (const key of this.#rows.keys()) {
            if (!usedRows.has(key)) {
                this.#rows.delete(key);
            }
        }

        if (sectionElements.length > 0) {
            syncChildren(this.#container, sectionElements);
        } else {
            // Before the first snapshot the list stays blank instead of claiming there are no contacts.
            syncChildren(this.#container, this.#mirror.loaded ? [this.#empty] : []);
        }
    }

    #section(name) {
        let section = this.#sections.get(name);
        if (!section) {
            section = new GroupSection(name, `contact-group-${this.#nextHeadingId++}`);
            this.#sections.set(name, section);
        }
        return section;
    }

    #row(key) {
        let row = this.#rows.get(key);
        if (!row) {
            row = new ContactRow(this.#actions, this.#onViewProfile, this.#avatars, this.#onMessage, () => this.#groupNames);
            this.#rows.set(key, row);
        }
        return row;
    }
}
