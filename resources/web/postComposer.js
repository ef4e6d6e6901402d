// The composer of microblog posts: a title, a Markdown body, tags, the
// visibility (everyone, or the user's contacts only), attached files, a
// link preview and the target, the user's blog or one of the communities
// the user subscribes to. Publish calls microblog.publishWithOptions, or
// microblog.editWithOptions while the user edits one of their posts. The
// core renders the Markdown.
//
// Files upload as soon as the user picks them (ComposerAttachments) and
// the post carries them as enclosures. "Preview link" requests the preview
// of the first http or https address in the text. Only then does the
// linker fetch the page, and the post carries it as a `links` entry.
//
// What the user types is saved as the draft (microblog.saveDraft) a moment
// after the last key. The `microblog` object message brings the stored
// draft back after a reload or on another device, unless the user has
// started typing here.
// NOTE: the draft keeps the title, text, tags and visibility, not the
// attachments, the preview or the target.

import { ComposerAttachments } from './composerAttachments.js';
import { setText, showStatus, stringRole } from './dom.js';
import { format, strings } from './strings.js';

// Time after the last edit before the draft is saved, in milliseconds.
const draftDelayMs = 800;

// Returns the tags typed into text, separated by commas: trimmed, without a leading '#', without
// empty or repeated ones.
export function parseTags(text) {
    const tags = [];
    for (const part of text.split(',')) {
        const tag = part.trim().replace(/^#+/, '').trim();
        if (tag !== '' && !tags.includes(tag)) {
            tags.push(tag);
        }
    }
    return tags;
}

// Returns the first http or https address in text, without trailing punctuation, or ''.
export function firstWebAddress(text) {
    const match = /\bhttps?:\/\/[^\s<>"]+/i.exec(text);
    if (!match) {
        return '';
    }
    const address = match[0].replace(/[.,;:!?)\]'}]+$/, '');
    try {
        return new URL(address).href === '' ? '' : address;
    } catch {
        return '';
    }
}

export class PostComposer {
    #form;
    #actions;
    #elements;
    // The item id of the post being edited, or ''.
    #editedItemId = '';
    // Whether the user typed since the last publish, discard or restored draft.
    #dirty = false;
    #draftTimer = 0;
    #draft = {};
    #attachments;
    #subscriptions;
    // The post being edited: its service and node, or null.
    #editedTarget = null;
    // The address whose preview was requested, and the preview shown: { href, title } or null.
    #previewUrl = '';
    #link = null;

    // form contains the elements named by the data-testid values below, and actions is a SocialActions.
    // transfers and subscriptions are the mirrors of the models of the same names.
    constructor(form, actions, transfers, subscriptions) {
        this.#form = form;
        this.#actions = actions;
        this.#subscriptions = subscriptions;
        const find = (testId) => form.querySelector(`[data-testid="${testId}"]`);
        this.#elements = {
            heading: find('composer-heading'),
            title: find('composer-title'),
            body: find('composer-body'),
            tags: find('composer-tags'),
            visibility: find('composer-visibility'),
            status: find('composer-status'),
            publish: find('composer-publish'),
            cancelEdit: find('composer-cancel-edit'),
            discard: find('composer-discard'),
            target: find('composer-target'),
            attach: find('composer-attach'),
            files: find('composer-files'),
            attachments: find('composer-attachments'),
            previewLink: find('composer-preview-link'),
            previewStatus: find('composer-preview-status'),
            linkCard: find('composer-link-card'),
            removePreview: find('composer-remove-preview'),
        };
        this.#attachments = new ComposerAttachments(this.#elements.attachments, transfers, actions, () => this.#render());
        this.#elements.attach.addEventListener('click', () => this.#elements.files.click());
        this.#elements.files.addEventListener('change', (event) => {
            event.stopPropagation();
            this.#attachments.add([...this.#elements.files.files]);
            this.#elements.files.value = '';
        });
        this.#elements.previewLink.addEventListener('click', () => this.#requestPreview());
        this.#elements.removePreview.addEventListener('click', () => this.#showLink(null));
        subscriptions.subscribe(() => this.#renderTargets());
        this.#renderTargets();
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#publish();
        });
        form.addEventListener('input', () => this.#edited());
        form.addEventListener('change', () => this.#edited());
        this.#elements.cancelEdit.addEventListener('click', () => this.cancelEdit());
        this.#elements.discard.addEventListener('click', () => this.#discard());
        this.#render();
    }

    // Takes the `microblog` object message, whose draft is { title, body, tags, visibility } or {}.
    handleObject(message) {
        if (message.object !== 'microblog') {
            return;
        }
        const draft = message.properties.draft;
        this.#draft = typeof draft === 'object' && draft !== null ? draft : {};
        if (!this.#dirty && this.#editedItemId === '') {
            this.#fill(this.#draft);
        }
    }

    // Applies the `uploadService` object: whether files can be attached, and their maximum size.
    setUploadService(properties) {
        this.#attachments.setUploadService(properties);
    }

    // Takes a `linkPreviews` event: the preview that the composer requested, or why there is none.
    handleEvent(message) {
        if (message.object !== 'linkPreviews' || message.url !== this.#previewUrl || this.#previewUrl === '') {
            return;
        }
        this.#previewUrl = '';
        if (message.event === 'previewReady') {
            const preview = typeof message.preview === 'object' && message.preview !== null ? message.preview : {};
            this.#showPreviewStatus('', false);
            this.#showLink({
                href: stringRole(preview, 'canonicalUrl') || stringRole(preview, 'url') || message.url,
                title: stringRole(preview, 'title'),
                description: stringRole(preview, 'description'),
                siteName: stringRole(preview, 'siteName'),
            });
        } else if (message.event === 'previewFailed') {
            this.#showPreviewStatus(typeof message.message === 'string' && message.message !== '' ? message.message : strings.actionFailed, true);
        }
    }

    // Fills the composer with the user's post row of the `feed` model, or of a page of posts, to
    // edit it. Without the `visibility` role the user chooses it again rather than a guess making
    // a post public. Without the `markdown` role the body starts from the post's plain text.
    startEdit(row) {
        this.#cancelDraftTimer();
        this.#editedItemId = typeof row.itemId === 'string' ? row.itemId : '';
        this.#editedTarget = { service: stringRole(row, 'service'), node: stringRole(row, 'node'), community: row.isCommunity === true };
        const markdown = stringRole(row, 'markdown');
        const visibility = stringRole(row, 'visibility');
        this.#fill({
            title: row.title,
            body: markdown !== '' ? markdown : row.plainText,
            tags: row.tags,
            visibility: visibility === 'public' || visibility === 'contacts' ? visibility : '',
        });
        this.#attachments.setEnclosures(row.enclosures);
        const links = Array.isArray(row.links) ? row.links.filter((link) => typeof link?.href === 'string' && link.href !== '') : [];
        this.#showLink(links.length > 0 ? { href: links[0].href, title: stringRole(links[0], 'title'), description: '', siteName: '' } : null);
        this.#dirty = false;
        this.#render();
        this.#elements.title.focus();
    }

    // Leaves the edit and shows the draft again.
    cancelEdit() {
        this.#editedItemId = '';
        this.#editedTarget = null;
        this.#dirty = false;
        this.#attachments.clear();
        this.#showLink(null);
        this.#fill(this.#draft);
        this.#render();
    }

    reset() {
        this.#cancelDraftTimer();
        this.#editedItemId = '';
        this.#editedTarget = null;
        this.#dirty = false;
        this.#draft = {};
        this.#attachments.clear();
        this.#showLink(null);
        this.#showPreviewStatus('', false);
        this.#fill({});
        this.#render();
    }

    // Chooses the community service/node as the target of the next post, as from a community's page.
    setTarget(service, node) {
        const value = `${service}\n${node}`;
        if ([...this.#elements.target.options].some((option) => option.value === value)) {
            this.#elements.target.value = value;
        }
    }

    #fill({ title, body, tags, visibility }) {
        this.#elements.title.value = typeof title === 'string' ? title : '';
        this.#elements.body.value = typeof body === 'string' ? body : '';
        this.#elements.tags.value = Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string').join(', ') : '';
        const unchosen = visibility === '' && this.#editedItemId !== '';
        this.#elements.visibility.value = visibility === 'contacts' || unchosen ? visibility : 'public';
        this.#render();
    }

    // The post as the draft keeps it.
    #postFields() {
        return {
            title: this.#elements.title.value.trim(),
            markdown: this.#elements.body.value,
            tags: parseTags(this.#elements.tags.value),
            visibility: this.#elements.visibility.value,
        };
    }

    // The post as publishWithOptions and editWithOptions take it.
    #postOptions() {
        const options = {
            ...this.#postFields(),
            enclosures: this.#attachments.enclosures(),
            links: this.#link ? [{ href: this.#link.href, title: this.#link.title }] : [],
            service: '',
            node: '',
        };
        if (this.#editedTarget) {
            // An edit stays where the post is: the user's blog has the service of the user's JID.
            if (this.#editedTarget.community) {
                options.service = this.#editedTarget.service;
                options.node = this.#editedTarget.node;
            }
            return options;
        }
        const target = this.#elements.target.value;
        const separator = target.indexOf('\n');
        if (separator > 0) {
            options.service = target.slice(0, separator);
            options.node = target.slice(separator + 1);
        }
        return options;
    }

    #requestPreview() {
        const url = firstWebAddress(this.#elements.body.value);
        if (url === '') {
            this.#showPreviewStatus(strings.previewLinkMissing, true);
            return;
        }
        this.#previewUrl = url;
        this.#showPreviewStatus(format('previewLoading', { url }), false);
        this.#actions.requestPreview(url);
    }

    // Shows link, { href, title, description, siteName }, as the post's preview card, or none for null.
    #showLink(link) {
        this.#link = link;
        const card = this.#elements.linkCard;
        card.hidden = link === null;
        if (!link) {
            return;
        }
        const title = card.querySelector('[data-testid="link-card-title"]');
        title.href = link.href;
        setText(title, link.title || link.href);
        const description = card.querySelector('[data-testid="link-card-description"]');
        setText(description, link.description);
        description.hidden = link.description === '';
        const site = card.querySelector('[data-testid="link-card-site"]');
        setText(site, link.siteName || new URL(link.href).host);
    }

    #showPreviewStatus(text, isError) {
        setText(this.#elements.previewStatus, text);
        this.#elements.previewStatus.classList.toggle('error', isError);
    }

    // Lists the user's blog and the communities the user subscribes to as targets.
    #renderTargets() {
        const select = this.#elements.target;
        const chosen = select.value;
        const options = [new Option(strings.postTargetBlog, '')];
        for (const row of this.#subscriptions.rows) {
            if (stringRole(row, 'state') !== 'subscribed' || stringRole(row, 'service') === '' || stringRole(row, 'node') === '') {
                continue;
            }
            options.push(new Option(stringRole(row, 'displayTitle') || row.node, `${row.service}\n${row.node}`));
        }
        select.replaceChildren(...options);
        select.value = options.some((option) => option.value === chosen) ? chosen : '';
    }

    #edited() {
        this.#dirty = true;
        this.#showStatus('', false);
        this.#render();
        if (this.#editedItemId !== '') {
            return;
        }
        this.#cancelDraftTimer();
        this.#draftTimer = setTimeout(() => {
            this.#draftTimer = 0;
            this.#saveDraft();
        }, draftDelayMs);
    }

    #saveDraft() {
        const fields = this.#postFields();
        if (fields.title === '' && fields.markdown.trim() === '' && fields.tags.length === 0) {
            this.#actions.discardDraft();
            return;
        }
        this.#actions.saveDraft(fields);
    }

    #cancelDraftTimer() {
        if (this.#draftTimer) {
            clearTimeout(this.#draftTimer);
            this.#draftTimer = 0;
        }
    }

    async #publish() {
        const fields = this.#postFields();
        if (fields.title === '' && fields.markdown.trim() === '' && this.#attachments.enclosures().length === 0) {
            this.#showStatus(strings.postEmpty, true);
            return;
        }
        if (this.#attachments.busy) {
            this.#showStatus(strings.attachmentsBusy, true);
            return;
        }
        if (fields.visibility !== 'public' && fields.visibility !== 'contacts') {
            this.#showStatus(strings.postVisibilityMissing, true);
            this.#elements.visibility.focus();
            return;
        }
        this.#cancelDraftTimer();
        this.#elements.publish.disabled = true;
        const editing = this.#editedItemId;
        const options = this.#postOptions();
        const reply = editing !== '' ? await this.#actions.editWithOptions(editing, options) : await this.#actions.publishWithOptions(options);
        this.#elements.publish.disabled = false;
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#editedItemId = '';
        this.#editedTarget = null;
        this.#dirty = false;
        this.#attachments.clear();
        this.#showLink(null);
        this.#showPreviewStatus('', false);
        if (editing === '') {
            this.#draft = {};
            this.#actions.discardDraft();
            this.#fill({});
        } else {
            this.#fill(this.#draft);
        }
        this.#showStatus(editing !== '' ? strings.postUpdated : strings.postPublished, false);
    }

    #discard() {
        this.#cancelDraftTimer();
        this.#attachments.clear();
        this.#showLink(null);
        this.#showPreviewStatus('', false);
        this.#dirty = false;
        this.#draft = {};
        this.#actions.discardDraft();
        this.#fill({});
        this.#elements.title.focus();
    }

    #render() {
        const editing = this.#editedItemId !== '';
        this.#form.dataset.mode = editing ? 'edit' : 'new';
        setText(this.#elements.heading, editing ? strings.editPostHeading : strings.newPostHeading);
        setText(this.#elements.publish, editing ? strings.savePost : strings.publishPost);
        this.#elements.cancelEdit.hidden = !editing;
        this.#elements.discard.hidden = editing;
        // An edited post stays where it was published.
        this.#elements.target.disabled = editing;
    }

    #showStatus(text, isError) {
        showStatus(this.#elements.status, text, isError);
    }
}
