#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class CommunityDirectoryModel;
class CommunityListing;
class DiscoInfoQueue;
class IqRequestExtension;
class PubSubClient;
class PubSubServiceFinder;
struct PubSubAffiliation;
class PubSubResult;
class QXmppClient;
struct IqResponse;

/// The communities of a PubSub service: its nodes (XEP-0060), for a
/// community browser.
///
/// requestCommunities() lists the nodes through the service's disco#items result, page by page
/// where the service supports Result Set Management (XEP-0059), up to MaxCommunities nodes. Then
/// it requests each node's disco#info, at most MaxConcurrentInfoRequests at a time, for its title,
/// description, access model and counts. Communities show in communities() as soon as they are
/// listed, and change as their info arrives. communities()->loading() is true until every request
/// has ended. CommunityListing drops the items of a hostile or broken service that are no node of it.
///
/// A failed listing reaches the user through actionFailed() with a translated sentence. Nodes
/// whose info request fails stay listed with infoLoaded false, and only the log counts them.
///
/// With a PubSubClient set, each listing also learns which nodes the user owns, for the \c owned
/// role: it requests the user's affiliations with every node of the service once (XEP-0060, section
/// 5.7). A service that does not support that request, such as Prosody 0.12, is asked for the
/// affiliations of each listed node instead (section 8.9), which only an owner may read, for the
/// first MaxOwnershipChecks nodes, MaxConcurrentOwnershipChecks at a time. The listing counts
/// as loading until these requests have ended too.
///
/// findServices() finds PubSub services on the user's server or on a server the user typed
/// (PubSubServiceFinder), to offer them for requestCommunities().
///
/// \code
/// auto *directory = new CommunityDirectory(client, requests, this);
/// connect(directory, &CommunityDirectory::actionFailed, this, [](const QString &service, const QString &message) { ... });
/// directory->requestCommunities(QStringLiteral("pubsub.example.org"));
/// \endcode
class CommunityDirectory : public QObject
{
    Q_OBJECT
    Q_PROPERTY(CommunityDirectoryModel *communities READ communities CONSTANT)
    Q_PROPERTY(QStringList services READ services NOTIFY servicesFound)

public:
    /// Maximum number of nodes listed from one service.
    static constexpr int MaxCommunities = 1000;
    /// Nodes requested per page from services that support Result Set Management.
    static constexpr int PageSize = 100;
    /// Maximum number of node info requests that wait for a response at once.
    static constexpr int MaxConcurrentInfoRequests = 8;
    /// Time to wait for each node's info, in milliseconds. Shorter than for the list, because a
    /// single node without a response keeps the list loading until then.
    static constexpr int DefaultInfoTimeoutMs = 15000;
    /// Maximum number of nodes per listing whose affiliations are requested one by one.
    static constexpr int MaxOwnershipChecks = 100;
    /// Maximum number of node affiliation requests that wait for a response at once.
    static constexpr int MaxConcurrentOwnershipChecks = 4;

    /// \a client, the account's, and \a requests, an extension of it placed before QXmpp's
    /// discovery manager, must outlive the directory.
    CommunityDirectory(QXmppClient *client, IqRequestExtension *requests, QObject *parent = nullptr);
    ~CommunityDirectory() override;

    CommunityDirectoryModel *communities() const;
    /// The PubSub services that the last findServices() found.
    QStringList services() const;

    /// Sets the client through which each listing requests the user's affiliations. \a pubsub
    /// must outlive the directory. Without it, the \c owned role comes from the subscriptions only.
    void setPubSubClient(PubSubClient *pubsub);

    /// Sets the time to wait for each response, in milliseconds, of the list and of each node's info.
    void setTimeoutMs(int timeoutMs);

    /// Lists the nodes of \a service, a domain such as \c pubsub.example.org that the user may
    /// have typed, replacing the communities shown and any listing still running.
    Q_INVOKABLE void requestCommunities(const QString &service);
    /// Lists the nodes of the service of the current list again.
    Q_INVOKABLE void refresh();
    /// Requests the info of the listed community \a node again, such as after its owner changed
    /// its configuration. Does nothing for a node that is not listed.
    Q_INVOKABLE void refreshCommunity(const QString &node);
    /// Stops the running listing. The communities listed so far stay.
    Q_INVOKABLE void cancel();
    /// Looks for PubSub services on \a server, or on the user's server when it is empty, and
    /// reports them through servicesFound().
    Q_INVOKABLE void findServices(const QString &server = QString());

    /// Returns a translated reason why a disco request that did not end in a result failed,
    /// which completes a sentence such as "Salon could not list the communities of X: …".
    static QString failureReason(const IqResponse &response);

Q_SIGNALS:
    /// The listing of \a service and its info requests have ended, with \a count nodes listed.
    void communitiesListed(const QString &service, int count);
    /// The search on \a server ended with \a services.
    void servicesFound(const QString &server, const QStringList &services);
    /// Listing the nodes of \a service, or finding services on the server \a service, failed.
    /// \a message is a translated sentence.
    void actionFailed(const QString &service, const QString &message);

private:
    void requestPage();
    void handlePage(const IqResponse &response);
    void handleInfo(const QString &node, const IqResponse &response);
    void finishIfDone();
    void requestOwnership();
    void handleServiceAffiliations(const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations);
    /// Queues the affiliation request of \a node when the service lists no affiliations of its own.
    void checkOwnership(const QString &node);
    void sendOwnershipChecks();
    QString accountJid() const;

    QXmppClient *m_client;
    IqRequestExtension *m_requests;
    CommunityDirectoryModel *m_communities;
    DiscoInfoQueue *m_infoQueue;
    PubSubServiceFinder *m_serviceFinder;
    std::unique_ptr<CommunityListing> m_listing;
    /// Changes with every listing, so that responses of an earlier one are ignored.
    int m_run = 0;
    bool m_pagePending = false;
    int m_failedInfoRequests = 0;
    int m_timeoutMs;

    PubSubClient *m_pubsub = nullptr;
    // Whether the current listing requests each node's affiliations, because the service did not
    // return the user's affiliations with all its nodes.
    bool m_checkEachNode = false;
    bool m_serviceAffiliationsPending = false;
    QStringList m_ownershipQueue;
    int m_ownershipChecksQueued = 0;
    int m_activeOwnershipChecks = 0;
};
