#include "SubscriptionsModel.h"

#include <algorithm>

namespace {

QString nodeKey(const QString &service, const QString &node)
{
    return service.toLower() + QLatin1Char('<') + node;
}

bool isBefore(const CommunitySubscription &a, const CommunitySubscription &b)
{
    const int byTitle = QString::localeAwareCompare(a.displayTitle().toCaseFolded(), b.displayTitle().toCaseFolded());
    if (byTitle != 0) {
        return byTitle < 0;
    }
    return a.service != b.service ? a.service < b.service : a.node < b.node;
}

} // namespace

SubscriptionsModel::SubscriptionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CommunitySubscription &subscription = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayTitleRole:
        return subscription.displayTitle();
    case ServiceRole:
        return subscription.service;
    case NodeRole:
        return subscription.node;
    case TitleRole:
        return subscription.title;
    case StateRole:
        return subscription.state;
    case NotifyRole:
        return subscription.notify;
    case OwnedRole:
        return isOwned(subscription.service, subscription.node);
    default:
        return {};
    }
}

QHash<int, QByteArray> SubscriptionsModel::roleNames() const
{
    return {
        {ServiceRole, QByteArrayLiteral("service")},
        {NodeRole, QByteArrayLiteral("node")},
        {TitleRole, QByteArrayLiteral("title")},
        {DisplayTitleRole, QByteArrayLiteral("displayTitle")},
        {StateRole, QByteArrayLiteral("state")},
        {NotifyRole, QByteArrayLiteral("notify")},
        {OwnedRole, QByteArrayLiteral("owned")},
    };
}

std::optional<CommunitySubscription> SubscriptionsModel::subscription(const QString &service, const QString &node) const
{
    const int row = rowOf(service, node);
    return row < 0 ? std::nullopt : std::optional<CommunitySubscription>(m_rows.at(row));
}

QVector<CommunitySubscription> SubscriptionsModel::subscriptions() const
{
    return m_rows;
}

void SubscriptionsModel::setSubscription(const CommunitySubscription &subscription)
{
    const int row = rowOf(subscription.service, subscription.node);
    if (row < 0) {
        insertSorted(subscription);
        Q_EMIT countChanged();
        return;
    }
    if (m_rows.at(row) == subscription) {
        return;
    }
    const bool afterPrevious = row == 0 || isBefore(m_rows.at(row - 1), subscription);
    const bool beforeNext = row == m_rows.size() - 1 || isBefore(subscription, m_rows.at(row + 1));
    if (afterPrevious && beforeNext) {
        m_rows[row] = subscription;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    insertSorted(subscription);
}

void SubscriptionsModel::removeSubscription(const QString &service, const QString &node)
{
    const int row = rowOf(service, node);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void SubscriptionsModel::setSubscriptions(const QVector<CommunitySubscription> &subscriptions)
{
    QVector<CommunitySubscription> rows;
    for (const CommunitySubscription &subscription : subscriptions) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&subscription](const CommunitySubscription &row) {
            return row.service == subscription.service && row.node == subscription.node;
        });
        if (!listed) {
            rows.append(subscription);
        }
    }
    std::sort(rows.begin(), rows.end(), isBefore);
    if (rows == m_rows) {
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

int SubscriptionsModel::rowOf(const QString &service, const QString &node) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).service == service && m_rows.at(row).node == node) {
            return row;
        }
    }
    return -1;
}

void SubscriptionsModel::insertSorted(const CommunitySubscription &subscription)
{
    const auto position = std::lower_bound(m_rows.cbegin(), m_rows.cend(), subscription, isBefore);
    const int row = int(position - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, subscription);
    endInsertRows();
}

void SubscriptionsModel::setOwned(const QString &service, const QString &node, bool owned)
{
    const QString key = nodeKey(service, node);
    if (m_owned.contains(key) == owned) {
        return;
    }
    if (owned) {
        m_owned.insert(key);
    } else {
        m_owned.remove(key);
    }
    const int row = rowOf(service, node);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), {OwnedRole});
    }
}

bool SubscriptionsModel::isOwned(const QString &service, const QString &node) const
{
    return m_owned.contains(nodeKey(service, node));
}
