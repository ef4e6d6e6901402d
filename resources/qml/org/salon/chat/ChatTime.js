// Times of the chat views, as short text for the conversation list and the messages.

// Returns the time of date (a Date) relative to now: "now" within a minute, minutes
// within an hour, the time of day for today, "Yesterday", then the date.
function relativeTime(date, now) {
    if (!(date instanceof Date) || isNaN(date.getTime())) {
        return "";
    }
    const current = now || new Date();
    const elapsedMs = current.getTime() - date.getTime();
    if (elapsedMs < 60 * 1000) {
        return qsTr("now");
    }
    if (elapsedMs < 60 * 60 * 1000) {
        return qsTr("%1 min", "minutes since a message").arg(Math.floor(elapsedMs / (60 * 1000)));
    }
    if (date.toDateString() === current.toDateString()) {
        return date.toLocaleTimeString(Qt.locale(), Locale.ShortFormat);
    }
    const yesterday = new Date(current.getTime());
    yesterday.setDate(yesterday.getDate() - 1);
    if (date.toDateString() === yesterday.toDateString()) {
        return qsTr("Yesterday");
    }
    return date.toLocaleDateString(Qt.locale(), Locale.ShortFormat);
}

// Returns the time of day of date for a message, with the date when it is not today.
function messageTime(date, now) {
    if (!(date instanceof Date) || isNaN(date.getTime())) {
        return "";
    }
    const current = now || new Date();
    if (date.toDateString() === current.toDateString()) {
        return date.toLocaleTimeString(Qt.locale(), Locale.ShortFormat);
    }
    return date.toLocaleString(Qt.locale(), Locale.ShortFormat);
}
