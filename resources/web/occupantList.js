// The occupants of the open room, from its `occupants/<jid>` model mirror,
// moderators first. The other occupants' rows show the actions that the
// user's own role and affiliation allow (occupantRights.js): Kick for a
// moderator and Ban for an admin or owner, each confirmed by a second click
// because both remove someone from the room; voice and moderator role
// changes; and affiliation changes, confirmed the same way when they give
// or take the rights of an admin or owner.
//
// Each row shows the occupant's avatar from the AvatarCache, or the initial
// of the nickname.
//
// Roles used: nick, role, affiliation, realJid, presence, self, avatarHash.
// Nicknames come from other people and are set with textContent.

import { AvatarBadge } from './avatarBadge.js';
import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { assignableAffiliations, canChangeModerator, canChangeVoice, needsConfirmation } from './occupantRights.js';
import { format, strings } from './strings.js';

// The button of each affiliation: its text, its confirmation and its test id.
const affiliationButtons = {
    owner: ['makeOwner', 'makeOwnerConfirm', 'occupant-make-owner'],
    admin: ['makeAdmin', 'makeAdminConfirm', 'occupant-make-admin'],
    member: ['makeMember', 'makeMemberConfirm', 'occupant-make-member'],
    none: ['removeAffiliation', 'removeAffiliationConfirm', 'occupant-remove-affiliation'],
};

const roleLabels = {
    moderator: 'occupantRoleModerator',
    participant: 'occupantRoleParticipant',
    visitor: 'occupantRoleVisitor',
};

// Returns which actions the user's own occupant row allows on others: { role, affiliation, kick, ban }.
export function moderationRights(ownRow) {
    const affiliation = ownRow ? stringRole(ownRow, 'affiliation') : '';
    const role = ownRow ? stringRole(ownRow, 'role') : '';
    return {
        role,
        affiliation,
        kick: role === 'moderator',
        ban: affiliation === 'admin' || affiliation === 'owner',
    };
}

// A button that needs a second click, which confirms, before it calls act(). It calls act() at
// once while needsConfirm() returns false.
function confirmingButton(text, confirmText, testId, act, needsConfirm = () => true) {
    const button = createButton(text, 'small secondary', testId);
    button.addEventListener('click', () => {
        if (!needsConfirm()) {
            act();
            return;
        }
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
    #realJid = '';
    #affiliation = '';

    // actions has kick(nick), ban(nick), setRole(nick, role) and setAffiliation(realJid, affiliation).
    constructor(actions) {
        this.element = createElement('li', 'occupant', 'occupant-row');
        this.avatarBadge = new AvatarBadge(createElement('span', 'avatar small-avatar', 'occupant-avatar'));
        this.nick = createElement('span', 'contact-name', 'occupant-nick');
        this.role = createElement('span', 'contact-jid', 'occupant-role');
        this.buttons = createElement('div', 'inline-buttons occupant-actions');
        this.buttons.setAttribute('role', 'group');
        this.grantVoice = createButton(strings.grantVoice, 'small secondary', 'occupant-grant-voice');
        this.grantVoice.addEventListener('click', () => actions.setRole(this.#nick, 'participant'));
        this.revokeVoice = createButton(strings.revokeVoice, 'small secondary', 'occupant-revoke-voice');
        this.revokeVoice.addEventListener('click', () => actions.setRole(this.#nick, 'visitor'));
        this.grantModerator = createButton(strings.grantModerator, 'small secondary', 'occupant-grant-moderator');
        this.grantModerator.addEventListener('click', () => actions.setRole(this.#nick, 'moderator'));
        this.revokeModerator = createButton(strings.revokeModerator, 'small secondary', 'occupant-revoke-moderator');
        this.revokeModerator.addEventListener('click', () => actions.setRole(this.#nick, 'participant'));
        this.affiliations = {};
        for (const [affiliation, [text, confirmText, testId]] of Object.entries(affiliationButtons)) {
            this.affiliations[affiliation] = confirmingButton(strings[text], () => format(confirmText, { nick: this.#nick }), testId,
                () => actions.setAffiliation(this.#realJid, affiliation), () => needsConfirmation(this.#affiliation, affiliation));
        }
        this.kick = confirmingButton(strings.kickOccupant, () => format('kickOccupantConfirm', { nick: this.#nick }), 'occupant-kick',
            () => actions.kick(this.#nick));
        this.ban = confirmingButton(strings.banOccupant, () => format('banOccupantConfirm', { nick: this.#nick }), 'occupant-ban',
            () => actions.ban(this.#nick));
        this.buttons.append(this.grantVoice, this.revokeVoice, this.grantModerator, this.revokeModerator, ...Object.values(this.affiliations),
            this.kick, this.ban);
        this.element.append(this.avatarBadge.element, this.nick, this.role, this.buttons);
    }

    update(row, rights, avatarUrl) {
        const self = row.self === true;
        this.#nick = stringRole(row, 'nick');
        this.avatarBadge.element.dataset.hash = stringRole(row, 'avatarHash');
        this.avatarBadge.update(this.#nick, this.#nick, avatarUrl);
        this.#realJid = stringRole(row, 'realJid');
        this.#affiliation = stringRole(row, 'affiliation');
        const target = { role: stringRole(row, 'role'), affiliation: this.#affiliation, realJid: this.#realJid };
        this.element.dataset.nick = this.#nick;
        this.element.dataset.self = String(self);
        this.element.dataset.presence = stringRole(row, 'presence');
        this.element.dataset.role = target.role;
        this.element.dataset.affiliation = target.affiliation;
        setText(this.nick, self ? format('occupantSelf', { nick: this.#nick }) : this.#nick);
        const role = roleLabels[target.role];
        setText(this.role, role ? strings[role] : '');
        this.buttons.setAttribute('aria-label', format('occupantActionsLabel', { nick: this.#nick }));

        const voice = !self && canChangeVoice(rights.role, target);
        const moderator = !self && canChangeModerator(rights.affiliation, target);
        this.grantVoice.hidden = !voice || target.role !== 'visitor';
        this.revokeVoice.hidden = !voice || target.role !== 'participant';
        this.grantModerator.hidden = !moderator || target.role === 'moderator';
        this.revokeModerator.hidden = !moderator || target.role !== 'moderator';
        const offered = self ? [] : assignableAffiliations(rights.affiliation, target);
        for (const [affiliation, button] of Object.entries(this.affiliations)) {
            button.hidden = !offered.includes(affiliation);
        }
        this.kick.hidden = self || !rights.kick;
        this.ban.hidden = self || !rights.ban;
        this.buttons.hidden = [...this.buttons.children].every((button) => button.hidden);
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

    #onRightsChanged;
    #avatars;

    // list is the ul of the occupants and count the element that shows how many there are.
    // onRightsChanged(rights) gets moderationRights() of the user after each change. avatars is
    // the page's AvatarCache, or null to show initials only.
    constructor(list, count, actions, onRightsChanged = () => {}, avatars = null) {
        this.#list = list;
        this.#count = count;
        this.#actions = actions;
        this.#onRightsChanged = onRightsChanged;
        this.#avatars = avatars;
        avatars?.subscribe(() => this.#render());
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
        const actions = {
            kick: (nick) => this.#actions.kick(room, nick),
            ban: (nick) => this.#actions.ban(room, nick),
            setRole: (nick, role) => this.#actions.setRole(room, nick, role),
            setAffiliation: (realJid, affiliation) => this.#actions.setAffiliation(room, realJid, affiliation),
        };
        const elements = keyedElements(rows, (row) => stringRole(row, 'nick'), this.#rows, () => new OccupantRow(actions),
            (occupantRow, row) => occupantRow.update(row, rights, this.#avatars?.url(stringRole(row, 'avatarHash')) ?? ''));
        syncChildren(this.#list, elements);
        setText(this.#count, format('occupantCount', { count: elements.length }));
        this.#onRightsChanged(rights);
    }
}
