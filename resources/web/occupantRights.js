// The role and affiliation changes that the user may make on another occupant, by the rules of
// XEP-0045 (sections 5.1.2, 5.2.2 and the tables of sections 8 to 10). The room enforces them;
// these functions only decide which buttons an occupant's row shows. The desktop app applies the
// same rules in resources/qml/org/salon/rooms/OccupantRights.js.

const affiliationRanks = { outcast: 0, none: 1, member: 2, admin: 3, owner: 4 };

function rank(affiliation) {
    return affiliationRanks[affiliation] ?? 1;
}

// A moderator grants and revokes voice (participant or visitor) of occupants who are neither
// moderators nor admins or owners. target has the roles role, affiliation and realJid.
export function canChangeVoice(selfRole, target) {
    return selfRole === 'moderator' && (target.role === 'participant' || target.role === 'visitor') && rank(target.affiliation) < rank('admin');
}

// An admin or owner grants the moderator role, and revokes it from occupants whose affiliation
// does not give it to them (admins and owners are always moderators).
export function canChangeModerator(selfAffiliation, target) {
    return rank(selfAffiliation) >= rank('admin') && rank(target.affiliation) < rank('admin');
}

// Returns the affiliations that the user may give the occupant, other than the one they have:
// an admin changes between none and member for those below admin, and an owner changes any
// affiliation. The room must show the occupant's real JID, which an affiliation needs.
export function assignableAffiliations(selfAffiliation, target) {
    if (target.realJid === '' || rank(selfAffiliation) < rank('admin')) {
        return [];
    }
    let offered = [];
    if (selfAffiliation === 'owner') {
        offered = ['owner', 'admin', 'member', 'none'];
    } else if (rank(target.affiliation) < rank('admin')) {
        offered = ['member', 'none'];
    }
    return offered.filter((affiliation) => affiliation !== target.affiliation);
}

// Whether a change between two affiliations gives or takes the rights of an admin or owner,
// which the user confirms first.
export function needsConfirmation(fromAffiliation, toAffiliation) {
    return rank(fromAffiliation) >= rank('admin') || rank(toAffiliation) >= rank('admin');
}
