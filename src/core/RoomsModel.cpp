#include "RoomsModel.h"

#include <algorithm>

namespace {

QString displayNameOf(const RoomEntry &room)
{
    return room.name.isEmpty() ? room.jid.section(QLatin1Char('@'), 0, 0) : room.name;
}

bool isBefore(const RoomEntry &a, const RoomEntry &b)
{
    const int byName = QString::localeAwareCompare(displayNameOf(a).toCaseFolded(), displayNameOf(b).toCaseFolded());
    return byName != 0 ? byName < 0 : a.jid < b.jid;
}

} // namespace

QString RoomEntry::stateCode(State state)
{
    switch (state) {
    case State::Left:
        return QStringLiteral("left");
    case State::Joining:
        return QStringLiteral("joining");
    case State::Joined:
        return QStringLiteral("joined");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("left");
}

bool RoomEntry::operator==(const RoomEntry &other) const
{
    return jid == other.jid && name == other.name && subject == other.subject && nick == other.nick && state == other.state
        && errorText == other.errorText && bookmarked == other.bookmarked && autojoin == other.autojoin && occupantCount == other.occupantCount
        && unreadCount == other.unreadCount && mentionCount == other.mentionCount
        && messageModeration == other.messageModeration;
}

RoomsModel::RoomsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RoomsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

QVariant RoomsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RoomEntry &room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return displayNameOf(room);
    case JidRole:
        return room.jid;
    case NameRole:
        return room.name;
    case SubjectRole:
        return room.subject;
    case NickRole:
        return room.nick;
    case StateRole:
        return RoomEntry::stateCode(room.state);
    case ErrorTextRole:
        return room.errorText;
    case BookmarkedRole:
        return room.bookmarked;
    case AutojoinRole:
        return room.autojoin;
    case OccupantCountRole:
        return room.occupantCount;
    case UnreadCountRole:
        return room.unreadCount;
    case MentionCountRole:
        return room.mentionCount;
    case MessageModerationRole:
        return room.messageModeration;
    case AvatarHashRole:
        return m_avatarHashes.value(room.jid);
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomsModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {NameRole, QByteArrayLiteral("name")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {SubjectRole, QByteArrayLiteral("subject")},
        {NickRole, QByteArrayLiteral("nick")},
        {StateRole, QByteArrayLiteral("state")},
        {ErrorTextRole, QByteArrayLiteral("errorText")},
        {BookmarkedRole, QByteArrayLiteral("bookmarked")},
        {AutojoinRole, QByteArrayLiteral("autojoin")},
        {OccupantCountRole, QByteArrayLiteral("occupantCount")},
        {UnreadCountRole, QByteArrayLiteral("unreadCount")},
        {MentionCountRole, QByteArrayLiteral("mentionCount")},
        {AvatarHashRole, QByteArrayLiteral("avatarHash")},
        {MessageModerationRole, QByteArrayLiteral("messageModeration")},
    };
}

std::optional<RoomEntry> RoomsModel::room(const QString &jid) const
{
    const int row = rowOf(jid);
    return row < 0 ? std::nullopt : std::optional<RoomEntry>(m_rooms.at(row));
}

RoomEntry RoomsModel::roomOrNew(const QString &jid) const
{
    if (const std::optional<RoomEntry> entry = room(jid)) {
        return *entry;
    }
    RoomEntry entry;
    entry.jid = jid;
    return entry;
}

QVector<RoomEntry> RoomsModel::rooms() const
{
    return m_rooms;
}

void RoomsModel::setRoom(const RoomEntry &room)
{
    const int row = rowOf(room.jid);
    if (row < 0) {
        insertSorted(room);
        Q_EMIT countChanged();
        return;
    }
    const RoomEntry &current = m_rooms.at(row);
    if (current == room) {
        return;
    }
    if (displayNameOf(current) == displayNameOf(room)) {
        m_rooms[row] = room;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // A new name moves the row.
    beginRemoveRows({}, row, row);
    m_rooms.removeAt(row);
    endRemoveRows();
    insertSorted(room);
}

void RoomsModel::removeRoom(const QString &jid)
{
    const int row = rowOf(jid);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rooms.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

QString RoomsModel::displayName(const QString &jid) const
{
    const int row = rowOf(jid);
    return row < 0 ? QString() : displayNameOf(m_rooms.at(row));
}

void RoomsModel::setAvatarHash(const QString &jid, const QString &hash)
{
    if (!m_avatarHashes.set(jid, hash)) {
        return;
    }
    const int row = rowOf(jid);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), {AvatarHashRole});
    }
}

void RoomsModel::clear()
{
    if (m_rooms.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rooms.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int RoomsModel::rowOf(const QString &jid) const
{
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).jid == jid) {
            return row;
        }
    }
    return -1;
}

void RoomsModel::insertSorted(const RoomEntry &room)
{
    const auto position = std::lower_bound(m_rooms.cbegin(), m_rooms.cend(), room, isBefore);
    const int row = int(position - m_rooms.cbegin());
    beginInsertRows({}, row, row);
    m_rooms.insert(row, room);
    endInsertRows();
}
