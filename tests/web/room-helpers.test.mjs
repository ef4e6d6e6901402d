// The pure helpers of the Rooms section, in Node.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { looksLikeRoomAddress } from '../../resources/web/joinRoomForm.js';
import { moderationRights } from '../../resources/web/occupantList.js';
import { assignableAffiliations, canChangeModerator, canChangeVoice, needsConfirmation } from '../../resources/web/occupantRights.js';
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
        assert.deepEqual(moderationRights(undefined), { role: '', affiliation: '', kick: false, ban: false }, 'not in the room');
        assert.deepEqual(moderationRights({ role: 'participant', affiliation: 'none' }), { role: 'participant', affiliation: 'none', kick: false, ban: false });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'none' }), { role: 'moderator', affiliation: 'none', kick: true, ban: false });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'admin' }), { role: 'moderator', affiliation: 'admin', kick: true, ban: true });
        assert.deepEqual(moderationRights({ role: 'moderator', affiliation: 'owner' }), { role: 'moderator', affiliation: 'owner', kick: true, ban: true });
    });

    it('voice changes need the moderator role', () => {
        const participant = { role: 'participant', affiliation: 'none', realJid: 'bob@example.org' };
        assert.equal(canChangeVoice('moderator', participant), true);
        assert.equal(canChangeVoice('moderator', { ...participant, role: 'visitor' }), true);
        assert.equal(canChangeVoice('participant', participant), false, 'not a moderator');
        assert.equal(canChangeVoice('moderator', { ...participant, role: 'moderator' }), false, 'another moderator');
        assert.equal(canChangeVoice('moderator', { ...participant, affiliation: 'admin' }), false, 'an admin');
    });

    it('moderator role changes need admin or owner', () => {
        const member = { role: 'participant', affiliation: 'member', realJid: 'bob@example.org' };
        assert.equal(canChangeModerator('admin', member), true);
        assert.equal(canChangeModerator('owner', { ...member, role: 'moderator' }), true, 'revoked from a member');
        assert.equal(canChangeModerator('member', member), false);
        assert.equal(canChangeModerator('none', member), false);
        assert.equal(canChangeModerator('owner', { role: 'moderator', affiliation: 'admin', realJid: 'bob@example.org' }), false, 'an admin keeps it');
    });

    it('affiliation changes by own affiliation', () => {
        const guest = { role: 'participant', affiliation: 'none', realJid: 'bob@example.org' };
        assert.deepEqual(assignableAffiliations('owner', guest), ['owner', 'admin', 'member']);
        assert.deepEqual(assignableAffiliations('owner', { ...guest, affiliation: 'admin' }), ['owner', 'member', 'none']);
        assert.deepEqual(assignableAffiliations('admin', guest), ['member']);
        assert.deepEqual(assignableAffiliations('admin', { ...guest, affiliation: 'member' }), ['none']);
        assert.deepEqual(assignableAffiliations('admin', { ...guest, affiliation: 'owner' }), [], 'an admin cannot change an owner');
        assert.deepEqual(assignableAffiliations('member', guest), []);
        assert.deepEqual(assignableAffiliations('owner', { ...guest, realJid: '' }), [], 'the room hides the real JID');
        assert.equal(needsConfirmation('none', 'member'), false);
        assert.equal(needsConfirmation('member', 'admin'), true);
        assert.equal(needsConfirmation('owner', 'member'), true);
    });

    it('count roles', () => {
        assert.equal(countRole({ unreadCount: 3 }, 'unreadCount'), 3);
        assert.equal(countRole({ unreadCount: -1 }, 'unreadCount'), 0);
        assert.equal(countRole({ unreadCount: '3' }, 'unreadCount'), 0);
        assert.equal(countRole({}, 'mentionCount'), 0);
    });
});
