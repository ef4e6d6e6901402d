// The action menu of one message, opened from its "⋯" button: Reply,
// React (a small emoji picker), Edit (the user's newest message only),
// Delete for everyone (the user's own messages, after a confirmation),
// Remove (for moderators of a room, with an optional reason) and Copy. One
// menu exists per conversation or room view; opening it on a message moves
// it there.

import { createButton, createElement, setText } from './dom.js';
import { quickReactions, reactionButtonLabel } from './reactionChips.js';
import { format, strings } from './strings.js';

export class MessageActions {
    #handlers;
    #item = null;

    // handlers: onReply(row), onReact(row, emoji), onEdit(row), onDelete(row), onCopy(row) and,
    // in rooms, onRemove(row, reason).
    constructor(handlers) {
        this.#handlers = handlers;
        this.element = createElement('div', 'message-menu', 'message-menu');
        this.element.setAttribute('role', 'group');
        this.element.setAttribute('aria-label', strings.messageActionsLabel);

        const buttons = createElement('div', 'inline-buttons');
        this.replyButton = this.#action(strings.replyAction, 'message-reply', () => this.#run('onReply'));
        this.reactButton = this.#action(strings.reactAction, 'message-react', () => this.#togglePicker());
        this.editButton = this.#action(strings.editAction, 'message-edit', () => this.#run('onEdit'));
        this.deleteButton = this.#action(strings.deleteAction, 'message-delete', () => this.#openConfirmation());
        this.removeButton = this.#action(strings.removeAction, 'message-remove', () => this.#openRemoval());
        this.removeButton.hidden = true;
        this.copyButton = this.#action(strings.copyAction, 'message-copy', () => this.#run('onCopy'));
        buttons.append(this.replyButton, this.reactButton, this.editButton, this.deleteButton, this.removeButton, this.copyButton);

        this.picker = createElement('div', 'emoji-picker', 'emoji-picker');
        this.picker.setAttribute('role', 'group');
        this.picker.setAttribute('aria-label', strings.emojiPickerLabel);
        for (const emoji of quickReactions) {
            const button = createButton(emoji, 'emoji-choice', 'emoji-choice');
            button.dataset.emoji = emoji;
            button.setAttribute('aria-label', reactionButtonLabel(emoji));
            button.addEventListener('click', () => this.#run('onReact', emoji));
            this.picker.append(button);
        }

        this.confirmation = createElement('div', 'inline-form', 'delete-confirmation');
        this.question = createElement('p', 'inline-question', 'delete-question');
        const confirm = createButton(strings.deleteConfirm, 'small danger', 'delete-confirm');
        confirm.addEventListener('click', () => this.#run('onDelete'));
        const cancel = createButton(strings.cancel, 'small secondary', 'delete-cancel');
        cancel.addEventListener('click', () => this.close());
        const confirmButtons = createElement('div', 'inline-buttons');
        confirmButtons.append(confirm, cancel);
        this.confirmation.append(this.question, confirmButtons);

        this.removal = createElement('form', 'inline-form', 'remove-form');
        this.removal.noValidate = true;
        const reasonLabel = createElement('label', '', 'remove-reason-label');
        reasonLabel.textContent = strings.removeReasonLabel;
        this.reasonField = createElement('input', '', 'remove-reason');
        this.reasonField.type = 'text';
        this.reasonField.autocomplete = 'off';
        reasonLabel.append(this.reasonField);
        const removeConfirm = createButton(strings.removeMessageConfirm, 'small danger', 'remove-confirm');
        removeConfirm.type = 'submit';
        const removeCancel = createButton(strings.cancel, 'small secondary', 'remove-cancel');
        removeCancel.addEventListener('click', () => this.close());
        const removalButtons = createElement('div', 'inline-buttons');
        removalButtons.append(removeConfirm, removeCancel);
        this.removal.append(reasonLabel, removalButtons);
        this.removal.addEventListener('submit', (event) => {
            event.preventDefault();
            this.#run('onRemove', this.reasonField.value.trim());
        });

        this.element.append(buttons, this.picker, this.confirmation, this.removal);
        this.element.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                event.stopPropagation();
                this.close();
            }
        });
    }

    // Message id of the message whose menu is open, or 0.
    get openMessageId() {
        return this.#item?.messageId ?? 0;
    }

    // Opens the menu below item, a MessageItem, or closes it when it is open there already.
    // canEdit, canDelete and canRemove show those actions. question is the confirmation text of a
    // deletion; without it, the default text names the other party, peerName.
    toggle(item, { canEdit, canDelete, canRemove = false, peerName = '', question = '' }) {
        if (this.#item === item) {
            this.close();
            return;
        }
        this.close();
        this.#item = item;
        this.editButton.hidden = !canEdit;
        this.deleteButton.hidden = !canDelete;
        this.removeButton.hidden = !canRemove;
        this.picker.hidden = true;
        this.confirmation.hidden = true;
        this.removal.hidden = true;
        this.reasonField.value = '';
        setText(this.question, question || format('deleteQuestion', { name: peerName }));
        item.element.append(this.element);
        item.actionsToggle.setAttribute('aria-expanded', 'true');
        this.replyButton.focus();
    }

    close() {
        const item = this.#item;
        if (!item) {
            return;
        }
        this.#item = null;
        const hadFocus = this.element.contains(document.activeElement);
        this.element.remove();
        item.actionsToggle.setAttribute('aria-expanded', 'false');
        if (hadFocus && item.element.isConnected) {
            item.actionsToggle.focus();
        }
    }

    #action(text, testId, onClick) {
        const button = createButton(text, 'small secondary', testId);
        button.addEventListener('click', onClick);
        return button;
    }

    #togglePicker() {
        this.confirmation.hidden = true;
        this.removal.hidden = true;
        this.picker.hidden = !this.picker.hidden;
        this.reactButton.setAttribute('aria-expanded', String(!this.picker.hidden));
        if (!this.picker.hidden) {
            this.picker.querySelector('button')?.focus();
        }
    }

    #openRemoval() {
        this.picker.hidden = true;
        this.confirmation.hidden = true;
        this.removal.hidden = false;
        this.reasonField.focus();
    }

    #openConfirmation() {
        this.picker.hidden = true;
        this.removal.hidden = true;
        this.confirmation.hidden = false;
        this.confirmation.querySelector('[data-testid="delete-confirm"]').focus();
    }

    #run(handler, ...args) {
        const row = this.#item?.row;
        this.close();
        if (row) {
            this.#handlers[handler](row, ...args);
        }
    }
}
