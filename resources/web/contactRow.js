// One row of the contact list: avatar (the image from the AvatarCache, or
// the initial of the name), name, JID, presence (or "Waiting for approval"
// while the contact has not accepted the user's request), status text
// and a button that shows the actions Message, View profile, Rename, Remove and Block (Unblock
// for a blocked contact). Message opens the conversation with the contact and View profile the profile panel. Rename opens a small form in the row; Remove
// requests confirmation in the row before it calls the core; Block and
// Unblock call the core at once, because they can be undone.

import { AvatarBadge } from './avatarBadge.js';
import { createButton, createElement, setText, stringRole, uniqueId } from './dom.js';
import { format, strings } from './strings.js';

const presenceKeys = {
    offline: 'presenceOffline',
    online: 'presenceOnline',
    chat: 'presenceChat',
    away: 'presenceAway',
    xa: 'presenceXa',
    dnd: 'presenceDnd',
};

export function presenceLabel(presence) {
    return strings[presenceKeys[presence]] ?? strings.presenceOffline;
}

export class ContactRow {
    #actions;
    #jid = '';
    #name = '';
    #blocked = false;
    // The contact's roster groups, and those being edited while the groups form is open.
    #groups = [];
    #editedGroups = [];
    #knownGroups;

    #onViewProfile;
    #onMessage;
    #avatars;

    // actions is the page's ContactActions, onViewProfile(jid) opens the profile panel and
    // onMessage(jid) the conversation. avatars is the page's AvatarCache, or null to show initials only.
    // knownGroups() returns the groups of all contacts, offered in the groups form.
    constructor(actions, onViewProfile = () => {}, avatars = null, onMessage = () => {}, knownGroups = () => []) {
        this.#actions = actions;
        this.#knownGroups = knownGroups;
        this.#onViewProfile = onViewProfile;
        this.#onMessage = onMessage;
        this.#avatars = avatars;
        this.element = createElement('li', 'contact', 'contact-row');
        this.avatarBadge = new AvatarBadge(createElement('span', 'avatar', 'contact-avatar'));
        this.avatar = this.avatarBadge.element;

        const main = createElement('div', 'contact-main');
        const topLine = createElement('div', 'contact-top');
        this.name = createElement('span', 'contact-name', 'contact-name');
        const presence = createElement('span', 'presence', 'presence');
        const dot = createElement('span', 'presence-dot');
        dot.setAttribute('aria-hidden', 'true');
        this.presenceLabel = createElement('span', 'presence-label', 'presence-label');
        presence.append(dot, this.presenceLabel);
        topLine.append(this.name, presence);

        this.jid = createElement('span', 'contact-jid', 'contact-jid');
        this.statusText = createElement('p', 'contact-status', 'status-text');
        main.append(topLine, this.jid, this.statusText, this.#createActions(), this.#createRenameForm(), this.#createGroupsForm(),
            this.#createRemoveConfirmation());

        this.actionsToggle = createButton(strings.contactActions, 'actions-toggle', 'contact-actions-toggle');
        this.actionsToggle.setAttribute('aria-expanded', 'false');
        this.actionsToggle.setAttribute('aria-controls', this.actions.id);
        this.actionsToggle.addEventListener('click', () => this.#toggleActions());

        this.element.append(this.avatar, main, this.actionsToggle);
    }

    update(row) {
        const jid = stringRole(row, 'jid');
        const displayName = stringRole(row, 'displayName').trim() || stringRole(row, 'name').trim() || jid;
        const presence = stringRole(row, 'presence') || 'offline';
        const statusText = stringRole(row, 'statusText').trim();
        this.#jid = jid;
        this.#name = stringRole(row, 'name');
        this.#groups = Array.isArray(row.groups) ? row.groups.filter((group) => typeof group === 'string' && group !== '') : [];
        this.#blocked = row.blocked === true;
        const approvalPending = row.approvalPending === true;

        const data = this.element.dataset;
        data.jid = jid;
        data.presence = presence;
        data.subscription = stringRole(row, 'subscription');
        data.blocked = String(this.#blocked);
        data.approvalPending = String(approvalPending);

        const avatarHash = stringRole(row, 'avatarHash');
        this.avatar.dataset.hash = avatarHash;
        this.avatarBadge.update(jid, displayName, this.#avatars?.url(avatarHash) ?? '');
        setText(this.name, displayName);
        let presenceText = presenceLabel(presence);
        if (this.#blocked) {
            presenceText = strings.presenceBlocked;
        } else if (approvalPending) {
            // No presence is known before the contact accepts, so "Offline" would mislead.
            presenceText = strings.presenceWaitingForApproval;
        }
        setText(this.presenceLabel, presenceText);
        setText(this.jid, jid);
        // The JID would only repeat the name when the contact has none.
        this.jid.hidden = displayName === jid;
        setText(this.statusText, statusText);
        this.statusText.hidden = statusText === '';

        this.actionsToggle.setAttribute('aria-label', format('contactActionsLabel', { name: displayName }));
        this.messageButton.setAttribute('aria-label', format('sendMessageLabel', { name: displayName }));
        this.profileButton.setAttribute('aria-label', format('viewProfileLabel', { name: displayName }));
        this.renameButton.setAttribute('aria-label', format('renameContactLabel', { name: displayName }));
        this.groupsButton.setAttribute('aria-label', format('editGroupsLabel', { name: displayName }));
        this.removeButton.setAttribute('aria-label', format('removeContactLabel', { name: displayName }));
        setText(this.blockButton, this.#blocked ? strings.unblockContact : strings.blockContact);
        this.blockButton.dataset.testid = this.#blocked ? 'contact-unblock' : 'contact-block';
        this.blockButton.setAttribute('aria-label', format(this.#blocked ? 'unblockContactLabel' : 'blockContactLabel', { name: displayName }));
        setText(this.renameLabel, format('renameFieldLabel', { name: displayName }));
        setText(this.groupsHeading, format('groupsFormHeading', { name: displayName }));
        setText(this.removeQuestion, format('removeQuestion', { name: displayName }));
    }

    #createActions() {
        this.actions = createElement('div', 'contact-actions');
        this.actions.hidden = true;
        this.actions.id = uniqueId('contact-actions');
        this.messageButton = createButton(strings.sendMessage, 'small secondary', 'contact-message');
        this.profileButton = createButton(strings.viewProfile, 'small secondary', 'contact-view-profile');
        this.renameButton = createButton(strings.renameContact, 'small secondary', 'contact-rename');
        this.groupsButton = createButton(strings.editGroups, 'small secondary', 'contact-edit-groups');
        this.removeButton = createButton(strings.removeContact, 'small secondary', 'contact-remove');
        this.blockButton = createButton(strings.blockContact, 'small secondary', 'contact-block');
        this.messageButton.addEventListener('click', () => {
            this.#closeForms();
            this.#onMessage(this.#jid);
        });
        this.profileButton.addEventListener('click', () => this.#viewProfile());
        this.renameButton.addEventListener('click', () => this.#openRename());
        this.groupsButton.addEventListener('click', () => this.#openGroups());
        this.removeButton.addEventListener('click', () => this.#openRemove());
        this.blockButton.addEventListener('click', () => this.#toggleBlocked());
        this.actions.append(this.messageButton, this.profileButton, this.renameButton, this.groupsButton, this.removeButton, this.blockButton);
        return this.actions;
    }

    #createRenameForm() {
        this.renameForm = createElement('form', 'inline-form', 'rename-form');
        this.renameForm.hidden = true;
        this.renameForm.noValidate = true;

        const inputId = uniqueId('rename');
        this.renameLabel = createElement('label', 'inline-label');
        this.renameLabel.htmlFor = inputId;
        this.renameInput = createElement('input', '', 'rename-input');
        this.renameInput.id = inputId;
        this.renameInput.type = 'text';
        this.renameInput.autocomplete = 'off';
        this.renameInput.placeholder = strings.renamePlaceholder;

        const save = createElement('button', 'small primary-inline', 'rename-save');
        save.type = 'submit';
        save.textContent = strings.save;
        const cancel = createButton(strings.cancel, 'small secondary', 'rename-cancel');
        cancel.addEventListener('click', () => this.#closeForms());

        const buttons = createElement('div', 'inline-buttons');
        buttons.append(save, cancel);
        this.renameForm.append(this.renameLabel, this.renameInput, buttons);
        this.renameForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#rename();
        });
        this.renameForm.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.#closeForms();
            }
        });
        return this.renameForm;
    }

    // The form that edits the contact's groups: each group with Remove, a field that adds an
    // existing or a new group, and Save, which replaces the groups through the core.
    #createGroupsForm() {
        this.groupsForm = createElement('form', 'inline-form', 'groups-form');
        this.groupsForm.hidden = true;
        this.groupsForm.noValidate = true;
        const headingId = uniqueId('groups-heading');
        this.groupsForm.setAttribute('aria-labelledby', headingId);

        this.groupsHeading = createElement('p', 'inline-question', 'groups-heading');
        this.groupsHeading.id = headingId;
        this.groupsList = createElement('ul', 'group-chips', 'groups-list');
        this.groupsEmpty = createElement('p', 'inline-label', 'groups-empty');
        this.groupsEmpty.textContent = format('groupsNone', { section: strings.ungrouped });

        const inputId = uniqueId('groups-input');
        const inputLabel = createElement('label', 'inline-label');
        inputLabel.htmlFor = inputId;
        inputLabel.textContent = strings.groupsAddLabel;
        this.groupsInput = createElement('input', '', 'groups-input');
        this.groupsInput.id = inputId;
        this.groupsInput.type = 'text';
        this.groupsInput.autocomplete = 'off';
        this.groupsInput.placeholder = strings.groupsAddPlaceholder;
        this.groupsOptions = createElement('datalist', '', 'groups-options');
        this.groupsOptions.id = uniqueId('groups-options');
        this.groupsInput.setAttribute('list', this.groupsOptions.id);
        const add = createButton(strings.groupsAdd, 'small secondary', 'groups-add');
        add.addEventListener('click', () => this.#addEditedGroup());
        this.groupsInput.addEventListener('keydown', (event) => {
            // Enter adds the typed group, and Save is a separate step.
            if (event.key === 'Enter') {
                event.preventDefault();
                this.#addEditedGroup();
            }
        });
        const addRow = createElement('div', 'group-add-row');
        addRow.append(this.groupsInput, add);

        const save = createElement('button', 'small primary-inline', 'groups-save');
        save.type = 'submit';
        save.textContent = strings.save;
        const cancel = createButton(strings.cancel, 'small secondary', 'groups-cancel');
        cancel.addEventListener('click', () => this.#closeForms());
        const buttons = createElement('div', 'inline-buttons');
        buttons.append(save, cancel);

        this.groupsForm.append(this.groupsHeading, this.groupsList, this.groupsEmpty, inputLabel, addRow, this.groupsOptions, buttons);
        this.groupsForm.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#saveGroups();
        });
        this.groupsForm.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.#closeForms();
            }
        });
        return this.groupsForm;
    }

    // Shows the edited groups, and offers the known groups that the contact is not in yet.
    #renderEditedGroups() {
        const items = this.#editedGroups.map((group) => {
            const item = createElement('li', 'group-chip', 'groups-item');
            item.dataset.group = group;
            const name = createElement('span', 'group-chip-name', 'groups-item-name');
            name.textContent = group;
            const remove = createButton(strings.groupsRemove, 'small secondary', 'groups-item-remove');
            remove.setAttribute('aria-label', format('groupsRemoveLabel', { group }));
            remove.addEventListener('click', () => {
                this.#editedGroups = this.#editedGroups.filter((edited) => edited !== group);
                this.#renderEditedGroups();
                this.groupsInput.focus();
            });
            item.append(name, remove);
            return item;
        });
        this.groupsList.replaceChildren(...items);
        this.groupsEmpty.hidden = items.length > 0;

        const options = this.#knownGroups().filter((group) => !this.#editedGroups.includes(group)).map((group) => {
            const option = document.createElement('option');
            option.value = group;
            return option;
        });
        this.groupsOptions.replaceChildren(...options);
    }

    #addEditedGroup() {
        const group = this.groupsInput.value.trim();
        this.groupsInput.value = '';
        if (group !== '' && !this.#editedGroups.includes(group)) {
            this.#editedGroups = [...this.#editedGroups, group];
            this.#renderEditedGroups();
        }
        this.groupsInput.focus();
    }

    #createRemoveConfirmation() {
        this.removeConfirmation = createElement('div', 'inline-form', 'remove-confirmation');
        this.removeConfirmation.hidden = true;
        this.removeConfirmation.setAttribute('role', 'group');

        this.removeQuestion = createElement('p', 'inline-question', 'remove-question');
        const questionId = uniqueId('remove-question');
        this.removeQuestion.id = questionId;
        this.removeConfirmation.setAttribute('aria-labelledby', questionId);

        this.confirmRemoveButton = createButton(strings.removeConfirm, 'small danger', 'remove-confirm');
        this.confirmRemoveButton.addEventListener('click', () => this.#remove());
        const cancel = createButton(strings.cancel, 'small secondary', 'remove-cancel');
        cancel.addEventListener('click', () => this.#closeForms());

        const buttons = createElement('div', 'inline-buttons');
        buttons.append(this.confirmRemoveButton, cancel);
        this.removeConfirmation.append(this.removeQuestion, buttons);
        this.removeConfirmation.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                this.#closeForms();
            }
        });
        return this.removeConfirmation;
    }

    #toggleActions() {
        const open = this.actions.hidden && this.renameForm.hidden && this.groupsForm.hidden && this.removeConfirmation.hidden;
        this.#closeForms();
        this.actions.hidden = !open;
        this.actionsToggle.setAttribute('aria-expanded', String(open));
        if (open) {
            this.messageButton.focus();
        }
    }

    // A failed request comes as a notice; the panel then shows the row as it is.
    #viewProfile() {
        this.#closeForms();
        this.#onViewProfile(this.#jid);
        this.#actions.requestProfile(this.#jid);
        this.#actions.requestAvatar(this.#jid);
    }

    #openRename() {
        this.#closeForms();
        this.renameInput.value = this.#name;
        this.actionsToggle.setAttribute('aria-expanded', 'true');
        this.renameForm.hidden = false;
        this.renameInput.focus();
        this.renameInput.select();
    }

    #openGroups() {
        this.#closeForms();
        this.#editedGroups = [...this.#groups];
        this.groupsInput.value = '';
        this.#renderEditedGroups();
        this.actionsToggle.setAttribute('aria-expanded', 'true');
        this.groupsForm.hidden = false;
        this.groupsInput.focus();
    }

    #openRemove() {
        this.#closeForms();
        this.actionsToggle.setAttribute('aria-expanded', 'true');
        this.removeConfirmation.hidden = false;
        this.confirmRemoveButton.focus();
    }

    // Hides the actions, the rename and groups forms and the confirmation.
    #closeForms() {
        const hadFocus = this.element.contains(document.activeElement);
        this.renameForm.hidden = true;
        this.groupsForm.hidden = true;
        this.removeConfirmation.hidden = true;
        this.actions.hidden = true;
        this.actionsToggle.setAttribute('aria-expanded', 'false');
        this.#setBusy(false);
        if (hadFocus) {
            this.actionsToggle.focus();
        }
    }

    #setBusy(busy) {
        for (const control of this.element.querySelectorAll('.inline-form input, .inline-form button')) {
            control.disabled = busy;
        }
    }

    async #rename() {
        const name = this.renameInput.value.trim();
        if (name === this.#name.trim()) {
            this.#closeForms();
            return;
        }
        this.#setBusy(true);
        const reply = await this.#actions.renameContact(this.#jid, name);
        if (reply.ok) {
            this.#closeForms();
        } else {
            this.#setBusy(false);
        }
    }

    // A group typed but not added yet counts too. The rows move once the server pushes the
    // roster change. A failure comes as a notice and keeps the form open.
    async #saveGroups() {
        this.#addEditedGroup();
        const unchanged = this.#editedGroups.length === this.#groups.length && this.#editedGroups.every((group) => this.#groups.includes(group));
        if (unchanged) {
            this.#closeForms();
            return;
        }
        this.#setBusy(true);
        const reply = await this.#actions.setGroups(this.#jid, this.#editedGroups);
        if (reply.ok) {
            this.#closeForms();
        } else {
            this.#setBusy(false);
        }
    }

    // The row shows the change once the server confirms it; a failure comes as a notice.
    async #toggleBlocked() {
        this.blockButton.disabled = true;
        if (this.#blocked) {
            await this.#actions.unblockContact(this.#jid);
        } else {
            await this.#actions.blockContact(this.#jid);
        }
        this.blockButton.disabled = false;
        this.#closeForms();
    }

    async #remove() {
        this.#setBusy(true);
        // On success the row goes away once the server pushes the roster change;
        // a failure comes as a notice.
        await this.#actions.removeContact(this.#jid);
        this.#closeForms();
    }
}
