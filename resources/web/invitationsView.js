// Pending invitations to rooms, from the `roomInvitations` model mirror,
// each with Accept (which joins the room) and Decline. The section is
// hidden while there is none.
//
// Roles used: roomJid, inviter, reason. They come from other people and
// are set with textContent.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

class InvitationRow {
    #roomJid = '';

    constructor(actions, onAccepted) {
        this.element = createElement('li', 'request', 'invitation-row');
        const main = createElement('div', 'request-main');
        this.room = createElement('span', 'contact-name', 'invitation-room');
        this.inviter = createElement('span', 'contact-jid', 'invitation-inviter');
        this.reason = createElement('span', 'request-message', 'invitation-reason');
        this.accept = createButton(strings.acceptInvitation, 'small', 'invitation-accept');
        this.decline = createButton(strings.declineInvitation, 'small secondary', 'invitation-decline');
        this.accept.addEventListener('click', async () => {
            this.accept.disabled = true;
            const reply = await actions.acceptInvitation(this.#roomJid);
            this.accept.disabled = false;
            if (reply.ok) {
                onAccepted(this.#roomJid);
            }
        });
        this.decline.addEventListener('click', () => actions.declineInvitation(this.#roomJid));
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.accept, this.decline);
        main.append(this.room, this.inviter, this.reason, buttons);
        this.element.append(main);
    }

    update(row) {
        this.#roomJid = stringRole(row, 'roomJid');
        this.element.dataset.jid = this.#roomJid;
        setText(this.room, this.#roomJid);
        setText(this.inviter, format('invitationFrom', { name: stringRole(row, 'inviter') }));
        setText(this.reason, stringRole(row, 'reason'));
        this.reason.hidden = stringRole(row, 'reason') === '';
        this.accept.setAttribute('aria-label', format('acceptInvitationLabel', { room: this.#roomJid }));
        this.decline.setAttribute('aria-label', format('declineInvitationLabel', { room: this.#roomJid }));
    }
}

export class InvitationsView {
    #section;
    #list;
    #mirror;
    #actions;
    #onAccepted;
    #rows = new Map();

    // section contains the list [data-testid="invitation-list"]. onAccepted(roomJid) runs after Accept.
    constructor(section, mirror, actions, onAccepted) {
        this.#section = section;
        this.#list = section.querySelector('[data-testid="invitation-list"]');
        this.#mirror = mirror;
        this.#actions = actions;
        this.#onAccepted = onAccepted;
        mirror.subscribe(() => this.#render());
        this.#render();
    }

    #render() {
        const elements = keyedElements(this.#mirror.rows, (row) => stringRole(row, 'roomJid'), this.#rows,
            () => new InvitationRow(this.#actions, this.#onAccepted), (invitationRow, row) => invitationRow.update(row));
        syncChildren(this.#list, elements);
        this.#section.hidden = elements.length === 0;
    }
}
