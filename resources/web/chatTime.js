// Times of the chat views as short text. Plain JavaScript, so Node tests it directly.

import { format, strings } from './strings.js';

function parseTime(isoTime) {
    if (typeof isoTime !== 'string' || isoTime === '') {
        return null;
    }
    const time = new Date(isoTime);
    return Number.isNaN(time.getTime()) ? null : time;
}

// Returns the time of isoTime, an ISO 8601 time from the core, relative to now for the
// conversation list: "now" within a minute, minutes within an hour, the time of day for
// today, "Yesterday", then the date. Returns '' for a missing or invalid time.
export function relativeTime(isoTime, now = new Date()) {
    const time = parseTime(isoTime);
    if (!time) {
        return '';
    }
    const elapsedMs = now.getTime() - time.getTime();
    if (elapsedMs < 60_000) {
        return strings.timeNow;
    }
    if (elapsedMs < 3_600_000) {
        return format('timeMinutes', { count: Math.floor(elapsedMs / 60_000) });
    }
    if (time.toDateString() === now.toDateString()) {
        return new Intl.DateTimeFormat(strings.language, { timeStyle: 'short' }).format(time);
    }
    const yesterday = new Date(now.getTime());
    yesterday.setDate(yesterday.getDate() - 1);
    if (time.toDateString() === yesterday.toDateString()) {
        return strings.timeYesterday;
    }
    return new Intl.DateTimeFormat(strings.language, { dateStyle: 'short' }).format(time);
}

// Returns the time of day of isoTime for a message, with the date when it is not today.
export function messageTime(isoTime, now = new Date()) {
    const time = parseTime(isoTime);
    if (!time) {
        return '';
    }
    if (time.toDateString() === now.toDateString()) {
        return new Intl.DateTimeFormat(strings.language, { timeStyle: 'short' }).format(time);
    }
    return new Intl.DateTimeFormat(strings.language, { dateStyle: 'short', timeStyle: 'short' }).format(time);
}

const stateKeys = {
    pending: 'statePending',
    sent: 'stateSent',
    delivered: 'stateDelivered',
    read: 'stateRead',
    failed: 'stateFailed',
};

// Returns the text of a message's delivery state. The states of received messages are not shown,
// and a state this page does not know shows as its code.
export function deliveryStateText(state) {
    if (state === 'received' || state === 'displayed' || typeof state !== 'string') {
        return '';
    }
    return strings[stateKeys[state]] ?? state;
}
