// Reactions (XEP-0444) of the chat views: the emojis that the picker offers, and the set of the
// user's own reactions that choosing one leads to.
.pragma library

// The emojis of the reaction picker, in the order shown.
const pickerEmojis = ["👍", "❤️", "😂", "😮", "😢", "🙏"];

// Returns the emojis that the user reacted with, from reactions, a list of maps with emoji and own
// as MessagesModel's reactions role has them.
function ownEmojis(reactions) {
    const own = [];
    if (!reactions) {
        return own;
    }
    for (let i = 0; i < reactions.length; ++i) {
        if (reactions[i].own) {
            own.push(reactions[i].emoji);
        }
    }
    return own;
}

// Returns the user's full set of reactions after choosing emoji: without it when the user had
// reacted with it, otherwise with it added last.
function toggledEmojis(reactions, emoji) {
    const own = ownEmojis(reactions);
    const position = own.indexOf(emoji);
    if (position >= 0) {
        own.splice(position, 1);
    } else {
        own.push(emoji);
    }
    return own;
}
