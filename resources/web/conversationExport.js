// Export of the open conversation: a menu with the two formats that calls
// chats.exportConversation(jid, format), then the `conversationExport`
// messages of the linker, whose parts are joined and offered as a download
// under the suggested file name through a Blob URL.

import { createButton, createElement, setText } from './dom.js';
import { format, strings } from './strings.js';

// Time a Blob URL stays valid after its download started, in milliseconds.
const downloadUrlLifetimeMs = 60_000;

// Joins the parts of exports, which may arrive for several exports at once.
// This class uses no DOM API, so Node can test it directly.
export class ExportAssembler {
    #exports = new Map();

    // Adds one `conversationExport` message. Returns { jid, fileName, messageCount, content }
    // once every part of its export has arrived, otherwise null. Throws on a malformed message.
    add(message) {
        const { exportId, part, parts, content } = message;
        if (!Number.isInteger(exportId) || !Number.isInteger(parts) || parts < 1 || !Number.isInteger(part) || part < 0 || part >= parts
            || typeof content !== 'string' || typeof message.fileName !== 'string') {
            throw new Error('malformed conversationExport message');
        }
        let pending = this.#exports.get(exportId);
        if (!pending) {
            pending = { parts: new Array(parts), received: 0 };
            this.#exports.set(exportId, pending);
        }
        if (pending.parts[part] === undefined) {
            pending.received += 1;
        }
        pending.parts[part] = content;
        if (pending.received < pending.parts.length) {
            return null;
        }
        this.#exports.delete(exportId);
        return {
            jid: typeof message.jid === 'string' ? message.jid : '',
            fileName: message.fileName,
            messageCount: Number.isInteger(message.messageCount) ? message.messageCount : 0,
            content: pending.parts.join(''),
        };
    }

    clear() {
        this.#exports.clear();
    }
}

// Offers content as a download named fileName.
function download(fileName, content) {
    const type = fileName.endsWith('.json') ? 'application/json' : 'text/plain;charset=utf-8';
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = createElement('a', '', 'export-download');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), downloadUrlLifetimeMs);
}

export class ConversationExporter {
    #toggle;
    #menu;
    #status;
    #actions;
    #assembler = new ExportAssembler();
    #jid = '';

    // container contains the export button, its menu and a status line. actions is the page's ChatActions.
    constructor(container, actions) {
        this.#actions = actions;
        this.#toggle = createButton(strings.exportConversation, 'secondary small', 'export-toggle');
        this.#toggle.setAttribute('aria-label', strings.exportConversationLabel);
        this.#toggle.setAttribute('aria-expanded', 'false');
        this.#toggle.addEventListener('click', () => this.#setMenuOpen(this.#menu.hidden));
        this.#menu = createElement('div', 'export-menu inline-buttons', 'export-menu');
        this.#menu.hidden = true;
        for (const [formatName, text, testId] of [['text', strings.exportAsText, 'export-text'], ['json', strings.exportAsJson, 'export-json']]) {
            const button = createButton(text, 'small secondary', testId);
            button.addEventListener('click', () => this.#request(formatName));
            this.#menu.append(button);
        }
        this.#status = createElement('p', 'form-status export-status', 'export-status');
        this.#status.setAttribute('role', 'status');
        container.append(this.#toggle, this.#menu, this.#status);
    }

    // Sets the open conversation, '' for none.
    setJid(jid) {
        this.#jid = jid;
        this.#setMenuOpen(false);
        setText(this.#status, '');
    }

    // Applies one `conversationExport` message, downloading the export once it is complete.
    handleMessage(message) {
        let complete;
        try {
            complete = this.#assembler.add(message);
        } catch (error) {
            console.warn('Salon: ignored a conversationExport message:', error.message);
            return;
        }
        if (!complete) {
            return;
        }
        download(complete.fileName, complete.content);
        if (complete.jid === this.#jid) {
            setText(this.#status, format('exportReady', { count: complete.messageCount, file: complete.fileName }));
        }
    }

    // Clears the status of a requested export, when ChatService reported a failure.
    handleFailure() {
        if (this.#status.textContent === strings.exportPreparing) {
            setText(this.#status, '');
        }
    }

    reset() {
        this.#assembler.clear();
        this.setJid('');
    }

    #setMenuOpen(open) {
        this.#menu.hidden = !open;
        this.#toggle.setAttribute('aria-expanded', String(open));
    }

    async #request(formatName) {
        this.#setMenuOpen(false);
        if (this.#jid === '') {
            return;
        }
        setText(this.#status, strings.exportPreparing);
        const reply = await this.#actions.exportConversation(this.#jid, formatName);
        if (!reply.ok) {
            setText(this.#status, '');
        }
    }
}
