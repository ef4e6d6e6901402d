#pragma once

#include "IqResponse.h"

#include <QXmppClientExtension.h>

class BlockedModel;
class BlockingIq;
class ContactsModel;
class DiscoveryService;
class IqRequestExtension;

/// Blocking of other addresses (XEP-0191, Blocking Command): the server drops
/// their messages and presence, and hides the user's presence from them.
///
/// After each sign-in it learns from the account's DiscoveryService whether
/// the user's server supports blocking (the feature \c urn:xmpp:blocking)
/// and then fetches the block list into blockedContacts(). The server pushes every change of
/// the list, made by this client or by another client of the account, to all
/// of the account's clients that fetched it. Pushes are accepted only from the
/// user's own server or bare JID; a push from anyone else is rejected and logged.
///
/// The actions return at once. The blocked model shows their effect when the
/// server accepts the change. A failure is reported through actionFailed()
/// with a translated sentence. The contacts model shows a blocked contact as
/// offline.
///
/// The client owns the service, which it receives through
/// QXmppClient::addExtension():
///
/// \code
/// auto *blocking = new BlockingService(contactsModel, discovery);
/// client->addExtension(blocking);
/// connect(blocking, &BlockingService::actionFailed, this, [](const QString &jid, const QString &message) { ... });
/// blocking->block(QStringLiteral("spammer@example.org"));
/// \endcode
class BlockingService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(bool supported READ isSupported NOTIFY supportedChanged)
    Q_PROPERTY(BlockedModel *blockedContacts READ blockedContacts CONSTANT)

public:
    /// \a contacts receives the blocked JIDs and \a discovery reports the server's features; both must outlive the service.
    BlockingService(ContactsModel *contacts, DiscoveryService *discovery);
    ~BlockingService() override;

    /// Whether the user's server supports blocking; false until the block list arrives after the first sign-in.
    bool isSupported() const;
    BlockedModel *blockedContacts() const;

    /// Blocks \a jid, which the user may have typed: a resource is dropped.
    Q_INVOKABLE void block(const QString &jid);
    /// Unblocks \a jid, which the user may have typed: a resource is dropped.
    Q_INVOKABLE void unblock(const QString &jid);

    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    void supportedChanged();
    /// Blocking or unblocking \a jid failed; \a message is a translated sentence for the user.
    /// \a jid is the argument as given when it is not a valid JID.
    void actionFailed(const QString &jid, const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    enum class Query {
        BlockList,
    };

    void handleConnected();
    void handleDisconnected();
    void handleServerInfo();
    void requestBlockList();
    void sendQuery(const QXmppIq &iq, Query query);
    void handleQueryResponse(Query query, const QDomElement &stanza);
    void handlePush(const QDomElement &stanza);
    void applyChange(const BlockingIq &iq);
    void setSupported(bool supported);
    void updateContacts();

    /// Sends a block or an unblock of \a bareJid after the checks every action shares.
    void sendChange(const QString &jid, bool blocking);
    QString checkedJid(const QString &jid);
    bool isFromOwnServer(const QString &from);
    QString accountJid();
    void fail(const QString &jid, const QString &message);
    static QString reasonText(const IqResponse &response);

    ContactsModel *m_contacts;
    DiscoveryService *m_discovery;
    BlockedModel *m_blocked;
    IqRequestExtension *m_iqRequests;
    bool m_supported = false;
    /// Queries sent to the server since sign-in that wait for a response, by IQ id.
    QHash<QString, Query> m_pendingQueries;
};
