// Tells the linker while the user writes in a conversation, so that the
// peer's client shows it (chat states, XEP-0085): chats.setComposing(jid, true) on
// edits of the draft, at most once every few seconds, and false once the
// draft is emptied. The linker sends "paused" by itself after 10 seconds
// without an edit, so a repeat is needed only while the user keeps writing.

// Time between two reports of ongoing edits, in milliseconds; below the linker's pause of 10 s.
const repeatMs = 5000;

export class TypingNotifier {
    #setComposing;
    #now;
    #jid = '';
    #composing = false;
    #lastReport = 0;

    // setComposing(jid, composing) calls the linker; now() returns the time in milliseconds.
    constructor(setComposing, now = () => Date.now()) {
        this.#setComposing = setComposing;
        this.#now = now;
    }

    // Reports the draft text of the conversation with jid after an edit.
    edited(jid, text) {
        if (jid !== this.#jid) {
            this.reset();
            this.#jid = jid;
        }
        if (text.trim() === '') {
            if (this.#composing) {
                this.#composing = false;
                this.#setComposing(jid, false);
            }
            return;
        }
        const now = this.#now();
        if (!this.#composing || now - this.#lastReport >= repeatMs) {
            this.#composing = true;
            this.#lastReport = now;
            this.#setComposing(jid, true);
        }
    }

    // Forgets the state without a report, after a send, whose message carries the state active.
    reset() {
        this.#composing = false;
        this.#lastReport = 0;
    }
}
