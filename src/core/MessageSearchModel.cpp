#include "MessageSearchModel.h"

#include "store/MessageStore.h"

#include <QDateTime>

MessageSearchModel::MessageSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MessageSearchModel::setStore(MessageStore *store)
{
    m_store = store;
    clear();
}

QString MessageSearchModel::query() const
{
    return m_query;
}

bool MessageSearchModel::isSearching() const
{
    return m_searching;
}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChatMessage &message = m_results.at(index.row());
    switch (role) {
    case PeerRole:
        return message.peer;
    case MessageIdRole:
        return message.id;
    case DirectionRole:
        return ChatMessage::directionCode(message.direction);
    case Qt::DisplayRole:
    case BodyRole:
        return message.body;
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(message.timestampMs, Qt::UTC);
    case GroupChatRole:
        return message.groupChat;
    case SenderNickRole:
        return message.senderNick;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageSearchModel::roleNames() const
{
    return {
        {PeerRole, QByteArrayLiteral("peer")},
        {MessageIdRole, QByteArrayLiteral("messageId")},
        {DirectionRole, QByteArrayLiteral("direction")},
        {BodyRole, QByteArrayLiteral("body")},
        {TimestampRole, QByteArrayLiteral("timestamp")},
        {GroupChatRole, QByteArrayLiteral("groupChat")},
        {SenderNickRole, QByteArrayLiteral("senderNick")},
    };
}

void MessageSearchModel::search(const QString &text)
{
    const quint64 generation = ++m_generation;
    if (m_query != text) {
        m_query = text;
        Q_EMIT queryChanged();
    }
    if (!m_store || MessageStore::searchTerms(text).isEmpty()) {
        setResults({});
        setSearching(false);
        return;
    }

    setSearching(true);
    m_store->search(text, MaxResults, this, [this, generation](const QVector<ChatMessage> &results) {
        if (generation != m_generation) {
            return;
        }
        setResults(results);
        setSearching(false);
    });
}

void MessageSearchModel::clear()
{
    search(QString());
}

void MessageSearchModel::setResults(const QVector<ChatMessage> &results)
{
    if (results.isEmpty() && m_results.isEmpty()) {
        return;
    }
    const int previousCount = int(m_results.size());
    beginResetModel();
    m_results = results;
    endResetModel();
    if (previousCount != m_results.size()) {
        Q_EMIT countChanged();
    }
}

void MessageSearchModel::setSearching(bool searching)
{
    if (m_searching != searching) {
        m_searching = searching;
        Q_EMIT searchingChanged();
    }
}
