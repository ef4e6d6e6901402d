// Unit tests of the chat views' text helpers of resources/web, run by Node without a browser.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { deliveryStateText, messageTime, relativeTime } from '../../resources/web/chatTime.js';
import { previewText, unreadTotal } from '../../resources/web/chatsView.js';
import { format, strings } from '../../resources/web/strings.js';

const now = new Date('2026-03-10T15:00:00');

describe('relativeTime', () => {
    it('says now within a minute', () => {
        assert.equal(relativeTime(new Date(now.getTime() - 59_000).toISOString(), now), strings.timeNow);
    });

    it('counts minutes within an hour', () => {
        assert.equal(relativeTime(new Date(now.getTime() - 5 * 60_000).toISOString(), now), format('timeMinutes', { count: 5 }));
    });

    it('gives the time of day for today', () => {
        const time = new Date('2026-03-10T09:30:00');
        assert.equal(relativeTime(time.toISOString(), now), new Intl.DateTimeFormat(strings.language, { timeStyle: 'short' }).format(time));
    });

    it('says yesterday for the day before', () => {
        assert.equal(relativeTime(new Date('2026-03-09T23:00:00').toISOString(), now), strings.timeYesterday);
    });

    it('gives the date before yesterday', () => {
        const time = new Date('2026-02-01T12:00:00');
        assert.equal(relativeTime(time.toISOString(), now), new Intl.DateTimeFormat(strings.language, { dateStyle: 'short' }).format(time));
    });

    it('returns nothing for an invalid time', () => {
        assert.equal(relativeTime('not a time', now), '');
        assert.equal(relativeTime(null, now), '');
        assert.equal(messageTime(undefined, now), '');
    });
});

describe('deliveryStateText', () => {
    it('names the states of own messages', () => {
        assert.equal(deliveryStateText('pending'), strings.statePending);
        assert.equal(deliveryStateText('sent'), strings.stateSent);
        assert.equal(deliveryStateText('delivered'), strings.stateDelivered);
        assert.equal(deliveryStateText('read'), strings.stateRead);
        assert.equal(deliveryStateText('failed'), strings.stateFailed);
    });

    it('hides the states of received messages', () => {
        assert.equal(deliveryStateText('received'), '');
        assert.equal(deliveryStateText('displayed'), '');
    });

    it('shows an unknown state as its code', () => {
        assert.equal(deliveryStateText('seen-by-all'), 'seen-by-all');
    });
});

describe('conversation list text', () => {
    it('prefixes own messages and joins lines', () => {
        assert.equal(previewText({ lastMessage: 'See\nyou', lastDirection: 'out' }), format('ownMessagePreview', { text: 'See you' }));
        assert.equal(previewText({ lastMessage: '  Hi  ', lastDirection: 'in' }), 'Hi');
    });

    it('sums the unread counts', () => {
        assert.equal(unreadTotal([{ unreadCount: 2 }, { unreadCount: 0 }, { unreadCount: 'x' }, { unreadCount: 5 }]), 7);
        assert.equal(unreadTotal([]), 0);
    });
});
