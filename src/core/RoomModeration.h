#pragma once

#include <QObject>

#include <optional>

class IqRequestExtension;
class QXmppClient;
class QXmppMessage;
class RoomMessageService;
class RoomService;

/// A removal of a room message by a moderator (XEP-0425), as the room announces it live or as
/// the tombstone that replaces the message in the room's archive.
struct ModerationNotice
{
    /// The stanza id of the removed message; empty for a tombstone, which is the message itself.
    QString stanzaId;
    /// The moderator's occupant JID (room@service/nick), as the room gives it.
    QString moderator;
    QString reason;
};

/// Moderation of group chat rooms (XEP-0045, sections 8 to 10): kicking and banning occupants,
/// changing roles and affiliations, and destroying a room, for users with the rights to do so.
///
/// Each change is one IQ to the room. The room replies with a result or an error and announces
/// the change to the occupants through presences, which RoomService shows. Failures are reported
/// through actionFailed() with a translated sentence.
///
/// Moderators remove messages of others with retractMessage() (XEP-0425, the version of 2023
/// that wraps \c <moderate/> in \c <apply-to xmlns='urn:xmpp:fasten:0'/>, which Prosody's
/// mod_muc_moderation implements). The room announces the removal to every occupant and replaces
/// the message in its archive by a tombstone; RoomMessageService applies both.
class RoomModeration : public QObject
{
    Q_OBJECT

public:
    /// The cause of a failed removal, besides the translated sentence of removalFailed().
    enum class RemovalError {
        /// The user is not in the room.
        NotJoined,
        /// The room does not announce message moderation in its disco#info.
        NotSupported,
        /// The user is no moderator of the room, as the occupants model or the room's error shows.
        NotModerator,
        /// The message is unknown, or the room has given it no stanza id yet.
        UnknownMessage,
        /// The room rejected the request for another reason, or it did not arrive.
        Failed,
    };
    Q_ENUM(RemovalError)

    /// \a client and \a rooms must outlive the moderation.
    RoomModeration(QXmppClient *client, RoomService *rooms, QObject *parent = nullptr);

    /// Removes the occupant \a nick from the room \a jid, which needs the moderator role.
    Q_INVOKABLE void kick(const QString &jid, const QString &nick, const QString &reason);
    /// Bans the occupant \a nick, whose real JID the room must show, which needs the admin affiliation.
    Q_INVOKABLE void ban(const QString &jid, const QString &nick, const QString &reason);
    /// Gives the occupant \a nick the role "moderator", "participant", "visitor" or "none".
    Q_INVOKABLE void setRole(const QString &jid, const QString &nick, const QString &role, const QString &reason);
    /// Gives \a userJid the affiliation "owner", "admin", "member", "outcast" or "none" with the room.
    Q_INVOKABLE void setAffiliation(const QString &jid, const QString &userJid, const QString &affiliation, const QString &reason);
    /// Destroys a room that the user owns (XEP-0045, section 10.9). Its occupants are removed with
    /// \a reason and pointed to \a alternateRoom, a room they may join instead, when it is a valid JID.
    Q_INVOKABLE void destroyRoom(const QString &jid, const QString &reason, const QString &alternateRoom = QString());
    /// Removes the message with the row id \a messageId of the room \a jid for every occupant
    /// (XEP-0425), with \a reason unless it is empty. Needs the moderator role and a room that
    /// supports moderation; the room's announcement marks the message removed.
    Q_INVOKABLE void retractMessage(const QString &jid, qint64 messageId, const QString &reason);
    /// Returns whether the user may remove messages of others in the room \a jid: the room
    /// supports moderation and the user is a moderator there.
    Q_INVOKABLE bool canRetractMessages(const QString &jid) const;

    /// Sets the service whose messages retractMessage() finds; it must outlive the moderation.
    void setRoomMessages(RoomMessageService *messages);

    /// Reads the moderation that \a message carries: a room's announcement or an archive's
    /// tombstone. Returns nothing when it carries none.
    static std::optional<ModerationNotice> readModeration(const QXmppMessage &message);

Q_SIGNALS:
    /// The room \a jid no longer exists, as the user destroyed it.
    void roomDestroyed(const QString &jid);
    /// A change in the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);
    /// Removing the message \a messageId of the room \a jid failed for \a error; \a message is
    /// the translated sentence that actionFailed() also carries.
    void removalFailed(const QString &jid, qint64 messageId, RoomModeration::RemovalError error, const QString &message);

private:
    void sendAdminItem(const QString &room, const QString &attribute, const QString &value, const QString &itemKey, const QString &itemValue,
                       const QString &reason);
    void sendRemoval(const QString &room, qint64 messageId, const QString &stanzaId, const QString &reason);
    void failRemoval(const QString &room, qint64 messageId, RemovalError error);
    QString accountJid() const;

    QXmppClient *m_client;
    RoomService *m_rooms;
    RoomMessageService *m_messages = nullptr;
    IqRequestExtension *m_requests;
};
