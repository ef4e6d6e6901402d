#include "PostListModel.h"

#include "FeedModel.h"


namespace {

bool isNewer(const FeedPost &a, const FeedPost &b)
{
    const qint64 aMs = a.published.toMSecsSinceEpoch();
    const qint64 bMs = b.published.toMSecsSinceEpoch();
    if (aMs != bMs) {
        return aMs > bMs;
    }
    return a.itemId > b.itemId;
}

} // namespace

PostListModel::PostListModel(const QString &accountJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_accountJid(accountJid.toLower())
{
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_posts.size();
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FeedPost &post = m_posts.at(index.row());
    const bool own = !m_accountJid.isEmpty() && post.authorJid.compare(m_accountJid, Qt::CaseInsensitive) == 0;
    switch (role) {
    case FeedModel::UnreadRole:
    case FeedModel::PendingRole:
        return false;
    case FeedModel::OwnRole:
    case FeedModel::CanDeleteRole:
        return own;
    case FeedModel::CommunityTitleRole:
        return FeedModel::isCommunityPost(post) ? post.node : QString();
    default:
        return FeedModel::postData(post, role);
    }
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    static const QHash<int, QByteArray> names = FeedModel().roleNames();
    return names;
}

bool PostListModel::canLoadMore() const
{
    return m_canLoadMore;
}

bool PostListModel::isLoading() const
{
    return m_loading;
}

void PostListModel::upsertPost(const FeedPost &post)
{
    const int existing = indexOf(post.service, post.node, post.itemId);
    FeedPost shown = post;
    if (existing >= 0) {
        shown.keepLocalState(m_posts.at(existing));
        if (m_posts.at(existing).published == post.published) {
            m_posts[existing] = shown;
            Q_EMIT dataChanged(index(existing), index(existing));
            return;
        }
        beginRemoveRows({}, existing, existing);
        m_posts.removeAt(existing);
        endRemoveRows();
    }
    const int row = insertionRow(shown);
    beginInsertRows({}, row, row);
    m_posts.insert(row, shown);
    endInsertRows();
    if (existing < 0) {
        Q_EMIT countChanged();
    }
}

void PostListModel::removePost(const QString &service, const QString &node, const QString &itemId)
{
    const int row = indexOf(service, node, itemId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_posts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void PostListModel::clear()
{
    if (m_posts.isEmpty()) {
        return;
    }
    beginResetModel();
    m_posts.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int PostListModel::indexOf(const QString &service, const QString &node, const QString &itemId) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        const FeedPost &post = m_posts.at(row);
        if (post.itemId == itemId && post.node == node && post.service.compare(service, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

const FeedPost &PostListModel::postAt(int row) const
{
    return m_posts.at(row);
}

void PostListModel::setCanLoadMore(bool canLoadMore)
{
    if (m_canLoadMore != canLoadMore) {
        m_canLoadMore = canLoadMore;
        Q_EMIT canLoadMoreChanged();
    }
}

void PostListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

QString PostListModel::accountJid() const
{
    return m_accountJid;
}

int PostListModel::insertionRow(const FeedPost &post) const
{
    const auto position = std::lower_bound(m_posts.cbegin(), m_posts.cend(), post, isNewer);
    return int(position - m_posts.cbegin());
}
