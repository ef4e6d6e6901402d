// The action menu of one message, opened from its "⋯" button: Reply,
// React (a small emoji picker), Edit (the user's newest message only),
// Delete for everyone (the user's own messages, after a confirmation) and
// Copy. One menu exists per conversation view; opening it on a message
// moves it there.

import { createButton, createElement, setText } from './dom.js';
import { quickReactions, reactionButtonLabel } from './reactionChips.js';
import { format, strings } from './strings.js';

export class MessageActions {
    #handlers;
    #item = null;

    // handlers: onReply(row), onReact(row, emoji), onEdit(row), onDelete(row) and onCopy(row).
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
        this.copyButton = this.#action(strings.copyAction, 'message-copy', () => this.#run('onCopy'));
        buttons.append(this.replyButton, this.reactButton, this.editButton, this.deleteButton, this.copyButton);

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

        this.element.append(buttons, this.picker, this.confirmation);
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
    // canEdit and canDelete show those actions; peerName names the other party in the question.
    toggle(item, { canEdit, canDelete, peerName }) {
        if (this.#item === item) {
            this.close();
            return;
        }
        this.close();
        this.#item = item;
        this.editButton.hidden = !canEdit;
        this.deleteButton.hidden = !canDelete;
        this.picker.hidden = true;
        this.confirmation.hidden = true;
        setText(this.question, format('deleteQuestion', { name: peerName }));
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
        this.picker.hidden = !this.picker.hidden;
        this.reactButton.setAttribute('aria-expanded', String(!this.picker.hidden));
        if (!this.picker.hidden) {
            this.picker.querySelector('button')?.focus();
        }
    }

    #openConfirmation() {
        this.picker.hidden = true;
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
