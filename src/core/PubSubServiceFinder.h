#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class DiscoInfoQueue;
class IqRequestExtension;
class QXmppClient;
struct IqResponse;

/// Finds PubSub services (XEP-0060) that host communities: entities whose disco#info
/// has an identity of category \c pubsub and type \c service. Accounts, whose PEP service has
/// the type \c pep (XEP-0163), never count.
///
/// find() with no server looks at the user's server: its disco#items result and, because a
/// server may be a PubSub service itself, the server. find() with an address that the user typed
/// looks at that entity in the same way, so both "pubsub.example.org" and "example.org" find
/// pubsub.example.org. It reads at most MaxItems items and requests their info a few at a time.
/// A failed info request leaves that entity out; a failed items request of a typed address that
/// is no service reaches the user through actionFailed().
class PubSubServiceFinder : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of items whose info is requested.
    static constexpr int MaxItems = 100;
    /// Maximum number of info requests that wait for a response at once.
    static constexpr int MaxConcurrentRequests = 8;

    /// \a client, the account's, and \a requests, an extension of it, must outlive the finder.
    PubSubServiceFinder(QXmppClient *client, IqRequestExtension *requests, QObject *parent = nullptr);

    /// Starts looking for services on \a server, a domain the user typed, or on the user's server
    /// when \a server is empty. A search that is still running starts over.
    void find(const QString &server = QString());
    /// The services found by the last search that ended, sorted.
    QStringList services() const;
    bool isSearching() const;

Q_SIGNALS:
    /// The search on \a server ended, with the JIDs of the services found, sorted.
    void servicesFound(const QString &server, const QStringList &services);
    /// The search on \a server failed. \a message is a translated sentence.
    void actionFailed(const QString &server, const QString &message);

private:
    void handleItems(const IqResponse &response);
    void handleInfo(const QString &jid, const IqResponse &response);
    void finishIfDone();
    QString accountJid() const;

    QXmppClient *m_client;
    IqRequestExtension *m_requests;
    DiscoInfoQueue *m_infoQueue;
    QString m_server;
    QStringList m_services;
    QSet<QString> m_found;
    QSet<QString> m_requested;
    /// Whether the server's items request failed; the server's own info may still make it a service.
    bool m_itemsFailed = false;
    QString m_itemsFailure;
    /// Changes with every search, so that responses of an earlier one are ignored.
    int m_search = 0;
    bool m_searching = false;
    bool m_itemsPending = false;
};
