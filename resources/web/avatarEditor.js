// The user's own avatar in the "Edit my profile" form: the current image,
// an input of type file that publishes the chosen image through
// `avatarPublisher.publishData`, and a button that removes the avatar
// through `avatars.removeOwnAvatar` (docs/protocol.md).
//
// A change takes effect apart from the form's Save button. It is done when
// the `avatars` object brings another ownAvatarHash. A failure comes as a
// notice from `avatarPublisher` or `avatars`, which the notice area shows
// and which ends the change here too.

import { AvatarBadge } from './avatarBadge.js';
import { AvatarImageError, prepareAvatar } from './avatarImage.js';
import { setText } from './dom.js';
import { format, strings } from './strings.js';

// NOTE: publishing an image identical to the current avatar changes no hash, so
// no message ends the change. The editor stops waiting after this time.
const maxPendingMs = 20_000;

export class AvatarEditor {
    #badge;
    #input;
    #removeButton;
    #error;
    #status;
    #avatars;
    #actions;
    #jid = '';
    #ownHash = '';
    // The change that waits for the core: 'publish', 'remove' or ''.
    #pending = '';
    // The change that ended with a new hash, 'publish' or 'remove', confirmed until the next one starts.
    #done = '';
    #pendingTimer = 0;

    // container contains the elements named by the data-testid values used below,
    // avatars is the page's AvatarCache and actions its ContactActions.
    constructor(container, avatars, actions) {
        this.#avatars = avatars;
        this.#actions = actions;
        this.#badge = new AvatarBadge(container.querySelector('[data-testid="own-avatar"]'));
        this.#input = container.querySelector('[data-testid="avatar-file"]');
        this.#removeButton = container.querySelector('[data-testid="avatar-remove"]');
        this.#error = container.querySelector('[data-testid="avatar-error"]');
        this.#status = container.querySelector('[data-testid="avatar-status"]');

        this.#input.addEventListener('change', () => this.#publishChosenFile());
        this.#removeButton.addEventListener('click', () => this.#remove());
        avatars.subscribe(() => this.#render());
        this.#render();
    }

    setJid(jid) {
        this.#jid = jid;
        this.#render();
    }

    // Takes ownAvatarHash of the `avatars` object; a new value ends the pending change.
    setOwnAvatarHash(hash) {
        const changed = hash !== this.#ownHash;
        this.#ownHash = hash;
        if (changed) {
            const completed = this.#pending;
            this.#finish('');
            this.#done = completed;
        }
        this.#render();
    }

    // Takes a `notice` message; one from avatarPublisher or avatars ends the pending change.
    // The caller shows the notice itself.
    handleNotice(message) {
        if (message.object === 'avatarPublisher' || message.object === 'avatars') {
            this.#finish('');
        }
    }

    // Returns to the state before sign-in.
    reset() {
        this.#finish('');
        this.#ownHash = '';
        this.#jid = '';
        this.#input.value = '';
        setText(this.#error, '');
        this.#render();
    }

    #render() {
        this.#badge.element.dataset.hash = this.#ownHash;
        this.#badge.update(this.#jid, this.#jid, this.#avatars.url(this.#ownHash));
        const busy = this.#pending !== '';
        this.#input.disabled = busy;
        this.#removeButton.disabled = busy || this.#ownHash === '';
        let status = '';
        if (this.#pending === 'publish') {
            status = strings.avatarPublishing;
        } else if (this.#pending === 'remove') {
            status = strings.avatarRemoving;
        } else if (this.#done === 'publish') {
            status = strings.avatarPublished;
        } else if (this.#done === 'remove') {
            status = strings.avatarRemoved;
        }
        setText(this.#status, status);
    }

    #start(kind) {
        clearTimeout(this.#pendingTimer);
        this.#pending = kind;
        this.#pendingTimer = setTimeout(() => this.#finish(''), maxPendingMs);
        this.#render();
    }

    // Ends the pending change and shows error, unless it is ''.
    #finish(error) {
        clearTimeout(this.#pendingTimer);
        this.#pending = '';
        this.#done = '';
        setText(this.#error, error);
        this.#render();
    }

    async #publishChosenFile() {
        const file = this.#input.files?.[0];
        // The same file chosen again is a new change event only once the value is cleared.
        this.#input.value = '';
        if (!file) {
            return;
        }
        setText(this.#error, '');
        this.#start('publish');

        let prepared;
        try {
            prepared = await prepareAvatar(file);
        } catch (error) {
            this.#finish(error instanceof AvatarImageError ? error.message : format('avatarEncodingFailed', { file: file.name }));
            return;
        }
        const reply = await this.#actions.publishAvatar(prepared.fileName, prepared.base64);
        // ContactActions shows a rejected call in the notice area.
        if (!reply.ok && this.#pending === 'publish') {
            this.#finish('');
        }
    }

    async #remove() {
        setText(this.#error, '');
        this.#start('remove');
        const reply = await this.#actions.removeOwnAvatar();
        if (!reply.ok && this.#pending === 'remove') {
            this.#finish('');
        }
    }
}
