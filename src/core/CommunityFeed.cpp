#include "CommunityFeed.h"

#include "CommunityInfo.h"
#include "DiscoInfoQueue.h"
#include "FeedModel.h"
#include "MicroblogService.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "SubscriptionsModel.h"
#include "salon_core_microblog_logging.h"

#include <QXmppClient.h>
#include <QXmppUtils.h>

namespace {

QString nodeKey(const QString &service, const QString &node)
{
    return service + QLatin1Char('<') + node;
}

// A PEP service is a user's bare JID; a PubSub service is a domain.
bool isPepService(const QString &service)
{
    return service.contains(QLatin1Char('@'));
}

} // namespace

CommunityFeed::CommunityFeed(QXmppClient *client, PubSubClient *pubsub, IqRequestExtension *requests, PubSubEventReader *events,
                             SubscriptionsModel *subscriptions, MicroblogService *microblog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pubsub(pubsub)
    , m_subscriptions(subscriptions)
    , m_microblog(microblog)
    , m_info(new DiscoInfoQueue(requests, MaxParallelFetches, this, [this](const QString &service, const QString &node, const IqResponse &response) {
        handleInfo(service, node, response);
    }))
{
    connect(client, &QXmppClient::connected, this, &CommunityFeed::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &CommunityFeed::handleDisconnected);
    connect(events, &PubSubEventReader::itemsPublished, this, &CommunityFeed::handlePublished);
    connect(events, &PubSubEventReader::itemsRetracted, this, &CommunityFeed::handleRetracted);
    connect(events, &PubSubEventReader::nodePurged, this, &CommunityFeed::handleNodeRemoved);
    connect(events, &PubSubEventReader::nodeDeleted, this, &CommunityFeed::handleNodeDeleted);

    // The list of subscriptions arrives after the sign-in, and grows as the user subscribes.
    connect(subscriptions, &QAbstractItemModel::rowsInserted, this, &CommunityFeed::fetchSubscribed);
    connect(subscriptions, &QAbstractItemModel::modelReset, this, &CommunityFeed::fetchSubscribed);
    connect(subscriptions, &QAbstractItemModel::dataChanged, this, &CommunityFeed::fetchSubscribed);

    FeedModel *feed = microblog->feed();
    feed->setCommunityTitleProvider([subscriptions](const QString &service, const QString &node) {
        const std::optional<CommunitySubscription> subscription = subscriptions->subscription(service, node);
        return subscription ? subscription->title : QString();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(subscriptions, signal, feed, &FeedModel::refreshCommunityTitles);
    }
    connect(subscriptions, &QAbstractItemModel::modelReset, feed, &FeedModel::refreshCommunityTitles);
    connect(subscriptions, &QAbstractItemModel::dataChanged, feed, &FeedModel::refreshCommunityTitles);
}

std::optional<FeedPost> CommunityFeed::postFromItem(const QString &service, const QString &node, const PubSubItem &item)
{
    const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(item.payload);
    if (!entry) {
        return std::nullopt;
    }
    FeedPost post = FeedPost::fromEntry(service, node, item.id, *entry, QDateTime::currentDateTimeUtc());
    if (!isPepService(service)) {
        const QString publisher = QXmppUtils::jidToBareJid(item.publisher).toLower();
        post.authorJid = publisher.isEmpty() ? entry->authorJid.toLower() : publisher;
    }
    return post;
}

void CommunityFeed::setOwned(const QString &service, const QString &node, bool owned)
{
    m_microblog->feed()->setNodeOwned(service, node, owned);
    m_subscriptions->setOwned(service, node, owned);
}

QString CommunityFeed::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

void CommunityFeed::handleConnected()
{
    if (!m_client->isAuthenticated()) {
        return;
    }
    ++m_connection;
    m_fetched.clear();
    m_fetchQueue.clear();
    m_activeFetches = 0;
    m_info->clear();
    // The access model of the user's own blog gives the visibility of the user's posts.
    m_info->enqueue(accountJid(), MicroblogService::node());
    fetchSubscribed();
}

void CommunityFeed::handleDisconnected()
{
    ++m_connection;
    m_fetchQueue.clear();
    m_activeFetches = 0;
}

bool CommunityFeed::isSubscribed(const QString &service, const QString &node) const
{
    const std::optional<CommunitySubscription> subscription = m_subscriptions->subscription(service, node);
    return subscription && subscription->state == QLatin1String("subscribed");
}

void CommunityFeed::handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items)
{
    if (isPepService(service)) {
        // Contacts' PEP nodes: MicroblogService and the other services take them.
        return;
    }
    if (!isSubscribed(service, node)) {
        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "ignored" << items.size() << "items of" << service << node
                                               << "because the user is not subscribed to it";
        return;
    }
    const QStringList stored = storeItems(service, node, items);
    if (!stored.isEmpty()) {
        Q_EMIT postsReceived(service, node, stored);
    }
}

void CommunityFeed::handleRetracted(const QString &service, const QString &node, const QStringList &itemIds)
{
    if (isPepService(service)) {
        return;
    }
    for (const QString &itemId : itemIds) {
        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "community post retracted:" << service << node << itemId;
        if (PostStore *store = m_microblog->store()) {
            store->remove(service, node, itemId);
        }
        m_microblog->feed()->removePost(service, node, itemId);
    }
}

void CommunityFeed::handleNodeRemoved(const QString &service, const QString &node)
{
    if (isPepService(service)) {
        return;
    }
    qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "community purged or deleted; removing its posts:" << service << node;
    if (PostStore *store = m_microblog->store()) {
        store->removeNode(service, node);
    }
    m_microblog->feed()->removeNode(service, node);
}

void CommunityFeed::handleNodeDeleted(const QString &service, const QString &node)
{
    handleNodeRemoved(service, node);
    if (!isPepService(service)) {
        setOwned(service, node, false);
    }
}

QStringList CommunityFeed::storeItems(const QString &service, const QString &node, const QVector<PubSubItem> &items, bool initialFetch)
{
    QStringList stored;
    QVector<FeedPost> posts;
    const QString account = accountJid();
    for (const PubSubItem &item : items) {
        if (item.id.isEmpty()) {
            continue;
        }
        if (item.payload.isNull()) {
            requestItem(service, node, item.id);
            continue;
        }
        std::optional<FeedPost> post = postFromItem(service, node, item);
        if (!post) {
            qCDebug(SALON_CORE_MICROBLOG).noquote() << account << "skipped item" << item.id << "of" << service << node << "without an Atom entry";
            continue;
        }
        // The user's own posts are read by their author.
        post->unread = post->authorJid != account;
        post->accessModel = m_accessModels.value(nodeKey(service, node));
        posts.append(*post);
    }

    // Announced first, because the store reads what it knew before these posts are saved.
    announceNewPosts(service, node, posts, initialFetch);
    for (const FeedPost &post : std::as_const(posts)) {
        if (PostStore *store = m_microblog->store()) {
            store->save(post, false);
        }
        m_microblog->feed()->upsertPost(post);
        stored.append(post.itemId);
    }
    if (initialFetch) {
        if (PostStore *store = m_microblog->store()) {
            store->markNodeFetched(service, node);
        }
    }
    return stored;
}

void CommunityFeed::announceNewPosts(const QString &service, const QString &node, const QVector<FeedPost> &posts, bool initialFetch)
{
    const QString account = accountJid();
    const bool notify = wantsNotifications(service, node);
    QVector<FeedPost> candidates;
    for (const FeedPost &post : posts) {
        if (notify && post.authorJid != account && !m_announced.contains(nodeKey(service, node) + QLatin1Char('<') + post.itemId)) {
            candidates.append(post);
        }
    }

    PostStore *store = m_microblog->store();
    if (!store) {
        const QString key = nodeKey(service, node);
        const bool fetchedBefore = m_seenItems.contains(key);
        QSet<QString> &seen = m_seenItems[key];
        for (const FeedPost &post : std::as_const(candidates)) {
            if (fetchedBefore && !seen.contains(post.itemId)) {
                announce(post);
            }
        }
        for (const FeedPost &post : posts) {
            seen.insert(post.itemId);
        }
        if (!fetchedBefore && !initialFetch) {
            // Events before the first fetch belong to what that fetch finds.
            m_seenItems.remove(key);
        }
        return;
    }

    if (candidates.isEmpty()) {
        return;
    }
    QStringList itemIds;
    for (const FeedPost &post : std::as_const(candidates)) {
        itemIds.append(post.itemId);
    }
    store->storedNodeItems(service, node, itemIds, this, [this, candidates](const StoredNodeItems &known) {
        if (!known.nodeFetched) {
            return;
        }
        for (const FeedPost &post : candidates) {
            if (!known.storedItemIds.contains(post.itemId)) {
                announce(post);
            }
        }
    });
}

bool CommunityFeed::wantsNotifications(const QString &service, const QString &node) const
{
    const std::optional<CommunitySubscription> subscription = m_subscriptions->subscription(service, node);
    return subscription && subscription->state == QLatin1String("subscribed") && subscription->notify;
}

void CommunityFeed::announce(const FeedPost &post)
{
    // Checked again, because the user may have turned notifications off while the store was read.
    if (!wantsNotifications(post.service, post.node)) {
        return;
    }
    const QString key = nodeKey(post.service, post.node) + QLatin1Char('<') + post.itemId;
    if (m_announced.contains(key)) {
        return;
    }
    m_announced.insert(key);
    qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "new community post" << post.service << post.node << post.itemId;
    Q_EMIT postReceived(post.service, post.node, post.itemId, post.title, post.authorJid, post.authorName);
}

void CommunityFeed::requestItem(const QString &service, const QString &node, const QString &itemId)
{
    PubSubClient::ItemsQuery query;
    query.itemIds = QStringList{itemId};
    m_pubsub->requestItems(service, node, query, this, [this, service, node](const PubSubItemsPage &page) {
        if (page.result.isOk()) {
            storeItems(service, node, page.items);
        }
    });
}

void CommunityFeed::fetchSubscribed()
{
    if (!m_client->isAuthenticated()) {
        return;
    }
    const QVector<CommunitySubscription> subscriptions = m_subscriptions->subscriptions();
    for (const CommunitySubscription &subscription : subscriptions) {
        const QString key = nodeKey(subscription.service, subscription.node);
        if (subscription.state == QLatin1String("subscribed") && !m_fetched.contains(key)) {
            m_fetched.insert(key);
            m_fetchQueue.append({subscription.service, subscription.node});
            m_info->enqueue(subscription.service, subscription.node);
        }
    }
    fetchNext();
}

void CommunityFeed::fetchNext()
{
    while (m_activeFetches < MaxParallelFetches && !m_fetchQueue.isEmpty()) {
        const auto [service, node] = m_fetchQueue.takeFirst();
        ++m_activeFetches;
        const int connection = m_connection;
        PubSubClient::ItemsQuery query;
        query.maxItems = FetchPageSize;
        m_pubsub->requestItems(service, node, query, this, [this, service = service, node = node, connection](const PubSubItemsPage &page) {
            if (connection != m_connection) {
                return;
            }
            if (page.result.isOk()) {
                qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "fetched" << page.items.size() << "posts of" << service << node;
                storeItems(service, node, page.items, true);
            } else {
                qCWarning(SALON_CORE_MICROBLOG).noquote() << accountJid() << "fetching the posts of" << service << node << "failed:" << page.result.code();
            }
            checkOwnership(service, node, connection);
        });
    }
}

void CommunityFeed::checkOwnership(const QString &service, const QString &node, int connection)
{
    // XEP-0060, section 8.9.1: only the node's owner may read its affiliations.
    m_pubsub->requestNodeAffiliations(service, node, this, [this, service, node, connection](const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations) {
        if (connection != m_connection) {
            return;
        }
        const QString account = accountJid();
        const bool owner = result.isOk() && std::any_of(affiliations.cbegin(), affiliations.cend(), [&account](const PubSubAffiliation &affiliation) {
            return affiliation.affiliation == QLatin1String("owner") && QXmppUtils::jidToBareJid(affiliation.jid).toLower() == account;
        });
        setOwned(service, node, owner);
        finishFetch();
    });
}

void CommunityFeed::handleInfo(const QString &service, const QString &node, const IqResponse &response)
{
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.isNull()) {
        qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "disco#info of community" << service << node << "failed; its access model stays unknown";
        return;
    }
    CommunityInfo info;
    info.service = service;
    info.node = node;
    info.readDiscoInfo(query);
    if (info.accessModel.isEmpty()) {
        return;
    }
    if (isPepService(service)) {
        m_microblog->setOwnAccessModel(info.accessModel);
        return;
    }
    m_accessModels.insert(nodeKey(service, node), info.accessModel);
    if (PostStore *store = m_microblog->store()) {
        store->setNodeAccessModel(service, node, info.accessModel);
    }
}

void CommunityFeed::finishFetch()
{
    --m_activeFetches;
    fetchNext();
    if (m_activeFetches == 0 && m_fetchQueue.isEmpty()) {
        Q_EMIT communitiesFetched();
    }
}
