#pragma once

#include "RoomInvitation.h"

#include <QDateTime>

class QDomElement;

/// Reads room invitations and declines out of message stanzas: direct invitations
/// (XEP-0249, \c <x xmlns='jabber:x:conference'/>) and mediated invitations and declines
/// (XEP-0045, section 7.8.2, \c <x xmlns='http://jabber.org/protocol/muc#user'/>).
///
/// A mediated invitation or decline must come from the room's bare JID: an occupant's full JID
/// cannot speak for the room. A direct invitation must come from a user's address. Room JIDs
/// must be bare JIDs as sent, without a resource. When a message carries both kinds, as
/// Prosody 0.12 adds a direct invitation to every mediated one, the mediated one is read. Reasons
/// are cut to one line of RoomInvitation::MaxReasonLength.
class RoomInvitationReader
{
public:
    struct Result
    {
        enum class Type {
            /// The message carries no invitation or decline.
            None,
            Invitation,
            /// An invitee declined a mediated invitation that the user sent (XEP-0045, section 7.8.2).
            Decline,
            /// The message claims to carry one, but it is invalid. problem contains the reason.
            Malformed,
        };

        Type type = Type::None;
        /// The invitation, for Type::Invitation.
        RoomInvitation invitation;
        /// For Type::Decline: the room, the invitee who declined, and the reason.
        QString roomJid;
        QString decliner;
        QString reason;
        /// For Type::Malformed: what is wrong, for the log. It contains no text of the message.
        QString problem;
    };

    /// Reads the message stanza \a message. \a now is the time of an invitation without a delay
    /// element, and the latest time that a delay element may set.
    static Result read(const QDomElement &message, const QDateTime &now);
};
