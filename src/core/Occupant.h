#pragma once

#include <QString>

/// One occupant of a group chat room (XEP-0045), as the room's presence describes it.
struct Occupant
{
    /// Nickname in the room, the resource of the occupant JID; unique within the room.
    QString nick;
    /// "moderator", "participant", "visitor" or "none".
    QString role;
    /// "owner", "admin", "member", "outcast" or "none".
    QString affiliation;
    /// The occupant's real bare JID where the room shows it (non-anonymous rooms, moderators); otherwise empty.
    QString realJid;
    /// "online", "chat", "away", "xa" or "dnd".
    QString presence;
    QString statusText;
    /// SHA-1 of the occupant's avatar as lowercase hex, once the image is in the avatar cache; empty otherwise.
    QString avatarHash;
    /// SHA-1 of the vCard photo that the occupant's presence announces (XEP-0153); empty when none.
    /// It becomes avatarHash when the image is cached.
    QString announcedAvatarHash;

    bool operator==(const Occupant &other) const;
    bool operator!=(const Occupant &other) const;
};
