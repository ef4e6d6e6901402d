#include "OccupantsModel.h"

#include <algorithm>

namespace {

int roleRank(const QString &role)
{
    if (role == QLatin1String("moderator")) {
        return 0;
    }
    if (role == QLatin1String("participant")) {
        return 1;
    }
    if (role == QLatin1String("visitor")) {
        return 2;
    }
    return 3;
}

bool isBefore(const Occupant &a, const Occupant &b)
{
    const int rankA = roleRank(a.role);
    const int rankB = roleRank(b.role);
    if (rankA != rankB) {
        return rankA < rankB;
    }
    const int byNick = QString::compare(a.nick, b.nick, Qt::CaseInsensitive);
    return byNick != 0 ? byNick < 0 : a.nick < b.nick;
}

} // namespace

bool Occupant::operator==(const Occupant &other) const
{
    return nick == other.nick && role == other.role && affiliation == other.affiliation && realJid == other.realJid && presence == other.presence
        && statusText == other.statusText && avatarHash == other.avatarHash && announcedAvatarHash == other.announcedAvatarHash;
}

bool Occupant::operator!=(const Occupant &other) const
{
    return !(*this == other);
}

OccupantsModel::OccupantsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int OccupantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occupants.size());
}

QVariant OccupantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Occupant &occupant = m_occupants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NickRole:
        return occupant.nick;
    case RoleRole:
        return occupant.role;
    case AffiliationRole:
        return occupant.affiliation;
    case RealJidRole:
        return occupant.realJid;
    case PresenceRole:
        return occupant.presence;
    case StatusTextRole:
        return occupant.statusText;
    case SelfRole:
        return occupant.nick == m_selfNick;
    case AvatarHashRole:
        return occupant.avatarHash;
    default:
        return {};
    }
}

QHash<int, QByteArray> OccupantsModel::roleNames() const
{
    return {
        {NickRole, QByteArrayLiteral("nick")},
        {RoleRole, QByteArrayLiteral("role")},
        {AffiliationRole, QByteArrayLiteral("affiliation")},
        {RealJidRole, QByteArrayLiteral("realJid")},
        {PresenceRole, QByteArrayLiteral("presence")},
        {StatusTextRole, QByteArrayLiteral("statusText")},
        {SelfRole, QByteArrayLiteral("self")},
        {AvatarHashRole, QByteArrayLiteral("avatarHash")},
    };
}

std::optional<Occupant> OccupantsModel::occupant(const QString &nick) const
{
    const int row = rowOf(nick);
    return row < 0 ? std::nullopt : std::optional<Occupant>(m_occupants.at(row));
}

QString OccupantsModel::selfNick() const
{
    return m_selfNick;
}

void OccupantsModel::setSelfNick(const QString &nick)
{
    if (nick == m_selfNick) {
        return;
    }
    const int previous = rowOf(m_selfNick);
    m_selfNick = nick;
    for (const int row : {previous, rowOf(nick)}) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row), {SelfRole});
        }
    }
}

void OccupantsModel::setOccupants(const QVector<Occupant> &occupants)
{
    QVector<Occupant> sorted;
    QHash<QString, int> rows;
    m_dropped = 0;
    for (const Occupant &occupant : occupants) {
        const auto known = rows.constFind(occupant.nick);
        if (known != rows.cend()) {
            sorted[known.value()] = occupant;
        } else if (sorted.size() < MaxOccupants) {
            rows.insert(occupant.nick, int(sorted.size()));
            sorted.append(occupant);
        } else {
            ++m_dropped;
        }
    }
    std::sort(sorted.begin(), sorted.end(), isBefore);
    const bool countChanges = sorted.size() != m_occupants.size();
    beginResetModel();
    m_occupants = sorted;
    m_rows.clear();
    reindexFrom(0);
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void OccupantsModel::setOccupant(const Occupant &occupant)
{
    const int row = rowOf(occupant.nick);
    if (row < 0) {
        if (m_occupants.size() >= MaxOccupants) {
            ++m_dropped;
            return;
        }
        insertSorted(occupant);
        Q_EMIT countChanged();
        return;
    }
    const Occupant &current = m_occupants.at(row);
    if (current == occupant) {
        return;
    }
    if (current.role == occupant.role) {
        m_occupants[row] = occupant;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // A new role moves the row.
    beginRemoveRows({}, row, row);
    m_occupants.removeAt(row);
    m_rows.remove(occupant.nick);
    reindexFrom(row);
    endRemoveRows();
    insertSorted(occupant);
}

void OccupantsModel::setAvatarHash(const QString &nick, const QString &hash)
{
    const int row = rowOf(nick);
    if (row < 0) {
        return;
    }
    Occupant &occupant = m_occupants[row];
    if (occupant.announcedAvatarHash != hash || occupant.avatarHash == hash) {
        return;
    }
    occupant.avatarHash = hash;
    Q_EMIT dataChanged(index(row), index(row), {AvatarHashRole});
}

void OccupantsModel::removeOccupant(const QString &nick)
{
    const int row = rowOf(nick);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_occupants.removeAt(row);
    m_rows.remove(nick);
    reindexFrom(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void OccupantsModel::renameOccupant(const QString &oldNick, const QString &newNick)
{
    const std::optional<Occupant> current = occupant(oldNick);
    if (!current || oldNick == newNick) {
        return;
    }
    removeOccupant(oldNick);
    Occupant renamed = *current;
    renamed.nick = newNick;
    setOccupant(renamed);
}

void OccupantsModel::clear()
{
    m_dropped = 0;
    if (m_occupants.isEmpty()) {
        return;
    }
    beginResetModel();
    m_occupants.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int OccupantsModel::droppedCount() const
{
    return m_dropped;
}

int OccupantsModel::rowOf(const QString &nick) const
{
    return m_rows.value(nick, -1);
}

void OccupantsModel::insertSorted(const Occupant &occupant)
{
    const auto position = std::lower_bound(m_occupants.cbegin(), m_occupants.cend(), occupant, isBefore);
    const int row = int(position - m_occupants.cbegin());
    beginInsertRows({}, row, row);
    m_occupants.insert(row, occupant);
    reindexFrom(row);
    endInsertRows();
}

void OccupantsModel::reindexFrom(int row)
{
    for (int i = row; i < m_occupants.size(); ++i) {
        m_rows.insert(m_occupants.at(i).nick, i);
    }
}
