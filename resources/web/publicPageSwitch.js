// The switch in "My profile" that chooses whether this server's public
// pages (/blog/JID) show the user's public posts. It mirrors the linker's
// `publicPages` object and changes it with publicPages.setShown. It stays
// hidden while the object is not available (a server without a database).

import { strings } from './strings.js';

export class PublicPageSwitch {
    #container;
    #checkbox;
    #link;
    #status;
    #invoker;

    constructor(container, invoker, objects) {
        this.#container = container;
        this.#checkbox = container.querySelector('[data-testid="public-page-shown"]');
        this.#link = container.querySelector('[data-testid="public-page-link"]');
        this.#status = container.querySelector('[data-testid="public-page-status"]');
        this.#invoker = invoker;

        this.#checkbox.addEventListener('change', () => this.#save(this.#checkbox.checked));
        objects.subscribe('publicPages', (properties) => this.#show(properties));
    }

    // Points the link at the page of jid.
    setJid(jid) {
        const path = `/blog/${encodeURIComponent(jid.trim().toLowerCase()).replace('%40', '@')}`;
        this.#link.href = path;
        this.#link.textContent = `${window.location.origin}${path}`;
    }

    reset() {
        this.#container.hidden = true;
        this.#status.textContent = '';
    }

    #show(properties) {
        this.#container.hidden = properties.available !== true;
        if (!this.#checkbox.disabled) {
            this.#checkbox.checked = properties.shown !== false;
        }
    }

    async #save(shown) {
        this.#checkbox.disabled = true;
        this.#status.textContent = '';
        const reply = await this.#invoker.call('publicPages', 'setShown', [shown], strings.notConnected);
        this.#checkbox.disabled = false;
        if (!reply.ok) {
            this.#checkbox.checked = !shown;
            this.#status.textContent = reply.message || strings.publicPageNotSaved;
            return;
        }
        this.#status.textContent = shown ? strings.publicPageShownSaved : strings.publicPageHiddenSaved;
    }
}
