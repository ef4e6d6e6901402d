// Sends one file from the browser to the linker through the `uploads`
// object (see docs/protocol.md). It calls begin, then append once per chunk,
// each after the reply to the previous one, so that no more than one chunk
// is on its way. The reply to the final finish names the transfer that
// uploads the file to the user's server.
//
// This module uses no DOM API, so Node can test it directly.

// Bytes per chunk: the linker takes at most 45 KiB, whose base64 keeps the invoke message below 64 KiB.
export const chunkBytes = 45 * 1024;

let nextKey = 1;

// Returns bytes, a Uint8Array, as base64.
export function base64Of(bytes) {
    let binary = '';
    // String.fromCharCode takes a limited number of arguments.
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    }
    return btoa(binary);
}

export class FileUpload {
    #call;
    #file;
    #jid;
    #key = `upload-${nextKey++}-${Math.random().toString(36).slice(2, 10)}`;
    #cancelled = false;
    #begun = false;

    // call(method, args) calls uploads.method and resolves with the reply. file is a File or a Blob with a name.
    constructor(call, jid, file) {
        this.#call = call;
        this.#jid = jid;
        this.#file = file;
    }

    get key() {
        return this.#key;
    }

    // Sends the file; onProgress(bytesSent) follows each chunk. Resolves with the reply of finish,
    // { ok, transferId }, or with the first failed reply. A cancelled upload resolves with
    // { ok: false, error: 'cancelled' }.
    async send(onProgress = () => {}) {
        const begun = await this.#call('begin', [this.#key, this.#jid, this.#file.name || 'file', this.#file.size]);
        if (!begun.ok) {
            return begun;
        }
        this.#begun = true;
        for (let offset = 0; offset < this.#file.size; offset += chunkBytes) {
            if (this.#cancelled) {
                return this.#cancelledReply();
            }
            let bytes;
            try {
                bytes = new Uint8Array(await this.#file.slice(offset, offset + chunkBytes).arrayBuffer());
            } catch (error) {
                await this.#call('cancel', [this.#key]);
                return { ok: false, error: 'readFailed', message: error.message, transferId: 0 };
            }
            const appended = await this.#call('append', [this.#key, base64Of(bytes)]);
            if (!appended.ok) {
                // The linker dropped the upload, or keeps it for a retry that this page does not make.
                await this.#call('cancel', [this.#key]);
                return appended;
            }
            onProgress(Math.min(offset + bytes.length, this.#file.size));
        }
        if (this.#cancelled) {
            return this.#cancelledReply();
        }
        const finished = await this.#call('finish', [this.#key]);
        this.#begun = false;
        return finished;
    }

    // Stops sending after the chunk on its way; the linker deletes what arrived.
    cancel() {
        this.#cancelled = true;
    }

    async #cancelledReply() {
        if (this.#begun) {
            this.#begun = false;
            await this.#call('cancel', [this.#key]);
        }
        return { ok: false, error: 'cancelled', message: '', transferId: 0 };
    }
}
