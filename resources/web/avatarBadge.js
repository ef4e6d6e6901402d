// The round avatar of a contact or of the user: the image from the
// AvatarCache once it is there, otherwise the first letter of the name on a
// colour derived from the JID. The avatar repeats the name next to it, so
// it is hidden from screen readers.

import { avatarColor, createElement, firstCharacter, setText } from './dom.js';

export class AvatarBadge {
    #initials;
    #image = null;
    #url = '';

    // element is the span.avatar to fill, which keeps its class and data-testid.
    constructor(element) {
        this.element = element;
        this.element.setAttribute('aria-hidden', 'true');
        this.#initials = createElement('span', 'avatar-initials', 'avatar-initials');
        this.element.replaceChildren(this.#initials);
        this.element.dataset.image = 'false';
    }

    // Shows the image at url, a blob: URL from the AvatarCache, or the initial of name when url is ''.
    update(jid, name, url) {
        setText(this.#initials, firstCharacter(name).toUpperCase());
        this.element.dataset.color = avatarColor(jid);
        if (url === this.#url) {
            return;
        }
        this.#url = url;
        if (url === '') {
            this.#showInitials();
            return;
        }

        if (!this.#image) {
            this.#image = createElement('img', 'avatar-image', 'avatar-image');
            this.#image.alt = '';
            // An image that the browser cannot decode leaves the initial in place.
            this.#image.addEventListener('error', () => this.#showInitials());
            this.#image.addEventListener('load', () => {
                this.element.dataset.image = 'true';
                this.#initials.hidden = true;
            });
        }
        this.element.dataset.image = 'false';
        this.#initials.hidden = false;
        this.#image.src = url;
        this.element.append(this.#image);
    }

    #showInitials() {
        this.#image?.remove();
        this.#initials.hidden = false;
        this.element.dataset.image = 'false';
    }
}
