// The configuration form of a room the user owns (XEP-0045, section 10),
// rendered from the `roomConfiguration/<jid>` model mirror. Each field of
// the room's data form (XEP-0004) gets one control: a text or password
// field, a check box, a list or multi-line text, labelled as the form labels it.
// Hidden fields stay out of sight and are submitted as the room sent them.
//
// open() calls roomConfiguration.openForm, which publishes the form to this
// tab, and for an existing room roomConfiguration.requestForm. A room created
// with configuration fills the form by itself. Save sends the values with
// roomConfiguration.submit and Cancel calls roomConfiguration.cancel, which
// destroys a new room. Leaving the form of a new room cancels it too, as
// closing the desktop app's dialog does: the room would stay locked. The mirror's `object` message carries `status`,
// `errorText`, `title` and `instructions`.
//
// The same form configures communities (XEP-0060 node configuration): the
// constructor's options name its model prefix, the notices that concern it,
// its default title and the prefix of its data-testid values, and the
// actions then take a `<service>/<node>` key in place of a room's JID.

import { createElement, setText, stringRole, uniqueId } from './dom.js';
import { strings } from './strings.js';

const statusTexts = {
    idle: 'roomConfigLoading',
    loading: 'roomConfigLoading',
    submitting: 'roomConfigSaving',
    saved: 'roomConfigSaved',
    cancelled: 'roomConfigCancelled',
};

// Returns the controls of one field and a function that reads its value, or null for a hidden field.
function createField(row, testIdPrefix) {
    const type = stringRole(row, 'type');
    const label = stringRole(row, 'label') || stringRole(row, 'var');
    const value = row.value;
    if (type === 'hidden') {
        return null;
    }
    const wrapper = createElement('div', 'field', `${testIdPrefix}-field`);
    wrapper.dataset.var = stringRole(row, 'var');
    wrapper.dataset.type = type;
    if (type === 'fixed') {
        wrapper.append(createElement('p', 'room-config-fixed'));
        setText(wrapper.firstChild, typeof value === 'string' && value !== '' ? value : label);
        return { element: wrapper, read: null };
    }

    const id = uniqueId(testIdPrefix);
    let control;
    let read;
    if (type === 'boolean') {
        control = createElement('input', '', `${testIdPrefix}-input`);
        control.type = 'checkbox';
        control.checked = value === true;
        read = () => control.checked;
    } else if (type === 'list-single' || type === 'list-multi') {
        control = createElement('select', '', `${testIdPrefix}-input`);
        control.multiple = type === 'list-multi';
        const selected = new Set(Array.isArray(value) ? value : [value]);
        for (const option of Array.isArray(row.options) ? row.options : []) {
            const element = document.createElement('option');
            element.value = typeof option.value === 'string' ? option.value : '';
            element.textContent = typeof option.label === 'string' ? option.label : element.value;
            element.selected = selected.has(element.value);
            control.append(element);
        }
        read = () => (control.multiple ? Array.from(control.selectedOptions, (option) => option.value) : control.value);
    } else if (type === 'text-multi' || type === 'jid-multi') {
        control = createElement('textarea', '', `${testIdPrefix}-input`);
        control.rows = 3;
        control.value = Array.isArray(value) ? value.join('\n') : (typeof value === 'string' ? value : '');
        read = type === 'jid-multi'
            ? () => control.value.split('\n').map((line) => line.trim()).filter((line) => line !== '')
            : () => control.value;
    } else {
        control = createElement('input', '', `${testIdPrefix}-input`);
        control.type = type === 'text-private' ? 'password' : 'text';
        control.autocomplete = 'off';
        control.value = typeof value === 'string' ? value : '';
        read = () => control.value;
    }
    control.id = id;
    control.required = row.required === true;
    const labelElement = createElement('label');
    labelElement.htmlFor = id;
    setText(labelElement, label);
    if (type === 'boolean') {
        labelElement.className = 'checkbox-label';
        labelElement.prepend(control, ' ');
        wrapper.append(labelElement);
    } else {
        wrapper.append(labelElement, control);
    }
    const description = stringRole(row, 'description');
    if (description !== '') {
        const hint = createElement('p', 'field-hint');
        hint.id = uniqueId(`${testIdPrefix}-hint`);
        setText(hint, description);
        control.setAttribute('aria-describedby', hint.id);
        wrapper.append(hint);
    }
    return { element: wrapper, read };
}

export class RoomConfigForm {
    #panel;
    #models;
    #actions;
    #elements;
    #jid = '';
    #mirror = null;
    #unsubscribe = () => {};
    #readers = new Map();
    #properties = {};
    // Whether the open form belongs to a room just created with configuration, which stays locked until configured.
    #newRoom = false;
    #options;

    // panel contains the elements named by the data-testid values below; models is the page's ModelStore.
    // options: testIdPrefix, modelPrefix, defaultTitle (a key of strings) and noticeKey(notice),
    // which returns the key of the form that a notice concerns, or null.
    constructor(panel, models, actions, options = {}) {
        this.#panel = panel;
        this.#models = models;
        this.#actions = actions;
        this.#options = {
            testIdPrefix: 'room-config',
            modelPrefix: 'roomConfiguration/',
            defaultTitle: 'roomConfigTitle',
            noticeKey: (notice) => (notice.object === 'roomConfiguration' && typeof notice.jid === 'string' ? notice.jid.trim().toLowerCase() : null),
            ...options,
        };
        const prefix = this.#options.testIdPrefix;
        const find = (testId) => panel.querySelector(`[data-testid="${prefix}-${testId}"]`);
        this.#elements = {
            title: find('title'),
            instructions: find('instructions'),
            fields: find('fields'),
            status: find('status'),
            save: find('save'),
            cancel: find('cancel'),
        };
        panel.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#save();
        });
        this.#elements.cancel.addEventListener('click', () => this.#cancel());
    }

    // Bare JID of the room whose form is open, or ''.
    get jid() {
        return this.#jid;
    }

    // Shows the form of the room jid. requestForm is false for a room just created with
    // configuration, whose form arrives by itself, and true for an existing room.
    async open(jid, requestForm) {
        this.close();
        this.#jid = jid;
        this.#newRoom = !requestForm;
        this.#properties = {};
        this.#panel.hidden = false;
        this.#panel.dataset.jid = jid;
        this.#render();
        const reply = await this.#actions.openConfigurationForm(jid);
        if (jid !== this.#jid) {
            return;
        }
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            return;
        }
        this.#mirror = this.#models.get(reply.model);
        this.#unsubscribe = this.#mirror.subscribe(() => this.#render());
        this.#render();
        if (requestForm) {
            this.#actions.requestConfigurationForm(jid);
        }
    }

    // Hides the form and calls roomConfiguration.closeForm, because this tab no longer shows it.
    close() {
        if (this.#jid === '') {
            return;
        }
        const jid = this.#jid;
        const status = this.#properties.status;
        const abandoned = this.#newRoom && status !== 'saved' && status !== 'cancelled';
        this.reset();
        if (abandoned) {
            this.#actions.cancelConfiguration(jid);
        }
        this.#actions.closeConfigurationForm(jid);
    }

    // Forgets the form without telling the linker, when the session has ended.
    reset() {
        this.#unsubscribe();
        this.#unsubscribe = () => {};
        this.#jid = '';
        this.#newRoom = false;
        this.#mirror = null;
        this.#readers.clear();
        this.#elements.fields.replaceChildren();
        this.#panel.hidden = true;
        delete this.#panel.dataset.jid;
        delete this.#panel.dataset.status;
    }

    // Takes the `object` message of the open form's mirror: status, errorText, title and instructions.
    handleObject(message) {
        if (this.#jid === '' || message.object !== this.#options.modelPrefix + this.#jid) {
            return;
        }
        this.#properties = message.properties;
        this.#render();
        if (this.#properties.status === 'saved' || this.#properties.status === 'cancelled') {
            this.close();
        }
    }

    // Shows a notice about the open form's room in the form. Returns whether it did.
    handleNotice(notice) {
        if (this.#jid === '' || this.#options.noticeKey(notice) !== this.#jid) {
            return false;
        }
        this.#showStatus(typeof notice.message === 'string' && notice.message !== '' ? notice.message : strings.actionFailed, true);
        return true;
    }

    #render() {
        const status = typeof this.#properties.status === 'string' ? this.#properties.status : 'idle';
        const errorText = typeof this.#properties.errorText === 'string' ? this.#properties.errorText : '';
        const title = typeof this.#properties.title === 'string' ? this.#properties.title : '';
        this.#panel.dataset.status = status;
        setText(this.#elements.title, title || strings[this.#options.defaultTitle]);
        setText(this.#elements.instructions, typeof this.#properties.instructions === 'string' ? this.#properties.instructions : '');
        this.#elements.instructions.hidden = this.#elements.instructions.textContent === '';
        this.#elements.save.disabled = status !== 'ready';
        if (errorText !== '') {
            this.#showStatus(errorText, true);
        } else {
            this.#showStatus(statusTexts[status] ? strings[statusTexts[status]] : '', false);
        }

        // The controls are built anew only when the form's rows change, so typing keeps its place.
        const rows = status === 'ready' && this.#mirror ? this.#mirror.rows : [];
        const key = JSON.stringify(rows);
        if (this.#elements.fields.dataset.key === key) {
            return;
        }
        this.#elements.fields.dataset.key = key;
        this.#readers.clear();
        const elements = [];
        for (const row of rows) {
            const field = createField(row, this.#options.testIdPrefix);
            if (!field) {
                continue;
            }
            elements.push(field.element);
            if (field.read) {
                this.#readers.set(stringRole(row, 'var'), field.read);
            }
        }
        this.#elements.fields.replaceChildren(...elements);
    }

    async #save() {
        if (this.#jid === '' || this.#readers.size === 0) {
            return;
        }
        const values = {};
        for (const [name, read] of this.#readers) {
            values[name] = read();
        }
        this.#elements.save.disabled = true;
        const reply = await this.#actions.submitConfiguration(this.#jid, values);
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
            this.#elements.save.disabled = false;
        }
    }

    async #cancel() {
        if (this.#jid === '') {
            return;
        }
        const reply = await this.#actions.cancelConfiguration(this.#jid);
        if (!reply.ok) {
            this.#showStatus(reply.message || strings.actionFailed, true);
        }
    }

    #showStatus(text, isError) {
        setText(this.#elements.status, text);
        this.#elements.status.classList.toggle('error', isError);
    }
}
