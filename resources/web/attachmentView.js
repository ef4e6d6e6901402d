// The file that a message shares (out-of-band data, XEP-0066): an image
// inline, a video with its controls, and any other file as a card with its
// name and a link that opens it in a new tab. Roles used: attachmentUrl,
// attachmentType, attachmentName.
//
// The URL comes from the sender, so only http and https URLs are loaded or
// linked, and no referrer goes with them. An image that fails to load
// shows as a card instead.

import { createElement, setText, stringRole } from './dom.js';
import { format } from './strings.js';

// Returns whether the page may load or link url: https always, and http only while the page
// itself is served over http, since a browser blocks http content in an https page.
export function isLoadableUrl(url, pageProtocol = globalThis.location?.protocol ?? 'https:') {
    let parsed;
    try {
        parsed = new URL(url);
    } catch {
        return false;
    }
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && pageProtocol === 'http:');
}

export class AttachmentView {
    #url = '';
    #kind = '';
    #failedUrl = '';

    constructor() {
        this.element = createElement('div', 'attachment', 'attachment');
        this.element.hidden = true;
    }

    // Returns whether the row shares a file, which the view then shows.
    update(row) {
        const url = stringRole(row, 'attachmentUrl');
        const name = stringRole(row, 'attachmentName') || url;
        const type = stringRole(row, 'attachmentType');
        const loadable = url !== '' && isLoadableUrl(url);
        let kind = 'file';
        if (loadable && url !== this.#failedUrl && (type === 'image' || type === 'video')) {
            kind = type;
        }

        this.element.hidden = url === '' || row.retracted === true;
        if (this.element.hidden) {
            this.#url = '';
            this.element.replaceChildren();
            return false;
        }
        if (url !== this.#url || kind !== this.#kind) {
            this.#url = url;
            this.#kind = kind;
            this.element.dataset.kind = kind;
            this.element.replaceChildren(this.#create(kind, url, name, loadable));
        }
        return true;
    }

    #create(kind, url, name, loadable) {
        if (kind === 'image') {
            const link = this.#link(url, 'attachment-image-link', 'attachment-image-link');
            const image = createElement('img', 'attachment-image', 'attachment-image');
            image.referrerPolicy = 'no-referrer';
            image.loading = 'lazy';
            image.alt = name;
            image.addEventListener('error', () => {
                this.#failedUrl = url;
                this.#kind = 'file';
                this.element.dataset.kind = 'file';
                this.element.replaceChildren(this.#card(url, name, true));
            }, { once: true });
            image.src = url;
            link.append(image);
            return link;
        }
        if (kind === 'video') {
            const video = createElement('video', 'attachment-video', 'attachment-video');
            video.controls = true;
            video.preload = 'none';
            video.src = url;
            video.setAttribute('aria-label', name);
            return video;
        }
        return this.#card(url, name, loadable);
    }

    #card(url, name, loadable) {
        const card = createElement('div', 'attachment-card', 'attachment-card');
        const fileName = createElement('span', 'attachment-name', 'attachment-name');
        setText(fileName, name);
        card.append(fileName);
        if (loadable) {
            const link = this.#link(url, 'attachment-link', 'attachment-link');
            setText(link, format('attachmentLink', { name }));
            card.append(link);
        } else {
            card.title = format('attachmentUnsafe', { name });
        }
        return card;
    }

    #link(url, className, testId) {
        const link = createElement('a', className, testId);
        link.href = url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.referrerPolicy = 'no-referrer';
        return link;
    }
}
