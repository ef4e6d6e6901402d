// The news feed: the microblog posts (XEP-0277) of the `feed` model, newest
// first as the model orders them. Each post shows its author's avatar and
// name, its time, title, content and tags, a "New" marker while it is
// unread and "Sending…" while the server has not confirmed it. A post
// counts as read once most of it was on screen, or when the user clicks
// it; "Mark all read" marks every post. The user's own posts offer Edit,
// which fills the composer, and Delete, which requests confirmation in
// the post first.
//
// The content goes through postContent.js, so remote images load only
// after the user clicks the post's "Show images".
//
// The `feed` object message carries unreadCount and canLoadMore, which
// shows "Load more".

import { AvatarBadge } from './avatarBadge.js';
import { relativeTime } from './chatTime.js';
import { createButton, createElement, keyedElements, setText, stringRole, syncChildren, uniqueId } from './dom.js';
import { remoteImageCount, sanitizePostContent, showImages } from './postContent.js';
import { format, strings } from './strings.js';

// Share of a post that must be on screen for it to count as read.
const readThreshold = 0.6;

// Returns the key that names a post: its service, node and item id.
export function postKey(row) {
    const service = stringRole(row, 'service');
    const itemId = stringRole(row, 'itemId');
    return service === '' || itemId === '' ? '' : `${service}\n${stringRole(row, 'node')}\n${itemId}`;
}

// Returns the date and time of isoTime in the user's locale, or '' for an invalid time.
function fullTime(isoTime) {
    const time = new Date(isoTime);
    return Number.isNaN(time.getTime()) ? '' : time.toLocaleString();
}

class PostItem {
    #contentHtml = null;

    constructor(onEdit, onDelete) {
        this.element = createElement('li', 'post', 'post');
        const article = createElement('article', 'post-body');
        const header = createElement('div', 'post-header');
        this.avatar = new AvatarBadge(createElement('span', 'avatar', 'post-avatar'));
        const byline = createElement('div', 'post-byline');
        this.author = createElement('span', 'post-author', 'post-author');
        this.time = createElement('time', 'post-time', 'post-time');
        this.unread = createElement('span', 'post-unread-marker', 'post-unread');
        setText(this.unread, strings.postUnread);
        this.pending = createElement('span', 'post-pending', 'post-pending');
        setText(this.pending, strings.postPending);
        byline.append(this.author, ' ', this.time, ' ', this.unread, ' ', this.pending);
        header.append(this.avatar.element, byline);

        this.title = createElement('h3', 'post-title', 'post-title');
        this.content = createElement('div', 'post-content', 'post-content');
        this.showImagesButton = createButton(strings.showImages, 'secondary small', 'post-show-images');
        this.showImagesButton.addEventListener('click', (event) => {
            event.stopPropagation();
            showImages(this.content);
            this.showImagesButton.hidden = true;
        });
        this.tags = createElement('ul', 'post-tags', 'post-tags');
        this.tags.setAttribute('aria-label', strings.postTagsLabel);
        article.append(header, this.title, this.content, this.showImagesButton, this.tags, this.#createActions(onEdit, onDelete));
        this.element.append(article);
    }

    #createActions(onEdit, onDelete) {
        this.actions = createElement('div', 'post-actions', 'post-actions');
        const edit = createButton(strings.editPost, 'secondary small', 'post-edit');
        const remove = createButton(strings.deletePost, 'secondary small danger', 'post-delete');
        this.confirmation = createElement('div', 'inline-form', 'post-delete-confirmation');
        this.confirmation.hidden = true;
        this.confirmation.setAttribute('role', 'group');
        const question = createElement('span');
        question.id = uniqueId('post-delete-question');
        setText(question, strings.deletePostQuestion);
        this.confirmation.setAttribute('aria-labelledby', question.id);
        const confirm = createButton(strings.deletePostConfirm, 'small danger', 'post-delete-confirm');
        const cancel = createButton(strings.cancel, 'secondary small', 'post-delete-cancel');
        this.confirmation.append(question, ' ', confirm, ' ', cancel);

        edit.addEventListener('click', () => onEdit(this.row));
        remove.addEventListener('click', () => {
            this.confirmation.hidden = false;
            confirm.focus();
        });
        cancel.addEventListener('click', () => {
            this.confirmation.hidden = true;
            remove.focus();
        });
        confirm.addEventListener('click', () => {
            this.confirmation.hidden = true;
            onDelete(this.row);
        });
        this.actions.append(edit, ' ', remove, this.confirmation);
        const wrapper = createElement('div');
        wrapper.append(this.actions);
        return wrapper;
    }

    update(row, avatarUrl) {
        this.row = row;
        const jid = stringRole(row, 'authorJid');
        const name = stringRole(row, 'authorName') || jid;
        this.avatar.update(jid, name, avatarUrl);
        setText(this.author, name);
        this.author.title = jid;
        const published = stringRole(row, 'published');
        this.time.dateTime = published;
        setText(this.time, relativeTime(published));
        this.time.title = fullTime(published);
        const updated = stringRole(row, 'updated');
        if (updated !== '' && updated !== published && fullTime(updated) !== '') {
            this.time.title = format('postEditedAt', { time: fullTime(updated) });
        }

        const unread = row.unread === true;
        const pending = row.pending === true;
        this.element.dataset.unread = String(unread);
        this.element.dataset.pending = String(pending);
        this.element.classList.toggle('unread', unread);
        this.unread.hidden = !unread;
        this.pending.hidden = !pending;

        const title = stringRole(row, 'title');
        setText(this.title, title);
        this.title.hidden = title === '';
        this.#updateContent(row);
        this.#updateTags(Array.isArray(row.tags) ? row.tags.filter((tag) => typeof tag === 'string' && tag !== '') : []);

        // A post that waits for the server cannot be changed again before it arrives.
        this.actions.hidden = row.own !== true || pending;
    }

    #updateContent(row) {
        const html = stringRole(row, 'contentHtml');
        if (html === this.#contentHtml) {
            return;
        }
        this.#contentHtml = html;
        const fragment = sanitizePostContent(html);
        if (!fragment.hasChildNodes()) {
            fragment.append(document.createTextNode(stringRole(row, 'plainText')));
        }
        this.content.replaceChildren(fragment);
        this.showImagesButton.hidden = remoteImageCount(this.content) === 0;
    }

    #updateTags(tags) {
        const key = JSON.stringify(tags);
        if (this.tags.dataset.key === key) {
            return;
        }
        this.tags.dataset.key = key;
        this.tags.replaceChildren(...tags.map((tag) => {
            const item = createElement('li', 'post-tag', 'post-tag');
            item.textContent = `#${tag}`;
            return item;
        }));
        this.tags.hidden = tags.length === 0;
    }
}

export class FeedView {
    #section;
    #list;
    #empty;
    #loadMore;
    #markAllRead;
    #unreadCount;
    #feed;
    #contacts;
    #avatars;
    #actions;
    #onEdit;
    #views = new Map();
    #observer = null;
    // Keys of the posts whose markRead call was sent, so scrolling sends each once.
    #marked = new Set();
    #ownJid = '';
    #ownAvatarHash = '';
    #renderQueued = false;

    // section contains the elements named by the data-testid values below. feed and contacts are
    // model mirrors, avatars the page's AvatarCache, actions a SocialActions, and onEdit(row)
    // opens the composer for the user's own post.
    constructor(section, feed, contacts, avatars, actions, onEdit) {
        this.#section = section;
        const find = (testId) => section.querySelector(`[data-testid="${testId}"]`);
        this.#list = find('feed-list');
        this.#empty = find('feed-empty');
        this.#loadMore = find('feed-load-more');
        this.#markAllRead = find('feed-mark-all-read');
        this.#unreadCount = find('feed-unread-count');
        this.#feed = feed;
        this.#contacts = contacts;
        this.#avatars = avatars;
        this.#actions = actions;
        this.#onEdit = onEdit;

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
        contacts.subscribe(() => this.#queueRender());
        avatars.subscribe(() => this.#queueRender());
        this.#setObject({});
        this.#render();
    }

    setOwnJid(jid) {
        this.#ownJid = jid;
    }

    setOwnAvatarHash(hash) {
        this.#ownAvatarHash = hash;
        this.#queueRender();
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

    reset() {
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

    #avatarHash(jid) {
        if (jid === this.#ownJid) {
            return this.#ownAvatarHash;
        }
        const contact = this.#contacts.rows.find((row) => row.jid === jid);
        return contact ? stringRole(contact, 'avatarHash') : '';
    }

    #render() {
        const rows = this.#feed.rows;
        const shown = !this.#section.hidden;
        const elements = keyedElements(rows, postKey, this.#views,
            () => new PostItem((row) => this.#onEdit(row), (row) => this.#actions.deletePost(stringRole(row, 'itemId'))),
            (view, row) => {
                const key = postKey(row);
                view.element.dataset.key = key;
                view.element.dataset.itemId = stringRole(row, 'itemId');
                view.update(row, this.#avatars.url(this.#avatarHash(stringRole(row, 'authorJid'))));
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
        syncChildren(this.#list, elements);
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
