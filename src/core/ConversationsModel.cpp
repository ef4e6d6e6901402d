#include "ConversationsModel.h"

#include <QDateTime>

namespace {

// Orders conversations newest first; row ids break ties between messages of the same millisecond.
bool isNewer(const ChatMessage &message, const ChatMessage &other)
{
    if (message.timestampMs != other.timestampMs) {
        return message.timestampMs > other.timestampMs;
    }
    return message.id > other.id;
}

} // namespace

ConversationsModel::ConversationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const ConversationSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PeerRole:
        return row.peer;
    case LastMessageRole:
        return row.lastMessage.body;
    case LastDirectionRole:
        return ChatMessage::directionCode(row.lastMessage.direction);
    case LastTimestampRole:
        return QDateTime::fromMSecsSinceEpoch(row.lastMessage.timestampMs, Qt::UTC);
    case UnreadCountRole:
        return row.unreadCount;
    case AvatarHashRole:
        return m_avatarHashes.value(row.peer);
    case PeerTypingRole:
        return m_typingPeers.contains(row.peer);
    }
    return {};
}

QHash<int, QByteArray> ConversationsModel::roleNames() const
{
    return {
        {PeerRole, QByteArrayLiteral("peer")},
        {LastMessageRole, QByteArrayLiteral("lastMessage")},
        {LastDirectionRole, QByteArrayLiteral("lastDirection")},
        {LastTimestampRole, QByteArrayLiteral("lastTimestamp")},
        {UnreadCountRole, QByteArrayLiteral("unreadCount")},
        {AvatarHashRole, QByteArrayLiteral("avatarHash")},
        {PeerTypingRole, QByteArrayLiteral("peerTyping")},
    };
}

int ConversationsModel::indexOf(const QString &peer) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).peer == peer) {
            return row;
        }
    }
    return -1;
}

int ConversationsModel::unreadTotal() const
{
    int total = 0;
    for (const ConversationSummary &row : m_rows) {
        total += row.unreadCount;
    }
    return total;
}

void ConversationsModel::setConversations(const QVector<ConversationSummary> &conversations)
{
    if (conversations.isEmpty() && m_rows.isEmpty()) {
        return;
    }
    const int previousTotal = unreadTotal();
    const int previousCount = rowCount();
    beginResetModel();
    m_rows = QList<ConversationSummary>::fromVector(conversations);
    endResetModel();
    if (rowCount() != previousCount) {
        Q_EMIT countChanged();
    }
    if (unreadTotal() != previousTotal) {
        Q_EMIT unreadTotalChanged();
    }
}

void ConversationsModel::addMessage(const ChatMessage &message)
{
    const bool unread = message.direction == ChatMessage::Direction::Incoming && message.state == ChatMessage::State::Received;
    int row = indexOf(message.peer);
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(ConversationSummary{message.peer, message, unread ? 1 : 0});
        endInsertRows();
        Q_EMIT countChanged();
    } else {
        ConversationSummary &summary = m_rows[row];
        if (unread) {
            ++summary.unreadCount;
        }
        // A message from the archive can be older than the one shown.
        if (isNewer(message, summary.lastMessage)) {
            summary.lastMessage = message;
        }
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
    }
    if (unread) {
        Q_EMIT unreadTotalChanged();
    }
    moveToSortedPosition(row);
}

void ConversationsModel::updateMessage(const ChatMessage &message)
{
    const int row = indexOf(message.peer);
    if (row < 0 || m_rows.at(row).lastMessage.id != message.id) {
        return;
    }
    m_rows[row].lastMessage.body = message.body;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {LastMessageRole});
}

void ConversationsModel::markRead(const QString &peer)
{
    const int row = indexOf(peer);
    if (row < 0 || m_rows.at(row).unreadCount == 0) {
        return;
    }
    m_rows[row].unreadCount = 0;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {UnreadCountRole});
    Q_EMIT unreadTotalChanged();
}

void ConversationsModel::clear()
{
    m_typingPeers.clear();
    setConversations({});
}

void ConversationsModel::setAvatarHash(const QString &jid, const QString &hash)
{
    if (!m_avatarHashes.set(jid, hash)) {
        return;
    }

    const int row = indexOf(jid);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {AvatarHashRole});
    }
}

void ConversationsModel::setPeerTyping(const QString &peer, bool typing)
{
    if (m_typingPeers.contains(peer) == typing) {
        return;
    }
    if (typing) {
        m_typingPeers.insert(peer);
    } else {
        m_typingPeers.remove(peer);
    }

    const int row = indexOf(peer);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {PeerTypingRole});
    }
}

void ConversationsModel::moveToSortedPosition(int row)
{
    // The other rows are sorted, so the number of rows with a newer message is the row's place.
    int target = 0;
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && isNewer(m_rows.at(other).lastMessage, m_rows.at(row).lastMessage)) {
            ++target;
        }
    }
    if (target == row) {
        return;
    }
    // beginMoveRows() takes the row before which the moved row lands, counted before the move.
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
}
