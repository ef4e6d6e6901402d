#pragma once

#include <QDateTime>
#include <QString>

/// An invitation of the user to a group chat room.
///
/// It comes either directly from the inviter (XEP-0249, Direct MUC Invitations) or through the
/// room, which forwards it (XEP-0045, section 7.8.2, Mediated Invitation).
struct RoomInvitation
{
    enum class Kind {
        Direct,
        Mediated,
    };

    /// Maximum length of a reason, in UTF-16 code units. Longer reasons are cut.
    static constexpr int MaxReasonLength = 1000;
    /// Maximum length of a password, in UTF-16 code units. A longer one is dropped, because a cut
    /// password is useless.
    static constexpr int MaxPasswordLength = 1023;

    /// Bare JID of the room.
    QString roomJid;
    /// Bare JID of the user who invites. A room that hides the real JIDs of its occupants may
    /// name the inviter of a mediated invitation by occupant JID (room/nick) instead.
    QString inviter;
    /// The inviter's reason as one line, or empty when none was given.
    QString reason;
    /// The room's password, when the invitation carries one.
    QString password;
    Kind kind = Kind::Direct;
    /// Whether the room continues a one-to-one chat (XEP-0249 \c continue, XEP-0045 \c continue).
    bool continuation = false;
    /// The thread of the continued chat, or empty when none was given.
    QString thread;
    /// When the invitation was sent (from a delay element, XEP-0203) or else received.
    QDateTime receivedAt;
    /// The \c id attribute of the message that carried the invitation, or empty when it had none.
    /// The message archive (XEP-0313) keeps it, so it names the invitation again when the archive
    /// delivers it once more.
    QString messageId;

    bool hasPassword() const
    {
        return !password.isEmpty();
    }
};
