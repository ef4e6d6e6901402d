// One message of the open room: the sender's nickname, the body, the time
// and, for the user's own messages, the delivery state. A message that names
// the user's nickname is marked as a mention. Roles used: messageId,
// originId, direction, senderNick, mentionsMe, body, timestamp, state.
// Nicknames and bodies come from other people and are set with textContent.

import { deliveryStateText, messageTime } from './chatTime.js';
import { createElement, setText, stringRole } from './dom.js';

export class RoomMessageItem {
    constructor() {
        this.element = createElement('li', 'message room-message', 'room-message');
        this.bubble = createElement('div', 'message-bubble');
        this.sender = createElement('span', 'room-message-sender', 'room-message-sender');
        this.body = createElement('p', 'message-body', 'room-message-body');
        const meta = createElement('div', 'message-meta');
        this.time = createElement('span', 'message-time', 'message-time');
        this.state = createElement('span', 'message-state', 'message-state');
        meta.append(this.time, this.state);
        this.bubble.append(this.sender, this.body, meta);
        this.element.append(this.bubble);
    }

    update(row, now) {
        const direction = stringRole(row, 'direction') === 'out' ? 'out' : 'in';
        const data = this.element.dataset;
        data.direction = direction;
        data.messageId = String(Number.isInteger(row.messageId) ? row.messageId : 0);
        data.mention = String(direction === 'in' && row.mentionsMe === true);
        setText(this.sender, stringRole(row, 'senderNick'));
        this.sender.hidden = direction === 'out';
        setText(this.body, stringRole(row, 'body'));
        setText(this.time, messageTime(row.timestamp, now));
        const stateText = direction === 'out' ? deliveryStateText(stringRole(row, 'state')) : '';
        setText(this.state, stateText);
        this.state.hidden = stateText === '';
    }
}
