// The mode of the composer's next send: a new message, a reply to a message
// or the correction of the user's newest message. A banner above the
// field shows the reply's quote or the edit, with a button that cancels it.
// Editing puts the message's text in the field and restores the draft that
// was there when it is cancelled.

import { setText, stringRole } from './dom.js';
import { format, strings } from './strings.js';

export class ComposerMode {
    #banner;
    #text;
    #cancel;
    #field;
    #onChange;
    #mode = 'message';
    #row = null;
    #draft = '';

    // banner contains the elements named by the data-testid values used below; field is the
    // composer's textarea. onChange() runs after every change of mode.
    constructor(banner, field, onChange) {
        this.#banner = banner;
        this.#text = banner.querySelector('[data-testid="composer-banner-text"]');
        this.#cancel = banner.querySelector('[data-testid="composer-banner-cancel"]');
        this.#field = field;
        this.#onChange = onChange;
        this.#cancel.addEventListener('click', () => {
            this.cancel();
            field.focus();
        });
        this.#render();
    }

    // 'message', 'reply' or 'edit'.
    get mode() {
        return this.#mode;
    }

    // The row that the reply or the edit is about, or null.
    get row() {
        return this.#row;
    }

    // The row's messageId, or 0.
    get messageId() {
        return Number.isInteger(this.#row?.messageId) ? this.#row.messageId : 0;
    }

    // Makes the next send a reply to row, a message of authorName.
    startReply(row, authorName) {
        this.#leaveEdit();
        this.#mode = 'reply';
        this.#row = row;
        const text = stringRole(row, 'body').replace(/\s+/g, ' ').trim();
        setText(this.#text, format('replyingTo', { name: authorName, text }));
        this.#render();
    }

    // Makes the next send the correction of row, whose text goes into the field.
    startEdit(row) {
        if (this.#mode !== 'edit') {
            this.#draft = this.#field.value;
        }
        this.#mode = 'edit';
        this.#row = row;
        this.#field.value = stringRole(row, 'body');
        setText(this.#text, strings.editingMessage);
        this.#render();
        this.#field.setSelectionRange(this.#field.value.length, this.#field.value.length);
    }

    // Returns to a new message; an edit puts the earlier draft back.
    cancel() {
        if (this.#mode === 'message') {
            return;
        }
        this.#leaveEdit();
        this.#reset();
    }

    // Returns to a new message after the reply or the correction was sent.
    finish() {
        this.#reset();
    }

    #leaveEdit() {
        if (this.#mode === 'edit') {
            this.#field.value = this.#draft;
            this.#draft = '';
        }
    }

    #reset() {
        this.#mode = 'message';
        this.#row = null;
        this.#draft = '';
        this.#render();
    }

    #render() {
        this.#banner.hidden = this.#mode === 'message';
        this.#banner.dataset.mode = this.#mode;
        this.#cancel.setAttribute('aria-label', this.#mode === 'edit' ? strings.cancelEditLabel : strings.cancelReplyLabel);
        this.#onChange();
    }
}
