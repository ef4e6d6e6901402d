#pragma once

#include <QObject>

class IqRequestExtension;
class QXmppClient;
class RoomService;

/// Moderation of group chat rooms (XEP-0045, sections 8 to 10): kicking and banning occupants,
/// changing roles and affiliations, and destroying a room, for users with the rights to do so.
///
/// Each change is one IQ to the room. The room replies with a result or an error and announces
/// the change to the occupants through presences, which RoomService shows. Failures are reported
/// through actionFailed() with a translated sentence.
class RoomModeration : public QObject
{
    Q_OBJECT

public:
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
    /// Destroys a room that the user owns; its occupants are removed with \a reason, and pointed to
    /// \a alternateRoom, a room they may join instead, when it is a valid JID (XEP-0045, section 10.9).
    Q_INVOKABLE void destroyRoom(const QString &jid, const QString &reason, const QString &alternateRoom = QString());

Q_SIGNALS:
    /// The room \a jid no longer exists, as the user destroyed it.
    void roomDestroyed(const QString &jid);
    /// A change in the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);

private:
    void sendAdminItem(const QString &room, const QString &attribute, const QString &value, const QString &itemKey, const QString &itemValue,
                       const QString &reason);
    QString accountJid() const;

    QXmppClient *m_client;
    RoomService *m_rooms;
    IqRequestExtension *m_requests;
};
