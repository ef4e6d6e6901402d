#include "ContactGroupRowsModel.h"

#include "ContactsModel.h"

ContactGroupRowsModel::ContactGroupRowsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ContactGroupRowsModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_source == sourceModel) {
        return;
    }

    for (const QMetaObject::Connection &connection : qAsConst(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_source = sourceModel;

    if (m_source) {
        m_connections = {
            connect(m_source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
                insertSourceRows(first, last);
            }),
            // The rows go while the source still has them, so that the rows after them read the
            // right contacts until the source's rows move up, and then they follow.
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
                removeSourceRows(first, last);
            }),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
                shiftSourceRows(firstEntryOf(first), -(last - first + 1));
            }),
            connect(m_source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QVector<int> &roles) {
                updateSourceRows(topLeft.row(), bottomRight.row(), roles);
            }),
            // Moves and layout changes are rare in a roster, so they rebuild every row.
            connect(m_source, &QAbstractItemModel::modelReset, this, &ContactGroupRowsModel::rebuild),
            connect(m_source, &QAbstractItemModel::rowsMoved, this, &ContactGroupRowsModel::rebuild),
            connect(m_source, &QAbstractItemModel::layoutChanged, this, &ContactGroupRowsModel::rebuild),
            connect(m_source, &QObject::destroyed, this, [this] {
                m_source = nullptr;
                m_connections.clear();
                rebuild();
            }),
        };
    }
    rebuild();
}

QAbstractItemModel *ContactGroupRowsModel::sourceModel() const
{
    return m_source;
}

int ContactGroupRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ContactGroupRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source) {
        return {};
    }

    const Entry &entry = m_entries.at(index.row());
    if (role == GroupRole) {
        return entry.group;
    }
    return m_source->index(entry.sourceRow, 0).data(role);
}

QHash<int, QByteArray> ContactGroupRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
    names.insert(GroupRole, QByteArrayLiteral("group"));
    return names;
}

QStringList ContactGroupRowsModel::groupsOfSourceRow(int sourceRow) const
{
    const QStringList groups = m_source->index(sourceRow, 0).data(ContactsModel::GroupsRole).toStringList();
    return groups.isEmpty() ? QStringList{QString()} : groups;
}

int ContactGroupRowsModel::firstEntryOf(int sourceRow) const
{
    const auto found = std::lower_bound(m_entries.cbegin(), m_entries.cend(), sourceRow, [](const Entry &entry, int row) {
        return entry.sourceRow < row;
    });
    return int(found - m_entries.cbegin());
}

void ContactGroupRowsModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    const int sourceRows = m_source ? m_source->rowCount() : 0;
    for (int sourceRow = 0; sourceRow < sourceRows; ++sourceRow) {
        const QStringList groups = groupsOfSourceRow(sourceRow);
        for (const QString &group : groups) {
            m_entries.append({sourceRow, group});
        }
    }
    endResetModel();
}

void ContactGroupRowsModel::insertSourceRows(int first, int last)
{
    QVector<Entry> inserted;
    for (int sourceRow = first; sourceRow <= last; ++sourceRow) {
        const QStringList groups = groupsOfSourceRow(sourceRow);
        for (const QString &group : groups) {
            inserted.append({sourceRow, group});
        }
    }

    const int position = firstEntryOf(first);
    shiftSourceRows(position, last - first + 1);
    beginInsertRows({}, position, position + int(inserted.size()) - 1);
    for (int offset = 0; offset < inserted.size(); ++offset) {
        m_entries.insert(position + offset, inserted.at(offset));
    }
    endInsertRows();
}

void ContactGroupRowsModel::removeSourceRows(int first, int last)
{
    const int begin = firstEntryOf(first);
    const int end = firstEntryOf(last + 1);
    if (end > begin) {
        beginRemoveRows({}, begin, end - 1);
        m_entries.remove(begin, end - begin);
        endRemoveRows();
    }
}

void ContactGroupRowsModel::updateSourceRows(int first, int last, const QVector<int> &roles)
{
    const bool groupsChanged = roles.isEmpty() || roles.contains(ContactsModel::GroupsRole);
    for (int sourceRow = first; sourceRow <= last; ++sourceRow) {
        const int begin = firstEntryOf(sourceRow);
        int changedEnd = firstEntryOf(sourceRow + 1);

        // The contact's rows take its new groups in order; rows left over are removed, and
        // missing ones are added after them.
        if (groupsChanged) {
            const QStringList groups = groupsOfSourceRow(sourceRow);
            const int oldCount = changedEnd - begin;
            const int kept = std::min(oldCount, int(groups.size()));
            for (int offset = 0; offset < kept; ++offset) {
                m_entries[begin + offset].group = groups.at(offset);
            }
            if (oldCount > kept) {
                beginRemoveRows({}, begin + kept, begin + oldCount - 1);
                m_entries.remove(begin + kept, oldCount - kept);
                endRemoveRows();
            } else if (groups.size() > kept) {
                beginInsertRows({}, begin + kept, begin + int(groups.size()) - 1);
                for (int offset = kept; offset < groups.size(); ++offset) {
                    m_entries.insert(begin + offset, {sourceRow, groups.at(offset)});
                }
                endInsertRows();
            }
            changedEnd = begin + kept;
        }

        if (changedEnd > begin) {
            QVector<int> changedRoles = roles;
            if (!changedRoles.isEmpty() && groupsChanged) {
                changedRoles.append(GroupRole);
            }
            Q_EMIT dataChanged(index(begin), index(changedEnd - 1), changedRoles);
        }
    }
}

void ContactGroupRowsModel::shiftSourceRows(int fromEntry, int delta)
{
    for (int entry = fromEntry; entry < m_entries.size(); ++entry) {
        m_entries[entry].sourceRow += delta;
    }
}
