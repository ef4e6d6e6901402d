// Browser notifications of new messages, from the `conversations` model mirror.
// A notification shows when the unread count of a conversation grows while the
// page is hidden and the user allowed notifications for this site. Each
// conversation has one notification with its newest message, which a newer
// message replaces through the same tag. Clicking it brings the page to the
// front and opens the conversation. A notification closes when its
// conversation is read, here or on another client.
//
// Roles used: peer, lastMessage, lastDirection, unreadCount. Names come from the
// contacts mirror (jid, name). Messages come from other people, and
// notifications show them as plain text.

import { stringRole } from './dom.js';
import { format, strings } from './strings.js';

// Maximum length of the message text in a notification, in UTF-16 code units.
const MaxPreviewLength = 200;

export class MessageNotifier {
    #conversations;
    #contacts;
    #openConversation;
    #window;
    // Unread count of each conversation at the last change, so that only growth notifies.
    #unreadCounts = new Map();
    // Whether the mirror's first rows arrived: the unread messages of an earlier visit notify nothing.
    #started = false;
    // The shown notifications by peer.
    #notifications = new Map();

    // openConversation(jid) shows a conversation. win is the page's window; tests may pass
    // another object with document, focus() and Notification.
    constructor(conversations, contacts, openConversation, win = window) {
        this.#conversations = conversations;
        this.#contacts = contacts;
        this.#openConversation = openConversation;
        this.#window = win;
        conversations.subscribe(() => this.#update());
    }

    #update() {
        // The mirror was cleared at the end of the session.
        if (!this.#conversations.loaded) {
            this.#forgetAll();
            return;
        }

        const counts = new Map();
        for (const row of this.#conversations.rows) {
            const peer = stringRole(row, 'peer');
            if (peer === '') {
                continue;
            }
            const unread = Number.isInteger(row.unreadCount) ? row.unreadCount : 0;
            counts.set(peer, unread);
            if (unread === 0) {
                this.#close(peer);
            } else if (this.#started && unread > (this.#unreadCounts.get(peer) ?? 0) && stringRole(row, 'lastDirection') === 'in') {
                this.#show(peer, stringRole(row, 'lastMessage'), unread);
            }
        }
        for (const peer of [...this.#notifications.keys()]) {
            if (!counts.has(peer)) {
                this.#close(peer);
            }
        }
        this.#unreadCounts = counts;
        this.#started = true;
    }

    #show(peer, message, unread) {
        const api = this.#window.Notification;
        if (this.#window.document.visibilityState !== 'hidden' || typeof api !== 'function' || api.permission !== 'granted') {
            return;
        }

        const preview = message.length > MaxPreviewLength ? `${message.slice(0, MaxPreviewLength - 1)}…` : message;
        const body = unread > 1 ? format('messageNotificationBodyMany', { count: unread, text: preview }) : preview;
        try {
            const notification = new api(this.#displayName(peer), { body, tag: `salon-message:${peer}`, lang: strings.language });
            notification.addEventListener('click', () => {
                this.#window.focus();
                this.#openConversation(peer);
                notification.close();
            });
            this.#notifications.set(peer, notification);
        } catch (error) {
            // Chrome on Android, for one, creates notifications only through a service worker.
            console.warn('Salon: could not show a notification:', error.message);
        }
    }

    #displayName(peer) {
        const contact = this.#contacts.rows.find((row) => stringRole(row, 'jid') === peer);
        const name = contact ? stringRole(contact, 'name').trim() : '';
        return name !== '' ? name : peer;
    }

    #close(peer) {
        this.#notifications.get(peer)?.close();
        this.#notifications.delete(peer);
    }

    #forgetAll() {
        for (const peer of [...this.#notifications.keys()]) {
            this.#close(peer);
        }
        this.#unreadCounts.clear();
        this.#started = false;
    }
}
