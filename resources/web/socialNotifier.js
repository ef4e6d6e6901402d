// Browser notifications of the social network, from the linker's `event`
// messages: a comment or a like by someone else on the user's post
// (`comments` commentReceived), and a new post in a subscribed community
// that the user marked "Notify me" (`communityFeed` postReceived). A
// notification shows while the page is hidden and the user allowed
// notifications for this site. Clicking it brings the page to the front
// and shows the feed. Names and titles come from other people, and
// notifications show them as plain text.

import { format, strings } from './strings.js';

export class SocialNotifier {
    #window;
    #showFeed;
    #subscriptions;

    // subscriptions is the `subscriptions` mirror, for the titles of communities, and showFeed()
    // shows the feed section. win is the page's window; tests may pass another object with
    // document, focus() and Notification.
    constructor(subscriptions, showFeed, win = window) {
        this.#subscriptions = subscriptions;
        this.#showFeed = showFeed;
        this.#window = win;
    }

    // Takes an `event` message; returns whether it was one that notifies.
    handleEvent(message) {
        if (message.object === 'comments' && message.event === 'commentReceived') {
            const name = text(message.authorName) || text(message.authorJid);
            this.#show(format(message.isLike === true ? 'likeNotificationTitle' : 'commentNotificationTitle', { name }), '',
                `salon-comment:${text(message.postService)}/${text(message.postNode)}/${text(message.postItemId)}`);
            return true;
        }
        if (message.object === 'communityFeed' && message.event === 'postReceived') {
            const name = text(message.authorName) || text(message.authorJid);
            const subscription = this.#subscriptions.rows.find((row) => row.service === message.service && row.node === message.node);
            const community = text(subscription?.displayTitle) || text(message.node);
            this.#show(format('communityPostNotificationTitle', { community }), format('communityPostNotificationBody', { name, title: text(message.title) }),
                `salon-post:${text(message.service)}/${text(message.node)}/${text(message.itemId)}`);
            return true;
        }
        return false;
    }

    #show(title, body, tag) {
        const api = this.#window.Notification;
        if (this.#window.document.visibilityState !== 'hidden' || typeof api !== 'function' || api.permission !== 'granted') {
            return;
        }
        try {
            const notification = new api(title, { body, tag, lang: strings.language });
            notification.addEventListener('click', () => {
                this.#window.focus();
                this.#showFeed();
                notification.close();
            });
        } catch (error) {
            // Chrome on Android, for one, creates notifications only through a service worker.
            console.warn('Salon: could not show a notification:', error.message);
        }
    }
}

function text(value) {
    return typeof value === 'string' ? value : '';
}
