// The occupants of the open room, from its `occupants/<jid>` model mirror,
// moderators first. A moderator gets Kick for the other occupants, and an
// admin or owner gets Ban too. Each needs a second click to confirm,
// because both remove someone from the room.
//
// Roles used: nick, role, affiliation, presence, self. Nicknames come from
// other people and are set with textContent.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

const roleLabels = {
    moderator: 'occupantRoleModerator',
    participant: 'occupantRoleParticipant',
    visitor: 'occupantRoleVisitor',
};

// Returns which actions the user's own occupant row allows on others: { kick, ban }.
export function moderationRights(ownRow) {
    const affiliation = ownRow ? stringRole(ownRow, 'affiliation') : '';
    return {
        kick: ownRow ? stringRole(ownRow, 'role') === 'moderator' : false,
        ban: affiliation === 'admin' || affiliation === 'owner',
    };
}

// A button that needs a second click, which confirms, before it calls act().
function confirmingButton(text, confirmText, testId, act) {
    const button = createButton(text, 'small secondary', testId);
    button.addEventListener('click', () => {
        if (button.dataset.confirming !== 'true') {
            button.dataset.confirming = 'true';
            button.textContent = confirmText();
            return;
        }
        delete button.dataset.confirming;
        button.textContent = text;
        act();
    });
    return button;
}

class OccupantRow {
    #nick = '';

    constructor(onKick, onBan) {
        this.element = createElement('li', 'occupant', 'occupant-row');
        this.nick = createElement('span', 'contact-name', 'occupant-nick');
        this.role = createElement('span', 'contact-jid', 'occupant-role');
        this.kick = confirmingButton(strings.kickOccupant, () => format('kickOccupantConfirm', { nick: this.#nick }), 'occupant-kick',
            () => onKick(this.#nick));
        this.ban = confirmingButton(strings.banOccupant, () => format('banOccupantConfirm', { nick: this.#nick }), 'occupant-ban',
            () => onBan(this.#nick));
        this.element.append(this.nick, this.role, this.kick, this.ban);
    }

    update(row, rights) {
        const self = row.self === true;
        this.#nick = stringRole(row, 'nick');
        this.element.dataset.nick = this.#nick;
        this.element.dataset.self = String(self);
        this.element.dataset.presence = stringRole(row, 'presence');
        setText(this.nick, self ? format('occupantSelf', { nick: this.#nick }) : this.#nick);
        const role = roleLabels[stringRole(row, 'role')];
        setText(this.role, role ? strings[role] : '');
        this.kick.hidden = self || !rights.kick;
        this.ban.hidden = self || !rights.ban;
    }
}

export class OccupantList {
    #list;
    #count;
    #actions;
    #room = '';
    #mirror = null;
    #unsubscribe = () => {};
    #rows = new Map();

    // list is the ul of the occupants and count the element that shows how many there are.
    constructor(list, count, actions) {
        this.#list = list;
        this.#count = count;
        this.#actions = actions;
    }

    // Shows the occupants of room from mirror, or nothing when mirror is null.
    show(room, mirror) {
        this.#unsubscribe();
        this.#room = room;
        this.#mirror = mirror;
        this.#unsubscribe = mirror ? mirror.subscribe(() => this.#render()) : () => {};
        this.#rows.clear();
        this.#render();
    }

    #render() {
        const rows = this.#mirror ? this.#mirror.rows : [];
        const rights = moderationRights(rows.find((row) => row.self === true));
        const room = this.#room;
        const elements = keyedElements(rows, (row) => stringRole(row, 'nick'), this.#rows,
            () => new OccupantRow((target) => this.#actions.kick(room, target), (target) => this.#actions.ban(room, target)),
            (occupantRow, row) => occupantRow.update(row, rights));
        syncChildren(this.#list, elements);
        setText(this.#count, format('occupantCount', { count: elements.length }));
    }
}
