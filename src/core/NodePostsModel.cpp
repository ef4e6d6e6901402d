#include "NodePostsModel.h"

#include "CommunityFeed.h"
#include "MicroblogService.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "store/PostStore.h"
#include "salon_core_microblog_logging.h"

NodePostsModel::NodePostsModel(const QString &service, const QString &node, const QString &accountJid, PubSubClient *pubsub,
                               PubSubEventReader *events, std::function<PostStore *()> store, QObject *parent)
    : PostListModel(accountJid, parent)
    , m_service(service.toLower())
    , m_node(node)
    , m_pubsub(pubsub)
    , m_store(std::move(store))
{
    connect(events, &PubSubEventReader::itemsPublished, this, &NodePostsModel::handlePublished);
    connect(events, &PubSubEventReader::itemsRetracted, this, &NodePostsModel::handleRetracted);
    connect(events, &PubSubEventReader::nodePurged, this, &NodePostsModel::handleNodeRemoved);
    connect(events, &PubSubEventReader::nodeDeleted, this, &NodePostsModel::handleNodeRemoved);
}

QString NodePostsModel::service() const
{
    return m_service;
}

QString NodePostsModel::node() const
{
    return m_node;
}

QString NodePostsModel::errorText() const
{
    return m_errorText;
}

void NodePostsModel::open()
{
    PostStore *store = m_store();
    if (!store) {
        requestPage();
        return;
    }
    // The service is asked after the cached page is shown, so that an offline fallback continues after it.
    setLoading(true);
    store->nodePage(m_service, m_node, FeedCursor(), PageSize, this, [this](const QVector<FeedPost> &posts) {
        for (const FeedPost &post : posts) {
            if (indexOf(post.service, post.node, post.itemId) < 0) {
                upsertPost(post);
            }
        }
        requestPage();
    });
}

void NodePostsModel::loadMore()
{
    if (isLoading() || !canLoadMore()) {
        return;
    }
    requestPage();
}

void NodePostsModel::requestPage()
{
    setLoading(true);
    PubSubClient::ItemsQuery query;
    query.maxItems = PageSize;
    if (!m_lastId.isEmpty()) {
        query.after = m_lastId;
    } else if (m_unpagedCount > 0) {
        query.maxItems = std::min(m_unpagedCount + PageSize, MaxUnpagedItems);
    }
    // The user's own PEP service is addressed without a JID, as MicroblogService does.
    const QString requestService = m_service == accountJid() ? QString() : m_service;
    const int requested = query.maxItems;
    m_pubsub->requestItems(requestService, m_node, query, this, [this, requested](const PubSubItemsPage &page) {
        handlePage(page, requested);
    });
}

void NodePostsModel::handlePage(const PubSubItemsPage &page, int requested)
{
    if (page.result.error() == PubSubResult::Error::Offline || page.result.error() == PubSubResult::Error::Timeout) {
        qCInfo(SALON_CORE_MICROBLOG).noquote() << accountJid() << "reading cached posts of" << m_service << m_node << "after:" << page.result.code();
        loadCachedPage();
        return;
    }
    setLoading(false);
    // A user who never posted has no blog node yet (XEP-0277 creates it with the first post), so
    // the front ends show their text for an empty blog rather than an error.
    if (page.result.error() == PubSubResult::Error::ItemNotFound && m_node == MicroblogService::node()) {
        qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "found no blog node at" << m_service;
        setErrorText(QString());
        setCanLoadMore(false);
        Q_EMIT pageLoaded(0);
        return;
    }
    if (!page.result.isOk()) {
        setErrorText(page.result.text());
        setCanLoadMore(false);
        Q_EMIT pageLoaded(0);
        return;
    }
    setErrorText(QString());

    const int added = addItems(page.items);
    if (page.count >= 0 && !page.lastId.isEmpty()) {
        m_lastId = page.lastId;
        setCanLoadMore(page.items.size() == requested && rowCount() < page.count);
    } else {
        m_unpagedCount = page.items.size();
        setCanLoadMore(page.items.size() == requested && requested < MaxUnpagedItems);
    }
    qCDebug(SALON_CORE_MICROBLOG).noquote() << accountJid() << "read" << page.items.size() << "posts of" << m_service << m_node << "new:" << added;
    Q_EMIT pageLoaded(added);
}

void NodePostsModel::loadCachedPage()
{
    PostStore *store = m_store();
    if (!store) {
        setLoading(false);
        setCanLoadMore(false);
        Q_EMIT pageLoaded(0);
        return;
    }
    FeedCursor cursor;
    if (rowCount() > 0) {
        cursor.published = postAt(rowCount() - 1).published;
        cursor.itemId = postAt(rowCount() - 1).itemId;
    }
    store->nodePage(m_service, m_node, cursor, PageSize, this, [this](const QVector<FeedPost> &posts) {
        int added = 0;
        for (const FeedPost &post : posts) {
            if (indexOf(post.service, post.node, post.itemId) < 0) {
                upsertPost(post);
                ++added;
            }
        }
        setLoading(false);
        // A full page may have more cached posts after it, so a view opened again requests them from the service.
        setCanLoadMore(posts.size() == PageSize);
        Q_EMIT pageLoaded(added);
    });
}

int NodePostsModel::addItems(const QVector<PubSubItem> &items)
{
    int added = 0;
    PostStore *store = m_store();
    for (const PubSubItem &item : items) {
        if (item.id.isEmpty() || item.payload.isNull()) {
            continue;
        }
        const std::optional<FeedPost> post = CommunityFeed::postFromItem(m_service, m_node, item);
        if (!post) {
            continue;
        }
        if (indexOf(post->service, post->node, post->itemId) < 0) {
            ++added;
        }
        if (store) {
            store->cache(*post);
        }
        upsertPost(*post);
    }
    return added;
}

bool NodePostsModel::isThisNode(const QString &service, const QString &node) const
{
    return node == m_node && service.compare(m_service, Qt::CaseInsensitive) == 0;
}

void NodePostsModel::handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items)
{
    if (isThisNode(service, node)) {
        addItems(items);
    }
}

void NodePostsModel::handleRetracted(const QString &service, const QString &node, const QStringList &itemIds)
{
    if (!isThisNode(service, node)) {
        return;
    }
    PostStore *store = m_store();
    for (const QString &itemId : itemIds) {
        if (store) {
            store->remove(m_service, m_node, itemId);
        }
        removePost(m_service, m_node, itemId);
    }
}

void NodePostsModel::handleNodeRemoved(const QString &service, const QString &node)
{
    if (isThisNode(service, node)) {
        clear();
    }
}

void NodePostsModel::setErrorText(const QString &text)
{
    if (m_errorText != text) {
        m_errorText = text;
        Q_EMIT errorTextChanged();
    }
}
