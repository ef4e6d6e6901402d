// Highlights one message of a message list for a moment, as when a search result or a quote
// opens it: the item gets data-highlighted, which the style sheet shows, and scrolls to the
// middle of the list.

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
}
