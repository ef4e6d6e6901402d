// The news feed: the microblog posts (XEP-0277) of the `feed` model, newest
// first as the model orders them, each shown by PostItem. A post counts as
// read once most of it was on screen, or when the user clicks it; "Mark
// all read" marks every post.
//
// The `feed` object message carries unreadCount and canLoadMore, which
// shows "Load more".

import { setText } from './dom.js';
import { renderPosts } from './postList.js';
import { postKey } from './postItem.js';
import { format } from './strings.js';

export { postKey };

// Share of a post that must be on screen for it to count as read.
const readThreshold = 0.6;

export class FeedView {
    #section;
    #list;
    #empty;
    #loadMore;
    #markAllRead;
    #unreadCount;
    #feed;
    #people;
    #actions;
    #handlers;
    #views = new Map();
    #observer = null;
    // Keys of the posts whose markRead call was sent, so scrolling sends each once.
    #marked = new Set();
    #renderQueued = false;

    // section contains the elements named by the data-testid values below. feed is the model
    // mirror, people a PostPeople, actions a SocialActions, and handlers those of PostItem.
    constructor(section, feed, people, actions, handlers) {
        this.#section = section;
        const find = (testId) => section.querySelector(`[data-testid="${testId}"]`);
        this.#list = find('feed-list');
        this.#empty = find('feed-empty');
        this.#loadMore = find('feed-load-more');
        this.#markAllRead = find('feed-mark-all-read');
        this.#unreadCount = find('feed-unread-count');
        this.#feed = feed;
        this.#people = people;
        this.#actions = actions;
        this.#handlers = handlers;

        this.#loadMore.addEventListener('click', () => this.#actions.loadMorePosts());
        this.#markAllRead.addEventListener('click', () => this.#actions.markAllPostsRead());
        this.#list.addEventListener('click', (event) => {
            const element = event.target.closest('[data-testid="post"]');
            if (element && !event.target.closest('button')) {
                this.#markRead(element.dataset.key);
            }
        });
        if (typeof IntersectionObserver === 'function') {
            this.#observer = new IntersectionObserver((entries) => this.#handleVisible(entries), { threshold: readThreshold });
        }
        feed.subscribe(() => this.#queueRender());
        people.subscribe(() => this.#queueRender());
        this.#setObject({});
        this.#render();
    }

    // Takes the `feed` object message: unreadCount and canLoadMore.
    handleObject(message) {
        if (message.object === 'feed') {
            this.#setObject(message.properties);
        }
    }

    // Called when the feed section shows or hides, since only a shown post counts as read.
    setShown(shown) {
        if (!this.#observer) {
            return;
        }
        for (const view of this.#views.values()) {
            this.#observer.unobserve(view.element);
            if (shown && view.row?.unread === true) {
                this.#observer.observe(view.element);
            }
        }
    }

    // Shows a notice about the comments of one of the posts; returns whether it did.
    handleNotice(notice) {
        return [...this.#views.values()].some((view) => view.handleNotice(notice));
    }

    reset() {
        for (const view of this.#views.values()) {
            view.resetComments();
        }
        this.#marked.clear();
        this.#setObject({});
    }

    #setObject(properties) {
        const unread = Number.isInteger(properties.unreadCount) ? properties.unreadCount : 0;
        this.#loadMore.hidden = properties.canLoadMore !== true;
        this.#markAllRead.disabled = unread === 0;
        setText(this.#unreadCount, unread === 0 ? '' : format(unread === 1 ? 'feedUnreadOne' : 'feedUnread', { count: unread }));
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
        const rows = this.#feed.rows;
        const shown = !this.#section.hidden;
        renderPosts(this.#list, rows, this.#views, this.#handlers, this.#people,
            (view, row) => {
                const key = postKey(row);
                if (row.unread !== true) {
                    this.#marked.delete(key);
                }
                if (this.#observer) {
                    this.#observer.unobserve(view.element);
                    if (shown && row.unread === true) {
                        this.#observer.observe(view.element);
                    }
                }
            });
        this.#empty.hidden = rows.length > 0 || !this.#feed.loaded;
    }

    #handleVisible(entries) {
        if (this.#section.hidden || document.visibilityState === 'hidden') {
            return;
        }
        for (const entry of entries) {
            if (entry.isIntersecting) {
                this.#markRead(entry.target.dataset.key);
            }
        }
    }

    #markRead(key) {
        if (!key || this.#marked.has(key)) {
            return;
        }
        // The core takes a row number, which the key's current place gives.
        const row = this.#feed.rows.findIndex((candidate) => postKey(candidate) === key);
        if (row < 0 || this.#feed.rows[row].unread !== true) {
            return;
        }
        this.#marked.add(key);
        this.#actions.markPostRead(row);
    }
}
