// The files attached to a post in the composer. Each file goes to the
// linker through FileUpload with an empty JID, which uploads it to the
// user's server without sending a message (see docs/protocol.md, Uploads).
// The file's row in the `transfers` model then brings its URL, and the
// post carries it as an Atom enclosure { href, type, title, length }.
// A file can be removed before the post is published: an upload still
// running is cancelled, and a finished one is left out of the post.

import { createButton, createElement, setText } from './dom.js';
import { FileUpload } from './fileUploader.js';
import { format, strings } from './strings.js';
import { formatSize } from './uploadList.js';

class Attachment {
    constructor(name, size, onRemove) {
        this.name = name;
        this.size = size;
        this.state = 'uploading';
        this.sent = 0;
        this.error = '';
        this.enclosure = null;
        this.transferId = 0;
        this.upload = null;
        this.element = createElement('li', 'composer-attachment', 'composer-attachment');
        this.text = createElement('span', 'composer-attachment-text', 'composer-attachment-text');
        const remove = createButton(strings.removeAttachment, 'secondary small', 'composer-attachment-remove');
        remove.setAttribute('aria-label', format('removeAttachmentLabel', { name }));
        remove.addEventListener('click', () => onRemove(this));
        this.element.append(this.text, ' ', remove);
    }

    render() {
        this.element.dataset.state = this.state;
        if (this.state === 'uploading') {
            const percent = this.size > 0 ? Math.floor((100 * this.sent) / this.size) : 0;
            setText(this.text, format('attachmentUploading', { name: this.name, percent }));
        } else if (this.state === 'failed') {
            setText(this.text, format('attachmentFailed', { name: this.name, error: this.error }));
        } else {
            setText(this.text, format('attachmentUploaded', { name: this.name, size: formatSize(this.size) }));
        }
    }
}

export class ComposerAttachments {
    #list;
    #transfers;
    #actions;
    #onChange;
    #entries = [];
    #maxFileSize = 0;
    #available = true;

    // list is the composer's ul of attachments, transfers the `transfers` model mirror, actions a
    // SocialActions, and onChange() runs when the attachments change.
    constructor(list, transfers, actions, onChange) {
        this.#list = list;
        this.#transfers = transfers;
        this.#actions = actions;
        this.#onChange = onChange;
        transfers.subscribe(() => this.#followTransfers());
        this.#render();
    }

    // Applies the properties of the `uploadService` object: available and maxFileSize.
    setUploadService(properties) {
        this.#available = properties.available === true;
        this.#maxFileSize = Number.isInteger(properties.maxFileSize) ? properties.maxFileSize : 0;
    }

    // Whether a file is still being uploaded.
    get busy() {
        return this.#entries.some((entry) => entry.state === 'uploading');
    }

    // The enclosures of the uploaded files, in the order the user added them.
    enclosures() {
        return this.#entries.filter((entry) => entry.state === 'done').map((entry) => entry.enclosure);
    }

    // Shows the enclosures of a post being edited, as uploaded files.
    setEnclosures(enclosures) {
        this.clear();
        for (const enclosure of Array.isArray(enclosures) ? enclosures : []) {
            if (typeof enclosure?.href !== 'string' || enclosure.href === '') {
                continue;
            }
            const name = typeof enclosure.title === 'string' && enclosure.title !== '' ? enclosure.title : enclosure.href.split('/').pop();
            const entry = new Attachment(name, Number.isInteger(enclosure.length) ? enclosure.length : 0, (clicked) => this.#remove(clicked));
            entry.state = 'done';
            entry.enclosure = {
                href: enclosure.href,
                type: typeof enclosure.type === 'string' ? enclosure.type : '',
                title: name,
                length: entry.size,
            };
            entry.render();
            this.#entries.push(entry);
        }
        this.#render();
    }

    // Uploads files, a list of File objects, each at once.
    add(files) {
        for (const file of files) {
            const entry = new Attachment(file.name || 'file', file.size, (clicked) => this.#remove(clicked));
            this.#entries.push(entry);
            const problem = this.#problemOf(file, entry.name);
            if (problem) {
                entry.state = 'failed';
                entry.error = problem;
                entry.render();
            } else {
                entry.render();
                this.#send(entry, file);
            }
        }
        this.#render();
    }

    // Removes every attachment, cancelling running uploads.
    clear() {
        for (const entry of this.#entries) {
            entry.upload?.cancel();
        }
        this.#entries = [];
        this.#render();
    }

    #problemOf(file, name) {
        if (!this.#available) {
            return strings.uploadNotAvailable;
        }
        if (file.size === 0) {
            return format('uploadEmpty', { name });
        }
        if (this.#maxFileSize > 0 && file.size > this.#maxFileSize) {
            return format('uploadTooLarge', { name, size: formatSize(file.size), limit: formatSize(this.#maxFileSize) });
        }
        return '';
    }

    async #send(entry, file) {
        entry.upload = new FileUpload((method, args) => this.#actions.upload(method, args), '', file);
        const reply = await entry.upload.send((sent) => {
            entry.sent = sent;
            entry.render();
        });
        if (!this.#entries.includes(entry)) {
            return;
        }
        if (!reply.ok) {
            entry.state = 'failed';
            entry.error = reply.message || strings.actionFailed;
        } else {
            entry.transferId = reply.transferId;
            entry.sent = entry.size;
        }
        entry.render();
        this.#followTransfers();
        this.#onChange();
    }

    // Takes the URL of each finished upload from its row of the `transfers` model.
    #followTransfers() {
        let changed = false;
        for (const entry of this.#entries) {
            if (entry.state !== 'uploading' || entry.transferId === 0) {
                continue;
            }
            const row = this.#transfers.rows.find((candidate) => candidate.transferId === entry.transferId);
            if (row?.state === 'done' && typeof row.url === 'string' && row.url !== '') {
                entry.state = 'done';
                entry.enclosure = {
                    href: row.url,
                    type: typeof row.mimeType === 'string' && row.mimeType !== '' ? row.mimeType : 'application/octet-stream',
                    title: typeof row.fileName === 'string' && row.fileName !== '' ? row.fileName : entry.name,
                    length: Number.isInteger(row.bytesTotal) && row.bytesTotal > 0 ? row.bytesTotal : entry.size,
                };
            } else if (row?.state === 'failed' || row?.state === 'cancelled') {
                entry.state = 'failed';
                entry.error = typeof row.error === 'string' && row.error !== '' ? row.error : strings.actionFailed;
            } else {
                continue;
            }
            entry.render();
            changed = true;
        }
        if (changed) {
            this.#onChange();
        }
    }

    #remove(entry) {
        entry.upload?.cancel();
        this.#entries = this.#entries.filter((candidate) => candidate !== entry);
        this.#render();
        this.#onChange();
    }

    #render() {
        this.#list.replaceChildren(...this.#entries.map((entry) => entry.element));
        this.#list.hidden = this.#entries.length === 0;
    }
}
