// "Browse public rooms": lists the rooms of a group chat service from the
// `publicRooms` model mirror, with a filter, and joins one. The service
// field starts with the first service of the `roomDirectory` object's
// mucServices, which the page requests with roomDirectory.findMucServices.
//
// Roles used: jid, displayName, description, occupants, passwordProtected.
// Names and descriptions come from other people and are set with textContent.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// Returns whether the row's name, address or description contains every word of filter.
export function matchesFilter(row, filter) {
    const text = [stringRole(row, 'displayName'), stringRole(row, 'jid'), stringRole(row, 'description')].join(' ').toLowerCase();
    return filter.toLowerCase().split(/\s+/).filter((word) => word !== '').every((word) => text.includes(word));
}

class PublicRoomRow {
    #row = {};

    constructor(onJoin) {
        this.element = createElement('li', 'request public-room', 'public-room');
        const main = createElement('div', 'request-main');
        this.name = createElement('span', 'contact-name', 'public-room-name');
        this.jid = createElement('span', 'contact-jid', 'public-room-jid');
        this.description = createElement('span', 'request-message', 'public-room-description');
        this.occupants = createElement('span', 'contact-jid', 'public-room-occupants');
        this.join = createButton(strings.joinRoom, 'small', 'public-room-join');
        this.join.addEventListener('click', () => onJoin(this.#row));
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.join);
        main.append(this.name, this.jid, this.description, this.occupants, buttons);
        this.element.append(main);
    }

    update(row) {
        this.#row = row;
        const jid = stringRole(row, 'jid');
        const name = stringRole(row, 'displayName') || jid;
        const occupants = Number.isInteger(row.occupants) ? row.occupants : -1;
        this.element.dataset.jid = jid;
        setText(this.name, name);
        setText(this.jid, jid);
        setText(this.description, stringRole(row, 'description'));
        this.description.hidden = stringRole(row, 'description') === '';
        setText(this.occupants, occupants >= 0 ? format('roomOccupantCount', { count: occupants }) : '');
        this.occupants.hidden = occupants < 0;
        this.join.setAttribute('aria-label', format('joinRoomLabel', { name }));
    }
}

export class PublicRoomsView {
    #elements;
    #mirror;
    #actions;
    #onJoin;
    #rows = new Map();
    #renderQueued = false;
    #servicesRequested = false;

    // section contains the form [data-testid="public-rooms-form"] with the field "public-service",
    // the filter field "public-filter", the list "public-room-list" and the paragraph
    // "public-rooms-empty". onJoin(row) joins a room of the list.
    constructor(section, mirror, actions, onJoin) {
        const find = (testId) => section.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            form: find('public-rooms-form'),
            service: find('public-service'),
            filter: find('public-filter'),
            list: find('public-room-list'),
            empty: find('public-rooms-empty'),
        };
        this.#mirror = mirror;
        this.#actions = actions;
        this.#onJoin = onJoin;
        this.#elements.form.addEventListener('submit', (event) => {
            event.preventDefault();
            const service = this.#elements.service.value.trim();
            if (service !== '') {
                this.#actions.requestRooms(service);
            }
        });
        this.#elements.filter.addEventListener('input', () => this.#render());
        mirror.subscribe(() => this.#queueRender());
        this.#render();
    }

    // Requests the group chat services of the user's server once per session, to fill the service field.
    findServices() {
        if (!this.#servicesRequested) {
            this.#servicesRequested = true;
            this.#actions.findMucServices();
        }
    }

    // Takes the `roomDirectory` object's properties: the first service fills an empty service field.
    setServices(services) {
        const first = Array.isArray(services) ? services.find((service) => typeof service === 'string' && service !== '') : undefined;
        if (first && this.#elements.service.value.trim() === '') {
            this.#elements.service.value = first;
        }
    }

    reset() {
        this.#servicesRequested = false;
        this.#elements.service.value = '';
        this.#elements.filter.value = '';
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
        const filter = this.#elements.filter.value;
        const shown = this.#mirror.rows.filter((row) => matchesFilter(row, filter));
        const elements = keyedElements(shown, (row) => stringRole(row, 'jid'), this.#rows,
            () => new PublicRoomRow(this.#onJoin), (publicRow, row) => publicRow.update(row));
        syncChildren(this.#elements.list, elements);
        this.#elements.list.hidden = elements.length === 0;
        this.#elements.empty.hidden = elements.length > 0 || this.#mirror.rows.length === 0;
    }
}
