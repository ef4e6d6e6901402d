#include "ChatService.h"

#include "Attachment.h"
#include "BareJid.h"
#include "CarbonsExtension.h"
#include "ChatMarkerService.h"
#include "ChatStateService.h"
#include "ConversationsModel.h"
#include "MessageSearchModel.h"
#include "MessagesModel.h"
#include "OutboxService.h"
#include "salon_core_chats_logging.h"

#include <QDateTime>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppUtils.h>

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
    connect(m_outbox, &OutboxService::acknowledged, this, &ChatService::handleAcknowledged);
    connect(m_markers, &ChatMarkerService::receivedByPeer, this, &ChatService::handleDelivered);
    connect(m_markers, &ChatMarkerService::displayedByPeer, this, &ChatService::handleDisplayedByPeer);
    connect(m_markers, &ChatMarkerService::displayedElsewhere, this, [this](const QString &peer) {
        markDisplayedHere(peer, false);
    });
    connect(m_chatStates, &ChatStateService::peerTypingChanged, this, &ChatService::showPeerTyping);
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
    m_conversations->clear();

    m_store = std::move(store);
    m_search->setStore(m_store.get());
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
    model->setPeerTyping(m_chatStates->isPeerTyping(peer));
    model->setAttachmentResolvers(m_thumbnailResolver, m_typeResolver);
    m_openConversations.insert(peer, model);
    connect(model, &MessagesModel::olderPageRequested, this, [this, model](std::optional<MessagePosition> before) {
        loadPage(model, before);
    });
    model->fetchMore({});
    return model;
}

void ChatService::loadPage(MessagesModel *model, std::optional<MessagePosition> before)
{
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

void ChatService::sendMessage(const QString &jid, const QString &body)
{
    sendMessageWithAttachment(jid, body, QString());
}

void ChatService::sendMessageWithAttachment(const QString &jid, const QString &body, const QString &attachmentUrl)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "rejected a message: invalid JID";
        Q_EMIT actionFailed(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return;
    }
    if (body.trimmed().isEmpty()) {
        Q_EMIT actionFailed(peer, tr("The message is empty. Write something before sending."));
        return;
    }
    if (body.size() > MaxBodyLength) {
        Q_EMIT actionFailed(peer, tr("The message is longer than %1 characters. Split it into several messages.").arg(MaxBodyLength));
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
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    m_chatStates->addActiveState(peer, stanza);

    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending message" << message.originId << "to" << peer;
    m_pendingPeers.insert(message.originId, peer);
    m_sentPeers.insert(message.originId, peer);
    m_sentOrder.enqueue(message.originId);
    if (m_sentOrder.size() > MaxTrackedMessages) {
        m_sentPeers.remove(m_sentOrder.dequeue());
    }
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
    // Room messages and headlines belong to other services; messages without a body carry
    // only receipts, chat states or markers.
    if (message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline || message.body().isEmpty()) {
        return;
    }

    // NOTE: messages from a bare domain, such as server announcements, have no localpart and are ignored.
    const QString peer = BareJid::fromUserInput(message.from());
    if (peer.isEmpty()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a message whose sender is not a user's address";
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
    if (message.stanzaIdBy() == accountJid()) {
        received.stanzaId = message.stanzaId();
    }
    received.body = message.body();
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
    if (message.type() == QXmppMessage::GroupChat || message.type() == QXmppMessage::Headline || message.body().isEmpty()) {
        return;
    }
    const QString peer = BareJid::fromUserInput(message.to());
    if (peer.isEmpty()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a sent carbon whose recipient is not a user's address";
        return;
    }

    ChatMessage sent;
    sent.peer = peer;
    sent.direction = ChatMessage::Direction::Outgoing;
    sent.originId = !message.originId().isEmpty() ? message.originId() : message.id();
    if (sent.originId.isEmpty()) {
        sent.originId = newOriginId();
    }
    sent.body = message.body().left(MaxBodyLength);
    sent.timestampMs = message.stamp().isValid() ? message.stamp().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    // The other client's server took it; receipts go to that client, not to this one.
    sent.state = ChatMessage::State::Sent;
    sent.attachmentUrl = Attachment::urlOf(message);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "another client sent message" << sent.originId << "to" << peer;
    storeAndShow(sent);
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
        return;
    }
    m_store->add(message, this, [this](const std::optional<ChatMessage> &stored) {
        if (!stored) {
            qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << "dropped a message that is already stored";
            return;
        }
        show(*stored);
    });
}

void ChatService::show(const ChatMessage &message)
{
    m_conversations->addMessage(message);
    if (MessagesModel *open = m_openConversations.value(message.peer)) {
        open->addMessage(message);
    }
    if (message.direction == ChatMessage::Direction::Incoming) {
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
}

QString ChatService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

void ChatService::findMessage(qint64 messageId, QObject *context, std::function<void(std::optional<ChatMessage>)> done)
{
    for (const QPointer<MessagesModel> &model : qAsConst(m_openConversations)) {
        if (!model) {
            continue;
        }
        if (const std::optional<ChatMessage> message = model->messageById(messageId)) {
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
    m_store->loadById(messageId, context, std::move(done));
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
