// Files that the user sends from the browser, shown under the composer of
// their conversation. Each shows the page's own sending to Salon first.
// Then it shows the linker's upload to the user's server from the
// `transfers` model mirror (roles transferId, bytesDone, bytesTotal, state,
// error). Files go one after the other. A sent file leaves the list once its transfer is done;
// a failure stays with its reason until the user dismisses it.

import { createButton, createElement, setText, stringRole, syncChildren } from './dom.js';
import { FileUpload } from './fileUploader.js';
import { format, strings } from './strings.js';

const sizeUnits = ['sizeBytes', 'sizeKilobytes', 'sizeMegabytes', 'sizeGigabytes'];

// Returns bytes in units of 1024 with the short names that servers use: "512 bytes", "1.5 MB", "10 MB".
export function formatSize(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < sizeUnits.length - 1) {
        value /= 1024;
        unit += 1;
    }
    const whole = unit === 0 || value >= 100 || Math.abs(value - Math.round(value)) < 0.05;
    const count = new Intl.NumberFormat(strings.language, { maximumFractionDigits: whole ? 0 : 1 }).format(value);
    return format(sizeUnits[unit], { count });
}

function percentOf(done, total) {
    return total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
}

class UploadEntry {
    constructor(jid, file, onButton) {
        this.jid = jid;
        this.file = file;
        this.name = file.name || 'file';
        this.phase = 'waiting';
        this.sent = 0;
        this.transferId = 0;
        this.upload = null;
        this.element = createElement('li', 'upload', 'upload');
        this.text = createElement('span', 'upload-text', 'upload-text');
        this.progress = createElement('progress', 'upload-progress', 'upload-progress');
        this.progress.max = 100;
        this.button = createButton('', 'small secondary', 'upload-button');
        this.button.addEventListener('click', () => onButton(this));
        this.element.append(this.text, this.progress, this.button);
        this.element.setAttribute('role', 'status');
    }

    // Shows the phase: 'waiting' or 'sending' (to Salon), 'uploading' (to the server) or 'failed'.
    render(percent = 0, reason = '') {
        this.element.dataset.phase = this.phase;
        const failed = this.phase === 'failed';
        this.progress.hidden = failed;
        this.progress.value = percent;
        if (failed) {
            setText(this.text, format('uploadFailed', { name: this.name, reason }));
        } else {
            const key = this.phase === 'uploading' ? 'uploadUploading' : 'uploadSending';
            setText(this.text, format(key, { name: this.name, percent }));
        }
        setText(this.button, failed ? strings.uploadDismiss : strings.uploadCancel);
        this.button.dataset.testid = failed ? 'upload-dismiss' : 'upload-cancel';
        this.button.setAttribute('aria-label', failed ? strings.uploadDismiss : format('uploadCancelLabel', { name: this.name }));
    }
}

export class UploadList {
    #list;
    #transfers;
    #actions;
    #entries = [];
    #jid = '';
    #service = null;
    #running = false;

    // list is the ul under the composer, transfers the `transfers` model mirror and actions the
    // page's ChatActions.
    constructor(list, transfers, actions) {
        this.#list = list;
        this.#transfers = transfers;
        this.#actions = actions;
        transfers.subscribe(() => this.#followTransfers());
        this.#render();
    }

    // Applies the properties of the `uploadService` object: available and maxFileSize.
    setUploadService(properties) {
        this.#service = {
            available: properties.available === true,
            maxFileSize: Number.isInteger(properties.maxFileSize) ? properties.maxFileSize : 0,
        };
    }

    // Shows the files of the conversation with jid.
    setJid(jid) {
        this.#jid = jid;
        this.#render();
    }

    // Checks files, a list of File objects, and sends them to jid one after the other.
    send(jid, files) {
        for (const file of files) {
            const entry = new UploadEntry(jid, file, (clicked) => this.#handleButton(clicked));
            this.#entries.push(entry);
            const problem = this.#problemOf(file, entry.name);
            if (problem) {
                this.#fail(entry, problem);
            } else {
                entry.render();
            }
        }
        this.#render();
        this.#next();
    }

    // Forgets every file, when the session has ended; the linker dropped its uploads with the tab.
    reset() {
        for (const entry of this.#entries) {
            entry.upload?.cancel();
        }
        this.#entries = [];
        this.#service = null;
        this.#render();
    }

    #problemOf(file, name) {
        if (file.size === 0) {
            return format('uploadEmpty', { name });
        }
        if (this.#service && !this.#service.available) {
            return format('uploadUnavailable', { name });
        }
        if (this.#service && this.#service.maxFileSize > 0 && file.size > this.#service.maxFileSize) {
            return format('uploadTooLarge', { name, size: formatSize(file.size), limit: formatSize(this.#service.maxFileSize) });
        }
        return '';
    }

    async #next() {
        if (this.#running) {
            return;
        }
        const entry = this.#entries.find((candidate) => candidate.phase === 'waiting');
        if (!entry) {
            return;
        }
        this.#running = true;
        entry.phase = 'sending';
        entry.upload = new FileUpload((method, args) => this.#actions.upload(method, args), entry.jid, entry.file);
        entry.render(0);
        const reply = await entry.upload.send((sent) => {
            entry.sent = sent;
            entry.render(percentOf(sent, entry.file.size));
        });
        entry.upload = null;
        this.#running = false;
        if (reply.ok) {
            entry.phase = 'uploading';
            entry.transferId = reply.transferId;
            entry.render(0);
            this.#followTransfers();
        } else if (reply.error === 'cancelled') {
            this.#remove(entry);
        } else {
            this.#fail(entry, reply.message || strings.actionFailed);
        }
        this.#next();
    }

    #followTransfers() {
        for (const entry of [...this.#entries]) {
            if (entry.phase !== 'uploading') {
                continue;
            }
            const row = this.#transfers.rows.find((candidate) => candidate.transferId === entry.transferId);
            if (!row) {
                continue;
            }
            const state = stringRole(row, 'state');
            if (state === 'done' || state === 'cancelled') {
                this.#remove(entry);
            } else if (state === 'failed') {
                this.#fail(entry, stringRole(row, 'error') || strings.actionFailed);
            } else {
                const total = Number.isInteger(row.bytesTotal) ? row.bytesTotal : 0;
                entry.render(percentOf(Number.isInteger(row.bytesDone) ? row.bytesDone : 0, total));
            }
        }
    }

    #handleButton(entry) {
        if (entry.phase === 'sending') {
            entry.upload?.cancel();
        } else if (entry.phase === 'uploading') {
            this.#actions.cancelTransfer(entry.transferId);
        } else {
            this.#remove(entry);
        }
    }

    #fail(entry, reason) {
        entry.phase = 'failed';
        entry.render(0, reason);
        this.#render();
    }

    #remove(entry) {
        this.#entries = this.#entries.filter((candidate) => candidate !== entry);
        this.#render();
    }

    #render() {
        const shown = this.#entries.filter((entry) => entry.jid === this.#jid).map((entry) => entry.element);
        syncChildren(this.#list, shown);
        this.#list.hidden = shown.length === 0;
    }
}
