#include "SubscriptionRequestsModel.h"

SubscriptionRequestsModel::SubscriptionRequestsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SubscriptionRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QVariant SubscriptionRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const SubscriptionRequest &request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return request.name.isEmpty() ? request.jid : request.name;
    case JidRole:
        return request.jid;
    case NameRole:
        return request.name;
    case MessageRole:
        return request.message;
    case RestoredRole:
        return request.restored;
    }
    return {};
}

QHash<int, QByteArray> SubscriptionRequestsModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {NameRole, QByteArrayLiteral("name")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {MessageRole, QByteArrayLiteral("message")},
        {RestoredRole, QByteArrayLiteral("restored")},
    };
}

int SubscriptionRequestsModel::indexOf(const QString &jid) const
{
    // A handful of requests at most wait at a time, so a linear search is enough.
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).jid == jid) {
            return row;
        }
    }
    return -1;
}

SubscriptionRequest SubscriptionRequestsModel::request(const QString &jid) const
{
    const int row = indexOf(jid);
    return row < 0 ? SubscriptionRequest() : m_requests.at(row);
}

void SubscriptionRequestsModel::addRequest(const SubscriptionRequest &request)
{
    if (request.jid.isEmpty()) {
        return;
    }

    const int row = indexOf(request.jid);
    if (row < 0) {
        const int newRow = int(m_requests.size());
        beginInsertRows({}, newRow, newRow);
        m_requests.append(request);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }

    // A repeated request, for example after a reconnection, keeps what the first one had unless it brings something new.
    SubscriptionRequest &existing = m_requests[row];
    QVector<int> changedRoles;
    if (!request.name.isEmpty() && request.name != existing.name) {
        existing.name = request.name;
        changedRoles << NameRole << DisplayNameRole;
    }
    if (!request.message.isEmpty() && request.message != existing.message) {
        existing.message = request.message;
        changedRoles << MessageRole;
    }
    if (existing.restored && !request.restored) {
        existing.restored = false;
        changedRoles << RestoredRole;
    }
    if (!changedRoles.isEmpty()) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, changedRoles);
    }
}

bool SubscriptionRequestsModel::removeRequest(const QString &jid)
{
    const int row = indexOf(jid);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_requests.remove(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

void SubscriptionRequestsModel::clear()
{
    if (m_requests.isEmpty()) {
        return;
    }
    beginResetModel();
    m_requests.clear();
    endResetModel();
    Q_EMIT countChanged();
}
