// Messages for the user above the contact list: `notice` messages from
// the core, such as a roster change the server rejected, and failures of
// the page's own requests. Each stays until the user dismisses it; only
// the newest few are kept.

import { createButton, createElement } from './dom.js';
import { strings } from './strings.js';

// More notices at once would push the contact list off a phone screen.
const maxNotices = 3;

export class NoticeArea {
    #container;

    constructor(container) {
        this.#container = container;
    }

    // Shows message; level is 'error' or 'info'.
    show(message, level = 'error') {
        const notice = createElement('div', 'notice', 'notice');
        notice.dataset.level = level === 'info' ? 'info' : 'error';
        // An inserted alert is read out by screen readers; information waits for a pause.
        notice.setAttribute('role', level === 'info' ? 'status' : 'alert');

        const text = createElement('p', 'notice-text', 'notice-text');
        text.textContent = message;
        const dismiss = createButton(strings.dismissNotice, 'notice-dismiss', 'notice-dismiss');
        dismiss.addEventListener('click', () => notice.remove());
        notice.append(text, dismiss);

        this.#container.append(notice);
        while (this.#container.children.length > maxNotices) {
            this.#container.firstElementChild.remove();
        }
    }

    clear() {
        this.#container.replaceChildren();
    }
}
