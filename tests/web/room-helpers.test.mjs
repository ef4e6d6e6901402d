// The pure helpers of the Rooms section, in Node.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { looksLikeRoomAddress } from '../../resources/web/joinRoomForm.js';
import { moderationRights } from '../../resources/web/occupantList.js';
import { matchesFilter } from '../../resources/web/publicRoomsView.js';
import { countRole } from '../../resources/web/roomListView.js';

describe('room helpers', () => {
    it('room address check', () => {
        assert.equal(looksLikeRoomAddress('tea@conference.example.org'), true);
        assert.equal(looksLikeRoomAddress('conference.example.org'), false, 'a service without a room');
        assert.equal(looksLikeRoomAddress('tea@conference.example.org/alice'), false, 'an occupant JID');
        assert.equal(looksLikeRoomAddress('tea room@conference.example.org'), false, 'a space');
        assert.equal(looksLikeRoomAddress(''), false);
    });

    it('public room filter', () => {
        const row = { jid: 'chess@conference.example.org', displayName: 'Chess Club', description: 'Openings and endgames' };
        assert.equal(matchesFilter(row, ''), true, 'an empty filter');
        assert.equal(matchesFilter(row, 'club'), true, 'the name, in another case');
        assert.equal(matchesFilter(row, 'chess@'), true, 'the address');
        assert.equal(matchesFilter(row, '  endgames   openings '), true, 'every word, in any order');
        assert.equal(matchesFilter(row, 'chess gardening'), false, 'one word missing');
        assert.equal(matchesFilter({}, 'chess'), false, 'a row without roles');
    });

    it('moderation rights by role and affiliation', () => {
        assert.deepEqual(moderationRights(undefined), { kick: false, ban: false }, 'not in the room');
        assert.deepEqual(moderationRights({ role: 'participant', affiliation: 'none' }), { kick: false, ban: false });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'none' }), { kick: true, ban: false });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'admin' }), { kick: true, ban: true });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'owner' }), { kick: true, ban: true });
    });

    it('count roles', () => {
        assert.equal(countRole({ unreadCount: 3 }, 'unreadCount'), 3);
        assert.equal(countRole({ unreadCount: -1 }, 'unreadCount'), 0);
        assert.equal(countRole({ unreadCount: '3' }, 'unreadCount'), 0);
        assert.equal(countRole({}, 'mentionCount'), 0);
    });
});
