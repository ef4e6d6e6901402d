// The "Requests" section: people who asked to see the user's presence,
// from the `subscriptionRequests` model mirror, each with Accept and
// Decline. The section is hidden while no request waits.
//
// Roles used: jid, name, displayName, message. Every string from the
// model comes from other people and is set with textContent.

import { avatarColor, createButton, createElement, firstCharacter, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

class RequestRow {
    #jid = '';

    constructor(actions) {
        this.element = createElement('li', 'request', 'request-row');
        this.avatar = createElement('span', 'avatar');
        this.avatar.setAttribute('aria-hidden', 'true');

        const main = createElement('div', 'request-main');
        this.name = createElement('span', 'contact-name', 'request-name');
        this.jid = createElement('span', 'contact-jid', 'request-jid');
        this.explanation = createElement('p', 'request-explanation');
        this.explanation.textContent = strings.requestExplanation;
        this.message = createElement('p', 'request-message', 'request-message');

        this.accept = createButton(strings.acceptRequest, 'small primary-inline', 'request-accept');
        this.decline = createButton(strings.declineRequest, 'small secondary', 'request-decline');
        this.accept.addEventListener('click', () => this.#respond(() => actions.acceptSubscription(this.#jid)));
        this.decline.addEventListener('click', () => this.#respond(() => actions.declineSubscription(this.#jid)));
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.accept, this.decline);

        main.append(this.name, this.jid, this.explanation, this.message, buttons);
        this.element.append(this.avatar, main);
    }

    update(row) {
        const jid = stringRole(row, 'jid');
        const displayName = stringRole(row, 'displayName').trim() || stringRole(row, 'name').trim() || jid;
        const message = stringRole(row, 'message').trim();
        this.#jid = jid;
        this.element.dataset.jid = jid;

        setText(this.avatar, firstCharacter(displayName).toUpperCase());
        this.avatar.dataset.color = avatarColor(jid);
        setText(this.name, displayName);
        setText(this.jid, jid);
        this.jid.hidden = displayName === jid;
        setText(this.message, message);
        this.message.hidden = message === '';
        this.accept.setAttribute('aria-label', format('acceptRequestLabel', { name: displayName }));
        this.decline.setAttribute('aria-label', format('declineRequestLabel', { name: displayName }));
    }

    // Disables both buttons until the core replies. On success the row
    // goes away with the request.
    async #respond(call) {
        this.accept.disabled = true;
        this.decline.disabled = true;
        const reply = await call();
        if (!reply.ok) {
            this.accept.disabled = false;
            this.decline.disabled = false;
        }
    }
}

export class RequestsView {
    #section;
    #list;
    #count;
    #mirror;
    #actions;
    #rows = new Map();
    #renderQueued = false;

    // section contains a heading with a [data-testid="request-count"] element
    // and the list element [data-testid="request-list"].
    constructor(section, mirror, actions) {
        this.#section = section;
        this.#list = section.querySelector('[data-testid="request-list"]');
        this.#count = section.querySelector('[data-testid="request-count"]');
        this.#mirror = mirror;
        this.#actions = actions;
        mirror.subscribe(() => this.#queueRender());
        this.#render();
    }

    #queueRender() {
        if (this.#renderQueued) {
            return;
        }
        this.#renderQueued = true;
        queueMicrotask(() => {
            this.#renderQueued = false;
            this.#render();
        });
    }

    #render() {
        const elements = keyedElements(this.#mirror.rows, (row) => stringRole(row, 'jid'), this.#rows,
            () => new RequestRow(this.#actions), (requestRow, row) => requestRow.update(row));
        syncChildren(this.#list, elements);
        setText(this.#count, elements.length === 1 ? strings.requestCountOne : format('requestCount', { count: elements.length }));
        this.#section.hidden = elements.length === 0;
    }
}
