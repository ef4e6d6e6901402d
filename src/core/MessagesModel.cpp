#include "MessagesModel.h"

#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>

namespace {

bool isBefore(const ChatMessage &message, const ChatMessage &other)
{
    if (message.timestampMs != other.timestampMs) {
        return message.timestampMs < other.timestampMs;
    }
    return message.id < other.id;
}

} // namespace

MessagesModel::MessagesModel(const QString &peer, QObject *parent)
    : QAbstractListModel(parent)
    , m_peer(peer)
{
}

QString MessagesModel::peer() const
{
    return m_peer;
}

bool MessagesModel::isLoading() const
{
    return m_loading;
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const ChatMessage &message = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole:
        return message.id;
    case OriginIdRole:
        return message.originId;
    case DirectionRole:
        return ChatMessage::directionCode(message.direction);
    case Qt::DisplayRole:
    case BodyRole:
        return message.body;
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(message.timestampMs, Qt::UTC);
    case StateRole:
        return ChatMessage::stateCode(message.state);
    }
    return {};
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return {
        {MessageIdRole, QByteArrayLiteral("messageId")},
        {OriginIdRole, QByteArrayLiteral("originId")},
        {DirectionRole, QByteArrayLiteral("direction")},
        {BodyRole, QByteArrayLiteral("body")},
        {TimestampRole, QByteArrayLiteral("timestamp")},
        {StateRole, QByteArrayLiteral("state")},
    };
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasOlder && !m_loading;
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    setLoading(true);
    std::optional<MessagePosition> before;
    if (!m_messages.isEmpty()) {
        before = MessagePosition{m_messages.constFirst().timestampMs, m_messages.constFirst().id};
    }
    Q_EMIT olderPageRequested(before);
}

void MessagesModel::prependPage(const QVector<ChatMessage> &messages, int pageSize)
{
    prependMessages(messages, messages.size() >= pageSize);
}

void MessagesModel::prependMessages(const QVector<ChatMessage> &messages, bool hasOlder)
{
    m_hasOlder = hasOlder;
    // The model stays loading until the rows are in, so that views reacting to the insertion
    // cannot request the same page again.
    const auto finishLoading = qScopeGuard([this] {
        setLoading(false);
    });

    // A live message may have arrived while the page loaded; rows already shown are skipped.
    QVector<ChatMessage> older;
    for (const ChatMessage &message : messages) {
        if (!containsOriginId(message.direction, message.originId)) {
            older.append(message);
        }
    }
    if (older.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, int(older.size()) - 1);
    for (const ChatMessage &message : qAsConst(older)) {
        m_keys.insert(keyOf(message.direction, message.originId));
    }
    m_messages = older + m_messages;
    endInsertRows();
    Q_EMIT countChanged();
}

void MessagesModel::resumeFetching()
{
    m_hasOlder = true;
}

void MessagesModel::addMessage(const ChatMessage &message)
{
    if (containsOriginId(message.direction, message.originId)) {
        return;
    }
    const auto position = std::upper_bound(m_messages.cbegin(), m_messages.cend(), message, isBefore);
    const int row = int(position - m_messages.cbegin());
    beginInsertRows({}, row, row);
    m_keys.insert(keyOf(message.direction, message.originId));
    m_messages.insert(row, message);
    endInsertRows();
    Q_EMIT countChanged();
}

void MessagesModel::setState(ChatMessage::Direction direction, const QString &originId, ChatMessage::State state)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        ChatMessage &message = m_messages[row];
        if (message.direction == direction && message.originId == originId) {
            if (message.state != state) {
                message.state = state;
                const QModelIndex changed = index(row);
                Q_EMIT dataChanged(changed, changed, {StateRole});
            }
            return;
        }
    }
}

void MessagesModel::markDisplayed()
{
    for (int row = 0; row < m_messages.size(); ++row) {
        ChatMessage &message = m_messages[row];
        if (message.direction == ChatMessage::Direction::Incoming && message.state == ChatMessage::State::Received) {
            message.state = ChatMessage::State::Displayed;
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {StateRole});
        }
    }
}

bool MessagesModel::containsOriginId(ChatMessage::Direction direction, const QString &originId) const
{
    return m_keys.contains(keyOf(direction, originId));
}

QString MessagesModel::keyOf(ChatMessage::Direction direction, const QString &originId)
{
    return ChatMessage::directionCode(direction) + QLatin1Char(':') + originId;
}

void MessagesModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}
