// The quote above a reply (XEP-0461): the start of the quoted message, from
// the replyPreview role, as a button that jumps to the quoted message.
// Roles used: replyToId, replyPreview. The preview comes from other people
// and is set with textContent.

import { createElement, setText, stringRole } from './dom.js';
import { format } from './strings.js';

export class ReplyQuote {
    #replyToId = 0;

    // onOpen(messageId) shows the quoted message, loading older pages as needed.
    constructor(onOpen) {
        this.element = createElement('button', 'reply-quote', 'reply-quote');
        this.element.type = 'button';
        this.element.hidden = true;
        this.text = createElement('span', 'reply-quote-text', 'reply-quote-text');
        this.element.append(this.text);
        this.element.addEventListener('click', () => {
            if (this.#replyToId > 0) {
                onOpen(this.#replyToId);
            }
        });
    }

    update(row) {
        const replyToId = Number.isInteger(row.replyToId) ? row.replyToId : 0;
        const preview = stringRole(row, 'replyPreview').replace(/\s+/g, ' ').trim();
        this.#replyToId = replyToId;
        this.element.hidden = replyToId <= 0 || row.retracted === true;
        this.element.dataset.replyTo = String(replyToId);
        setText(this.text, preview);
        this.element.setAttribute('aria-label', format('replyQuoteLabel', { text: preview }));
    }
}
