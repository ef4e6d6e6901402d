#include "CommunityDirectoryModel.h"

#include "SubscriptionsModel.h"

#include <algorithm>

namespace {

bool isBefore(const CommunityInfo &a, const CommunityInfo &b)
{
    const int byTitle = QString::localeAwareCompare(a.displayTitle().toCaseFolded(), b.displayTitle().toCaseFolded());
    return byTitle != 0 ? byTitle < 0 : a.node < b.node;
}

} // namespace

CommunityDirectoryModel::CommunityDirectoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CommunityDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommunityDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CommunityInfo &community = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayTitleRole:
        return community.displayTitle();
    case ServiceRole:
        return community.service;
    case NodeRole:
        return community.node;
    case TitleRole:
        return community.title;
    case DescriptionRole:
        return community.description;
    case AccessModelRole:
        return community.accessModel;
    case PayloadTypeRole:
        return community.payloadType;
    case SubscribersRole:
        return community.subscriberCount;
    case ItemsRole:
        return community.itemCount;
    case InfoLoadedRole:
        return community.infoLoaded;
    case SubscriptionStateRole: {
        const auto subscription = m_subscriptions ? m_subscriptions->subscription(community.service, community.node) : std::nullopt;
        return subscription ? subscription->state : QStringLiteral("none");
    }
    case OwnedRole:
        return isOwned(community.node);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommunityDirectoryModel::roleNames() const
{
    return {
        {ServiceRole, QByteArrayLiteral("service")},
        {NodeRole, QByteArrayLiteral("node")},
        {TitleRole, QByteArrayLiteral("title")},
        {DisplayTitleRole, QByteArrayLiteral("displayTitle")},
        {DescriptionRole, QByteArrayLiteral("description")},
        {AccessModelRole, QByteArrayLiteral("accessModel")},
        {PayloadTypeRole, QByteArrayLiteral("payloadType")},
        {SubscribersRole, QByteArrayLiteral("subscribers")},
        {ItemsRole, QByteArrayLiteral("items")},
        {InfoLoadedRole, QByteArrayLiteral("infoLoaded")},
        {SubscriptionStateRole, QByteArrayLiteral("subscriptionState")},
        {OwnedRole, QByteArrayLiteral("owned")},
    };
}

QString CommunityDirectoryModel::service() const
{
    return m_service;
}

bool CommunityDirectoryModel::isLoading() const
{
    return m_loading;
}

std::optional<CommunityInfo> CommunityDirectoryModel::community(const QString &node) const
{
    const int row = rowOf(node);
    return row < 0 ? std::nullopt : std::optional<CommunityInfo>(m_rows.at(row));
}

bool CommunityDirectoryModel::contains(const QString &node) const
{
    return m_listed.contains(node);
}

void CommunityDirectoryModel::setSubscriptions(const SubscriptionsModel *subscriptions)
{
    m_subscriptions = subscriptions;
    for (const auto signal : {&SubscriptionsModel::rowsInserted, &SubscriptionsModel::rowsRemoved}) {
        connect(subscriptions, signal, this, &CommunityDirectoryModel::updateSubscriptionStates);
    }
    connect(subscriptions, &SubscriptionsModel::dataChanged, this, &CommunityDirectoryModel::updateSubscriptionStates);
    connect(subscriptions, &SubscriptionsModel::modelReset, this, &CommunityDirectoryModel::updateSubscriptionStates);
    updateSubscriptionStates();
}

void CommunityDirectoryModel::updateSubscriptionStates()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SubscriptionStateRole, OwnedRole});
    }
}

void CommunityDirectoryModel::reset(const QString &service)
{
    const bool countChanges = !m_rows.isEmpty();
    beginResetModel();
    m_rows.clear();
    m_listed.clear();
    m_owned.clear();
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
    if (service != m_service) {
        m_service = service;
        Q_EMIT serviceChanged();
    }
}

void CommunityDirectoryModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void CommunityDirectoryModel::setCommunity(const CommunityInfo &community)
{
    const int row = rowOf(community.node);
    if (row < 0) {
        insertSorted(community);
        Q_EMIT countChanged();
        return;
    }

    // The row stays where it is when its neighbours still sort around it.
    const bool afterPrevious = row == 0 || isBefore(m_rows.at(row - 1), community);
    const bool beforeNext = row == m_rows.size() - 1 || isBefore(community, m_rows.at(row + 1));
    if (afterPrevious && beforeNext) {
        m_rows[row] = community;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    removeCommunity(community.node);
    insertSorted(community);
    Q_EMIT countChanged();
}

void CommunityDirectoryModel::removeCommunity(const QString &node)
{
    const int row = rowOf(node);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_listed.remove(node);
    endRemoveRows();
    Q_EMIT countChanged();
}

int CommunityDirectoryModel::rowOf(const QString &node) const
{
    if (!m_listed.contains(node)) {
        return -1;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).node == node) {
            return row;
        }
    }
    return -1;
}

void CommunityDirectoryModel::insertSorted(const CommunityInfo &community)
{
    const auto position = std::lower_bound(m_rows.cbegin(), m_rows.cend(), community, isBefore);
    const int row = int(position - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, community);
    m_listed.insert(community.node);
    endInsertRows();
}

void CommunityDirectoryModel::setOwned(const QString &node, bool owned)
{
    if (m_owned.contains(node) == owned) {
        return;
    }
    const bool before = isOwned(node);
    if (owned) {
        m_owned.insert(node);
    } else {
        m_owned.remove(node);
    }
    const int row = rowOf(node);
    if (row >= 0 && before != isOwned(node)) {
        Q_EMIT dataChanged(index(row), index(row), {OwnedRole});
    }
}

bool CommunityDirectoryModel::isOwned(const QString &node) const
{
    return m_owned.contains(node) || (m_subscriptions && m_subscriptions->isOwned(m_service, node));
}
