// The "Edit my profile" form: the user's own vCard fields, published
// through ProfileService (`profiles`). Opening it requests the own profile,
// and its fields are filled from the `profileCards` row of the own JID
// until the user types. The form also contains the AvatarEditor, whose
// controls are outside the fieldset and work on their own.

import { stringRole } from './dom.js';
import { strings } from './strings.js';

// Names of the form's inputs, which are also the keys of publishOwnProfile.
// The location is one free-text field, published as the vCard address label.
const fieldNames = ['fullName', 'nickname', 'about', 'url', 'address'];

export class ProfileForm {
    #toggle;
    #form;
    #mirror;
    #actions;
    #onSaved;
    #jid = '';
    #edited = false;

    // onSaved(jid) runs after the core accepted the request to publish.
    constructor(toggle, form, mirror, actions, onSaved) {
        this.#toggle = toggle;
        this.#form = form;
        this.#mirror = mirror;
        this.#actions = actions;
        this.#onSaved = onSaved;

        toggle.addEventListener('click', () => (form.hidden ? this.open() : this.close()));
        form.querySelector('[data-testid="profile-edit-cancel"]').addEventListener('click', () => this.close());
        form.addEventListener('input', (event) => {
            if (!event.target.closest('[data-avatar-editor], [data-public-page-setting]')) {
                this.#edited = true;
            }
        });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#save();
        });
        form.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.close();
            }
        });
        mirror.subscribe(() => this.#fillFromModel());
    }

    setJid(jid) {
        this.#jid = jid;
    }

    open() {
        this.#edited = false;
        this.#setStatus('');
        this.#form.hidden = false;
        this.#toggle.setAttribute('aria-expanded', 'true');
        this.#fillFromModel();
        this.#actions.requestProfile(this.#jid);
        this.#form.elements.fullName.focus();
    }

    close() {
        this.#form.hidden = true;
        this.#toggle.setAttribute('aria-expanded', 'false');
        this.#setBusy(false);
    }

    reset() {
        this.#form.reset();
        this.close();
    }

    // The user's own entries win over the profile that arrives after opening.
    #fillFromModel() {
        if (this.#form.hidden || this.#edited || this.#jid === '') {
            return;
        }
        const row = this.#mirror.rows.find((candidate) => stringRole(candidate, 'jid') === this.#jid);
        if (!row) {
            return;
        }
        // The model joins a locality and a country into one location, which goes into the free-text field.
        const values = {
            fullName: stringRole(row, 'fullName'),
            nickname: stringRole(row, 'nickname'),
            about: stringRole(row, 'about'),
            url: stringRole(row, 'url'),
            address: stringRole(row, 'location'),
        };
        for (const name of fieldNames) {
            this.#form.elements[name].value = values[name];
        }
    }

    async #save() {
        const fields = {};
        for (const name of fieldNames) {
            fields[name] = this.#form.elements[name].value.trim();
        }
        this.#setBusy(true);
        this.#setStatus(strings.profileSaving);
        const reply = await this.#actions.publishOwnProfile(fields);
        this.#setBusy(false);
        if (reply.ok) {
            this.close();
            this.#onSaved(this.#jid);
        } else {
            this.#setStatus('');
        }
    }

    #setBusy(busy) {
        for (const control of this.#form.querySelectorAll('fieldset input, fieldset textarea, fieldset button')) {
            control.disabled = busy;
        }
    }

    #setStatus(text) {
        this.#form.querySelector('[data-testid="profile-edit-status"]').textContent = text;
    }
}
