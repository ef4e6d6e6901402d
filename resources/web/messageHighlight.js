// Highlights one message of a message list for a moment, as when a search result or a quote
// opens it: the item gets data-highlighted, which the style sheet shows, and scrolls to the
// middle of the list. reveal() first has the linker load the message when it is not loaded.

import { strings } from './strings.js';

// Time a message stays highlighted, in milliseconds.
export const highlightMs = 2500;

export class MessageHighlight {
    #timer = null;

    // Highlights element, an item of list, and removes the mark from any other item.
    show(list, element) {
        for (const highlighted of list.querySelectorAll('[data-highlighted]')) {
            delete highlighted.dataset.highlighted;
        }
        element.dataset.highlighted = 'true';
        element.scrollIntoView({ block: 'center' });
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => delete element.dataset.highlighted, highlightMs);
    }

    // Shows the message messageId of list. When rows, the loaded rows, lack it, request() asks the
    // linker to load older pages until they contain it. stillOpen() tells whether the view still
    // shows the same conversation once the reply is in, find() returns the message's element, and
    // showError(text) reports a failure in the view.
    async reveal(list, messageId, { rows, request, stillOpen, find, showError }) {
        if (!rows.some((row) => row.messageId === messageId)) {
            const reply = await request();
            if (!stillOpen()) {
                return;
            }
            if (!reply.ok) {
                if (reply.error !== 'cancelled') {
                    showError(reply.message || strings.quotedMessageMissing);
                }
                return;
            }
        }
        const element = find();
        if (!element) {
            showError(strings.quotedMessageMissing);
            return;
        }
        this.show(list, element);
    }
}
