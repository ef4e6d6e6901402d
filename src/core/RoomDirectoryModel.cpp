#include "RoomDirectoryModel.h"

#include <algorithm>

namespace {

bool isBefore(const RoomInfo &a, const RoomInfo &b)
{
    const int byName = QString::localeAwareCompare(a.displayName().toCaseFolded(), b.displayName().toCaseFolded());
    return byName != 0 ? byName < 0 : a.jid < b.jid;
}

} // namespace

RoomDirectoryModel::RoomDirectoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RoomDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RoomInfo &room = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return room.displayName();
    case JidRole:
        return room.jid;
    case NameRole:
        return room.name;
    case DescriptionRole:
        return room.description;
    case OccupantsRole:
        return room.occupants;
    case PasswordProtectedRole:
        return room.passwordProtected;
    case MembersOnlyRole:
        return room.membersOnly;
    case ModeratedRole:
        return room.moderated;
    case PersistentRole:
        return room.persistent;
    case PublicRole:
        return room.isPublic;
    case InfoLoadedRole:
        return room.infoLoaded;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomDirectoryModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {NameRole, QByteArrayLiteral("name")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {DescriptionRole, QByteArrayLiteral("description")},
        {OccupantsRole, QByteArrayLiteral("occupants")},
        {PasswordProtectedRole, QByteArrayLiteral("passwordProtected")},
        {MembersOnlyRole, QByteArrayLiteral("membersOnly")},
        {ModeratedRole, QByteArrayLiteral("moderated")},
        {PersistentRole, QByteArrayLiteral("persistent")},
        {PublicRole, QByteArrayLiteral("isPublic")},
        {InfoLoadedRole, QByteArrayLiteral("infoLoaded")},
    };
}

int RoomDirectoryModel::totalCount() const
{
    return int(m_rooms.size());
}

QString RoomDirectoryModel::service() const
{
    return m_service;
}

bool RoomDirectoryModel::isLoading() const
{
    return m_loading;
}

QString RoomDirectoryModel::filter() const
{
    return m_filter;
}

void RoomDirectoryModel::setFilter(const QString &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_filterWords = filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QVector<RoomInfo> rows;
    for (const RoomInfo &room : qAsConst(m_rooms)) {
        if (matchesFilter(room)) {
            rows.append(room);
        }
    }
    std::sort(rows.begin(), rows.end(), isBefore);
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT filterChanged();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

std::optional<RoomInfo> RoomDirectoryModel::room(const QString &jid) const
{
    const auto found = m_rooms.constFind(jid);
    return found == m_rooms.cend() ? std::nullopt : std::optional<RoomInfo>(*found);
}

void RoomDirectoryModel::reset(const QString &service)
{
    const bool countChanges = !m_rows.isEmpty();
    const bool totalChanges = !m_rooms.isEmpty();
    beginResetModel();
    m_rooms.clear();
    m_rows.clear();
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
    if (totalChanges) {
        Q_EMIT totalCountChanged();
    }
    if (service != m_service) {
        m_service = service;
        Q_EMIT serviceChanged();
    }
}

void RoomDirectoryModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void RoomDirectoryModel::addRooms(const QVector<RoomInfo> &rooms)
{
    const int total = totalCount();
    for (const RoomInfo &room : rooms) {
        setRoom(room);
    }
    if (totalCount() != total) {
        Q_EMIT totalCountChanged();
    }
}

void RoomDirectoryModel::updateRoom(const RoomInfo &room)
{
    if (m_rooms.contains(room.jid)) {
        setRoom(room);
    }
}

bool RoomDirectoryModel::matchesFilter(const RoomInfo &room) const
{
    for (const QString &word : m_filterWords) {
        const bool found = room.name.contains(word, Qt::CaseInsensitive) || room.jid.contains(word, Qt::CaseInsensitive)
            || room.description.contains(word, Qt::CaseInsensitive);
        if (!found) {
            return false;
        }
    }
    return true;
}

int RoomDirectoryModel::rowOf(const QString &jid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).jid == jid) {
            return row;
        }
    }
    return -1;
}

void RoomDirectoryModel::insertSorted(const RoomInfo &room)
{
    const auto position = std::lower_bound(m_rows.cbegin(), m_rows.cend(), room, isBefore);
    const int row = int(position - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, room);
    endInsertRows();
}

void RoomDirectoryModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void RoomDirectoryModel::setRoom(const RoomInfo &room)
{
    const int row = m_rooms.contains(room.jid) ? rowOf(room.jid) : -1;
    m_rooms.insert(room.jid, room);
    const bool matches = matchesFilter(room);
    if (row < 0) {
        if (matches) {
            insertSorted(room);
            Q_EMIT countChanged();
        }
        return;
    }
    if (!matches) {
        removeRow(row);
        Q_EMIT countChanged();
        return;
    }

    // The row stays where it is when its neighbours still sort around it.
    const bool afterPrevious = row == 0 || isBefore(m_rows.at(row - 1), room);
    const bool beforeNext = row == m_rows.size() - 1 || isBefore(room, m_rows.at(row + 1));
    if (afterPrevious && beforeNext) {
        m_rows[row] = room;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    removeRow(row);
    insertSorted(room);
}
