// The composer of microblog posts: a title, a Markdown body, tags and the
// visibility (everyone, or the user's contacts only). Publish calls
// microblog.publishPost, or microblog.editPost while the user edits one of
// their posts. The core renders the Markdown.
//
// What the user types is saved as the draft (microblog.saveDraft) a moment
// after the last key. The `microblog` object message brings the stored
// draft back after a reload or on another device, unless the user has
// started typing here.
//
// NOTE: attachments, link previews and a target community are not offered
// yet: the core's publishPost takes none of them. They go into #postFields(),
// with their controls in the hidden `composer-extensions` container.

import { setText } from './dom.js';
import { strings } from './strings.js';

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

    // form contains the elements named by the data-testid values below; actions is a SocialActions.
    constructor(form, actions) {
        this.#form = form;
        this.#actions = actions;
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
        };
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

    // Fills the composer with the user's post row of the `feed` model to edit it. The feed carries
    // no visibility, so the user chooses it again rather than a guess making a post public.
    // NOTE: the feed model has no Markdown source, so the body starts from the post's plain text.
    startEdit(row) {
        this.#cancelDraftTimer();
        this.#editedItemId = typeof row.itemId === 'string' ? row.itemId : '';
        this.#fill({
            title: row.title,
            body: row.plainText,
            tags: row.tags,
            visibility: '',
        });
        this.#dirty = false;
        this.#render();
        this.#elements.title.focus();
    }

    // Leaves the edit and shows the draft again.
    cancelEdit() {
        this.#editedItemId = '';
        this.#dirty = false;
        this.#fill(this.#draft);
        this.#render();
    }

    reset() {
        this.#cancelDraftTimer();
        this.#editedItemId = '';
        this.#dirty = false;
        this.#draft = {};
        this.#fill({});
        this.#render();
    }

    #fill({ title, body, tags, visibility }) {
        this.#elements.title.value = typeof title === 'string' ? title : '';
        this.#elements.body.value = typeof body === 'string' ? body : '';
        this.#elements.tags.value = Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string').join(', ') : '';
        const unchosen = visibility === '' && this.#editedItemId !== '';
        this.#elements.visibility.value = visibility === 'contacts' || unchosen ? visibility : 'public';
        this.#render();
    }

    // The post as the core's publishPost and editPost take it.
    #postFields() {
        return {
            title: this.#elements.title.value.trim(),
            markdown: this.#elements.body.value,
            tags: parseTags(this.#elements.tags.value),
            visibility: this.#elements.visibility.value,
        };
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
        if (fields.title === '' && fields.markdown.trim() === '') {
            this.#showStatus(strings.postEmpty, true);
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
        const reply = editing !== '' ? await this.#actions.editPost(editing, fields) : await this.#actions.publishPost(fields);
        this.#elements.publish.disabled = false;
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#editedItemId = '';
        this.#dirty = false;
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
    }

    #showStatus(text, isError) {
        setText(this.#elements.status, text);
        this.#elements.status.classList.toggle('error', isError);
    }
}
