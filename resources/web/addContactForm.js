// The "Add contact" form: chat address, optional name and group. It opens
// from the button next to the contacts heading, calls the core's
// addContact and shows the reply in the form. The core checks the
// address; the form only catches what is plainly not one.
//
// The core reports a failed addContact as a `notice` naming the address:
// before the invokeResult when it rejects the address itself, later when
// the server rejects the change. handleNotice() takes such notices for
// the address last submitted, so the form shows them instead of its
// confirmation.

import { format, strings } from './strings.js';

// A rough shape check: the core checks the address fully.
const addressShape = /^[^\s@]+@[^\s@]+$/;

// Reduces an address as typed to what the core names in its notices: no
// xmpp: prefix, no resource, lower case. Only for comparing.
function comparableJid(text) {
    return text.trim().replace(/^xmpp:/i, '').split(/[/?]/)[0].toLowerCase();
}

export class AddContactForm {
    #toggle;
    #form;
    #fieldset;
    #jid;
    #name;
    #group;
    #error;
    #status;
    #actions;
    // The submission waiting for its reply, { jid, failure }, or null.
    #pendingSubmission = null;
    // The address of the last submission that got its reply, while the form shows its outcome.
    #lastJid = '';

    constructor(toggle, form, actions) {
        this.#toggle = toggle;
        this.#form = form;
        this.#fieldset = form.querySelector('fieldset');
        this.#jid = form.elements.namedItem('jid');
        this.#name = form.elements.namedItem('name');
        this.#group = form.elements.namedItem('group');
        this.#error = form.querySelector('[data-testid="add-contact-error"]');
        this.#status = form.querySelector('[data-testid="add-contact-status"]');
        this.#actions = actions;

        toggle.addEventListener('click', () => (this.#form.hidden ? this.open() : this.close()));
        form.querySelector('[data-testid="add-contact-cancel"]').addEventListener('click', () => this.close());
        form.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.close();
            }
        });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#submit();
        });
    }

    open() {
        this.#form.hidden = false;
        this.#toggle.setAttribute('aria-expanded', 'true');
        this.#jid.focus();
    }

    close() {
        this.#lastJid = '';
        this.#form.hidden = true;
        this.#toggle.setAttribute('aria-expanded', 'false');
        this.#showError('');
        this.#status.textContent = '';
        this.#toggle.focus();
    }

    // Empties and closes the form, for example when the session ends.
    reset() {
        this.#pendingSubmission = null;
        this.#lastJid = '';
        this.#form.reset();
        this.#fieldset.disabled = false;
        this.#form.hidden = true;
        this.#toggle.setAttribute('aria-expanded', 'false');
        this.#showError('');
        this.#status.textContent = '';
    }

    async #submit() {
        const jid = this.#jid.value.trim();
        this.#status.textContent = '';
        if (jid === '') {
            this.#showError(strings.addContactMissingJid);
            this.#jid.focus();
            return;
        }
        if (!addressShape.test(jid)) {
            this.#showError(strings.addContactInvalidJid);
            this.#jid.focus();
            return;
        }

        this.#showError('');
        this.#fieldset.disabled = true;
        const submission = { jid, failure: '' };
        this.#pendingSubmission = submission;
        const reply = await this.#actions.addContact(jid, this.#name.value.trim(), this.#group.value.trim());
        if (this.#pendingSubmission !== submission) {
            // reset() ended the session meanwhile.
            return;
        }
        this.#pendingSubmission = null;
        this.#lastJid = jid;
        this.#fieldset.disabled = false;
        if (!reply.ok || submission.failure) {
            this.#showError(submission.failure || reply.message || strings.actionFailed);
            this.#jid.focus();
            return;
        }

        // The form stays open for the next contact; the new row appears in the list.
        this.#form.reset();
        this.#status.textContent = format('addContactSent', { jid });
        this.#jid.focus();
    }

    // Takes a `notice` about the address being added or just added, and
    // returns true when the form shows it.
    handleNotice(notice) {
        if (notice.object !== 'roster' || typeof notice.jid !== 'string' || typeof notice.message !== 'string') {
            return false;
        }
        const jid = comparableJid(notice.jid);
        if (this.#pendingSubmission && comparableJid(this.#pendingSubmission.jid) === jid) {
            this.#pendingSubmission.failure = notice.message;
            return true;
        }
        if (!this.#form.hidden && this.#lastJid !== '' && comparableJid(this.#lastJid) === jid) {
            this.#status.textContent = '';
            this.#showError(notice.message);
            return true;
        }
        return false;
    }

    #showError(message) {
        this.#error.textContent = message;
        this.#jid.setAttribute('aria-invalid', String(message !== ''));
    }
}
