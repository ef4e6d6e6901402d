#include "RoomMessageService.h"

#include "ArchiveExtension.h"
#include "Attachment.h"
#include "BareJid.h"
#include "ChatService.h"
#include "MessageEditService.h"
#include "MessagesModel.h"
#include "NickMention.h"
#include "RoomService.h"
#include "salon_core_rooms_logging.h"

#include <QDateTime>
#include <QDomElement>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

RoomMessageService::RoomMessageService(RoomService *rooms, ArchiveExtension *archive, QObject *parent)
    : m_roomService(rooms)
    , m_archive(archive)
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
    // Subject changes, with a subject and no body, go to RoomService.
    if (type != QLatin1String("groupchat") || stanza.firstChildElement(QStringLiteral("body")).isNull()) {
        return false;
    }
    QXmppMessage message;
    message.parse(stanza);
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
    int skipped = 0;
    for (const ArchivedMessage &entry : page.messages) {
        if (const std::optional<ChatMessage> message = fromArchive(room, entry.message, entry.archiveId, afterKnownId)) {
            storeAndShow(*message);
            ++messages;
        } else {
            ++skipped;
        }
    }
    if (skipped > 0) {
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "skipped" << skipped << "archived entries of" << room << "without a message to show";
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
    // NOTE: corrections, retractions and reactions from the archive are skipped, as live ones are.
    if (archived.type() != QXmppMessage::GroupChat || nick.isEmpty() || archived.body().isEmpty() || MessageEditService::isEdit(archived)) {
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
    message.body = archived.body().size() > ChatService::MaxBodyLength ? archived.body().left(ChatService::MaxBodyLength) + QStringLiteral(" […]")
                                                                        : archived.body();
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
    // NOTE: older pages come from the store only; the room's archive is read on join.
    if (!m_store) {
        model->prependPage({}, PageSize);
        return;
    }
    const QPointer<MessagesModel> target(model);
    m_store->loadPage(model->peer(), before, PageSize, this, [target](const QVector<ChatMessage> &messages) {
        if (target) {
            target->prependPage(messages, PageSize);
        }
    });
}

void RoomMessageService::sendMessage(const QString &jid, const QString &body)
{
    const QString room = BareJid::fromUserInput(jid);
    const RoomEntry entry = entryOf(room);
    if (!m_roomService->shouldBeJoined(room)) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return;
    }
    if (body.trimmed().isEmpty()) {
        Q_EMIT actionFailed(room, tr("The message is empty."));
        return;
    }
    if (body.size() > ChatService::MaxBodyLength) {
        Q_EMIT actionFailed(room, tr("The message is too long: at most %1 characters.").arg(ChatService::MaxBodyLength));
        return;
    }
    ChatMessage message;
    message.groupChat = true;
    message.peer = room;
    message.direction = ChatMessage::Direction::Outgoing;
    message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.senderNick = entry.nick;
    message.body = body;
    message.timestampMs = QDateTime::currentMSecsSinceEpoch();
    message.state = ChatMessage::State::Pending;
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
    received.body = message.body().size() > ChatService::MaxBodyLength ? message.body().left(ChatService::MaxBodyLength) + QStringLiteral(" […]") : message.body();
    received.timestampMs = message.stamp().isValid() ? message.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    received.attachmentUrl = Attachment::urlOf(message);
    // History that the room sends on join carries a delay; it is no news.
    const bool history = message.stamp().isValid();
    if (received.direction == ChatMessage::Direction::Outgoing) {
        received.state = ChatMessage::State::Delivered;
        const bool sentHere = m_unconfirmed.remove(received.originId) > 0;
        const MessagesModel *open = m_openRooms.value(room);
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
