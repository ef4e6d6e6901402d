// The avatar images that the page shows: the `avatars.requestImage` invoke and
// the `avatarImage` messages of docs/protocol.md.
//
// The image behind a hash never changes, so the cache requests each hash
// once and keeps the image as a blob: URL until clear(), at sign-out. Views ask
// for a hash with url() while they render, and re-render when subscribe()
// reports that its image arrived. The image data never becomes markup: the
// page sets the URL as the src property of an img element.
//
// This module uses only Blob, URL and atob, which Node has too, so Node can
// test it directly.

// The types that the server sends, checked against the image's first bytes.
export const avatarMimeTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

// Returns whether value is an avatar hash: a SHA-1 as 40 lowercase hex digits.
export function isAvatarHash(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);
}

// Returns the bytes of base64 text, or null when it is not valid base64.
function decodeBase64(text) {
    let binary;
    try {
        binary = atob(text);
    } catch {
        return null;
    }
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}

export class AvatarCache {
    #requestImage;
    #createObjectUrl;
    #revokeObjectUrl;
    // Hash to { state, url }: state is 'requested', 'ready' (url is set) or 'missing'.
    #entries = new Map();
    #listeners = new Set();
    // Incremented by clear(), so replies to requests made before it are ignored.
    #generation = 0;

    // requestImage(hash) sends the invoke and resolves with its reply, { ok, … }
    // (see Invoker.call). The two URL functions default to the browser's and
    // are replaceable for tests.
    constructor(requestImage, {
        createObjectUrl = (blob) => URL.createObjectURL(blob),
        revokeObjectUrl = (url) => URL.revokeObjectURL(url),
    } = {}) {
        this.#requestImage = requestImage;
        this.#createObjectUrl = createObjectUrl;
        this.#revokeObjectUrl = revokeObjectUrl;
    }

    // Returns the blob: URL of the image with the given hash, or '' when the
    // page has no image for it (yet). The first call for a hash requests the image.
    url(hash) {
        if (!isAvatarHash(hash)) {
            return '';
        }
        const entry = this.#entries.get(hash);
        if (!entry) {
            this.#request(hash);
            return '';
        }
        return entry.state === 'ready' ? entry.url : '';
    }

    // Calls listener(hash) each time the image of hash arrives. Returns a
    // function that removes the listener.
    subscribe(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }

    // Takes an `avatarImage` message, including one that another tab signed in
    // to the same account requested. Returns true when it stored a new image.
    handleImage(message) {
        const hash = message.hash;
        if (!isAvatarHash(hash) || this.#entries.get(hash)?.state === 'ready') {
            return false;
        }

        const data = typeof message.data === 'string' && message.data !== '' ? message.data : '';
        const bytes = data !== '' && avatarMimeTypes.has(message.mimeType) ? decodeBase64(data) : null;
        if (!bytes) {
            // The server has no image for the hash, or sent one that the page does not show.
            // The hash is not requested again, so its rows keep the placeholder.
            this.#entries.set(hash, { state: 'missing', url: '' });
            return false;
        }

        const url = this.#createObjectUrl(new Blob([bytes], { type: message.mimeType }));
        this.#entries.set(hash, { state: 'ready', url });
        for (const listener of [...this.#listeners]) {
            listener(hash);
        }
        return true;
    }

    // Forgets every image and releases its URL, for example at sign-out.
    clear() {
        this.#generation += 1;
        for (const entry of this.#entries.values()) {
            if (entry.state === 'ready') {
                this.#revokeObjectUrl(entry.url);
            }
        }
        this.#entries.clear();
    }

    async #request(hash) {
        this.#entries.set(hash, { state: 'requested', url: '' });
        const generation = this.#generation;
        const reply = await this.#requestImage(hash);
        // A rejected call brings no image, so the rows keep their placeholder.
        if (!reply.ok && generation === this.#generation && this.#entries.get(hash)?.state === 'requested') {
            this.#entries.set(hash, { state: 'missing', url: '' });
        }
    }
}
