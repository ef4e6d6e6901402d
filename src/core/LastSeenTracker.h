#pragma once

#include <QObject>
#include <QSet>

class IqRequestExtension;
class ProfilesModel;
class QDateTime;
class QXmppClient;
class ContactPresences;
class RosterManager;

/// Keeps the \c lastSeen role of the profile rows: when each contact was last online.
///
/// refresh() sends a Last Activity query (XEP-0012, \c jabber:iq:last) to the
/// contact's bare JID when the contact is offline and shares its presence with
/// the user, or when the server's roster has not arrived yet to tell. It sends nothing for an online contact,
/// whose row shows no time. Afterwards the tracker follows the presence of the
/// contacts that have a row: a contact that comes online loses its time, and
/// one that goes offline gets the time its unavailable presence arrived.
///
/// A query is sent only when the user opens a profile, never for the whole
/// roster. An error reply (service-unavailable, forbidden, …), a timeout, or
/// a reply of 0 seconds gives no time. Such a reply is logged, not reported to
/// the user, and leaves the row as it was: unknown, or the time an earlier
/// reply or the contact's unavailable presence gave. Prosody 0.12's
/// mod_lastactivity sends 0 seconds when it has no time for the contact.
class LastSeenTracker : public QObject
{
    Q_OBJECT

public:
    /// Time to wait for a reply, in milliseconds. The time is only informative, so
    /// the wait is shorter than IqRequestExtension's default.
    static constexpr int QueryTimeoutMs = 15000;

    /// \a iqRequests must already be installed in \a client. \a profiles receives the times.
    LastSeenTracker(QXmppClient *client, ContactPresences *presences, IqRequestExtension *iqRequests, ProfilesModel *profiles, QObject *parent = nullptr);

    /// Queries the last activity of \a bareJid, which must have a row in the profiles model,
    /// or clears its time when the contact is online or hides its presence from the user.
    void refresh(const QString &bareJid);

private:
    void handlePresenceChanged(const QString &bareJid);
    void handleQueryResult(const QString &bareJid, const QDateTime &sentAt, qint64 seconds);
    bool isOnline(const QString &bareJid) const;
    /// Returns Salon's roster manager of the client, which replaces QXmpp's; null before it is installed.
    RosterManager *rosterManager() const;
    bool sharesPresence(const QString &bareJid) const;
    QString accountJid() const;

    QXmppClient *m_client;
    /// The contacts' presences, recorded by RosterService.
    ContactPresences *m_presences;
    IqRequestExtension *m_iqRequests;
    ProfilesModel *m_profiles;
    /// Contacts with a profile row that were seen online in this session, so that
    /// their unavailable presence marks when they went offline.
    QSet<QString> m_onlineJids;
};
