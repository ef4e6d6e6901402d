// Browser notifications of mentions in group chat rooms, from the
// `roomList` model mirror. A notification shows when the mention count of a
// room grows while the page is hidden and the user allowed notifications for
// this site. Each room has one notification, which a newer mention replaces
// through the same tag. Clicking it brings the page to the front and opens
// the room. A notification closes when its room is read, here or on another
// client.
//
// Roles used: jid, displayName, mentionCount. Room names come from other
// people, and notifications show them as plain text.

import { stringRole } from './dom.js';
import { countRole } from './roomListView.js';
import { format, strings } from './strings.js';

export class MentionNotifier {
    #rooms;
    #openRoom;
    #window;
    // Mention count of each room at the last change, so that only growth notifies.
    #mentionCounts = new Map();
    // Whether the mirror's first rows arrived: the mentions of an earlier visit notify nothing.
    #started = false;
    // The shown notifications by room JID.
    #notifications = new Map();

    // openRoom(jid) shows a room. win is the page's window; tests may pass another object with
    // document, focus() and Notification.
    constructor(rooms, openRoom, win = window) {
        this.#rooms = rooms;
        this.#openRoom = openRoom;
        this.#window = win;
        rooms.subscribe(() => this.#update());
    }

    #update() {
        if (!this.#rooms.loaded) {
            this.#forgetAll();
            return;
        }

        const counts = new Map();
        for (const row of this.#rooms.rows) {
            const jid = stringRole(row, 'jid');
            if (jid === '') {
                continue;
            }
            const mentions = countRole(row, 'mentionCount');
            counts.set(jid, mentions);
            if (mentions === 0) {
                this.#close(jid);
            } else if (this.#started && mentions > (this.#mentionCounts.get(jid) ?? 0)) {
                this.#show(jid, stringRole(row, 'displayName') || jid, mentions);
            }
        }
        for (const jid of [...this.#notifications.keys()]) {
            if (!counts.has(jid)) {
                this.#close(jid);
            }
        }
        this.#mentionCounts = counts;
        this.#started = true;
    }

    #show(jid, name, mentions) {
        const api = this.#window.Notification;
        if (this.#window.document.visibilityState !== 'hidden' || typeof api !== 'function' || api.permission !== 'granted') {
            return;
        }
        const body = mentions > 1 ? format('mentionNotificationBodyMany', { count: mentions }) : strings.mentionNotificationBody;
        try {
            const notification = new api(name, { body, tag: `salon-mention:${jid}`, lang: strings.language });
            notification.addEventListener('click', () => {
                this.#window.focus();
                this.#openRoom(jid);
                notification.close();
            });
            this.#notifications.set(jid, notification);
        } catch (error) {
            // Chrome on Android, for one, creates notifications only through a service worker.
            console.warn('Salon: could not show a notification:', error.message);
        }
    }

    #close(jid) {
        this.#notifications.get(jid)?.close();
        this.#notifications.delete(jid);
    }

    #forgetAll() {
        for (const jid of [...this.#notifications.keys()]) {
            this.#close(jid);
        }
        this.#mentionCounts.clear();
        this.#started = false;
    }
}
