#include "FeedModel.h"

#include "store/PostStore.h"

#include <QVariantMap>

#include <utility>

namespace {

// Whether \a a comes before \a b, newest first, in the order of PostStore::page().
bool isNewer(const FeedPost &a, const FeedPost &b)
{
    const qint64 aMs = a.published.toMSecsSinceEpoch();
    const qint64 bMs = b.published.toMSecsSinceEpoch();
    if (aMs != bMs) {
        return aMs > bMs;
    }
    return a.itemId > b.itemId;
}

QVariantList enclosureMaps(const FeedPost &post)
{
    QVariantList maps;
    const QVector<AtomLink> enclosures = post.enclosures();
    for (const AtomLink &link : enclosures) {
        maps.append(QVariantMap{{QStringLiteral("href"), link.href},
                                {QStringLiteral("type"), link.type},
                                {QStringLiteral("title"), link.title},
                                {QStringLiteral("length"), link.length}});
    }
    return maps;
}

QVariantList relatedLinkMaps(const FeedPost &post)
{
    QVariantList maps;
    const QVector<AtomLink> links = post.relatedLinks();
    for (const AtomLink &link : links) {
        maps.append(QVariantMap{{QStringLiteral("href"), link.href}, {QStringLiteral("title"), link.title}});
    }
    return maps;
}

} // namespace

QString FeedModel::communityTitle(const FeedPost &post) const
{
    if (!isCommunityPost(post)) {
        return QString();
    }
    const QString title = m_communityTitle ? m_communityTitle(post.service, post.node) : QString();
    return title.isEmpty() ? post.node : title;
}

FeedModel::FeedModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_posts.size();
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FeedPost &post = m_posts.at(index.row());
    switch (role) {
    case UnreadRole:
        return post.unread;
    case PendingRole:
        return post.pending;
    case OwnRole:
        return !m_accountJid.isEmpty() && post.authorJid.compare(m_accountJid, Qt::CaseInsensitive) == 0;
    case CanDeleteRole:
        return data(index, OwnRole).toBool() || isNodeOwned(post.service, post.node);
    case CommunityTitleRole:
        return communityTitle(post);
    default:
        return postData(post, role);
    }
}

QVariant FeedModel::postData(const FeedPost &post, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return post.title.isEmpty() ? post.plainText : post.title;
    case ServiceRole:
        return post.service;
    case NodeRole:
        return post.node;
    case ItemIdRole:
        return post.itemId;
    case AuthorJidRole:
        return post.authorJid;
    case AuthorNameRole:
        return post.authorName;
    case TitleRole:
        return post.title;
    case ContentHtmlRole:
        return post.contentHtml;
    case PlainTextRole:
        return post.plainText;
    case SummaryRole:
        return post.summary;
    case PublishedRole:
        return post.published;
    case UpdatedRole:
        return post.updated;
    case TagsRole:
        return post.tags;
    case EnclosuresRole:
        return enclosureMaps(post);
    case CommentsUriRole:
        return post.commentsUri;
    case IsCommunityRole:
        return isCommunityPost(post);
    case VisibilityRole:
        return post.visibility();
    case MarkdownRole:
        return post.markdown;
    case LinksRole:
        return relatedLinkMaps(post);
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {ServiceRole, "service"},
        {NodeRole, "node"},
        {ItemIdRole, "itemId"},
        {AuthorJidRole, "authorJid"},
        {AuthorNameRole, "authorName"},
        {TitleRole, "title"},
        {ContentHtmlRole, "contentHtml"},
        {PlainTextRole, "plainText"},
        {SummaryRole, "summary"},
        {PublishedRole, "published"},
        {UpdatedRole, "updated"},
        {TagsRole, "tags"},
        {EnclosuresRole, "enclosures"},
        {CommentsUriRole, "commentsUri"},
        {UnreadRole, "unread"},
        {PendingRole, "pending"},
        {OwnRole, "own"},
        {CanDeleteRole, "canDelete"},
        {IsCommunityRole, "isCommunity"},
        {CommunityTitleRole, "communityTitle"},
        {VisibilityRole, "visibility"},
        {MarkdownRole, "markdown"},
        {LinksRole, "links"},
    };
}

void FeedModel::setAccountJid(const QString &jid)
{
    if (m_accountJid == jid) {
        return;
    }
    m_accountJid = jid;
    if (!m_posts.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(m_posts.size() - 1), {OwnRole, CanDeleteRole});
    }
}

bool FeedModel::isCommunityPost(const FeedPost &post)
{
    return !post.service.contains(QLatin1Char('@'));
}

void FeedModel::setNodeOwned(const QString &service, const QString &node, bool owned)
{
    const QString key = service.toLower() + QLatin1Char('<') + node;
    if (m_ownedNodes.contains(key) == owned) {
        return;
    }
    if (owned) {
        m_ownedNodes.insert(key);
    } else {
        m_ownedNodes.remove(key);
    }
    refreshRoles({CanDeleteRole});
}

bool FeedModel::isNodeOwned(const QString &service, const QString &node) const
{
    return m_ownedNodes.contains(service.toLower() + QLatin1Char('<') + node);
}

void FeedModel::setCommunityTitleProvider(std::function<QString(const QString &, const QString &)> provider)
{
    m_communityTitle = std::move(provider);
    refreshCommunityTitles();
}

void FeedModel::refreshCommunityTitles()
{
    refreshRoles({CommunityTitleRole});
}

void FeedModel::refreshRoles(const QVector<int> &roles)
{
    if (!m_posts.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(m_posts.size() - 1), roles);
    }
}

void FeedModel::setStore(PostStore *store)
{
    ++m_storeGeneration;
    m_store = store;
    m_loading = false;
    m_deferred.clear();
    m_unreadCountRequested = false;
    m_unreadCountStale = false;
    if (!m_posts.isEmpty()) {
        beginResetModel();
        m_posts.clear();
        m_keyCounts.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    setCanLoadMore(m_store != nullptr);
    setUnreadCount(0);
    if (m_store) {
        loadMore();
        refreshUnreadCount();
    }
}

int FeedModel::unreadCount() const
{
    return m_unreadCount;
}

bool FeedModel::canLoadMore() const
{
    return m_canLoadMore;
}

void FeedModel::loadMore()
{
    if (!m_store || m_loading || !m_canLoadMore) {
        return;
    }
    m_loading = true;
    FeedCursor cursor;
    if (!m_posts.isEmpty()) {
        cursor.published = m_posts.constLast().published;
        cursor.itemId = m_posts.constLast().itemId;
    }
    const int generation = m_storeGeneration;
    m_store->page(cursor, PageSize, this, [this, generation](const QVector<FeedPost> &page) {
        appendPage(page, generation);
    });
}

void FeedModel::appendPage(const QVector<FeedPost> &page, int generation)
{
    if (generation != m_storeGeneration) {
        return;
    }
    m_loading = false;

    // Live posts may have arrived while the page was read.
    QVector<FeedPost> fresh;
    for (const FeedPost &post : page) {
        if (indexOf(post.service, post.node, post.itemId) < 0) {
            fresh.append(post);
        }
    }
    if (!fresh.isEmpty()) {
        for (const FeedPost &post : fresh) {
            insertRow(insertionRow(post), post);
        }
        Q_EMIT countChanged();
    }
    setCanLoadMore(page.size() == PageSize);

    const QVector<std::function<void()>> deferred = std::exchange(m_deferred, {});
    for (const auto &change : deferred) {
        change();
    }
}

void FeedModel::markRead(int row)
{
    if (row < 0 || row >= m_posts.size() || !m_posts.at(row).unread) {
        return;
    }
    FeedPost &post = m_posts[row];
    post.unread = false;
    Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
    if (m_store) {
        m_store->markRead(post.service, post.node, post.itemId);
    }
    refreshUnreadCount();
}

void FeedModel::markAllRead()
{
    for (FeedPost &post : m_posts) {
        post.unread = false;
    }
    if (!m_posts.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(m_posts.size() - 1), {UnreadRole});
    }
    if (m_store) {
        m_store->markAllRead();
    }
    refreshUnreadCount();
}

void FeedModel::upsertPost(const FeedPost &post)
{
    if (m_loading) {
        m_deferred.append([this, post] {
            upsertPost(post);
        });
        return;
    }

    FeedPost shown = post;
    const int existing = indexOf(post.service, post.node, post.itemId);
    if (existing >= 0) {
        shown.unread = shown.unread && m_posts.at(existing).unread;
        shown.keepLocalState(m_posts.at(existing));
        if (m_posts.at(existing).published == shown.published) {
            m_posts[existing] = shown;
            Q_EMIT dataChanged(index(existing), index(existing));
            refreshUnreadCount();
            return;
        }
        removeRow(existing);
    }

    const int row = insertionRow(shown);
    // An older post than every loaded one comes with loadMore(), in its place.
    if (row == m_posts.size() && m_canLoadMore) {
        refreshUnreadCount();
        return;
    }
    insertRow(row, shown);
    Q_EMIT countChanged();
    refreshUnreadCount();
}

void FeedModel::removePost(const QString &service, const QString &node, const QString &itemId)
{
    if (m_loading) {
        m_deferred.append([this, service, node, itemId] {
            removePost(service, node, itemId);
        });
        return;
    }

    const int row = indexOf(service, node, itemId);
    if (row >= 0) {
        removeRow(row);
        refreshUnreadCount();
    }
}

void FeedModel::removeNode(const QString &service, const QString &node)
{
    if (m_loading) {
        m_deferred.append([this, service, node] {
            removeNode(service, node);
        });
        return;
    }

    bool removed = false;
    for (int row = m_posts.size() - 1; row >= 0; --row) {
        if (m_posts.at(row).service == service && m_posts.at(row).node == node) {
            removeRow(row);
            removed = true;
        }
    }
    if (removed) {
        refreshUnreadCount();
    }
}

void FeedModel::setNodeAccessModel(const QString &service, const QString &node, const QString &accessModel)
{
    if (m_loading) {
        m_deferred.append([this, service, node, accessModel] {
            setNodeAccessModel(service, node, accessModel);
        });
        return;
    }

    for (int row = 0; row < m_posts.size(); ++row) {
        FeedPost &post = m_posts[row];
        if (post.service == service && post.node == node && post.accessModel != accessModel) {
            post.accessModel = accessModel;
            Q_EMIT dataChanged(index(row), index(row), {VisibilityRole});
        }
    }
}

QString FeedModel::postKey(const QString &service, const QString &node, const QString &itemId)
{
    // Two different posts share a key only if a part contains the separator, so indexOf() compares the parts.
    return service + QLatin1Char('\n') + node + QLatin1Char('\n') + itemId;
}

int FeedModel::indexOf(const QString &service, const QString &node, const QString &itemId) const
{
    if (!m_keyCounts.contains(postKey(service, node, itemId))) {
        return -1;
    }
    for (int row = 0; row < m_posts.size(); ++row) {
        const FeedPost &post = m_posts.at(row);
        if (post.itemId == itemId && post.service == service && post.node == node) {
            return row;
        }
    }
    return -1;
}

std::optional<FeedPost> FeedModel::post(const QString &service, const QString &node, const QString &itemId) const
{
    const int row = indexOf(service, node, itemId);
    if (row < 0) {
        return std::nullopt;
    }
    return m_posts.at(row);
}

void FeedModel::insertRow(int row, const FeedPost &post)
{
    beginInsertRows({}, row, row);
    m_posts.insert(row, post);
    ++m_keyCounts[postKey(post.service, post.node, post.itemId)];
    endInsertRows();
}

void FeedModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    const FeedPost &post = m_posts.at(row);
    const QString key = postKey(post.service, post.node, post.itemId);
    if (--m_keyCounts[key] <= 0) {
        m_keyCounts.remove(key);
    }
    m_posts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void FeedModel::refreshUnreadCount()
{
    if (!m_store) {
        setUnreadCount(int(std::count_if(m_posts.cbegin(), m_posts.cend(), [](const FeedPost &post) {
            return post.unread;
        })));
        return;
    }
    // One request at a time: changes made while it runs are counted by one more request after
    // it, so a burst of new posts costs two counts and not one per post.
    if (m_unreadCountRequested) {
        m_unreadCountStale = true;
        return;
    }
    m_unreadCountRequested = true;
    m_unreadCountStale = false;
    // The store runs queries in order, so the count includes every change queued before it.
    const int generation = m_storeGeneration;
    m_store->unreadCount(this, [this, generation](int count) {
        if (generation != m_storeGeneration) {
            return;
        }
        m_unreadCountRequested = false;
        setUnreadCount(count);
        if (m_unreadCountStale) {
            refreshUnreadCount();
        }
    });
}

void FeedModel::setUnreadCount(int count)
{
    if (m_unreadCount != count) {
        m_unreadCount = count;
        Q_EMIT unreadCountChanged();
    }
}

void FeedModel::setCanLoadMore(bool canLoadMore)
{
    if (m_canLoadMore != canLoadMore) {
        m_canLoadMore = canLoadMore;
        Q_EMIT canLoadMoreChanged();
    }
}

int FeedModel::insertionRow(const FeedPost &post) const
{
    const auto position = std::lower_bound(m_posts.cbegin(), m_posts.cend(), post, isNewer);
    return int(position - m_posts.cbegin());
}
