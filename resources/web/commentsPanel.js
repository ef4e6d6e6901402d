// The comments and likes of one post (XEP-0277, section 4) under the
// post: a summary (the counts, ♥ and who liked) and, once the user
// expands it, the list of comments and the field for a new one. Opening
// the panel opens the post's comments model (`comments.open`, published
// as `comments/<commentsUri>`) and closing it closes the model, so a tab
// keeps only the comments it shows. The model's object message brings
// commentCount, likeCount, likedByMe, likers, loading and error.
//
// Each comment shows its author's avatar and name, its time, its content
// through postContent.js, "Sending…" while pending, and Delete where the
// core allows it (canDelete). ♥ likes the post or, when the user already
// likes it, takes the like back. Failures come as `notice` messages of
// `comments` with the commentsUri, and show in the panel.

import { AvatarBadge } from './avatarBadge.js';
import { relativeTime } from './chatTime.js';
import { createButton, createElement, keyedElements, setText, stringRole, syncChildren } from './dom.js';
import { sanitizePostContent } from './postContent.js';
import { format, strings } from './strings.js';

class CommentItem {
    constructor(onDelete) {
        this.element = createElement('li', 'comment', 'comment');
        this.avatar = new AvatarBadge(createElement('span', 'avatar small', 'comment-avatar'));
        const body = createElement('div', 'comment-body');
        const byline = createElement('div', 'comment-byline');
        this.author = createElement('span', 'comment-author', 'comment-author');
        this.time = createElement('time', 'comment-time', 'comment-time');
        this.pending = createElement('span', 'post-pending', 'comment-pending');
        setText(this.pending, strings.commentPending);
        this.remove = createButton(strings.deleteComment, 'secondary small danger', 'comment-delete');
        this.remove.addEventListener('click', () => onDelete(this.row));
        byline.append(this.author, ' ', this.time, ' ', this.pending, ' ', this.remove);
        this.content = createElement('div', 'comment-content', 'comment-content');
        body.append(byline, this.content);
        this.element.append(this.avatar.element, body);
        this.html = null;
    }

    update(row, person) {
        this.row = row;
        const jid = stringRole(row, 'authorJid');
        const name = stringRole(row, 'authorName') || jid;
        this.avatar.update(jid, name, person.avatarUrl(jid));
        setText(this.author, name);
        this.author.title = jid;
        const published = stringRole(row, 'published');
        this.time.dateTime = published;
        setText(this.time, relativeTime(published));
        this.pending.hidden = row.pending !== true;
        this.remove.hidden = row.canDelete !== true || row.pending === true;
        const html = stringRole(row, 'contentHtml');
        if (html !== this.html) {
            this.html = html;
            const fragment = sanitizePostContent(html);
            if (!fragment.hasChildNodes()) {
                fragment.append(document.createTextNode(stringRole(row, 'plainText')));
            }
            this.content.replaceChildren(fragment);
        }
    }
}

export class CommentsPanel {
    #actions;
    #models;
    #objects;
    #person;
    #uri = '';
    #modelName = '';
    #mirror = null;
    #unsubscribe = [];
    #views = new Map();
    #elements;
    #details;
    #expanded = false;

    // actions is a SocialActions, models the page's ModelStore, objects its ObjectStore, and
    // person.avatarUrl(jid) returns the avatar image of a JID, or ''.
    constructor(actions, models, objects, person) {
        this.#actions = actions;
        this.#models = models;
        this.#objects = objects;
        this.#person = person;
        this.element = createElement('div', 'comments-panel', 'comments-panel');
        this.element.hidden = true;
        const summary = createElement('div', 'comments-summary');
        const counts = createElement('span', 'comments-counts', 'comments-counts');
        const like = createButton(strings.likePost, 'secondary small', 'post-like');
        like.setAttribute('aria-pressed', 'false');
        like.addEventListener('click', () => this.#toggleLike());
        const likers = createElement('span', 'comments-likers', 'post-likers');
        summary.append(counts, ' ', like, ' ', likers);
        const status = createElement('p', 'form-status', 'comments-status');
        status.setAttribute('role', 'status');
        const list = createElement('ol', 'comment-list', 'comment-list');
        const empty = createElement('p', 'empty-list', 'comments-empty');
        setText(empty, strings.noComments);
        const form = createElement('form', 'inline-form comment-form', 'comment-form');
        form.noValidate = true;
        const field = createElement('textarea', 'comment-field', 'comment-field');
        field.rows = 2;
        field.placeholder = strings.commentPlaceholder;
        field.setAttribute('aria-label', strings.commentFieldLabel);
        const send = createButton(strings.sendComment, 'small', 'comment-send');
        send.type = 'submit';
        form.append(field, ' ', send);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#addComment();
        });
        field.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                this.#addComment();
            }
        });
        this.#details = createElement('div', 'comments-details', 'comments-details');
        this.#details.hidden = true;
        this.#details.append(list, empty, form);
        this.element.append(summary, status, this.#details);
        this.#elements = { counts, like, likers, status, list, empty, field, send };
    }

    get isOpen() {
        return this.#uri !== '';
    }

    // Whether the list of comments and the comment field show, not only the summary.
    get expanded() {
        return this.#expanded;
    }

    setExpanded(expanded) {
        this.#expanded = expanded;
        this.#details.hidden = !expanded;
        if (expanded) {
            this.#elements.field.focus();
        }
    }

    // Opens the comments of commentsUri and shows their summary, and their list when expanded.
    async open(commentsUri, expanded) {
        if (commentsUri === this.#uri) {
            this.setExpanded(expanded);
            return;
        }
        this.close();
        this.#uri = commentsUri;
        this.element.hidden = false;
        this.setExpanded(expanded);
        this.#showStatus(strings.loadingComments, false);
        const reply = await this.#actions.openComments(commentsUri);
        if (commentsUri !== this.#uri) {
            if (reply.ok) {
                this.#actions.closeComments(commentsUri);
            }
            return;
        }
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#showStatus('', false);
        this.#modelName = reply.model;
        this.#mirror = this.#models.get(reply.model);
        this.#unsubscribe = [
            this.#mirror.subscribe(() => this.#render()),
            this.#objects.subscribe(reply.model, () => this.#render()),
        ];
        this.#render();
    }

    // Hides the comments and closes their model.
    close() {
        if (this.#uri === '') {
            return;
        }
        const uri = this.#uri;
        const opened = this.#mirror !== null;
        this.reset();
        if (opened) {
            this.#actions.closeComments(uri);
        }
    }

    // Forgets the comments without telling the linker, when the session has ended.
    reset() {
        for (const unsubscribe of this.#unsubscribe) {
            unsubscribe();
        }
        this.#unsubscribe = [];
        this.#uri = '';
        this.#modelName = '';
        this.#mirror = null;
        this.#views.clear();
        this.#elements.list.replaceChildren();
        this.element.hidden = true;
        this.setExpanded(false);
    }

    // Shows a `comments` notice about these comments; returns whether it did.
    handleNotice(notice) {
        if (notice.object !== 'comments' || this.#uri === '' || notice.commentsUri !== this.#uri) {
            return false;
        }
        this.#showStatus(typeof notice.message === 'string' && notice.message !== '' ? notice.message : strings.actionFailed, true);
        return true;
    }

    async #addComment() {
        const text = this.#elements.field.value;
        if (text.trim() === '') {
            this.#showStatus(strings.commentEmpty, true);
            return;
        }
        const uri = this.#uri;
        this.#elements.send.disabled = true;
        const reply = await this.#actions.addComment(uri, text);
        this.#elements.send.disabled = false;
        if (uri !== this.#uri) {
            return;
        }
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#showStatus('', false);
        this.#elements.field.value = '';
    }

    async #toggleLike() {
        const liked = this.#objects.get(this.#modelName).likedByMe === true;
        const reply = liked ? await this.#actions.unlike(this.#uri) : await this.#actions.like(this.#uri);
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
        }
    }

    async #deleteComment(row) {
        const reply = await this.#actions.deleteComment(this.#uri, stringRole(row, 'itemId'));
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
        }
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
        const comments = Number.isInteger(properties.commentCount) ? properties.commentCount : rows.length;
        const likes = Number.isInteger(properties.likeCount) ? properties.likeCount : 0;
        setText(this.#elements.counts, `${format(comments === 1 ? 'commentCountOne' : 'commentCount', { count: comments })} · ${
            format(likes === 1 ? 'likeCountOne' : 'likeCount', { count: likes })}`);
        const liked = properties.likedByMe === true;
        this.#elements.like.setAttribute('aria-pressed', String(liked));
        setText(this.#elements.like, liked ? strings.unlikePost : strings.likePost);
        const likers = Array.isArray(properties.likers) ? properties.likers.filter((liker) => typeof liker === 'string') : [];
        setText(this.#elements.likers, likers.length > 0 ? format('likedBy', { names: likers.join(', ') }) : '');
        if (properties.loading === true && rows.length === 0) {
            this.#showStatus(strings.loadingComments, false);
        } else if (typeof properties.error === 'string' && properties.error !== '') {
            this.#showStatus(properties.error, true);
        } else if (this.#elements.status.textContent === strings.loadingComments) {
            this.#showStatus('', false);
        }

        const elements = keyedElements(rows, (row) => stringRole(row, 'itemId'), this.#views,
            () => new CommentItem((row) => this.#deleteComment(row)), (view, row) => {
                view.element.dataset.itemId = stringRole(row, 'itemId');
                view.update(row, this.#person);
            });
        syncChildren(this.#elements.list, elements);
        this.#elements.list.hidden = elements.length === 0;
        this.#elements.empty.hidden = elements.length > 0 || properties.loading === true;
    }
}
