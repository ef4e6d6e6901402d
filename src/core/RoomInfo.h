#pragma once

#include <QString>

class QDomElement;

/// A room of a group chat service as the service describes it: its entry in the service's
/// disco#items result, completed by the room's disco#info result (XEP-0045, sections 6.3 and 6.4).
struct RoomInfo
{
    /// Maximum length of a name, in UTF-16 code units. Longer names are cut.
    static constexpr int MaxNameLength = 200;
    /// Maximum length of a description, in UTF-16 code units. Longer descriptions are cut.
    static constexpr int MaxDescriptionLength = 1000;
    /// Occupant counts above this are treated as unknown.
    static constexpr int MaxOccupants = 1000000;

    /// Bare JID of the room.
    QString jid;
    /// The room's name, or empty when the service gives none.
    QString name;
    QString description;
    /// Number of occupants (the \c muc#roominfo_occupants field), or -1 when unknown.
    int occupants = -1;
    /// Feature \c muc_passwordprotected: joining needs a password.
    bool passwordProtected = false;
    /// Feature \c muc_membersonly: only members may join.
    bool membersOnly = false;
    /// Feature \c muc_moderated: only occupants with voice may send messages.
    bool moderated = false;
    /// Feature \c muc_persistent: the room stays when its last occupant leaves.
    bool persistent = false;
    /// Feature \c muc_public: the service lists the room.
    bool isPublic = false;
    /// Whether the fields above come from the room's disco#info result. Until then only jid and
    /// name, from the service's list, are known.
    bool infoLoaded = false;

    /// Returns the name, or the JID for a room without one.
    QString displayName() const;

    /// Reads the room's disco#info result \a query (the \c query element of namespace
    /// \c http://jabber.org/protocol/disco#info) into the fields, and sets infoLoaded.
    /// The name comes from the room's \c conference identity, or else from the
    /// \c muc#roomconfig_roomname field. An info without a name keeps the name from the list.
    void readDiscoInfo(const QDomElement &query);

    /// Returns \a text as one line of at most \a maxLength code units, without control characters
    /// and bidirectional overrides. Line breaks and tabs become spaces.
    static QString cleanedLine(const QString &text, int maxLength);
    /// Returns \a text like cleanedLine(), but keeps its line breaks.
    static QString cleanedParagraphs(const QString &text, int maxLength);

    bool operator==(const RoomInfo &other) const;
    bool operator!=(const RoomInfo &other) const
    {
        return !(*this == other);
    }
};
