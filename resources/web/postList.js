// What the lists of posts share: the avatars of authors (PostPeople), the
// rendering of rows into PostItem views (renderPosts), and PostPageView,
// the list of a posts model that a tab opens on demand: a node's posts
// (`postPages.openNodePosts`, a profile or a community) or the cached
// public posts of a tag (`postPages.openTaggedPosts`). The page view
// closes its model when it closes, and offers "Load more" while the
// model's object message says canLoadMore.

import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { PostItem, postKey } from './postItem.js';
import { strings } from './strings.js';

// The avatar image of a post's or a comment's author, from the contacts and the user's own avatar.
export class PostPeople {
    #contacts;
    #avatars;
    #ownJid = '';
    #ownAvatarHash = '';
    #listeners = new Set();

    // contacts is the `contacts` model mirror, avatars the page's AvatarCache.
    constructor(contacts, avatars) {
        this.#contacts = contacts;
        this.#avatars = avatars;
        contacts.subscribe(() => this.#notify());
        avatars.subscribe(() => this.#notify());
    }

    get ownJid() {
        return this.#ownJid;
    }

    setOwnJid(jid) {
        this.#ownJid = jid;
        this.#notify();
    }

    setOwnAvatarHash(hash) {
        this.#ownAvatarHash = hash;
        this.#notify();
    }

    // Returns the blob: URL of the avatar of jid, or '' while there is none.
    avatarUrl(jid) {
        if (jid === this.#ownJid) {
            return this.#avatars.url(this.#ownAvatarHash);
        }
        const contact = this.#contacts.rows.find((row) => row.jid === jid);
        return this.#avatars.url(contact ? stringRole(contact, 'avatarHash') : '');
    }

    // Calls listener() when an avatar may have changed; returns the function that ends it.
    subscribe(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }

    #notify() {
        for (const listener of this.#listeners) {
            listener();
        }
    }
}

// The number of posts of a tab that may keep the summary of their comments open. Each is one of
// the 16 models that the linker publishes to a tab, and, for another user's post, a PubSub
// subscription. The limit leaves room for the conversation, room and pages that the tab opens.
export class SummaryBudget {
    static max = 6;
    #used = 0;

    reserve() {
        if (this.#used >= SummaryBudget.max) {
            return false;
        }
        ++this.#used;
        return true;
    }

    release() {
        this.#used = Math.max(0, this.#used - 1);
    }

    reset() {
        this.#used = 0;
    }
}

// Fills list with the PostItem views of rows, kept in views by postKey. The comments of a post
// that left the list are closed. update(view, row) runs after each view's own update.
export function renderPosts(list, rows, views, handlers, people, update = () => {}) {
    const before = new Map(views);
    const elements = keyedElements(rows, postKey, views, () => new PostItem(handlers), (view, row) => {
        view.element.dataset.key = postKey(row);
        view.element.dataset.itemId = stringRole(row, 'itemId');
        view.update(row, people.avatarUrl(stringRole(row, 'authorJid')));
        update(view, row);
    });
    for (const [key, view] of before) {
        if (!views.has(key)) {
            view.closeComments();
        }
    }
    syncChildren(list, elements);
    return elements;
}

export class PostPageView {
    #actions;
    #models;
    #objects;
    #handlers;
    #people;
    #modelName = '';
    #mirror = null;
    #unsubscribe = [];
    #views = new Map();
    #elements;
    #emptyText;
    // Counts open() calls, so that the reply of an earlier one is dropped.
    #generation = 0;

    // actions is a SocialActions, models the ModelStore, objects the ObjectStore, handlers those of
    // PostItem, people a PostPeople, and emptyText the string shown when the model has no posts.
    constructor(actions, models, objects, handlers, people, emptyText) {
        this.#actions = actions;
        this.#models = models;
        this.#objects = objects;
        this.#handlers = handlers;
        this.#people = people;
        this.#emptyText = emptyText;
        this.element = createElement('div', 'post-page', 'post-page');
        const status = createElement('p', 'form-status', 'post-page-status');
        status.setAttribute('role', 'status');
        const list = createElement('ol', 'feed-list', 'post-page-list');
        const empty = createElement('p', 'empty-list', 'post-page-empty');
        const loadMore = createButton(strings.loadMorePosts, 'secondary', 'post-page-load-more');
        loadMore.hidden = true;
        loadMore.addEventListener('click', () => this.#actions.loadMorePagePosts(this.#modelName));
        this.element.append(status, list, empty, loadMore);
        this.#elements = { status, list, empty, loadMore };
        people.subscribe(() => this.#render());
    }

    get modelName() {
        return this.#modelName;
    }

    // Replaces the string shown when the model has no posts.
    setEmptyText(text) {
        if (text !== this.#emptyText) {
            this.#emptyText = text;
            this.#render();
        }
    }

    // Opens a node's posts: an empty node is the blog of the user service.
    openNode(service, node) {
        return this.#open(() => this.#actions.openNodePosts(service, node));
    }

    openTag(tag) {
        return this.#open(() => this.#actions.openTaggedPosts(tag));
    }

    // Closes the model and the comments shown in it, because the page no longer shows them.
    close() {
        const name = this.#modelName;
        for (const view of this.#views.values()) {
            view.closeComments();
        }
        this.reset();
        if (name !== '') {
            this.#actions.closePosts(name);
        }
    }

    // Forgets the model without telling the linker, when the session has ended.
    reset() {
        ++this.#generation;
        for (const unsubscribe of this.#unsubscribe) {
            unsubscribe();
        }
        this.#unsubscribe = [];
        for (const view of this.#views.values()) {
            view.resetComments();
        }
        this.#views.clear();
        this.#modelName = '';
        this.#mirror = null;
        this.#elements.list.replaceChildren();
        this.#elements.empty.hidden = true;
        this.#elements.loadMore.hidden = true;
        this.#showStatus('', false);
    }

    // Shows a notice about the comments of one of the posts; returns whether it did.
    handleNotice(notice) {
        return [...this.#views.values()].some((view) => view.handleNotice(notice));
    }

    async #open(request) {
        this.close();
        const generation = this.#generation;
        this.#showStatus(strings.loadingPosts, false);
        const reply = await request();
        if (generation !== this.#generation) {
            if (reply.ok) {
                this.#actions.closePosts(reply.model);
            }
            return;
        }
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#modelName = reply.model;
        this.#mirror = this.#models.get(reply.model);
        this.#unsubscribe = [
            this.#mirror.subscribe(() => this.#render()),
            this.#objects.subscribe(reply.model, () => this.#render()),
        ];
        this.#render();
    }

    #showStatus(text, isError) {
        setText(this.#elements.status, text);
        this.#elements.status.classList.toggle('error', isError);
        this.#elements.status.hidden = text === '';
    }

    #render() {
        if (!this.#mirror) {
            return;
        }
        const properties = this.#objects.get(this.#modelName);
        const rows = this.#mirror.rows;
        renderPosts(this.#elements.list, rows, this.#views, this.#handlers, this.#people);
        const loading = properties.loading === true;
        const errorText = typeof properties.errorText === 'string' ? properties.errorText : '';
        if (errorText !== '') {
            this.#showStatus(errorText, true);
        } else {
            this.#showStatus(loading ? strings.loadingPosts : '', false);
        }
        this.#elements.loadMore.hidden = properties.canLoadMore !== true || loading;
        setText(this.#elements.empty, this.#emptyText);
        this.#elements.empty.hidden = rows.length > 0 || loading || errorText !== '';
    }
}
