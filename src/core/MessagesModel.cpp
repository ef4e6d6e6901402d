#include "MessagesModel.h"

#include "Attachment.h"
#include "NickMention.h"

#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>

namespace {

bool isAtOrBefore(const ChatMessage &message, const MessagePosition &position)
{
    if (message.timestampMs != position.timestampMs) {
        return message.timestampMs < position.timestampMs;
    }
    return message.id <= position.id;
}

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

bool MessagesModel::isPeerTyping() const
{
    return m_peerTyping;
}

void MessagesModel::setPeerTyping(bool typing)
{
    if (m_peerTyping != typing) {
        m_peerTyping = typing;
        Q_EMIT peerTypingChanged();
    }
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
    case EditedRole:
        return message.edited;
    case RetractedRole:
        return message.retracted;
    case ReplyToIdRole:
        return message.replyToId;
    case ReplyPreviewRole:
        return message.replyPreview;
    case ReactionsRole:
        return reactionsOf(message);
    case AttachmentUrlRole:
        return message.attachmentUrl;
    case AttachmentTypeRole:
        return attachmentType(message.attachmentUrl);
    case AttachmentNameRole:
        return message.attachmentUrl.isEmpty() ? QString() : Attachment::fileNameOf(message.attachmentUrl);
    case ThumbnailPathRole:
        return message.attachmentUrl.isEmpty() || !m_thumbnailResolver ? QString() : m_thumbnailResolver(message.attachmentUrl);
    case SenderNickRole:
        return message.senderNick;
    case MentionsMeRole:
        return message.groupChat && message.direction == ChatMessage::Direction::Incoming && NickMention::mentions(message.body, m_mentionNick);
    case ModeratedRole:
        return message.moderated;
    case ModerationReasonRole:
        return message.moderationReason;
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
        {EditedRole, QByteArrayLiteral("edited")},
        {RetractedRole, QByteArrayLiteral("retracted")},
        {ReplyToIdRole, QByteArrayLiteral("replyToId")},
        {ReplyPreviewRole, QByteArrayLiteral("replyPreview")},
        {ReactionsRole, QByteArrayLiteral("reactions")},
        {AttachmentUrlRole, QByteArrayLiteral("attachmentUrl")},
        {AttachmentTypeRole, QByteArrayLiteral("attachmentType")},
        {AttachmentNameRole, QByteArrayLiteral("attachmentName")},
        {ThumbnailPathRole, QByteArrayLiteral("thumbnailPath")},
        {SenderNickRole, QByteArrayLiteral("senderNick")},
        {MentionsMeRole, QByteArrayLiteral("mentionsMe")},
        {ModeratedRole, QByteArrayLiteral("moderated")},
        {ModerationReasonRole, QByteArrayLiteral("moderationReason")},
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
    // Declared first, so it runs last: after the rows are in and loading has finished.
    const auto revealNext = qScopeGuard([this] {
        if (m_revealTarget != 0) {
            continueReveal();
        }
    });
    // The model stays loading until the rows are in, so that views reacting to the insertion
    // cannot request the same page again.
    const auto finishLoading = qScopeGuard([this] {
        setLoading(false);
    });

    insertOlder(messages);
}

void MessagesModel::prependWhileLoading(const QVector<ChatMessage> &messages)
{
    insertOlder(messages);
}

void MessagesModel::insertOlder(const QVector<ChatMessage> &messages)
{
    // A live message may have arrived while the page loaded; rows already shown are skipped.
    QVector<ChatMessage> older;
    for (const ChatMessage &message : messages) {
        if (!containsOriginId(message.direction, message.originId)) {
            older.append(message);
        }
    }
    for (ChatMessage &message : older) {
        resolveReply(message);
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

void MessagesModel::revealMessage(qint64 messageId)
{
    m_revealTarget = messageId;
    continueReveal();
}

int MessagesModel::rowOfMessage(qint64 messageId) const
{
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).id == messageId) {
            return row;
        }
    }
    return -1;
}

void MessagesModel::continueReveal()
{
    const qint64 target = m_revealTarget;
    const int row = rowOfMessage(target);
    if (row >= 0) {
        m_revealTarget = 0;
        Q_EMIT messageRevealed(target, row);
        return;
    }
    if (m_loading) {
        // The page on its way is searched when it arrives.
        return;
    }
    if (!m_hasOlder || m_messages.size() >= MaxRevealRows) {
        m_revealTarget = 0;
        Q_EMIT revealFailed(target);
        return;
    }
    fetchMore({});
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
    ChatMessage shown = message;
    resolveReply(shown);
    const auto position = std::upper_bound(m_messages.cbegin(), m_messages.cend(), shown, isBefore);
    const int row = int(position - m_messages.cbegin());
    beginInsertRows({}, row, row);
    m_keys.insert(keyOf(shown.direction, shown.originId));
    m_messages.insert(row, shown);
    endInsertRows();
    Q_EMIT countChanged();
}

void MessagesModel::setState(ChatMessage::Direction direction, const QString &originId, ChatMessage::State state)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        const ChatMessage &message = m_messages.at(row);
        if (message.direction == direction && message.originId == originId) {
            changeState(row, state);
            return;
        }
    }
}

QString MessagesModel::markDisplayed()
{
    QString markerId;
    bool newestMarkableFound = false;
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        const ChatMessage &message = m_messages.at(row);
        if (message.direction != ChatMessage::Direction::Incoming) {
            continue;
        }
        if (!newestMarkableFound && !message.markerId.isEmpty()) {
            newestMarkableFound = true;
            if (message.state == ChatMessage::State::Received) {
                markerId = message.markerId;
            }
        }
        changeState(row, ChatMessage::State::Displayed);
    }
    return markerId;
}

void MessagesModel::markReadUpTo(const MessagePosition &position)
{
    for (int row = 0; row < m_messages.size() && isAtOrBefore(m_messages.at(row), position); ++row) {
        if (m_messages.at(row).direction == ChatMessage::Direction::Outgoing) {
            changeState(row, ChatMessage::State::Read);
        }
    }
}

std::optional<MessagePosition> MessagesModel::findPosition(ChatMessage::Direction direction, const QString &originId) const
{
    for (const ChatMessage &message : m_messages) {
        if (message.direction == direction && message.originId == originId) {
            return MessagePosition{message.timestampMs, message.id};
        }
    }
    return std::nullopt;
}

bool MessagesModel::containsOriginId(ChatMessage::Direction direction, const QString &originId) const
{
    return m_keys.contains(keyOf(direction, originId));
}

QString MessagesModel::keyOf(ChatMessage::Direction direction, const QString &originId)
{
    return ChatMessage::directionCode(direction) + QLatin1Char(':') + originId;
}

void MessagesModel::changeState(int row, ChatMessage::State state)
{
    ChatMessage &message = m_messages[row];
    if (!ChatMessage::canChange(message.state, state)) {
        return;
    }
    message.state = state;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {StateRole});
}

void MessagesModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void MessagesModel::setAccountJid(const QString &jid)
{
    m_accountJid = jid;
}

void MessagesModel::setMentionNick(const QString &nick)
{
    if (nick == m_mentionNick) {
        return;
    }
    m_mentionNick = nick;
    if (!m_messages.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_messages.size()) - 1), {MentionsMeRole});
    }
}

void MessagesModel::updateMessage(const ChatMessage &message)
{
    const int row = rowOfMessage(message.id);
    if (row < 0) {
        return;
    }
    ChatMessage &shown = m_messages[row];
    shown.body = message.body;
    shown.edited = message.edited;
    shown.retracted = message.retracted;
    shown.reactions = message.reactions;
    shown.moderated = message.moderated;
    shown.moderationReason = message.moderationReason;
    if (shown.stanzaId.isEmpty()) {
        shown.stanzaId = message.stanzaId;
    }
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, BodyRole, EditedRole, RetractedRole, ReactionsRole, ModeratedRole, ModerationReasonRole});

    // Replies show the start of the new body.
    const QString preview = ChatMessage::previewOf(message.body);
    for (int reply = 0; reply < m_messages.size(); ++reply) {
        ChatMessage &candidate = m_messages[reply];
        if (candidate.replyToId == message.id && candidate.replyPreview != preview) {
            candidate.replyPreview = preview;
            const QModelIndex replyIndex = index(reply);
            Q_EMIT dataChanged(replyIndex, replyIndex, {ReplyPreviewRole});
        }
    }
}

std::optional<ChatMessage> MessagesModel::message(qint64 messageId) const
{
    const int row = rowOfMessage(messageId);
    return row < 0 ? std::nullopt : std::optional<ChatMessage>(m_messages.at(row));
}

std::optional<ChatMessage> MessagesModel::findMessage(ChatMessage::Direction direction, const QString &originId) const
{
    if (!containsOriginId(direction, originId)) {
        return std::nullopt;
    }
    for (const ChatMessage &candidate : m_messages) {
        if (candidate.direction == direction && candidate.originId == originId) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<ChatMessage> MessagesModel::lastOutgoing() const
{
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        const ChatMessage &candidate = m_messages.at(row);
        if (candidate.direction == ChatMessage::Direction::Outgoing) {
            return candidate.retracted ? std::nullopt : std::optional<ChatMessage>(candidate);
        }
    }
    return std::nullopt;
}

std::optional<ChatMessage> MessagesModel::findByStanzaId(const QString &stanzaId) const
{
    if (stanzaId.isEmpty()) {
        return std::nullopt;
    }
    for (const ChatMessage &candidate : m_messages) {
        if (candidate.stanzaId == stanzaId) {
            return candidate;
        }
    }
    return std::nullopt;
}

void MessagesModel::setStanzaId(ChatMessage::Direction direction, const QString &originId, const QString &stanzaId)
{
    for (ChatMessage &candidate : m_messages) {
        if (candidate.direction == direction && candidate.originId == originId && candidate.stanzaId.isEmpty()) {
            candidate.stanzaId = stanzaId;
            return;
        }
    }
}

QVariantList MessagesModel::reactionsOf(const ChatMessage &message) const
{
    // Emojis in the order they first appear among the senders, which QMap sorts.
    QStringList emojis;
    QHash<QString, QStringList> senders;
    for (auto it = message.reactions.cbegin(); it != message.reactions.cend(); ++it) {
        for (const QString &emoji : it.value()) {
            if (!senders.contains(emoji)) {
                emojis.append(emoji);
            }
            senders[emoji].append(it.key());
        }
    }
    QVariantList reactions;
    for (const QString &emoji : qAsConst(emojis)) {
        const QStringList reactors = senders.value(emoji);
        reactions.append(QVariantMap{
            {QStringLiteral("emoji"), emoji},
            {QStringLiteral("count"), int(reactors.size())},
            {QStringLiteral("senders"), reactors},
            {QStringLiteral("own"), !m_accountJid.isEmpty() && reactors.contains(m_accountJid)},
        });
    }
    return reactions;
}

void MessagesModel::resolveReply(ChatMessage &message) const
{
    // The store resolves the replies it reads; this covers messages kept without a store.
    if (message.replyToOriginId.isEmpty() || message.replyToId != 0) {
        return;
    }
    // Replies in rooms name the stanza id that the room gave the message.
    if (message.groupChat) {
        if (const std::optional<ChatMessage> quoted = findByStanzaId(message.replyToOriginId)) {
            message.replyToId = quoted->id;
            message.replyPreview = ChatMessage::previewOf(quoted->body);
        }
        return;
    }
    for (const ChatMessage::Direction direction : {ChatMessage::Direction::Incoming, ChatMessage::Direction::Outgoing}) {
        if (message.replyToDirection && *message.replyToDirection != direction) {
            continue;
        }
        if (const std::optional<ChatMessage> quoted = findMessage(direction, message.replyToOriginId)) {
            message.replyToId = quoted->id;
            message.replyPreview = ChatMessage::previewOf(quoted->body);
            return;
        }
    }
}

void MessagesModel::setAttachmentResolvers(std::function<QString(const QString &url)> thumbnail, std::function<QString(const QString &url)> type)
{
    m_thumbnailResolver = std::move(thumbnail);
    m_typeResolver = std::move(type);
}

void MessagesModel::notifyAttachmentChanged(const QString &url)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).attachmentUrl == url) {
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {AttachmentTypeRole, ThumbnailPathRole});
        }
    }
}

QString MessagesModel::attachmentType(const QString &url) const
{
    if (url.isEmpty()) {
        return QString();
    }
    const QString type = Attachment::typeOf(url);
    if (type != QLatin1String("file") || !m_typeResolver) {
        return type;
    }
    const QString probed = m_typeResolver(url);
    return probed.isEmpty() ? type : probed;
}
