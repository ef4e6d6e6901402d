// One message of the open room: a MessageItem with the sender's nickname
// above the body. A message that names the user's nickname is marked as a
// mention. Roles used: those of MessageItem, senderNick and mentionsMe.
// Nicknames come from other people and are set with textContent.

import { createElement, setText, stringRole } from './dom.js';
import { MessageItem } from './messageItem.js';

export class RoomMessageItem extends MessageItem {
    // handlers: those of MessageItem.
    constructor(handlers) {
        super(handlers);
        this.element.classList.add('room-message');
        this.element.dataset.testid = 'room-message';
        this.body.dataset.testid = 'room-message-body';
        this.sender = createElement('span', 'room-message-sender', 'room-message-sender');
        this.bubble.prepend(this.sender);
    }

    // nameOf(jid) returns the name to show for a sender of a reaction.
    update(row, now, nameOf) {
        super.update(row, now, nameOf);
        const incoming = this.element.dataset.direction === 'in';
        this.element.dataset.mention = String(incoming && row.mentionsMe === true);
        setText(this.sender, stringRole(row, 'senderNick'));
        this.sender.hidden = !incoming;
    }
}
