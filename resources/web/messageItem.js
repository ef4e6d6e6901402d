// One message of the open conversation: the quote it replies to, its file,
// its body, the time with the "edited" marker and the delivery state, its
// reactions and the button of its action menu. A retracted message shows
// only a placeholder, which names the moderator's reason when a room's
// moderator removed it. Roles used: messageId, originId, direction, body,
// timestamp, state, edited, retracted, moderated, moderationReason and those of ReplyQuote,
// AttachmentView and ReactionChips. Bodies come from other people and are
// set with textContent.

import { AttachmentView } from './attachmentView.js';
import { deliveryStateText, messageTime } from './chatTime.js';
import { createButton, createElement, setText, stringRole } from './dom.js';
import { ReactionChips } from './reactionChips.js';
import { ReplyQuote } from './replyQuote.js';
import { format, strings } from './strings.js';

// Returns the placeholder of a retracted message: who removed it, with a room moderator's reason.
function retractedText(row) {
    if (row.moderated !== true) {
        return strings.messageRetracted;
    }
    const reason = stringRole(row, 'moderationReason');
    return reason === '' ? strings.messageModerated : format('messageModeratedWithReason', { reason });
}

export class MessageItem {
    #row = {};

    // onOpenActions(item) opens the action menu of this message, onOpenQuote(messageId) shows the
    // quoted message, and onToggleReaction(row, emoji) toggles the user's reaction.
    constructor({ onOpenActions, onOpenQuote, onToggleReaction }) {
        this.element = createElement('li', 'message', 'message');
        this.bubble = createElement('div', 'message-bubble');
        this.quote = new ReplyQuote(onOpenQuote);
        this.attachment = new AttachmentView();
        this.body = createElement('p', 'message-body', 'message-body');
        const meta = createElement('div', 'message-meta');
        this.edited = createElement('span', 'message-edited', 'message-edited');
        this.edited.textContent = strings.messageEdited;
        this.edited.title = strings.messageEditedLabel;
        this.time = createElement('span', 'message-time', 'message-time');
        this.state = createElement('span', 'message-state', 'message-state');
        meta.append(this.edited, this.time, this.state);
        this.reactions = new ReactionChips((emoji) => onToggleReaction(this.#row, emoji));
        this.bubble.append(this.quote.element, this.attachment.element, this.body, meta, this.reactions.element);

        this.actionsToggle = createButton(strings.messageActions, 'actions-toggle message-actions-toggle', 'message-actions-toggle');
        this.actionsToggle.setAttribute('aria-label', strings.messageActionsLabel);
        this.actionsToggle.setAttribute('aria-expanded', 'false');
        this.actionsToggle.addEventListener('click', () => onOpenActions(this));
        this.element.append(this.bubble, this.actionsToggle);
    }

    // The row shown last.
    get row() {
        return this.#row;
    }

    get messageId() {
        return Number.isInteger(this.#row.messageId) ? this.#row.messageId : 0;
    }

    // nameOf(jid) returns the name to show for a sender of a reaction.
    update(row, now, nameOf) {
        this.#row = row;
        const direction = stringRole(row, 'direction') === 'out' ? 'out' : 'in';
        const state = stringRole(row, 'state');
        const retracted = row.retracted === true;
        const data = this.element.dataset;
        data.direction = direction;
        data.state = state;
        data.originId = stringRole(row, 'originId');
        data.messageId = String(this.messageId);
        data.retracted = String(retracted);
        data.moderated = String(row.moderated === true);
        data.edited = String(row.edited === true && !retracted);

        this.quote.update(row);
        const hasAttachment = this.attachment.update(row);
        const body = stringRole(row, 'body');
        // A shared file's message usually has the file's URL as its body, which the attachment shows already.
        const bodyRepeatsUrl = hasAttachment && body.trim() === stringRole(row, 'attachmentUrl');
        setText(this.body, retracted ? retractedText(row) : body);
        this.body.hidden = !retracted && (body === '' || bodyRepeatsUrl);
        this.edited.hidden = data.edited !== 'true';
        setText(this.time, messageTime(row.timestamp, now));
        const stateText = deliveryStateText(state);
        setText(this.state, stateText);
        this.state.hidden = stateText === '';
        this.reactions.update(retracted ? [] : row.reactions, nameOf);
        this.actionsToggle.hidden = retracted;
    }
}
