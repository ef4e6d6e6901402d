#include "ChatService.h"

#include "ArchiveService.h"
#include "Attachment.h"
#include "BareJid.h"
#include "CarbonsExtension.h"
#include "ChatMarkerService.h"
#include "ChatStateService.h"
#include "ConversationExport.h"
#include "ConversationsModel.h"
#include "MessageEditService.h"
#include "MessageSearchModel.h"
#include "MessagesModel.h"
#include "OutboxService.h"
#include "salon_core_chats_logging.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace {

QString newOriginId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ChatService::ChatService(QXmppClient *client, OutboxService *outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_markers(new ChatMarkerService(client, outbox, this))
    , m_chatStates(new ChatStateService(client, this))
    , m_edits(new MessageEditService(client, outbox, this))
    , m_conversations(new ConversationsModel(this))
    , m_search(new MessageSearchModel(this))
{
    // The receipt manager also sends the receipts that incoming messages request.
    auto *receipts = new QXmppMessageReceiptManager;
    m_client->addExtension(receipts);
    connect(receipts, &QXmppMessageReceiptManager::messageDelivered, this, &ChatService::handleDelivered);
    connect(m_client, &QXmppClient::messageReceived, this, &ChatService::handleMessage);
    // First in line, so that carbon wrappers never reach QXmpp's own handling of messages.
    auto *carbons = new CarbonsExtension;
    m_client->insertExtension(0, carbons);
    connect(carbons, &CarbonsExtension::carbonReceived, this, &ChatService::handleMessage);
    connect(carbons, &CarbonsExtension::carbonSent, this, &ChatService::handleSentCarbon);
    // Created after the carbons extension, so that a new stream enables carbons before it queries the archive.
    m_archive = new ArchiveService(m_client, m_edits, this);
    m_edits->insertFallbackReader();
    connect(m_edits, &MessageEditService::correctionReceived, this, &ChatService::applyCorrection);
    connect(m_edits, &MessageEditService::retractionReceived, this, &ChatService::applyRetraction);
    connect(m_edits, &MessageEditService::reactionsReceived, this, &ChatService::applyReactions);
    connect(m_outbox, &OutboxService::acknowledged, this, &ChatService::handleAcknowledged);
    connect(m_markers, &ChatMarkerService::receivedByPeer, this, &ChatService::handleDelivered);
    connect(m_markers, &ChatMarkerService::displayedByPeer, this, &ChatService::handleDisplayedByPeer);
    connect(m_markers, &ChatMarkerService::displayedElsewhere, this, [this](const QString &peer) {
        markDisplayedHere(peer, false);
    });
    connect(m_chatStates, &ChatStateService::peerTypingChanged, this, &ChatService::showPeerTyping);
    connect(m_archive, &ArchiveService::messagesArchived, this, [this](const ArchivedChats &chats) {
        for (const ChatMessage &message : chats.messages) {
            storeAndShow(message);
        }
        // The store runs its work in order, so the edits find the messages stored before them.
        applyArchivedEdits(chats.edits);
    });
    // An older page that failed while offline can be requested again once the account is back.
    connect(m_archive, &ArchiveService::catchUpFinished, this, [this] {
        for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
            if (model && m_archive->mayHaveOlder(model->peer())) {
                model->resumeFetching();
            }
        }
    });
}

ChatService::~ChatService() = default;

void ChatService::setStore(std::unique_ptr<MessageStore> store)
{
    for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
        delete model.data();
    }
    m_openConversations.clear();
    m_pendingPeers.clear();
    m_sentPeers.clear();
    m_sentOrder.clear();
    m_chatStates->clear();
    m_unshownSent.clear();
    m_statesBeforeShown.clear();
    m_parkedEdits.clear();
    m_conversations->clear();

    m_store = std::move(store);
    m_search->setStore(m_store.get());
    m_archive->setStore(m_store.get());
    if (!m_store) {
        return;
    }
    m_store->loadConversations(this, [this](const QVector<ConversationSummary> &conversations) {
        // Messages that arrived while the store was read are newer and stay in front.
        const int live = m_conversations->rowCount();
        if (live == 0) {
            m_conversations->setConversations(conversations);
            return;
        }
        for (const ConversationSummary &summary : conversations) {
            if (m_conversations->indexOf(summary.peer) < 0) {
                m_conversations->addMessage(summary.lastMessage);
            }
        }
    });
}

ConversationsModel *ChatService::conversations() const
{
    return m_conversations;
}

MessageSearchModel *ChatService::search() const
{
    return m_search;
}

ArchiveService *ChatService::archive() const
{
    return m_archive;
}

MessagesModel *ChatService::openConversation(const QString &jid)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "cannot open a conversation: invalid JID";
        return nullptr;
    }
    if (MessagesModel *open = m_openConversations.value(peer)) {
        return open;
    }

    auto *model = new MessagesModel(peer, this);
    model->setAccountJid(accountJid());
    model->setPeerTyping(m_chatStates->isPeerTyping(peer));
    model->setAttachmentResolvers(m_thumbnailResolver, m_typeResolver);
    m_openConversations.insert(peer, model);
    connect(model, &MessagesModel::olderPageRequested, this, [this, model](std::optional<MessagePosition> before) {
        loadPage(model, before);
    });
    model->fetchMore({});
    return model;
}

void ChatService::closeConversation(const QString &jid)
{
    const QString peer = BareJid::fromUserInput(jid);
    MessagesModel *model = m_openConversations.take(peer);
    if (model) {
        // A view may still be connected to the model in the current event.
        model->deleteLater();
    }
}

void ChatService::loadPage(MessagesModel *model, std::optional<MessagePosition> before)
{
    const QPointer<MessagesModel> target(model);
    if (!m_store) {
        loadArchivePage(target, before, {});
        return;
    }
    m_store->loadPage(model->peer(), before, PageSize, this, [this, target, before](const QVector<ChatMessage> &messages) {
        if (!target) {
            return;
        }
        if (messages.size() >= PageSize || !m_archive->mayHaveOlder(target->peer())) {
            target->prependPage(messages, PageSize);
            return;
        }
        // The store has no older messages; the archive may. The stored ones show meanwhile.
        target->prependWhileLoading(messages);
        loadArchivePage(target, before, messages);
    });
}

void ChatService::loadArchivePage(const QPointer<MessagesModel> &model, std::optional<MessagePosition> before, const QVector<ChatMessage> &storedPage)
{
    std::optional<qint64> oldestMs;
    if (!storedPage.isEmpty()) {
        oldestMs = storedPage.constFirst().timestampMs;
    } else if (before) {
        oldestMs = before->timestampMs;
    }
    m_archive->fetchOlder(model->peer(), model, [this, model, before, storedPage, oldestMs](const ArchivedChats &chats, bool hasOlder) {
        if (!model) {
            return;
        }
        if (chats.messages.isEmpty()) {
            model->prependMessages(storedPage, hasOlder);
            applyArchivedEdits(chats.edits);
            return;
        }
        QVector<ChatMessage> messages = chats.messages;
        if (oldestMs) {
            placeBefore(messages, *oldestMs);
        }
        storeArchivePage(model, before, messages, chats.edits, hasOlder);
    });
}

// Edits of the page apply before those parked for its messages, which came from newer pages.
void ChatService::storeArchivePage(const QPointer<MessagesModel> &model, std::optional<MessagePosition> before, const QVector<ChatMessage> &messages,
                                   const QVector<QXmppMessage> &edits, bool hasOlder)
{
    if (!m_store) {
        QVector<ChatMessage> kept;
        for (ChatMessage message : messages) {
            message.id = m_nextMemoryId++;
            m_conversations->addMessage(message);
            model->addMessage(message);
            kept.append(message);
        }
        applyArchivedEdits(edits);
        for (const ChatMessage &message : qAsConst(kept)) {
            applyParkedEdits(message);
        }
        model->prependMessages({}, hasOlder);
        return;
    }

    for (const ChatMessage &message : messages) {
        m_store->add(message, this, [this, model, before](const std::optional<ChatMessage> &stored) {
            if (!stored) {
                return;
            }
            m_conversations->addMessage(*stored);
            // Messages older than the first row come in order with the page below. Newer ones take their place among the rows.
            const bool afterFirstRow = before && (stored->timestampMs > before->timestampMs || (stored->timestampMs == before->timestampMs && stored->id > before->id));
            if (model && afterFirstRow) {
                model->addMessage(*stored);
            }
            applyParkedEdits(*stored);
        });
    }
    // The database thread runs its work in order: the adds, then the page's edits, then the parked ones.
    applyArchivedEdits(edits);
    // The adds come first there too, so the page contains the archive's messages.
    m_store->loadPage(model->peer(), before, PageSize, this, [model, hasOlder](const QVector<ChatMessage> &page) {
        if (model) {
            model->prependMessages(page, hasOlder || page.size() >= PageSize);
        }
    });
}

void ChatService::sendMessage(const QString &jid, const QString &body)
{
    sendMessageWithAttachment(jid, body, QString());
}

void ChatService::sendMessageWithAttachment(const QString &jid, const QString &body, const QString &attachmentUrl)
{
    const QString peer = validatedPeer(jid, body);
    if (peer.isEmpty()) {
        return;
    }

    ChatMessage message;
    message.peer = peer;
    message.direction = ChatMessage::Direction::Outgoing;
    message.originId = newOriginId();
    message.body = body;
    message.timestampMs = QDateTime::currentMSecsSinceEpoch();
    message.state = ChatMessage::State::Pending;
    message.attachmentUrl = attachmentUrl;

    QXmppMessage stanza(QString(), peer, body);
    if (!attachmentUrl.isEmpty()) {
        stanza.setOutOfBandUrl(attachmentUrl);
    }
    queueMessage(message, stanza);
}

// Returns the bare JID of jid, or an empty string after emitting actionFailed() when jid or body cannot be sent.
QString ChatService::validatedPeer(const QString &jid, const QString &body)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "rejected a message: invalid JID";
        Q_EMIT actionFailed(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return QString();
    }
    if (body.trimmed().isEmpty()) {
        Q_EMIT actionFailed(peer, tr("The message is empty. Write something before sending."));
        return QString();
    }
    if (body.size() > MaxBodyLength) {
        Q_EMIT actionFailed(peer, tr("The message is longer than %1 characters. Split it into several messages.").arg(MaxBodyLength));
        return QString();
    }
    return peer;
}

// Stores and shows message, the user's new message, and queues stanza, its body and extra elements, in the outbox.
void ChatService::queueMessage(const ChatMessage &message, QXmppMessage &stanza)
{
    const QString &peer = message.peer;
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    // A note to self comes back to this client as a copy, and nobody else would send a receipt or marker.
    if (peer != accountJid()) {
        stanza.setReceiptRequested(true);
        stanza.setMarkable(true);
        m_chatStates->addActiveState(peer, stanza);
    }

    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending message" << message.originId << "to" << peer;
    m_pendingPeers.insert(message.originId, peer);
    m_sentPeers.insert(message.originId, peer);
    m_sentOrder.enqueue(message.originId);
    if (m_sentOrder.size() > MaxTrackedMessages) {
        m_sentPeers.remove(m_sentOrder.dequeue());
    }
    m_unshownSent.insert(message.originId);
    storeAndShow(message);
    m_outbox->send(stanza, QStringLiteral("message"));
}

void ChatService::markConversationRead(const QString &jid)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        return;
    }
    markDisplayedHere(peer, true);
}

void ChatService::setComposing(const QString &jid, bool composing)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (!peer.isEmpty()) {
        m_chatStates->setComposing(peer, composing);
    }
}

void ChatService::leaveConversation(const QString &jid)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (!peer.isEmpty()) {
        m_chatStates->leaveConversation(peer);
    }
}

ChatStateService *ChatService::chatStates() const
{
    return m_chatStates;
}

MessageEditService *ChatService::edits() const
{
    return m_edits;
}

void ChatService::handleMessage(const QXmppMessage &message)
{
    if (message.type() == QXmppMessage::Error) {
        if (!m_chatStates->handleError(message)) {
            handleError(message);
        }
        return;
    }
    m_markers->handleMessage(message);
    m_chatStates->handleMessage(message);
    // Room messages and headlines belong to other services. The body of a correction, retraction
    // or reaction is no message of its own, and other messages without a body carry only
    // receipts, chat states or markers.
    if (message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline || m_edits->handleMessage(message)
        || message.body().isEmpty()) {
        return;
    }

    // NOTE: messages from a bare domain, such as server announcements, have no localpart and are ignored.
    const QString peer = BareJid::fromUserInput(message.from());
    if (peer.isEmpty()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a message whose sender is not a user's address";
        return;
    }

    if (peer == accountJid()) {
        // A note to self: the server delivers it to every client of the account, the sending one
        // included, so it is the user's own message. The copy of a note sent here is stored once.
        storeAndShow(sentCopy(message, peer));
        return;
    }

    ChatMessage received;
    received.peer = peer;
    received.direction = ChatMessage::Direction::Incoming;
    received.originId = !message.originId().isEmpty() ? message.originId() : message.id();
    if (received.originId.isEmpty()) {
        // Without any id the message cannot be recognised when it arrives again.
        received.originId = newOriginId();
    }
    // Only the user's server may give an archive id for the user's bare JID: Prosody's mod_mam
    // removes such ids that a sender adds. Ids by anyone else are forgeable, so they are ignored.
    if (message.stanzaIdBy().toLower() == accountJid()) {
        received.stanzaId = message.stanzaId();
    }
    m_edits->readReply(message, peer, received);
    if (received.body.size() > MaxBodyLength) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "cut a message from" << peer << "of" << received.body.size() << "characters to" << MaxBodyLength;
        received.body = received.body.left(MaxBodyLength) + QStringLiteral(" […]");
    }
    received.timestampMs = message.stamp().isValid() ? message.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    received.state = ChatMessage::State::Received;
    received.attachmentUrl = Attachment::urlOf(message);
    if (message.isMarkable()) {
        received.markerId = message.id();
    }
    storeAndShow(received);
}

void ChatService::handleSentCarbon(const QXmppMessage &message)
{
    m_markers->handleSentCarbon(message);
    if (message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline || m_edits->handleSentCarbon(message)
        || message.body().isEmpty()) {
        return;
    }
    const QString peer = BareJid::fromUserInput(message.to());
    if (peer.isEmpty()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a sent carbon whose recipient is not a user's address";
        return;
    }

    const ChatMessage sent = sentCopy(message, peer);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "another client sent message" << sent.originId << "to" << peer;
    storeAndShow(sent);
}

ChatMessage ChatService::sentCopy(const QXmppMessage &message, const QString &peer) const
{
    ChatMessage sent;
    sent.peer = peer;
    sent.direction = ChatMessage::Direction::Outgoing;
    sent.originId = !message.originId().isEmpty() ? message.originId() : message.id();
    if (sent.originId.isEmpty()) {
        sent.originId = newOriginId();
    }
    if (message.stanzaIdBy().toLower() == accountJid()) {
        sent.stanzaId = message.stanzaId();
    }
    m_edits->readReply(message, peer, sent);
    sent.body = sent.body.left(MaxBodyLength);
    sent.timestampMs = message.stamp().isValid() ? message.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    // The other client's server took it; receipts go to that client, not to this one.
    sent.state = ChatMessage::State::Sent;
    sent.attachmentUrl = Attachment::urlOf(message);
    return sent;
}

void ChatService::handleError(const QXmppMessage &message)
{
    const QString originId = message.id();
    const QString peer = m_sentPeers.value(originId);
    // NOTE: an error for a message sent before a restart is not recognised, so its row keeps its state.
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored an error reply for message" << originId << "that was not sent since start-up";
        return;
    }
    qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "message" << originId << "to" << peer << "failed with condition" << int(message.error().condition());
    // The server's acknowledgement of the stream may come after the error; the message stays failed.
    m_pendingPeers.remove(originId);
    updateState(peer, ChatMessage::Direction::Outgoing, originId, ChatMessage::State::Failed);
    Q_EMIT actionFailed(peer, tr("Your message to %1 could not be delivered.").arg(peer));
}

void ChatService::handleAcknowledged(const QString &stanzaId)
{
    // Items of other services share the outbox; only this service's messages are in m_pendingPeers.
    // NOTE: a message queued before a restart has no entry here, so its row stays pending until
    // a receipt arrives, although the outbox sends it.
    const auto it = m_pendingPeers.constFind(stanzaId);
    if (it == m_pendingPeers.cend()) {
        return;
    }
    const QString peer = it.value();
    m_pendingPeers.erase(it);
    updateState(peer, ChatMessage::Direction::Outgoing, stanzaId, ChatMessage::State::Sent);
}

void ChatService::handleDelivered(const QString &jid, const QString &id)
{
    const QString peer = QXmppUtils::jidToBareJid(jid).toLower();
    qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << peer << "received message" << id;
    // A receipt may overtake the server's acknowledgement, which must not turn it back into sent.
    if (m_pendingPeers.value(id) == peer) {
        m_pendingPeers.remove(id);
    }
    updateState(peer, ChatMessage::Direction::Outgoing, id, ChatMessage::State::Delivered);
}

void ChatService::handleDisplayedByPeer(const QString &peer, const QString &originId)
{
    // NOTE: a marker refers to the marked message's id attribute, but messages are found by their
    // origin-id. Both are the same for this client's messages, but a message that another client
    // sent with an origin-id that differs from its id is not found, so the marker is ignored.
    if (m_store) {
        m_store->markReadUpTo(peer, originId, this, [this, peer](std::optional<MessagePosition> position) {
            if (!position) {
                qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a displayed marker from" << peer << "for a message that is not one of the user's messages to them";
                return;
            }
            if (MessagesModel *open = m_openConversations.value(peer)) {
                open->markReadUpTo(*position);
            }
        });
        return;
    }

    MessagesModel *open = m_openConversations.value(peer);
    const std::optional<MessagePosition> position = open ? open->findPosition(ChatMessage::Direction::Outgoing, originId) : std::nullopt;
    if (!position) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a displayed marker from" << peer << "for a message that is not shown";
        return;
    }
    open->markReadUpTo(*position);
}

void ChatService::markDisplayedHere(const QString &peer, bool sendMarker)
{
    // The open model changes at once, so that a view shows the messages as seen without waiting for the store.
    QString markerId;
    if (MessagesModel *open = m_openConversations.value(peer)) {
        markerId = open->markDisplayed();
    }
    m_conversations->markRead(peer);

    if (m_store) {
        // The store contains every shown message and more, so its marker id decides, not the model's.
        m_store->markDisplayed(peer, this, [this, peer, sendMarker](const QString &storedMarkerId) {
            if (sendMarker && !storedMarkerId.isEmpty()) {
                m_markers->sendDisplayed(peer, storedMarkerId);
            }
        });
    } else if (sendMarker && !markerId.isEmpty()) {
        m_markers->sendDisplayed(peer, markerId);
    }
}

void ChatService::showPeerTyping(const QString &peer, bool typing)
{
    m_conversations->setPeerTyping(peer, typing);
    if (MessagesModel *open = m_openConversations.value(peer)) {
        open->setPeerTyping(typing);
    }
}

void ChatService::storeAndShow(const ChatMessage &message)
{
    if (!m_store) {
        if (MessagesModel *open = m_openConversations.value(message.peer); open && open->containsOriginId(message.direction, message.originId)) {
            return;
        }
        ChatMessage kept = message;
        kept.id = m_nextMemoryId++;
        show(kept);
        applyParkedEdits(kept);
        return;
    }
    m_store->add(message, this, [this, originId = message.originId](const std::optional<ChatMessage> &stored) {
        if (!stored) {
            m_unshownSent.remove(originId);
            m_statesBeforeShown.remove(originId);
            qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << "dropped a message that is already stored";
            return;
        }
        show(*stored);
        applyParkedEdits(*stored);
    });
}

void ChatService::show(const ChatMessage &message)
{
    ChatMessage shown = message;
    if (message.direction == ChatMessage::Direction::Outgoing && m_unshownSent.remove(message.originId)) {
        // The store wrote the later state too, after the message, so the two agree.
        const auto early = m_statesBeforeShown.constFind(message.originId);
        if (early != m_statesBeforeShown.cend()) {
            shown.state = early.value();
            m_statesBeforeShown.erase(early);
        }
    }
    m_conversations->addMessage(shown);
    if (MessagesModel *open = m_openConversations.value(message.peer)) {
        open->addMessage(shown);
    }
    // History from the archive is stored as displayed and needs no notification.
    if (message.direction == ChatMessage::Direction::Incoming && message.state == ChatMessage::State::Received) {
        Q_EMIT messageReceived(message.peer, message.id);
        if (!message.attachmentUrl.isEmpty()) {
            Q_EMIT attachmentReceived(message.attachmentUrl);
        }
    }
}

void ChatService::updateState(const QString &peer, ChatMessage::Direction direction, const QString &originId, ChatMessage::State state)
{
    if (m_store) {
        m_store->setState(peer, direction, originId, state);
    }
    if (MessagesModel *open = m_openConversations.value(peer)) {
        open->setState(direction, originId, state);
    }
    // The store returns a new message for the models after a round trip to its thread, and the
    // server's acknowledgement or the receipt may come first.
    if (direction == ChatMessage::Direction::Outgoing && m_unshownSent.contains(originId)) {
        m_statesBeforeShown.insert(originId, state);
    }
}

QString ChatService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

void ChatService::exportConversation(const QString &jid, const QString &formatName)
{
    const QString peer = BareJid::fromUserInput(jid);
    const std::optional<ConversationExport::Format> format = ConversationExport::formatFromName(formatName);
    if (peer.isEmpty() || !format) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "rejected an export: invalid JID or unknown format" << formatName;
        Q_EMIT actionFailed(jid, tr("Salon could not export the conversation: the address or the format is not valid."));
        return;
    }
    if (!m_store) {
        Q_EMIT actionFailed(peer, tr("This account keeps no message history, so there is nothing to export."));
        return;
    }

    const QString account = accountJid();
    m_store->loadPage(peer, std::nullopt, MaxExportMessages, this, [this, account, peer, format](const QVector<ChatMessage> &messages) {
        if (messages.size() >= MaxExportMessages) {
            qCInfo(SALON_CORE_CHATS).noquote() << account << "exporting only the newest" << MaxExportMessages << "messages with" << peer;
        }
        // Formatting tens of thousands of messages takes long enough to stall the event loop.
        // The watcher is a child of the service, so a result that arrives after the service is gone is dropped.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, peer, format, now, count = int(messages.size())] {
            watcher->deleteLater();
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "exported" << count << "messages with" << peer;
            Q_EMIT conversationExported(peer, ConversationExport::fileName(peer, *format, now), watcher->result(), count);
        });
        watcher->setFuture(QtConcurrent::run([account, peer, format, messages, now] {
            return QString::fromUtf8(ConversationExport::write(*format, account, peer, messages, now));
        }));
    });
}

void ChatService::correctLastMessage(const QString &jid, const QString &newBody)
{
    const QString peer = validatedPeer(jid, newBody);
    if (peer.isEmpty()) {
        return;
    }
    auto correct = [this, peer, newBody](const std::optional<ChatMessage> &last) {
        if (!last) {
            Q_EMIT actionFailed(peer, tr("You have no message to %1 to correct.").arg(peer));
            return;
        }
        m_edits->sendCorrection(peer, last->originId, newBody);
        applyCorrection(peer, ChatMessage::Direction::Outgoing, last->originId, newBody);
    };
    if (!m_store) {
        MessagesModel *open = m_openConversations.value(peer);
        correct(open ? open->lastOutgoing() : std::nullopt);
        return;
    }
    // The store reads after every message queued before, so the newest one counts.
    m_store->findLastOutgoing(peer, this, correct);
}

void ChatService::retractMessage(const QString &jid, qint64 messageId)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "rejected a retraction: invalid JID";
        return;
    }
    findInConversation(peer, messageId, [this, peer, messageId](const std::optional<ChatMessage> &message) {
        if (!message || message->direction != ChatMessage::Direction::Outgoing) {
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "rejected retracting message" << messageId << "that is not the user's message to" << peer;
            Q_EMIT actionFailed(peer, tr("Only your own messages can be retracted."));
            return;
        }
        if (message->retracted) {
            return;
        }
        m_edits->sendRetraction(peer, message->originId);
        applyRetraction(peer, ChatMessage::Direction::Outgoing, message->originId);
    });
}

void ChatService::sendReply(const QString &jid, const QString &body, qint64 messageId)
{
    const QString peer = validatedPeer(jid, body);
    if (peer.isEmpty()) {
        return;
    }
    findInConversation(peer, messageId, [this, peer, body](const std::optional<ChatMessage> &quoted) {
        if (!quoted || quoted->retracted) {
            Q_EMIT actionFailed(peer, tr("The message you reply to is no longer in the conversation."));
            return;
        }
        ChatMessage message;
        message.peer = peer;
        message.direction = ChatMessage::Direction::Outgoing;
        message.originId = newOriginId();
        message.body = body;
        message.timestampMs = QDateTime::currentMSecsSinceEpoch();
        message.state = ChatMessage::State::Pending;
        message.replyToOriginId = quoted->originId;
        message.replyToDirection = quoted->direction;
        message.replyToId = quoted->id;
        message.replyPreview = ChatMessage::previewOf(quoted->body);

        QXmppMessage stanza(QString(), peer, body);
        const QString author = quoted->direction == ChatMessage::Direction::Outgoing ? accountJid() : peer;
        MessageEditService::addReply(stanza, author, quoted->originId, quoted->body);
        queueMessage(message, stanza);
    });
}

void ChatService::react(const QString &jid, qint64 messageId, const QStringList &emojis)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "rejected reactions: invalid JID";
        return;
    }
    const QStringList limited = m_edits->limitReactions(emojis, peer);
    findInConversation(peer, messageId, [this, peer, limited](const std::optional<ChatMessage> &message) {
        if (!message || message->retracted) {
            Q_EMIT actionFailed(peer, tr("The message you react to is no longer in the conversation."));
            return;
        }
        m_edits->sendReactions(peer, message->originId, limited);
        applyReactions(peer, message->originId, accountJid(), limited);
    });
}

// Finds the message with the row id messageId, or nothing when it is not in the conversation with peer.
void ChatService::findInConversation(const QString &peer, qint64 messageId, std::function<void(std::optional<ChatMessage>)> found)
{
    if (!m_store) {
        MessagesModel *open = m_openConversations.value(peer);
        found(open ? open->message(messageId) : std::nullopt);
        return;
    }
    m_store->findMessage(messageId, this, [peer, found](const std::optional<ChatMessage> &message) {
        found(message && message->peer == peer ? message : std::nullopt);
    });
}

void ChatService::applyCorrection(const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body)
{
    const QString cut = body.size() > MaxBodyLength ? body.left(MaxBodyLength) + QStringLiteral(" […]") : body;
    if (m_store) {
        m_store->correct(peer, direction, originId, cut, this, [this, peer, direction, originId, body](const MessageEditResult &result) {
            reportEdit(peer, QStringLiteral("correction"), result, originId, [this, peer, direction, originId, body] {
                applyCorrection(peer, direction, originId, body);
            });
        });
        return;
    }
    MessageEditResult result;
    if (MessagesModel *open = m_openConversations.value(peer)) {
        const auto other = direction == ChatMessage::Direction::Incoming ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
        if (std::optional<ChatMessage> target = open->findMessage(direction, originId)) {
            result.message = *target;
            result.outcome = target->retracted ? MessageEditResult::Outcome::Retracted : MessageEditResult::Outcome::Applied;
            result.message.body = cut;
            result.message.edited = true;
        } else if (open->containsOriginId(other, originId)) {
            result.outcome = MessageEditResult::Outcome::OtherSender;
        }
    }
    reportEdit(peer, QStringLiteral("correction"), result, originId, [this, peer, direction, originId, body] {
        applyCorrection(peer, direction, originId, body);
    });
}

void ChatService::applyRetraction(const QString &peer, ChatMessage::Direction direction, const QString &originId)
{
    if (m_store) {
        m_store->retract(peer, direction, originId, this, [this, peer, direction, originId](const MessageEditResult &result) {
            reportEdit(peer, QStringLiteral("retraction"), result, originId, [this, peer, direction, originId] {
                applyRetraction(peer, direction, originId);
            });
        });
        return;
    }
    MessageEditResult result;
    if (MessagesModel *open = m_openConversations.value(peer)) {
        const auto other = direction == ChatMessage::Direction::Incoming ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
        if (std::optional<ChatMessage> target = open->findMessage(direction, originId)) {
            result.message = *target;
            result.outcome = target->retracted ? MessageEditResult::Outcome::Retracted : MessageEditResult::Outcome::Applied;
            result.message.body.clear();
            result.message.retracted = true;
            result.message.reactions.clear();
        } else if (open->containsOriginId(other, originId)) {
            result.outcome = MessageEditResult::Outcome::OtherSender;
        }
    }
    reportEdit(peer, QStringLiteral("retraction"), result, originId, [this, peer, direction, originId] {
        applyRetraction(peer, direction, originId);
    });
}

void ChatService::applyReactions(const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis)
{
    auto show = [this, peer, originId, reactor, emojis](const std::optional<ChatMessage> &message) {
        if (!message) {
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "keeps reactions to message" << originId.left(100)
                                               << "until it is in the conversation with" << peer;
            m_parkedEdits.park(peer, originId, [this, peer, originId, reactor, emojis] {
                applyReactions(peer, originId, reactor, emojis);
            });
            return;
        }
        showUpdated(*message);
    };
    if (m_store) {
        m_store->setReactions(peer, originId, reactor, emojis, this, show);
        return;
    }
    MessagesModel *open = m_openConversations.value(peer);
    std::optional<ChatMessage> message;
    if (open) {
        message = open->findMessage(ChatMessage::Direction::Outgoing, originId);
        if (!message) {
            message = open->findMessage(ChatMessage::Direction::Incoming, originId);
        }
    }
    if (message) {
        if (emojis.isEmpty()) {
            message->reactions.remove(reactor);
        } else {
            message->reactions.insert(reactor, emojis);
        }
    }
    show(message);
}

// Shows an applied correction or retraction, keeps one whose message is not stored yet to retry
// it, and logs why any other was ignored.
void ChatService::reportEdit(const QString &peer, const QString &what, const MessageEditResult &result, const QString &originId, std::function<void()> retry)
{
    switch (result.outcome) {
    case MessageEditResult::Outcome::Applied:
        showUpdated(result.message);
        return;
    case MessageEditResult::Outcome::OtherSender:
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a" << what << "in the conversation with" << peer << "for a message that its sender did not send";
        return;
    case MessageEditResult::Outcome::Retracted:
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a" << what << "in the conversation with" << peer << "for a retracted message";
        return;
    case MessageEditResult::Outcome::NotFound:
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "keeps a" << what << "in the conversation with" << peer << "until its message is stored";
        m_parkedEdits.park(peer, originId, std::move(retry));
        return;
    }
}

void ChatService::applyArchivedEdits(const QVector<QXmppMessage> &edits)
{
    for (const QXmppMessage &edit : edits) {
        if (QXmppUtils::jidToBareJid(edit.from()).toLower() == accountJid()) {
            m_edits->handleSentCarbon(edit);
        } else {
            m_edits->handleMessage(edit);
        }
    }
}

void ChatService::applyParkedEdits(const ChatMessage &stored)
{
    const QVector<std::function<void()>> edits = m_parkedEdits.take(stored.peer, stored.originId);
    for (const std::function<void()> &apply : edits) {
        apply();
    }
}

void ChatService::showUpdated(const ChatMessage &message)
{
    m_conversations->updateMessage(message);
    if (MessagesModel *open = m_openConversations.value(message.peer)) {
        open->updateMessage(message);
    }
}

void ChatService::findMessage(qint64 messageId, QObject *context, std::function<void(std::optional<ChatMessage>)> done)
{
    for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
        if (!model) {
            continue;
        }
        if (const std::optional<ChatMessage> message = model->message(messageId)) {
            QMetaObject::invokeMethod(context, [done, message] {
                done(message);
            }, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_store) {
        QMetaObject::invokeMethod(context, [done] {
            done(std::nullopt);
        }, Qt::QueuedConnection);
        return;
    }
    m_store->findMessage(messageId, context, std::move(done));
}

void ChatService::setAttachmentResolvers(std::function<QString(const QString &url)> thumbnail, std::function<QString(const QString &url)> type)
{
    m_thumbnailResolver = std::move(thumbnail);
    m_typeResolver = std::move(type);
    for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
        if (model) {
            model->setAttachmentResolvers(m_thumbnailResolver, m_typeResolver);
        }
    }
}

void ChatService::notifyAttachmentChanged(const QString &url)
{
    for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
        if (model) {
            model->notifyAttachmentChanged(url);
        }
    }
}
