#pragma once

#include <QHash>
#include <QSet>
#include <QXmppClientExtension.h>

#include <memory>

class Database;
class DiscoveryStore;
class QXmppDiscoveryIq;
class QXmppPresence;
class ServerFeatures;
struct DiscoveryInfo;

/// Service discovery (XEP-0030) and entity capabilities (XEP-0115) of one account, with a cache.
///
/// After each sign-in it sets serverFeatures() from the user's server's
/// disco#info result. A result of the server cached less than
/// ServerInfoMaxAgeMs ago is used without a request. NOTE: QXmpp 1.4 does not
/// pass the stream features to extensions, so the caps ver that a server
/// announces there is unknown here and the server's result is cached under
/// its JID.
///
/// Every available presence that announces capabilities with a supported hash
/// is looked up in the cache by its verification string. Only a string not
/// cached yet causes a disco#info request to the presence's sender. The
/// result is cached under the string only when its own hash matches it;
/// otherwise it is logged and dropped.
///
/// The client owns the service, which must come first among its extensions
/// so that it receives the responses to its requests:
///
/// \code
/// auto *discovery = new DiscoveryService;
/// client->insertExtension(0, discovery);
/// discovery->setDatabase(database);
/// connect(discovery->serverFeatures(), &ServerFeatures::changed, ...);
/// \endcode
class DiscoveryService : public QXmppClientExtension
{
    Q_OBJECT

public:
    /// How long a cached result of the user's server is used without asking again, in milliseconds.
    static constexpr qint64 ServerInfoMaxAgeMs = 24 * 60 * 60 * 1000;

    DiscoveryService();
    ~DiscoveryService() override;

    /// Caches results in \a database from the next sign-in on; the database must outlive the service.
    /// Without a database, verification strings are remembered only while the service lives.
    void setDatabase(Database *database);

    ServerFeatures *serverFeatures() const;

    /// Returns whether a result for the verification string \a ver of the algorithm \a hashName is known.
    bool hasCapabilities(const QString &hashName, const QString &ver) const;

    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// Reports that serverFeatures() contains the result for the current connection, from the cache or the server.
    /// Emitted once per connection, unless the server's reply is an error or never arrives.
    void serverInfoReady();
    /// A disco#info request was sent to \a jid for \a node (empty for none).
    void infoRequested(const QString &jid, const QString &node);
    /// The result for a verification string became known, from the cache or from a request.
    void capabilitiesKnown(const QString &hashName, const QString &ver);
    /// The disco#info result of \a jid does not match the verification string \a ver that it announced.
    void capabilitiesRejected(const QString &jid, const QString &ver);

protected:
    void setClient(QXmppClient *client) override;

private:
    struct Request {
        QString jid;
        QString node;
        /// The announced capabilities to check; empty for a request to the server.
        QString hashName;
        QString ver;
    };

    void handleConnected();
    void handleDisconnected();
    void handlePresence(const QXmppPresence &presence);
    void lookUpCapabilities(const QString &jid, const QString &hashName, const QString &ver, const QString &node);
    void requestInfo(const Request &request);
    void handleResponse(const Request &request, const QDomElement &stanza);
    void handleServerInfo(const DiscoveryInfo &info);
    void handleCapabilities(const Request &request, const QXmppDiscoveryIq &iq);
    QString accountJid();
    static QString capabilitiesKey(const QString &hashName, const QString &ver);

    ServerFeatures *m_serverFeatures;
    std::unique_ptr<DiscoveryStore> m_store;
    /// Requests that wait for a response, by IQ id.
    QHash<QString, Request> m_pending;
    /// Verification strings ("hash ver") known to be cached, and those being looked up or requested.
    QSet<QString> m_knownCapabilities;
    QSet<QString> m_lookups;
};
