// The reactions of one message (XEP-0444) as chips: the emoji with its
// count, pressed for the user's own, with the names of the senders as
// title. A click toggles the user's reaction with that emoji. Role used:
// reactions, an array of { emoji, count, senders, own }. Emojis and names
// come from other people and are set with textContent.

import { createButton, createElement, setText, syncChildren } from './dom.js';
import { format, strings } from './strings.js';

// The reactions of a row that the page can show; malformed entries are left out.
export function validReactions(reactions) {
    if (!Array.isArray(reactions)) {
        return [];
    }
    return reactions.filter((reaction) => reaction !== null && typeof reaction === 'object' && typeof reaction.emoji === 'string'
        && reaction.emoji !== '' && Number.isInteger(reaction.count) && reaction.count > 0);
}

// Returns the user's reactions after toggling emoji: chats.react replaces the whole set.
export function toggledReactions(reactions, emoji) {
    const own = validReactions(reactions).filter((reaction) => reaction.own === true).map((reaction) => reaction.emoji);
    return own.includes(emoji) ? own.filter((existing) => existing !== emoji) : [...own, emoji];
}

export class ReactionChips {
    #onToggle;
    #chips = new Map();

    // onToggle(emoji) toggles the user's reaction with emoji.
    constructor(onToggle) {
        this.#onToggle = onToggle;
        this.element = createElement('div', 'reaction-chips', 'reactions');
    }

    // nameOf(jid) returns the name to show for a sender, "you" for the user.
    update(reactions, nameOf) {
        const chips = [];
        for (const reaction of validReactions(reactions)) {
            let chip = this.#chips.get(reaction.emoji);
            if (!chip) {
                chip = createButton('', 'reaction-chip', 'reaction-chip');
                const emoji = reaction.emoji;
                chip.addEventListener('click', () => this.#onToggle(emoji));
                this.#chips.set(emoji, chip);
            }
            const senders = Array.isArray(reaction.senders) ? reaction.senders.filter((sender) => typeof sender === 'string') : [];
            chip.dataset.emoji = reaction.emoji;
            chip.dataset.own = String(reaction.own === true);
            chip.setAttribute('aria-pressed', String(reaction.own === true));
            setText(chip, format('reactionLabel', { emoji: reaction.emoji, count: reaction.count }));
            chip.title = format('reactionSenders', { emoji: reaction.emoji, names: senders.map(nameOf).join(', ') });
            chips.push(chip);
        }
        const shown = new Set(chips);
        for (const [emoji, chip] of this.#chips) {
            if (!shown.has(chip)) {
                this.#chips.delete(emoji);
            }
        }
        syncChildren(this.element, chips);
        this.element.hidden = chips.length === 0;
    }
}

// A few common reactions for the picker of the message menu.
export const quickReactions = ['👍', '❤️', '😂', '😮', '😢', '🙏', '🎉', '👎'];

// Returns the label of the picker's button for emoji.
export function reactionButtonLabel(emoji) {
    return format('reactionAdd', { emoji });
}

// The sender name for a reaction title: the contact's name, "you" for the user, or the JID.
export function reactionSenderName(jid, ownJid, names) {
    return jid === ownJid ? strings.you : (names.get(jid) || jid);
}
