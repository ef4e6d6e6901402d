// The contact list, grouped by roster group and kept in step with the
// `contacts` model mirror.
//
// Roles used: jid, name, displayName, groups, presence, statusText,
// subscription.
// A contact in several groups has a row in each of them. Every string
// from the model comes from other people and is set with textContent.

import { format, strings } from './strings.js';

const presenceKeys = {
    offline: 'presenceOffline',
    online: 'presenceOnline',
    chat: 'presenceChat',
    away: 'presenceAway',
    xa: 'presenceXa',
    dnd: 'presenceDnd',
};

// Number of avatar colours defined in style.css.
const avatarColorCount = 8;

export function presenceLabel(presence) {
    return strings[presenceKeys[presence]] ?? strings.presenceOffline;
}

function createElement(tag, className, testId) {
    const element = document.createElement(tag);
    if (className) {
        element.className = className;
    }
    if (testId) {
        element.dataset.testid = testId;
    }
    return element;
}

// Sets text only when it changed, so unchanged rows cause no layout work.
function setText(element, text) {
    if (element.textContent !== text) {
        element.textContent = text;
    }
}

// Makes elements the children of parent, in order, moving only the nodes
// that are out of place, so a node that stays keeps its focus.
function syncChildren(parent, elements) {
    let current = parent.firstChild;
    for (const element of elements) {
        if (current === element) {
            current = current.nextSibling;
        } else {
            parent.insertBefore(element, current);
        }
    }
    while (current) {
        const next = current.nextSibling;
        current.remove();
        current = next;
    }
}

function firstCharacter(text) {
    if (typeof Intl.Segmenter === 'function') {
        const [first] = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
        return first ? first.segment : '';
    }
    return Array.from(text)[0] ?? '';
}

// A stable small number derived from the JID, so a contact keeps its colour.
function avatarColor(jid) {
    let hash = 0;
    for (const character of jid) {
        hash = (hash * 31 + character.codePointAt(0)) >>> 0;
    }
    return String(hash % avatarColorCount);
}

function stringRole(row, role) {
    const value = row[role];
    return typeof value === 'string' ? value : '';
}

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

class ContactRow {
    constructor() {
        this.element = createElement('li', 'contact', 'contact-row');
        this.avatar = createElement('span', 'avatar');
        this.avatar.setAttribute('aria-hidden', 'true');

        const main = createElement('div', 'contact-main');
        const topLine = createElement('div', 'contact-top');
        this.name = createElement('span', 'contact-name', 'contact-name');
        const presence = createElement('span', 'presence', 'presence');
        const dot = createElement('span', 'presence-dot');
        dot.setAttribute('aria-hidden', 'true');
        this.presenceLabel = createElement('span', 'presence-label', 'presence-label');
        presence.append(dot, this.presenceLabel);
        topLine.append(this.name, presence);

        this.jid = createElement('span', 'contact-jid', 'contact-jid');
        this.statusText = createElement('p', 'contact-status', 'status-text');
        main.append(topLine, this.jid, this.statusText);

        this.element.append(this.avatar, main);
    }

    update(row) {
        const jid = stringRole(row, 'jid');
        const displayName = stringRole(row, 'displayName').trim() || stringRole(row, 'name').trim() || jid;
        const presence = stringRole(row, 'presence') || 'offline';
        const statusText = stringRole(row, 'statusText').trim();

        const data = this.element.dataset;
        data.jid = jid;
        data.presence = presence;
        data.subscription = stringRole(row, 'subscription');

        setText(this.avatar, firstCharacter(displayName).toUpperCase());
        this.avatar.dataset.color = avatarColor(jid);
        setText(this.name, displayName);
        setText(this.presenceLabel, presenceLabel(presence));
        setText(this.jid, jid);
        // The JID would only repeat the name when the contact has none.
        this.jid.hidden = displayName === jid;
        setText(this.statusText, statusText);
        this.statusText.hidden = statusText === '';
    }
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
    #empty;
    #sections = new Map();
    #rows = new Map();
    #nextHeadingId = 0;
    #renderQueued = false;
    #unsubscribe;

    constructor(container, mirror) {
        this.#container = container;
        this.#mirror = mirror;
        this.#empty = createElement('p', 'empty-list', 'contacts-empty');
        this.#empty.textContent = strings.noContacts;
        this.#unsubscribe = mirror.subscribe(() => this.#queueRender());
        this.#render();
    }

    dispose() {
        this.#unsubscribe();
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
            row = new ContactRow();
            this.#rows.set(key, row);
        }
        return row;
    }
}
