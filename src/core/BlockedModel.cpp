#include "BlockedModel.h"

#include <algorithm>

BlockedModel::BlockedModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BlockedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jids.size());
}

QVariant BlockedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == JidRole || role == Qt::DisplayRole) {
        return m_jids.at(index.row());
    }
    return {};
}

QHash<int, QByteArray> BlockedModel::roleNames() const
{
    return {{JidRole, QByteArrayLiteral("jid")}};
}

QStringList BlockedModel::jids() const
{
    return m_jids;
}

bool BlockedModel::contains(const QString &jid) const
{
    return std::binary_search(m_jids.cbegin(), m_jids.cend(), jid);
}

void BlockedModel::setJids(const QStringList &jids)
{
    QStringList sorted = jids;
    sorted.sort();
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == m_jids) {
        return;
    }

    const bool countChanges = sorted.size() != m_jids.size();
    beginResetModel();
    m_jids = sorted;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void BlockedModel::addJids(const QStringList &jids)
{
    for (const QString &jid : jids) {
        insertJid(jid);
    }
}

void BlockedModel::removeJids(const QStringList &jids)
{
    for (const QString &jid : jids) {
        removeJid(jid);
    }
}

void BlockedModel::clear()
{
    setJids({});
}

void BlockedModel::insertJid(const QString &jid)
{
    const auto position = std::lower_bound(m_jids.begin(), m_jids.end(), jid);
    if (jid.isEmpty() || (position != m_jids.end() && *position == jid)) {
        return;
    }

    const int row = int(position - m_jids.begin());
    beginInsertRows({}, row, row);
    m_jids.insert(row, jid);
    endInsertRows();
    Q_EMIT countChanged();
}

void BlockedModel::removeJid(const QString &jid)
{
    const auto position = std::lower_bound(m_jids.begin(), m_jids.end(), jid);
    if (position == m_jids.end() || *position != jid) {
        return;
    }

    const int row = int(position - m_jids.begin());
    beginRemoveRows({}, row, row);
    m_jids.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}
