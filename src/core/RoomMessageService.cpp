#include "RoomMessageService.h"

#include "ArchiveExtension.h"
#include "Attachment.h"
#include "BareJid.h"
#include "ChatService.h"
#include "MessageEditService.h"
#include "MessagesModel.h"
#include "NickMention.h"
#include "OccupantsModel.h"
#include "RoomModeration.h"
#include "RoomService.h"
#include "salon_core_rooms_logging.h"

#include <QDateTime>
#include <QDomElement>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace {

// Maximum length of a moderator's reason that is kept, in UTF-16 code units.
constexpr int MaxReasonLength = 1024;
// Longest id that is logged; ids come from other clients and may be of any length.
constexpr int MaxLoggedIdLength = 100;

QString cutBody(const QString &body)
{
    return body.size() > ChatService::MaxBodyLength ? body.left(ChatService::MaxBodyLength) + QStringLiteral(" […]") : body;
}

// Applies an edit to a message kept without a store, as MessageStore does for stored ones.
MessageEditResult editInMemory(const std::optional<ChatMessage> &target, bool mayChange, const std::function<void(ChatMessage &)> &change)
{
    MessageEditResult result;
    if (!target) {
        return result;
    }
    result.message = *target;
    if (!mayChange) {
        result.outcome = MessageEditResult::Outcome::OtherSender;
    } else if (target->retracted) {
        result.outcome = MessageEditResult::Outcome::Retracted;
    } else {
        change(result.message);
        result.outcome = MessageEditResult::Outcome::Applied;
    }
    return result;
}

} // namespace

RoomMessageService::RoomMessageService(RoomService *rooms, ArchiveExtension *archive, MessageEditService *edits, QObject *parent)
    : m_roomService(rooms)
    , m_archive(archive)
    , m_edits(edits)
    , m_rooms(rooms->rooms())
{
    setParent(parent);
    connect(rooms, &RoomService::roomJoined, this, [this](const QString &room) {
        sendPending(room);
        if (m_roomService->isArchived(room)) {
            catchUp(room);
        }
    });
    // A new nickname changes which messages mention the user.
    connect(m_rooms, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        for (int row = first.row(); row <= last.row(); ++row) {
            const QString room = m_rooms->data(m_rooms->index(row), RoomsModel::JidRole).toString();
            if (MessagesModel *open = m_openRooms.value(room)) {
                open->setMentionNick(m_rooms->data(m_rooms->index(row), RoomsModel::NickRole).toString());
            }
        }
    });
}

RoomMessageService::~RoomMessageService() = default;

void RoomMessageService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_client = client;
    connect(client, &QXmppClient::disconnected, this, &RoomMessageService::handleDisconnected);
}

bool RoomMessageService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    const QString room = QXmppUtils::jidToBareJid(stanza.attribute(QStringLiteral("from"))).toLower();
    if (!m_rooms->room(room)) {
        return false;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (type == QLatin1String("error")) {
        QXmppMessage message;
        message.parse(stanza);
        return handleMessageError(room, message);
    }
    if (type != QLatin1String("groupchat")) {
        return false;
    }
    QXmppMessage message;
    message.parse(stanza);
    const QString nick = QXmppUtils::jidToResource(message.from());
    if (nick.isEmpty()) {
        // Only the room's bare JID announces moderations; its subject changes go to RoomService.
        if (const std::optional<ModerationNotice> notice = RoomModeration::readModeration(message)) {
            handleModeration(room, *notice);
            return true;
        }
        return false;
    }
    if (MessageEditService::carriesEdit(message)) {
        if (entryOf(room).state == RoomEntry::State::Joined) {
            handleEdit(room, nick, message, realJidOf(room, nick));
        }
        return true;
    }
    // Subject changes, with a subject and no body, go to RoomService.
    if (stanza.firstChildElement(QStringLiteral("body")).isNull()) {
        return false;
    }
    m_edits->readFallbacks(stanza);
    handleGroupMessage(room, message);
    return true;
}

void RoomMessageService::handleDisconnected()
{
    // Unconfirmed messages go out again after the next join: from the store, or from memory.
    if (!m_store) {
        for (const ChatMessage &message : qAsConst(m_unconfirmed)) {
            m_pendingWithoutStore[message.peer].append(message);
        }
    }
    m_unconfirmed.clear();
}

void RoomMessageService::catchUp(const QString &room)
{
    const int run = ++m_catchUpRuns[room];
    m_catchUpCounts.insert(room, {0, 0});
    if (!m_store) {
        requestArchivePage(room, m_positionsWithoutStore.value(room), run);
        return;
    }
    m_store->loadRoomArchivePosition(room, this, [this, room, run](const QString &archiveId) {
        if (run == m_catchUpRuns.value(room)) {
            requestArchivePage(room, archiveId, run);
        }
    });
}

void RoomMessageService::requestArchivePage(const QString &room, const QString &afterId, int run)
{
    ArchiveQuery query;
    query.archive = room;
    query.maxResults = PageSize;
    if (afterId.isEmpty()) {
        // Without a known entry, the newest page is history rather than news.
        query.beforeId = QString();
    } else {
        query.afterId = afterId;
    }
    const bool afterKnownId = !afterId.isEmpty();
    m_archive->query(query, this, [this, room, afterKnownId, run](const ArchivePage &page) {
        if (run == m_catchUpRuns.value(room)) {
            handleArchivePage(room, page, afterKnownId, run);
        }
    });
}

void RoomMessageService::handleArchivePage(const QString &room, const ArchivePage &page, bool afterKnownId, int run)
{
    if (!page.isResult()) {
        if (afterKnownId && page.status == IqResponse::Status::Error && page.error.condition() == QXmppStanza::Error::ItemNotFound) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "the archive of" << room << "no longer has the known entry, reading its newest page";
            requestArchivePage(room, QString(), run);
            return;
        }
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "reading the archive of" << room << "failed: status" << int(page.status) << "condition"
                                              << int(page.error.condition());
        finishCatchUp(room);
        return;
    }
    auto &[pages, messages] = m_catchUpCounts[room];
    ++pages;
    messages += applyArchiveEntries(room, page.messages, afterKnownId);
    if (!afterKnownId && !page.firstId.isEmpty()) {
        m_oldestArchiveIds.insert(room, page.firstId);
    }
    if (!page.lastId.isEmpty()) {
        setArchivePosition(room, page.lastId);
    }
    if (!afterKnownId || page.complete || page.messages.isEmpty() || pages >= MaxCatchUpPages) {
        finishCatchUp(room);
        return;
    }
    requestArchivePage(room, page.lastId, run);
}

int RoomMessageService::applyArchiveEntries(const QString &room, const QVector<ArchivedMessage> &entries, bool news, std::optional<qint64> boundaryMs)
{
    // The messages first, so that an older page's timestamps can move before boundaryMs.
    QVector<std::optional<ChatMessage>> converted(entries.size());
    QVector<ChatMessage> plain;
    QVector<int> plainRows;
    for (int row = 0; row < entries.size(); ++row) {
        const ArchivedMessage &entry = entries.at(row);
        const QString nick = QXmppUtils::jidToResource(entry.message.from());
        const std::optional<ModerationNotice> notice = RoomModeration::readModeration(entry.message);
        if ((nick.isEmpty() && notice && !notice->stanzaId.isEmpty()) || (!nick.isEmpty() && MessageEditService::carriesEdit(entry.message))) {
            continue;
        }
        converted[row] = fromArchive(room, entry.message, entry.archiveId, news);
        if (converted[row]) {
            plain.append(*converted[row]);
            plainRows.append(row);
        }
    }
    if (boundaryMs) {
        placeBefore(plain, *boundaryMs);
        for (int index = 0; index < plain.size(); ++index) {
            converted[plainRows.at(index)] = plain.at(index);
        }
    }

    int messages = 0;
    int skipped = 0;
    for (int row = 0; row < entries.size(); ++row) {
        const ArchivedMessage &entry = entries.at(row);
        const QString nick = QXmppUtils::jidToResource(entry.message.from());
        const std::optional<ModerationNotice> notice = RoomModeration::readModeration(entry.message);
        if (nick.isEmpty() && notice && !notice->stanzaId.isEmpty()) {
            // The room's announcement of a removal, which it archives after the message.
            applyModeration(room, notice->stanzaId, notice->reason);
        } else if (!nick.isEmpty() && MessageEditService::carriesEdit(entry.message)) {
            // The archive does not show the sender's real JID, so the nickname alone is checked.
            handleEdit(room, nick, entry.message, QString());
        } else if (const std::optional<ChatMessage> &message = converted.at(row)) {
            storeAndShow(*message);
            if (message->moderated) {
                // A tombstone of a message that the store had before it was removed.
                applyModeration(room, entry.archiveId, message->moderationReason);
            }
            ++messages;
        } else {
            ++skipped;
        }
    }
    if (skipped > 0) {
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "skipped" << skipped << "archived entries of" << room << "without a message to show";
    }
    return messages;
}

void RoomMessageService::finishCatchUp(const QString &room)
{
    const auto [pages, messages] = m_catchUpCounts.take(room);
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "read" << messages << "messages of" << room << "from its archive in" << pages << "pages";
    Q_EMIT catchUpFinished(room, messages);
}

void RoomMessageService::setArchivePosition(const QString &room, const QString &archiveId)
{
    if (m_store) {
        // Queued after the page's messages, so the position never passes a message that was not written.
        m_store->saveRoomArchivePosition(room, archiveId);
    } else {
        m_positionsWithoutStore.insert(room, archiveId);
    }
}

std::optional<ChatMessage> RoomMessageService::fromArchive(const QString &room, const QXmppMessage &archived, const QString &archiveId, bool news) const
{
    const QString nick = QXmppUtils::jidToResource(archived.from());
    // A message that a moderator removed is archived as a tombstone without a body (XEP-0425).
    const std::optional<ModerationNotice> tombstone = RoomModeration::readModeration(archived);
    const bool removed = tombstone && tombstone->stanzaId.isEmpty();
    if (archived.type() != QXmppMessage::GroupChat || nick.isEmpty() || (archived.body().isEmpty() && !removed)) {
        return std::nullopt;
    }
    ChatMessage message;
    message.groupChat = true;
    message.peer = room;
    message.senderNick = nick.left(RoomService::MaxNickLength);
    message.direction = nick == entryOf(room).nick ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    message.originId = !archived.originId().isEmpty() ? archived.originId() : archived.id();
    if (message.originId.isEmpty()) {
        message.originId = archiveId;
    }
    message.stanzaId = archiveId;
    readReply(archived, room, message);
    message.body = cutBody(message.body);
    if (removed) {
        message.body.clear();
        message.retracted = true;
        message.moderated = true;
        message.moderationReason = tombstone->reason.left(MaxReasonLength);
    }
    message.timestampMs = archived.stamp().isValid() ? archived.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    message.attachmentUrl = Attachment::urlOf(archived);
    if (message.direction == ChatMessage::Direction::Outgoing) {
        message.state = ChatMessage::State::Delivered;
    } else {
        message.state = news ? ChatMessage::State::Received : ChatMessage::State::Displayed;
    }
    return message;
}

RoomEntry RoomMessageService::entryOf(const QString &room) const
{
    return m_rooms->roomOrNew(room);
}

QString RoomMessageService::accountJid() const
{
    return m_client ? m_client->configuration().jidBare().toLower() : QString();
}

void RoomMessageService::setStore(std::unique_ptr<MessageStore> store)
{
    for (const QPointer<MessagesModel> &model : qAsConst(m_openRooms)) {
        delete model.data();
    }
    m_openRooms.clear();
    m_unconfirmed.clear();
    m_pendingWithoutStore.clear();
    m_parkedEdits.clear();
    m_replyAuthors.clear();
    m_store = std::move(store);
}

MessagesModel *RoomMessageService::openRoom(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!m_rooms->room(room)) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "cannot open the messages of an unknown room";
        return nullptr;
    }
    if (MessagesModel *open = m_openRooms.value(room)) {
        return open;
    }
    auto *model = new MessagesModel(room, this);
    model->setAccountJid(accountJid());
    model->setMentionNick(entryOf(room).nick);
    m_openRooms.insert(room, model);
    connect(model, &MessagesModel::olderPageRequested, this, [this, model](std::optional<MessagePosition> before) {
        loadPage(model, before);
    });
    model->fetchMore({});
    return model;
}

void RoomMessageService::closeRoom(const QString &jid)
{
    if (MessagesModel *model = m_openRooms.take(BareJid::fromUserInput(jid))) {
        // A view may still be connected to the model in the current event.
        model->deleteLater();
    }
}

void RoomMessageService::loadPage(MessagesModel *model, std::optional<MessagePosition> before)
{
    // NOTE: without a store, older pages are not read from the room's archive.
    if (!m_store) {
        model->prependPage({}, PageSize);
        return;
    }
    const QPointer<MessagesModel> target(model);
    m_store->loadPage(model->peer(), before, PageSize, this, [this, target, before](const QVector<ChatMessage> &messages) {
        if (!target) {
            return;
        }
        const QString room = target->peer();
        if (messages.size() >= PageSize || !m_roomService->isArchived(room) || m_archiveStartReached.contains(room)) {
            target->prependPage(messages, PageSize);
            return;
        }
        // The store has no older messages; the room's archive may. The stored ones show meanwhile.
        target->prependWhileLoading(messages);
        std::optional<qint64> oldestMs;
        if (!messages.isEmpty()) {
            oldestMs = messages.constFirst().timestampMs;
        } else if (before) {
            oldestMs = before->timestampMs;
        }
        loadOlderFromArchive(target, oldestMs);
    });
}

void RoomMessageService::loadOlderFromArchive(const QPointer<MessagesModel> &model, std::optional<qint64> oldestMs)
{
    const QString room = model->peer();
    // The archive's order is known from the pages read since the start. Otherwise the stored
    // messages give it, where messages of the same second may come in another order.
    m_store->loadOldestArchiveId(room, this, [this, model, room, oldestMs](const QString &storedOldestId) {
        ArchiveQuery query;
        query.archive = room;
        query.maxResults = PageSize;
        // Without any entry, the newest page of the archive.
        query.beforeId = m_oldestArchiveIds.value(room, storedOldestId);
        m_archive->query(query, this, [this, model, room, oldestMs](const ArchivePage &page) {
            if (!page.isResult()) {
                qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "reading older messages of" << room << "from its archive failed: status"
                                                      << int(page.status) << "condition" << int(page.error.condition());
                if (model) {
                    model->prependMessages({}, false);
                }
                return;
            }
            if (page.complete || page.messages.isEmpty()) {
                m_archiveStartReached.insert(room);
            }
            if (!page.firstId.isEmpty()) {
                m_oldestArchiveIds.insert(room, page.firstId);
            }
            const int count = applyArchiveEntries(room, page.messages, false, oldestMs);
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "read" << count << "older messages of" << room << "from its archive";
            const bool hasOlder = !m_archiveStartReached.contains(room);
            // The database thread works in order, so this read ends after the page's messages were
            // written, and their rows, which show() adds, are in the model when the page ends.
            m_store->loadOldestArchiveId(room, this, [model, hasOlder](const QString &) {
                if (model) {
                    model->prependMessages({}, hasOlder);
                }
            });
        });
    });
}

void RoomMessageService::sendMessage(const QString &jid, const QString &body)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!checkBody(room, body)) {
        return;
    }
    enqueue(newMessage(room, body));
}

// Returns whether body may go to room now or after the next join, or emits actionFailed().
bool RoomMessageService::checkBody(const QString &room, const QString &body)
{
    if (!m_roomService->shouldBeJoined(room)) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return false;
    }
    if (body.trimmed().isEmpty()) {
        Q_EMIT actionFailed(room, tr("The message is empty."));
        return false;
    }
    if (body.size() > ChatService::MaxBodyLength) {
        Q_EMIT actionFailed(room, tr("The message is too long: at most %1 characters.").arg(ChatService::MaxBodyLength));
        return false;
    }
    return true;
}

ChatMessage RoomMessageService::newMessage(const QString &room, const QString &body) const
{
    ChatMessage message;
    message.groupChat = true;
    message.peer = room;
    message.direction = ChatMessage::Direction::Outgoing;
    message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.senderNick = entryOf(room).nick;
    message.body = body;
    message.timestampMs = QDateTime::currentMSecsSinceEpoch();
    message.state = ChatMessage::State::Pending;
    return message;
}

void RoomMessageService::enqueue(ChatMessage message)
{
    const QString room = message.peer;
    if (!m_store) {
        message.id = m_nextMemoryId++;
        show(message);
        m_pendingWithoutStore[room].append(message);
        sendPending(room);
        return;
    }
    // Stored first, so that the message survives a lost connection or a restart.
    m_store->add(message, this, [this, room](const std::optional<ChatMessage> &stored) {
        if (!stored) {
            Q_EMIT actionFailed(room, tr("Salon could not save your message."));
            return;
        }
        show(*stored);
        if (entryOf(room).state == RoomEntry::State::Joined) {
            transmit(*stored);
        }
    });
}

void RoomMessageService::sendPending(const QString &room)
{
    if (entryOf(room).state != RoomEntry::State::Joined) {
        return;
    }
    if (!m_store) {
        const QVector<ChatMessage> pending = m_pendingWithoutStore.take(room);
        for (const ChatMessage &message : pending) {
            transmit(message);
        }
        return;
    }
    m_store->loadPending(room, this, [this, room](const QVector<ChatMessage> &pending) {
        if (entryOf(room).state != RoomEntry::State::Joined) {
            return;
        }
        for (const ChatMessage &message : pending) {
            if (message.groupChat && !m_unconfirmed.contains(message.originId)) {
                transmit(message);
            }
        }
    });
}

void RoomMessageService::transmit(const ChatMessage &message)
{
    QXmppMessage stanza(QString(), message.peer, message.body);
    stanza.setType(QXmppMessage::GroupChat);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    if (!message.replyToOriginId.isEmpty()) {
        // After a restart the quoted author is unknown, and the reply names the room instead.
        MessageEditService::addReply(stanza, m_replyAuthors.value(message.originId, message.peer), message.replyToOriginId, message.replyPreview);
    }
    if (!m_client->sendPacket(stanza)) {
        return;
    }
    m_unconfirmed.insert(message.originId, message);
    qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "sent message" << message.originId << "to" << message.peer;
}

void RoomMessageService::handleGroupMessage(const QString &room, const QXmppMessage &message)
{
    const RoomEntry entry = entryOf(room);
    const QString nick = QXmppUtils::jidToResource(message.from());
    if (entry.state != RoomEntry::State::Joined) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a message of" << room << "that the user is not in";
        return;
    }
    if (nick.isEmpty() || message.body().isEmpty()) {
        // Messages of the room itself, and chat states, carry nothing to show yet.
        return;
    }

    ChatMessage received;
    received.groupChat = true;
    received.peer = room;
    received.senderNick = nick.left(RoomService::MaxNickLength);
    received.direction = nick == entry.nick ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    received.originId = !message.originId().isEmpty() ? message.originId() : message.id();
    if (received.originId.isEmpty()) {
        received.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    // Only the room may give an archive id for its messages (XEP-0359).
    if (message.stanzaIdBy().toLower() == room) {
        received.stanzaId = message.stanzaId();
    }
    received.senderJid = realJidOf(room, nick);
    readReply(message, room, received);
    received.body = cutBody(received.body);
    received.timestampMs = message.stamp().isValid() ? message.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    received.attachmentUrl = Attachment::urlOf(message);
    // History that the room sends on join carries a delay; it is no news.
    const bool history = message.stamp().isValid();
    if (received.direction == ChatMessage::Direction::Outgoing) {
        received.state = ChatMessage::State::Delivered;
        const bool sentHere = m_unconfirmed.remove(received.originId) > 0;
        m_replyAuthors.remove(received.originId);
        MessagesModel *open = m_openRooms.value(room);
        if (open && !received.stanzaId.isEmpty()) {
            // Retractions and reactions name the id that the room gives the message now.
            open->setStanzaId(received.direction, received.originId, received.stanzaId);
        }
        if (sentHere || (!m_store && open && open->containsOriginId(received.direction, received.originId))) {
            setMessageState(room, received.originId, ChatMessage::State::Delivered);
            if (!m_store) {
                return;
            }
        }
    } else {
        received.state = history ? ChatMessage::State::Displayed : ChatMessage::State::Received;
    }
    storeAndShow(received);
}

bool RoomMessageService::handleMessageError(const QString &room, const QXmppMessage &message)
{
    const QString originId = message.id();
    if (m_unconfirmed.remove(originId) == 0) {
        return false;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "rejected message" << originId << ": condition" << int(message.error().condition());
    setMessageState(room, originId, ChatMessage::State::Failed);
    Q_EMIT actionFailed(room, tr("The room %1 did not accept your message.").arg(room));
    return true;
}

void RoomMessageService::storeAndShow(const ChatMessage &message)
{
    if (!m_store) {
        ChatMessage kept = message;
        kept.id = m_nextMemoryId++;
        show(kept);
        return;
    }
    m_store->add(message, this, [this, message](const std::optional<ChatMessage> &stored) {
        if (stored) {
            show(*stored);
            return;
        }
        // The user's message came back from the room after a restart or from another client.
        if (message.direction == ChatMessage::Direction::Outgoing) {
            setMessageState(message.peer, message.originId, ChatMessage::State::Delivered);
        }
    });
}

void RoomMessageService::show(const ChatMessage &message)
{
    if (MessagesModel *open = m_openRooms.value(message.peer)) {
        open->addMessage(message);
    }
    applyParkedEdits(message);
    if (message.direction != ChatMessage::Direction::Incoming || message.state != ChatMessage::State::Received) {
        return;
    }
    RoomEntry entry = entryOf(message.peer);
    ++entry.unreadCount;
    const bool mention = NickMention::mentions(message.body, entry.nick);
    if (mention) {
        ++entry.mentionCount;
    }
    m_rooms->setRoom(entry);
    Q_EMIT messageReceived(message.peer, message.id);
    if (mention) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "was mentioned in" << message.peer;
        Q_EMIT mentionReceived(message.peer, message.id, message.senderNick);
    }
}

void RoomMessageService::setMessageState(const QString &room, const QString &originId, ChatMessage::State state)
{
    if (m_store) {
        m_store->setState(room, ChatMessage::Direction::Outgoing, originId, state);
    }
    if (MessagesModel *open = m_openRooms.value(room)) {
        open->setState(ChatMessage::Direction::Outgoing, originId, state);
    }
}

void RoomMessageService::markRoomRead(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    RoomEntry entry = entryOf(room);
    if (!m_rooms->room(room)) {
        return;
    }
    entry.unreadCount = 0;
    entry.mentionCount = 0;
    m_rooms->setRoom(entry);
    if (MessagesModel *open = m_openRooms.value(room)) {
        open->markDisplayed();
    }
    if (m_store) {
        // Rooms send no chat markers, so the marker id that the store returns is not used.
        m_store->markDisplayed(room, this, [](const QString &) {});
    }
}

void RoomMessageService::readReply(const QXmppMessage &message, const QString &room, ChatMessage &chatMessage) const
{
    const QString author = m_edits->readReply(message, room, chatMessage);
    if (chatMessage.replyToOriginId.isEmpty()) {
        return;
    }
    // In rooms the reply names the author's occupant JID (XEP-0461), and its nickname gives the direction.
    const QString authorNick = QXmppUtils::jidToResource(author);
    if (authorNick.isEmpty()) {
        chatMessage.replyToDirection.reset();
    } else {
        chatMessage.replyToDirection = authorNick == entryOf(room).nick ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
    }
}

QString RoomMessageService::realJidOf(const QString &room, const QString &nick) const
{
    const OccupantsModel *occupants = m_roomService->occupants(room);
    const std::optional<Occupant> occupant = occupants ? occupants->occupant(nick) : std::nullopt;
    return occupant ? occupant->realJid : QString();
}

void RoomMessageService::findMessage(const QString &room, qint64 messageId, QObject *context, std::function<void(std::optional<ChatMessage>)> found)
{
    if (!m_store) {
        const MessagesModel *open = m_openRooms.value(room);
        found(open ? open->message(messageId) : std::nullopt);
        return;
    }
    m_store->findMessage(messageId, context, [room, found](const std::optional<ChatMessage> &message) {
        found(message && message->groupChat && message->peer == room ? message : std::nullopt);
    });
}

bool RoomMessageService::checkJoinedForEdit(const QString &room)
{
    if (entryOf(room).state != RoomEntry::State::Joined || !m_client) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return false;
    }
    return true;
}

void RoomMessageService::correctLastMessage(const QString &jid, const QString &newBody)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!checkJoinedForEdit(room) || !checkBody(room, newBody)) {
        return;
    }
    auto correct = [this, room, newBody](const std::optional<ChatMessage> &last) {
        if (!last) {
            Q_EMIT actionFailed(room, tr("You have no message in %1 to correct.").arg(room));
            return;
        }
        if (!checkJoinedForEdit(room)) {
            return;
        }
        const QXmppMessage stanza = MessageEditService::correctionStanza(room, QXmppMessage::GroupChat, last->originId, newBody);
        if (!m_client->sendPacket(stanza)) {
            Q_EMIT actionFailed(room, tr("Salon could not send the correction. Check your connection."));
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "sent a correction of message" << last->originId << "to" << room;
        RoomSender self;
        self.self = true;
        applyCorrection(room, last->originId, self, newBody);
    };
    if (!m_store) {
        const MessagesModel *open = m_openRooms.value(room);
        correct(open ? open->lastOutgoing() : std::nullopt);
        return;
    }
    m_store->findLastOutgoing(room, this, correct);
}

void RoomMessageService::retractMessage(const QString &jid, qint64 messageId)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!checkJoinedForEdit(room)) {
        return;
    }
    findMessage(room, messageId, this, [this, room, messageId](const std::optional<ChatMessage> &message) {
        if (!message || message->direction != ChatMessage::Direction::Outgoing) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected retracting message" << messageId << "of" << room << "that the user did not send";
            Q_EMIT actionFailed(room, tr("Only your own messages can be retracted."));
            return;
        }
        if (message->retracted) {
            return;
        }
        if (message->stanzaId.isEmpty()) {
            Q_EMIT actionFailed(room, tr("The room has not confirmed this message yet. Try again in a moment."));
            return;
        }
        if (!checkJoinedForEdit(room)) {
            return;
        }
        if (!m_client->sendPacket(MessageEditService::retractionStanza(room, QXmppMessage::GroupChat, message->stanzaId))) {
            Q_EMIT actionFailed(room, tr("Salon could not send the retraction. Check your connection."));
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "sent a retraction of message" << message->stanzaId << "to" << room;
        RoomSender self;
        self.self = true;
        applyRetraction(room, message->stanzaId, self);
    });
}

void RoomMessageService::react(const QString &jid, qint64 messageId, const QStringList &emojis)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!checkJoinedForEdit(room)) {
        return;
    }
    const QStringList limited = m_edits->limitReactions(emojis, room);
    findMessage(room, messageId, this, [this, room, limited](const std::optional<ChatMessage> &message) {
        if (!message || message->retracted) {
            Q_EMIT actionFailed(room, tr("The message you react to is no longer in the room."));
            return;
        }
        if (message->stanzaId.isEmpty()) {
            Q_EMIT actionFailed(room, tr("The room has not confirmed this message yet. Try again in a moment."));
            return;
        }
        if (!checkJoinedForEdit(room)) {
            return;
        }
        if (!m_client->sendPacket(MessageEditService::reactionsStanza(room, QXmppMessage::GroupChat, message->stanzaId, limited))) {
            Q_EMIT actionFailed(room, tr("Salon could not send the reaction. Check your connection."));
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "sent" << limited.size() << "reactions to message" << message->stanzaId << "to" << room;
        applyReactions(room, message->stanzaId, accountJid(), limited);
    });
}

void RoomMessageService::sendReply(const QString &jid, const QString &body, qint64 messageId)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!checkBody(room, body)) {
        return;
    }
    findMessage(room, messageId, this, [this, room, body](const std::optional<ChatMessage> &quoted) {
        if (!quoted || quoted->retracted) {
            Q_EMIT actionFailed(room, tr("The message you reply to is no longer in the room."));
            return;
        }
        if (quoted->stanzaId.isEmpty()) {
            Q_EMIT actionFailed(room, tr("The room has not confirmed this message yet. Try again in a moment."));
            return;
        }
        ChatMessage message = newMessage(room, body);
        message.replyToOriginId = quoted->stanzaId;
        message.replyToDirection = quoted->direction;
        message.replyToId = quoted->id;
        message.replyPreview = ChatMessage::previewOf(quoted->body);
        m_replyAuthors.insert(message.originId, room + QLatin1Char('/') + quoted->senderNick);
        enqueue(message);
    });
}

void RoomMessageService::handleEdit(const QString &room, const QString &nick, const QXmppMessage &message, const QString &realJid)
{
    RoomSender sender;
    sender.nick = nick.left(RoomService::MaxNickLength);
    sender.self = sender.nick == entryOf(room).nick;
    sender.realJid = realJid;
    const MessageEditService::References references = MessageEditService::readReferences(message);

    if (!references.retractId.isEmpty()) {
        applyRetraction(room, references.retractId, sender);
    } else if (!message.replaceId().isEmpty()) {
        ChatMessage corrected;
        m_edits->readReply(message, room, corrected);
        if (corrected.body.trimmed().isEmpty()) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a correction without a body in" << room;
            return;
        }
        applyCorrection(room, message.replaceId(), sender, corrected.body);
    } else if (references.reactionsId.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored reactions without a message id in" << room;
    } else {
        const QString reactor = sender.self ? accountJid() : room + QLatin1Char('/') + sender.nick;
        applyReactions(room, references.reactionsId, reactor, m_edits->limitReactions(references.reactions, room));
    }
}

void RoomMessageService::handleModeration(const QString &room, const ModerationNotice &notice)
{
    if (notice.stanzaId.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a moderation without a message id from" << room;
        return;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "a moderator of" << room << "removed message" << notice.stanzaId.left(MaxLoggedIdLength);
    applyModeration(room, notice.stanzaId, notice.reason);
}

void RoomMessageService::applyCorrection(const QString &room, const QString &originId, const RoomSender &sender, const QString &body)
{
    const QString cut = cutBody(body);
    auto retry = [this, room, originId, sender, body] {
        applyCorrection(room, originId, sender, body);
    };
    if (m_store) {
        m_store->correctRoomMessage(room, originId, sender, cut, this, [this, room, originId, retry](const MessageEditResult &result) {
            reportEdit(room, QStringLiteral("correction"), result, originId, retry);
        });
        return;
    }
    std::optional<ChatMessage> target;
    if (const MessagesModel *open = m_openRooms.value(room)) {
        target = open->findMessage(ChatMessage::Direction::Incoming, originId);
        if (!target) {
            target = open->findMessage(ChatMessage::Direction::Outgoing, originId);
        }
    }
    const MessageEditResult result = editInMemory(target, target && sender.sent(*target), [&cut](ChatMessage &message) {
        message.body = cut;
        message.edited = true;
    });
    reportEdit(room, QStringLiteral("correction"), result, originId, retry);
}

void RoomMessageService::applyRetraction(const QString &room, const QString &stanzaId, const RoomSender &sender)
{
    auto retry = [this, room, stanzaId, sender] {
        applyRetraction(room, stanzaId, sender);
    };
    if (m_store) {
        m_store->retractRoomMessage(room, stanzaId, sender, this, [this, room, stanzaId, retry](const MessageEditResult &result) {
            reportEdit(room, QStringLiteral("retraction"), result, stanzaId, retry);
        });
        return;
    }
    const MessagesModel *open = m_openRooms.value(room);
    const std::optional<ChatMessage> target = open ? open->findByStanzaId(stanzaId) : std::nullopt;
    const MessageEditResult result = editInMemory(target, target && sender.sent(*target), [](ChatMessage &message) {
        message.body.clear();
        message.retracted = true;
        message.reactions.clear();
    });
    reportEdit(room, QStringLiteral("retraction"), result, stanzaId, retry);
}

void RoomMessageService::applyModeration(const QString &room, const QString &stanzaId, const QString &reason)
{
    const QString cutReason = reason.left(MaxReasonLength);
    auto retry = [this, room, stanzaId, cutReason] {
        applyModeration(room, stanzaId, cutReason);
    };
    if (m_store) {
        m_store->moderateRoomMessage(room, stanzaId, cutReason, this, [this, room, stanzaId, retry](const MessageEditResult &result) {
            reportEdit(room, QStringLiteral("moderation"), result, stanzaId, retry);
        });
        return;
    }
    const MessagesModel *open = m_openRooms.value(room);
    std::optional<ChatMessage> target = open ? open->findByStanzaId(stanzaId) : std::nullopt;
    if (target && target->moderated) {
        return;
    }
    if (target) {
        // A moderator may still remove a message that its sender retracted, which then shows the reason.
        target->retracted = false;
    }
    const MessageEditResult result = editInMemory(target, true, [&cutReason](ChatMessage &message) {
        message.body.clear();
        message.retracted = true;
        message.moderated = true;
        message.moderationReason = cutReason;
        message.reactions.clear();
    });
    reportEdit(room, QStringLiteral("moderation"), result, stanzaId, retry);
}

void RoomMessageService::applyReactions(const QString &room, const QString &stanzaId, const QString &reactor, const QStringList &emojis)
{
    auto show = [this, room, stanzaId, reactor, emojis](const std::optional<ChatMessage> &message) {
        if (!message) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "keeps reactions to message" << stanzaId.left(MaxLoggedIdLength) << "until it is in" << room;
            m_parkedEdits.park(room, stanzaId, [this, room, stanzaId, reactor, emojis] {
                applyReactions(room, stanzaId, reactor, emojis);
            });
            return;
        }
        showUpdated(*message);
    };
    if (m_store) {
        m_store->setRoomReactions(room, stanzaId, reactor, emojis, this, show);
        return;
    }
    const MessagesModel *open = m_openRooms.value(room);
    std::optional<ChatMessage> message = open ? open->findByStanzaId(stanzaId) : std::nullopt;
    if (message) {
        if (emojis.isEmpty()) {
            message->reactions.remove(reactor);
        } else {
            message->reactions.insert(reactor, emojis);
        }
    }
    show(message);
}

// Shows an applied edit, keeps one whose message is not stored yet to retry it, and logs why any other was ignored.
void RoomMessageService::reportEdit(const QString &room, const QString &what, const MessageEditResult &result, const QString &targetId,
                                    std::function<void()> retry)
{
    switch (result.outcome) {
    case MessageEditResult::Outcome::Applied:
        showUpdated(result.message);
        return;
    case MessageEditResult::Outcome::OtherSender:
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a forged" << what << "in" << room << "of message" << targetId.left(MaxLoggedIdLength)
                                              << ": another occupant sent it";
        return;
    case MessageEditResult::Outcome::Retracted:
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a" << what << "in" << room << "of a retracted message";
        return;
    case MessageEditResult::Outcome::NotFound:
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "keeps a" << what << "in" << room << "until its message is stored";
        m_parkedEdits.park(room, targetId, std::move(retry));
        return;
    }
}

void RoomMessageService::applyParkedEdits(const ChatMessage &stored)
{
    QVector<std::function<void()>> edits = m_parkedEdits.take(stored.peer, stored.originId);
    if (!stored.stanzaId.isEmpty()) {
        edits += m_parkedEdits.take(stored.peer, stored.stanzaId);
    }
    for (const std::function<void()> &apply : qAsConst(edits)) {
        apply();
    }
}

void RoomMessageService::showUpdated(const ChatMessage &message)
{
    if (MessagesModel *open = m_openRooms.value(message.peer)) {
        open->updateMessage(message);
    }
}
