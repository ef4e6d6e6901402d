// Browser notifications of new subscription requests, from the
// `subscriptionRequests` model mirror. A notification is shown only while
// the page is hidden (another tab, a minimized window) and only when the
// user allowed notifications for this site. Otherwise, and in browsers
// without the Notification API, nothing happens: the Requests section
// lists every request anyway.
//
// Roles used: jid, name, displayName, message. The texts come from other
// people, and notifications show them as plain text.

import { stringRole } from './dom.js';
import { format, strings } from './strings.js';

export class RequestNotifier {
    #mirror;
    #window;
    // Requesters of this session already handled, whether notified or seen while the page was visible.
    #known = new Set();
    // The shown notifications by requester, closed when their request goes away.
    #notifications = new Map();

    // win is the page's window. Tests may pass another object with document and Notification.
    constructor(mirror, win = window) {
        this.#mirror = mirror;
        this.#window = win;
        mirror.subscribe((change) => this.#update(change));
    }

    // Requests the permission to notify, once. Browsers show the prompt only during a user
    // action, such as submitting the sign-in form, and ignore it otherwise.
    static requestPermission(win = window) {
        const api = win.Notification;
        if (typeof api !== 'function' || api.permission !== 'default') {
            return;
        }
        try {
            api.requestPermission()?.catch?.(() => {});
        } catch (error) {
            console.warn('Salon: the browser rejected the request to show notifications:', error.message);
        }
    }

    #update(change) {
        // The mirror was cleared at the end of the session.
        if (!this.#mirror.loaded) {
            this.#forgetAll();
            return;
        }

        const rows = new Map();
        for (const row of this.#mirror.rows) {
            const jid = stringRole(row, 'jid');
            if (jid !== '') {
                rows.set(jid, row);
            }
        }

        // A reset keeps the known requesters, because after a new XMPP session the server sends
        // the pending requests again, and those are no news to the user.
        if (change.op === 'remove') {
            for (const jid of [...this.#known]) {
                if (!rows.has(jid)) {
                    this.#known.delete(jid);
                    this.#close(jid);
                }
            }
        }

        for (const [jid, row] of rows) {
            if (!this.#known.has(jid)) {
                this.#known.add(jid);
                this.#show(jid, row);
            }
        }
    }

    #show(jid, row) {
        const api = this.#window.Notification;
        if (this.#window.document.visibilityState !== 'hidden' || typeof api !== 'function' || api.permission !== 'granted') {
            return;
        }

        const name = stringRole(row, 'displayName').trim() || stringRole(row, 'name').trim() || jid;
        const message = stringRole(row, 'message').trim();
        const body = message === ''
            ? format('requestNotificationBody', { name })
            : format('requestNotificationBodyWithMessage', { name, message });
        try {
            const notification = new api(strings.requestNotificationTitle, { body, tag: `salon-request:${jid}`, lang: strings.language });
            notification.addEventListener('click', () => {
                this.#window.focus();
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
        this.#known.clear();
    }
}
