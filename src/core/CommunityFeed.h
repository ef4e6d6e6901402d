#pragma once

#include "FeedPost.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class DiscoInfoQueue;
class IqRequestExtension;
class MicroblogService;
class PubSubClient;
class PubSubEventReader;
class QXmppClient;
class SubscriptionsModel;
struct IqResponse;
struct PubSubItem;

/// Puts the posts of the communities that the user subscribed to into the news feed (the store
/// and FeedModel of MicroblogService).
///
/// At each sign-in, and whenever a subscription is added, it requests the newest FetchPageSize
/// posts of every community whose subscription is "subscribed", MaxParallelFetches at a time.
/// It then requests the node's affiliations, which list the user as owner only in a community
/// that the user owns, so FeedModel lets the user delete that community's posts. The node's disco#info (XEP-0060, section
/// 5.4) gives its access model, which the stored posts get so that TaggedPostsModel finds the
/// posts of open communities. At each sign-in it also requests the disco#info of the user's own
/// blog node, whose access model MicroblogService::setOwnAccessModel() takes. New, edited and retracted posts arrive through
/// PubSubEventReader. Published items from a PubSub service (a JID without a local part) are taken
/// only for nodes the user subscribed to; others are logged and ignored. Retractions, purges and
/// deletions of a node remove its posts from the feed whether or not the user is still
/// subscribed, because the posts no longer exist. Unsubscribing removes no post: posts already in
/// the feed stay, and new ones stop arriving.
///
/// postReceived() announces each new post of another user in a community whose subscription
/// has notify set, for notifications. Posts already there when the community was first fetched
/// on this device (PostStore::markNodeFetched()), edits and repeated events of a known item are
/// never announced. Posts published while the user was offline are announced when the next
/// sign-in fetches them. Without a store, "known" means seen on this run.
/// NOTE: only the newest FetchPageSize posts of the first fetch are stored. An older post that
/// was there too is announced if a later fetch returns it, such as after newer posts were retracted.
///
/// The author of a community post is the item's publisher where the service names it, else the
/// JID of the entry's author (XEP-0277, section 2), which the publisher chose.
class CommunityFeed : public QObject
{
    Q_OBJECT

public:
    /// Number of posts requested from each community at sign-in.
    static constexpr int FetchPageSize = 20;
    /// Number of communities requested at once.
    static constexpr int MaxParallelFetches = 3;

    /// Every argument must outlive the community feed. \a microblog owns the feed and the store that posts go to.
    CommunityFeed(QXmppClient *client, PubSubClient *pubsub, IqRequestExtension *requests, PubSubEventReader *events,
                  SubscriptionsModel *subscriptions, MicroblogService *microblog, QObject *parent = nullptr);

    /// Requests the newest posts of the subscribed communities not yet requested on this connection.
    void fetchSubscribed();
    /// Marks a community as one the user owns, such as one the user just created.
    void setOwned(const QString &service, const QString &node, bool owned);

    /// Returns the post that \a item of \a node at \a service carries, or nothing for an item
    /// without an Atom entry. A user's PEP service is the author of its posts; see the class
    /// comment for communities.
    static std::optional<FeedPost> postFromItem(const QString &service, const QString &node, const PubSubItem &item);

Q_SIGNALS:
    /// Reports that every community requested so far responded.
    void communitiesFetched();
    /// Reports posts that arrived live from a community, edits and repeated events included.
    void postsReceived(const QString &service, const QString &node, const QStringList &itemIds);
    /// Announces a new post \a itemId of \a node at \a service with the plain-text \a title
    /// (empty when the post has none) by \a authorJid, named \a authorName in the entry. Sent once
    /// per post, only for posts of other users in a subscribed community whose notify flag is set,
    /// and never for posts there at the community's first fetch on this device.
    void postReceived(const QString &service, const QString &node, const QString &itemId, const QString &title, const QString &authorJid,
                      const QString &authorName);

private:
    void handleConnected();
    void handleDisconnected();
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleNodeRemoved(const QString &service, const QString &node);
    void handleNodeDeleted(const QString &service, const QString &node);
    bool isSubscribed(const QString &service, const QString &node) const;
    /// Stores and shows the posts of \a items, and returns the ids of those stored. \a initialFetch
    /// marks the response of the community's fetch at sign-in.
    QStringList storeItems(const QString &service, const QString &node, const QVector<PubSubItem> &items, bool initialFetch = false);
    /// Announces those of \a posts that are new (see postReceived()). Call before storing them.
    void announceNewPosts(const QString &service, const QString &node, const QVector<FeedPost> &posts, bool initialFetch);
    void announce(const FeedPost &post);
    /// Returns whether the user subscribed to \a node of \a service with notify set.
    bool wantsNotifications(const QString &service, const QString &node) const;
    void requestItem(const QString &service, const QString &node, const QString &itemId);
    void fetchNext();
    void checkOwnership(const QString &service, const QString &node, int connection);
    void finishFetch();
    void handleInfo(const QString &service, const QString &node, const IqResponse &response);
    QString accountJid() const;

    QXmppClient *m_client;
    PubSubClient *m_pubsub;
    SubscriptionsModel *m_subscriptions;
    MicroblogService *m_microblog;
    DiscoInfoQueue *m_info;
    // The pubsub#access_model of each community whose disco#info arrived, by "service<node".
    QHash<QString, QString> m_accessModels;
    // Communities requested on this connection, as "service<node", and those waiting.
    QSet<QString> m_fetched;
    QVector<std::pair<QString, QString>> m_fetchQueue;
    int m_activeFetches = 0;
    // Changes with every connection, so that responses of a closed one are dropped.
    int m_connection = 0;
    // Posts announced on this run, as "service<node<itemId", so a repeated event is never announced twice.
    QSet<QString> m_announced;
    // Without a store: the communities fetched and the item ids seen on this run, by "service<node".
    QHash<QString, QSet<QString>> m_seenItems;
};
