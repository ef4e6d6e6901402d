// One microblog post in a list of posts: the feed, a community's page, a
// profile or the posts of a tag. It shows the author's avatar and name,
// the time, the title, the content, the attachments, the link preview,
// the tags, a "New" marker while unread and "Sending…" while the server
// has not confirmed it. The user's own posts offer Edit, and posts the
// user may retract (own, or canDelete) offer Delete, confirmed first.
// Once a post with a comments node is on screen, its comments model opens.
// The post then shows the counts of comments and likes with ♥ (the summary
// of CommentsPanel), for as many posts as handlers.summaries allows.
// "Comments" expands the list of comments.
//
// The content goes through postContent.js, so remote images load only
// after the user clicks the post's "Show images". Attached images of other
// people's posts load only when clicked, for the same reason; those of the
// user's own posts come from the user's server and load at once. Other
// attachments are links, and so is the link preview.

import { AvatarBadge } from './avatarBadge.js';
import { isLoadableUrl } from './attachmentView.js';
import { relativeTime } from './chatTime.js';
import { createButton, createElement, setText, stringRole, uniqueId } from './dom.js';
import { remoteImageCount, sanitizePostContent, showImages } from './postContent.js';
import { format, strings } from './strings.js';
import { formatSize } from './uploadList.js';

// The PostItem of each observed element, for the observer that opens the summaries.
const summaryViews = new WeakMap();
let summaryObserver = null;

function observeForSummary(view) {
    if (!summaryObserver && typeof IntersectionObserver === 'function') {
        summaryObserver = new IntersectionObserver((entries) => {
            for (const entry of entries) {
                if (entry.isIntersecting) {
                    summaryViews.get(entry.target)?.showSummary();
                }
            }
        });
    }
    if (summaryObserver) {
        summaryViews.set(view.element, view);
        summaryObserver.observe(view.element);
    }
}

function stopObserving(view) {
    summaryObserver?.unobserve(view.element);
    summaryViews.delete(view.element);
}

// Returns the key that names a post: its service, node and item id.
export function postKey(row) {
    const service = stringRole(row, 'service');
    const itemId = stringRole(row, 'itemId');
    return service === '' || itemId === '' ? '' : `${service}\n${stringRole(row, 'node')}\n${itemId}`;
}

// Returns the valid enclosures of row: { href, type, title, length } with an http or https href.
export function postEnclosures(row) {
    if (!Array.isArray(row.enclosures)) {
        return [];
    }
    return row.enclosures.filter((enclosure) => typeof enclosure?.href === 'string' && isLoadableUrl(enclosure.href)).map((enclosure) => ({
        href: enclosure.href,
        type: typeof enclosure.type === 'string' ? enclosure.type : '',
        title: typeof enclosure.title === 'string' && enclosure.title !== '' ? enclosure.title : fileNameOf(enclosure.href),
        length: Number.isInteger(enclosure.length) ? enclosure.length : 0,
    }));
}

// Returns the last path segment of url, decoded when it is valid percent-encoding.
function fileNameOf(url) {
    const segment = new URL(url).pathname.split('/').pop() || url;
    try {
        return decodeURIComponent(segment);
    } catch {
        return segment;
    }
}

// Returns the date and time of isoTime in the user's locale, or '' for an invalid time.
function fullTime(isoTime) {
    const time = new Date(isoTime);
    return Number.isNaN(time.getTime()) ? '' : time.toLocaleString();
}

export class PostItem {
    #contentHtml = null;

    #enclosuresKey = null;
    #comments = null;
    #handlers;
    // Whether the open summary of the comments uses one of handlers.summaries.
    #summaryHeld = false;

    // handlers: edit(row) and remove(row) for the user's actions, openTag(tag) to show a tag's
    // posts, and createComments(), which returns a CommentsPanel for the post's comments.
    // handlers.summaries is a SummaryBudget: reserve() returns whether one more post may show
    // its summary, and release() gives that back.
    constructor(handlers) {
        this.#handlers = handlers;
        const onEdit = (row) => handlers.edit(row);
        const onDelete = (row) => handlers.remove(row);
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
        this.community = createElement('span', 'post-community', 'post-community');
        byline.append(this.author, ' ', this.community, ' ', this.time, ' ', this.unread, ' ', this.pending);
        header.append(this.avatar.element, byline);

        this.title = createElement('h3', 'post-title', 'post-title');
        this.content = createElement('div', 'post-content', 'post-content');
        this.showImagesButton = createButton(strings.showImages, 'secondary small', 'post-show-images');
        this.showImagesButton.addEventListener('click', (event) => {
            event.stopPropagation();
            showImages(this.content);
            this.showImagesButton.hidden = true;
        });
        this.attachments = createElement('ul', 'post-attachments', 'post-attachments');
        this.attachments.setAttribute('aria-label', strings.postAttachmentsLabel);
        this.linkCard = createElement('div', 'link-card', 'post-link-card');
        this.linkTitle = createElement('a', 'link-card-title', 'link-card-title');
        this.linkTitle.target = '_blank';
        this.linkTitle.rel = 'noopener noreferrer nofollow';
        this.linkSite = createElement('span', 'link-card-site', 'link-card-site');
        this.linkCard.append(this.linkTitle, this.linkSite);
        this.tags = createElement('ul', 'post-tags', 'post-tags');
        this.tags.setAttribute('aria-label', strings.postTagsLabel);
        this.commentsToggle = createButton(strings.showComments, 'secondary small', 'post-comments-toggle');
        this.commentsToggle.setAttribute('aria-expanded', 'false');
        this.commentsToggle.addEventListener('click', () => this.#toggleComments());
        this.commentsSlot = createElement('div', 'post-comments');
        article.append(header, this.title, this.content, this.showImagesButton, this.attachments, this.linkCard, this.tags,
            this.#createActions(onEdit, onDelete), this.commentsSlot);
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
        this.editButton = edit;
        this.removeButton = remove;
        this.actions.append(edit, ' ', remove, this.confirmation);
        const wrapper = createElement('div');
        wrapper.className = 'post-footer';
        wrapper.append(this.commentsToggle, this.actions);
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
        const community = row.isCommunity === true ? stringRole(row, 'communityTitle') || stringRole(row, 'node') : '';
        setText(this.community, community === '' ? '' : `· ${community}`);
        this.community.hidden = community === '';
        this.#updateContent(row);
        this.#updateAttachments(row);
        this.#updateLink(row);
        this.#updateTags(Array.isArray(row.tags) ? row.tags.filter((tag) => typeof tag === 'string' && tag !== '') : []);

        // A post that waits for the server cannot be changed again before it arrives.
        const own = row.own === true;
        const canDelete = own || row.canDelete === true;
        this.editButton.hidden = !own;
        this.removeButton.hidden = !canDelete;
        this.actions.hidden = !canDelete || pending;
        const commentsUri = stringRole(row, 'commentsUri');
        this.commentsToggle.hidden = commentsUri === '' || pending;
        if (this.#comments?.isOpen && commentsUri === '') {
            this.closeComments();
        }
        if (commentsUri !== '' && !pending && !this.#comments?.isOpen) {
            observeForSummary(this);
        } else {
            stopObserving(this);
        }
    }

    // Opens the summary of the post's comments, when the post came on screen.
    showSummary() {
        const commentsUri = stringRole(this.row ?? {}, 'commentsUri');
        if (commentsUri === '' || this.#comments?.isOpen) {
            stopObserving(this);
            return;
        }
        if (this.#handlers.summaries && !this.#handlers.summaries.reserve()) {
            return;
        }
        stopObserving(this);
        this.#summaryHeld = this.#handlers.summaries !== undefined;
        this.#createPanel();
        this.#comments.open(commentsUri, false);
    }

    // Closes the post's comments, as when the post leaves the list.
    closeComments() {
        stopObserving(this);
        this.#comments?.close();
        this.#releaseSummary();
        this.#showExpanded(false);
    }

    // Forgets the post's comments without telling the linker, when the session has ended.
    resetComments() {
        stopObserving(this);
        this.#comments?.reset();
        this.#releaseSummary();
        this.#showExpanded(false);
    }

    #releaseSummary() {
        if (this.#summaryHeld) {
            this.#summaryHeld = false;
            this.#handlers.summaries.release();
        }
    }

    #showExpanded(expanded) {
        this.commentsToggle.setAttribute('aria-expanded', String(expanded));
        setText(this.commentsToggle, expanded ? strings.hideComments : strings.showComments);
    }

    #createPanel() {
        if (!this.#comments) {
            this.#comments = this.#handlers.createComments();
            this.commentsSlot.append(this.#comments.element);
        }
    }

    // Shows a notice about the post's comments; returns whether it did.
    handleNotice(notice) {
        return this.#comments?.handleNotice(notice) ?? false;
    }

    // Expands the comments, opening them when needed. Collapsing keeps the summary open when it
    // uses one of handlers.summaries, and otherwise closes the comments.
    #toggleComments() {
        if (this.#comments?.isOpen && this.#comments.expanded) {
            if (this.#summaryHeld) {
                this.#comments.setExpanded(false);
                this.#showExpanded(false);
            } else {
                this.closeComments();
            }
            return;
        }
        stopObserving(this);
        this.#createPanel();
        this.#showExpanded(true);
        this.#comments.open(stringRole(this.row, 'commentsUri'), true);
    }

    #updateAttachments(row) {
        const enclosures = postEnclosures(row);
        const own = row.own === true;
        const key = JSON.stringify([own, enclosures]);
        if (key === this.#enclosuresKey) {
            return;
        }
        this.#enclosuresKey = key;
        this.attachments.replaceChildren(...enclosures.map((enclosure) => {
            const item = createElement('li', 'post-attachment', 'post-attachment');
            if (enclosure.type.startsWith('image/')) {
                const image = createElement('img', 'post-attachment-image', 'post-attachment-image');
                image.alt = enclosure.title;
                image.referrerPolicy = 'no-referrer';
                if (own) {
                    image.src = enclosure.href;
                    item.append(image);
                } else {
                    const show = createButton(format('showImage', { name: enclosure.title }), 'secondary small', 'post-attachment-show');
                    show.addEventListener('click', () => {
                        image.src = enclosure.href;
                        show.replaceWith(image);
                    });
                    item.append(show);
                }
            } else {
                const link = createElement('a', 'post-attachment-link', 'post-attachment-link');
                link.href = enclosure.href;
                link.target = '_blank';
                link.rel = 'noopener noreferrer nofollow';
                setText(link, enclosure.length > 0 ? `${enclosure.title} (${formatSize(enclosure.length)})` : enclosure.title);
                item.append(link);
            }
            return item;
        }));
        this.attachments.hidden = enclosures.length === 0;
    }

    #updateLink(row) {
        const links = Array.isArray(row.links) ? row.links.filter((link) => typeof link?.href === 'string' && isLoadableUrl(link.href)) : [];
        this.linkCard.hidden = links.length === 0;
        if (links.length === 0) {
            return;
        }
        this.linkTitle.href = links[0].href;
        setText(this.linkTitle, stringRole(links[0], 'title') || links[0].href);
        setText(this.linkSite, new URL(links[0].href).host);
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
            const item = createElement('li', 'post-tag-item');
            const button = createButton(`#${tag}`, 'post-tag', 'post-tag');
            button.addEventListener('click', () => this.#handlers.openTag(tag));
            item.append(button);
            return item;
        }));
        this.tags.hidden = tags.length === 0;
    }
}

