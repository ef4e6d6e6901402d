#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class DiscoInfoQueue;
class IqRequestExtension;
class QXmppClient;
struct IqResponse;

/// Finds the group chat services of the user's server (XEP-0045, section 6.1): the items of the
/// server's disco#items result whose disco#info has an identity of category \c conference and
/// type \c text.
///
/// It reads at most MaxItems items and requests their info a few at a time. A failed info request
/// leaves that item out. Failures of the server's items request reach the user through
/// actionFailed().
class MucServiceFinder : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of the server's items whose info is requested.
    static constexpr int MaxItems = 100;
    /// Maximum number of info requests that wait for a response at once.
    static constexpr int MaxConcurrentRequests = 8;

    /// \a client, the account's, and \a requests, an extension of it, must outlive the finder.
    MucServiceFinder(QXmppClient *client, IqRequestExtension *requests, QObject *parent = nullptr);

    /// Starts looking for services. A search that is still running starts over.
    void find();
    /// The services found by the last search that ended, sorted.
    QStringList services() const;
    bool isSearching() const;

Q_SIGNALS:
    /// The search ended, with the JIDs of the services found, sorted.
    void servicesFound(const QStringList &services);
    /// The server's items could not be read. \a message is a translated sentence.
    void actionFailed(const QString &server, const QString &message);

private:
    void handleItems(const IqResponse &response);
    void handleInfo(const QString &jid, const IqResponse &response);
    void finish();
    QString accountJid() const;

    QXmppClient *m_client;
    IqRequestExtension *m_requests;
    DiscoInfoQueue *m_infoQueue;
    QStringList m_services;
    QSet<QString> m_found;
    /// Changes with every search, so that responses of an earlier one are ignored.
    int m_search = 0;
    bool m_searching = false;
    bool m_itemsPending = false;
};
