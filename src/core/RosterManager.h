#pragma once

#include <QList>
#include <QMap>
#include <QXmppClientExtension.h>
#include <QXmppRosterIq.h>

/// The user's roster (RFC 6121, section 2), kept in step with the server, with roster versioning.
///
/// It replaces QXmpp 1.4's QXmppRosterManager, whose roster request on
/// connection carries no version. After a sign-in on a new stream it requests
/// the roster once. When the server announced roster versioning (the stream
/// feature \c urn:xmpp:features:rosterver, section 2.6) the request carries
/// the version of the roster held here, or an empty version to start
/// versioning when none is known. The server then replies with an empty
/// result while the roster is unchanged, so the roster held here stays, or
/// with the whole roster. Without versioning every request fetches the whole
/// roster. After a resumed stream (XEP-0198) nothing is requested.
///
/// The roster held here survives a disconnection: it is the base of the next
/// versioned request. setCachedRoster() gives it the roster that a previous
/// run cached. Roster pushes are accepted only from the user's server, which
/// sends them without a sender or from the user's bare JID; a push from
/// anyone else is left to QXmpp, which rejects it with an error.
///
/// Install it in place of QXmpp's manager:
///
/// \code
/// client->removeExtension(client->findExtension<QXmppRosterManager>());
/// auto *roster = new RosterManager;
/// client->addExtension(roster);
/// connect(roster, &RosterManager::rosterReceived, ...);
/// \endcode
class RosterManager : public QXmppClientExtension
{
    Q_OBJECT

public:
    RosterManager();
    ~RosterManager() override;

    /// Whether the server replied to the roster request of the current stream.
    bool isRosterReceived() const;
    /// Whether the server's last reply to a roster request was an empty result: the roster held
    /// here, at the version that the request carried, is current.
    bool isRosterUnchanged() const;

    QStringList rosterBareJids() const;
    /// Returns the item of \a bareJid, or an item with an empty JID when it is not in the roster.
    QXmppRosterIq::Item rosterEntry(const QString &bareJid) const;
    /// The server's version of the roster held here; empty when the server sent none.
    QString rosterVersion() const;

    /// Uses \a items at \a version, as cached for \a accountJid by an earlier run, as the roster
    /// held here, unless the server already sent roster data since the last clear(). An empty
    /// \a version requests the whole roster.
    void setCachedRoster(const QString &accountJid, const QList<QXmppRosterIq::Item> &items, const QString &version);
    /// Forgets the roster held here, for example before another address signs in.
    void clear();

    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// The server replied to the roster request: with the whole roster, or with an empty result
    /// that confirms the roster held here. Not emitted after a resumed stream.
    void rosterReceived();
    /// A roster push added \a bareJid.
    void itemAdded(const QString &bareJid);
    /// A roster push changed the item of \a bareJid.
    void itemChanged(const QString &bareJid);
    /// A roster push removed \a bareJid.
    void itemRemoved(const QString &bareJid);

protected:
    void setClient(QXmppClient *client) override;

private:
    void handleConnected();
    void handleDisconnected();
    void handleStreamFeatures(const QDomElement &features);
    void requestRoster(bool withVersion);
    void handleRosterResponse(const QDomElement &stanza);
    void handlePush(const QDomElement &stanza);
    void setVersionFromPush(const QXmppRosterIq &push);
    /// Starts holding the roster of \a accountJid, forgetting another address's roster.
    void adoptAccount(const QString &accountJid);
    bool isFromUserServer(const QString &from);
    QString accountJid();

    QMap<QString, QXmppRosterIq::Item> m_entries;
    QString m_version;
    /// The address whose roster m_entries holds; empty when none.
    QString m_rosterAccount;
    /// Whether the server sent a roster or a push since the roster was last cleared or adopted.
    bool m_hasServerData = false;
    bool m_rosterReceived = false;
    bool m_rosterUnchanged = false;
    /// Whether the last stream features of the current connection announced roster versioning.
    bool m_versioningSupported = false;
    QString m_requestId;
    /// Whether the pending request carried a version, and which one (empty to start versioning).
    bool m_requestCarriedVersion = false;
    QString m_requestedVersion;
};
