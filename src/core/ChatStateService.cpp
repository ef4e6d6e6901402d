#include "ChatStateService.h"

#include "BareJid.h"
#include "ContactPresences.h"
#include "salon_core_chats_logging.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppUtils.h>

namespace {

bool isChatMessage(const QXmppMessage &message)
{
    return message.type() == QXmppMessage::Chat || message.type() == QXmppMessage::Normal;
}

const char *stateName(QXmppMessage::State state)
{
    switch (state) {
    case QXmppMessage::None:
        return "none";
    case QXmppMessage::Active:
        return "active";
    case QXmppMessage::Inactive:
        return "inactive";
    case QXmppMessage::Gone:
        return "gone";
    case QXmppMessage::Composing:
        return "composing";
    case QXmppMessage::Paused:
        return "paused";
    }
    return "unknown";
}

} // namespace

ChatStateService::ChatStateService(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ChatStateService::~ChatStateService() = default;

void ChatStateService::setPresences(ContactPresences *presences)
{
    if (m_presences) {
        m_presences->disconnect(this);
    }
    m_presences = presences;
    m_offlinePeers.clear();
    if (m_presences) {
        connect(m_presences, &ContactPresences::presenceChanged, this, &ChatStateService::handlePresenceChanged);
    }
}

void ChatStateService::setPauseTimeout(int milliseconds)
{
    m_pauseTimeoutMs = milliseconds;
}

int ChatStateService::pauseTimeout() const
{
    return m_pauseTimeoutMs;
}

void ChatStateService::setTypingTimeout(int milliseconds)
{
    m_typingTimeoutMs = milliseconds;
}

int ChatStateService::typingTimeout() const
{
    return m_typingTimeoutMs;
}

void ChatStateService::setComposing(const QString &peer, bool composing)
{
    Conversation &state = conversation(peer);
    if (!composing) {
        if (state.pauseTimer) {
            state.pauseTimer->stop();
        }
        if (state.sentState == QXmppMessage::Composing || state.sentState == QXmppMessage::Paused) {
            sendState(peer, QXmppMessage::Active);
        }
        return;
    }

    if (state.sentState != QXmppMessage::Composing && !sendState(peer, QXmppMessage::Composing)) {
        return;
    }
    // Each edit starts the wait for paused again.
    pauseTimer(peer)->start(m_pauseTimeoutMs);
}

void ChatStateService::leaveConversation(const QString &peer)
{
    const auto it = m_conversations.find(peer);
    if (it == m_conversations.end()) {
        return;
    }
    if (it->pauseTimer) {
        it->pauseTimer->stop();
    }
    if (it->sentState != QXmppMessage::None && it->sentState != QXmppMessage::Gone) {
        sendState(peer, QXmppMessage::Gone);
    }
}

void ChatStateService::addActiveState(const QString &peer, QXmppMessage &message)
{
    Conversation &state = conversation(peer);
    if (state.pauseTimer) {
        state.pauseTimer->stop();
    }
    // With unknown support, the first message offers chat states to the peer (XEP-0085, section 4).
    if (state.support == Support::Unsupported) {
        return;
    }
    message.setState(QXmppMessage::Active);
    state.sentState = QXmppMessage::Active;
}

void ChatStateService::handleMessage(const QXmppMessage &message)
{
    if (!isChatMessage(message)) {
        return;
    }
    const QString peer = BareJid::fromUserInput(message.from());
    if (peer.isEmpty() || peer == accountJid()) {
        return;
    }
    const bool hasBody = !message.body().isEmpty();
    const QXmppMessage::State received = message.state();
    if (received == QXmppMessage::None && !hasBody) {
        // Receipts and markers carry no chat state.
        return;
    }

    Conversation &state = conversation(peer);
    if (received != QXmppMessage::None) {
        if (state.support != Support::Supported) {
            qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << peer << "sends chat states";
        }
        state.support = Support::Supported;
    } else if (state.support != Support::Unsupported) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "stops sending chat states to" << peer << "whose message carried none";
        state.support = Support::Unsupported;
    }
    // A message with a body ends the writing, whatever state it carries.
    setPeerTyping(peer, received == QXmppMessage::Composing && !hasBody);
}

bool ChatStateService::handleError(const QXmppMessage &message)
{
    const QString peer = QXmppUtils::jidToBareJid(message.from()).toLower();
    const auto it = m_conversations.find(peer);
    if (it == m_conversations.end() || message.id().isEmpty() || it->lastNotificationId != message.id()) {
        return false;
    }
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "stops sending chat states to" << peer << "after an error reply with condition"
                                       << int(message.error().condition());
    it->support = Support::Unsupported;
    it->lastNotificationId.clear();
    if (it->pauseTimer) {
        it->pauseTimer->stop();
    }
    return true;
}

bool ChatStateService::isPeerTyping(const QString &peer) const
{
    const auto it = m_conversations.constFind(peer);
    return it != m_conversations.cend() && it->peerTyping;
}

void ChatStateService::clear()
{
    const QStringList typingPeers = [this] {
        QStringList peers;
        for (auto it = m_conversations.cbegin(); it != m_conversations.cend(); ++it) {
            if (it->peerTyping) {
                peers.append(it.key());
            }
        }
        return peers;
    }();
    for (const Conversation &state : qAsConst(m_conversations)) {
        delete state.pauseTimer;
        delete state.typingTimer;
    }
    m_conversations.clear();
    m_offlinePeers.clear();
    for (const QString &peer : typingPeers) {
        Q_EMIT peerTypingChanged(peer, false);
    }
}

ChatStateService::Conversation &ChatStateService::conversation(const QString &peer)
{
    return m_conversations[peer];
}

QTimer *ChatStateService::pauseTimer(const QString &peer)
{
    Conversation &state = conversation(peer);
    if (!state.pauseTimer) {
        state.pauseTimer = new QTimer(this);
        state.pauseTimer->setSingleShot(true);
        connect(state.pauseTimer, &QTimer::timeout, this, [this, peer] {
            if (conversation(peer).sentState == QXmppMessage::Composing) {
                sendState(peer, QXmppMessage::Paused);
            }
        });
    }
    return state.pauseTimer;
}

QTimer *ChatStateService::typingTimer(const QString &peer)
{
    Conversation &state = conversation(peer);
    if (!state.typingTimer) {
        state.typingTimer = new QTimer(this);
        state.typingTimer->setSingleShot(true);
        connect(state.typingTimer, &QTimer::timeout, this, [this, peer] {
            qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << "composing state of" << peer << "expired";
            setPeerTyping(peer, false);
        });
    }
    return state.typingTimer;
}

bool ChatStateService::sendState(const QString &peer, QXmppMessage::State chatState)
{
    Conversation &state = conversation(peer);
    if (state.support == Support::Unsupported || m_offlinePeers.contains(peer) || !m_client->isAuthenticated()) {
        return false;
    }

    QXmppMessage notification(QString(), peer);
    notification.setType(QXmppMessage::Chat);
    notification.setId(QXmppUtils::generateStanzaUuid());
    notification.setState(chatState);
    // A notification is stale by the time an archive or offline storage would deliver it.
    notification.addHint(QXmppMessage::NoStore);
    if (!m_client->sendPacket(notification)) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending the chat state" << stateName(chatState) << "to" << peer << "failed";
        return false;
    }
    qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << "sent the chat state" << stateName(chatState) << "to" << peer;
    state.sentState = chatState;
    state.lastNotificationId = notification.id();
    return true;
}

void ChatStateService::setPeerTyping(const QString &peer, bool typing)
{
    Conversation &state = conversation(peer);
    if (typing) {
        typingTimer(peer)->start(m_typingTimeoutMs);
    } else if (state.typingTimer) {
        state.typingTimer->stop();
    }
    if (state.peerTyping != typing) {
        state.peerTyping = typing;
        Q_EMIT peerTypingChanged(peer, typing);
    }
}

void ChatStateService::handlePresenceChanged(const QString &bareJid)
{
    const QString peer = bareJid.toLower();
    if (!m_presences->presences(bareJid).isEmpty()) {
        m_offlinePeers.remove(peer);
        return;
    }
    m_offlinePeers.insert(peer);
    if (isPeerTyping(peer)) {
        setPeerTyping(peer, false);
    }
}

QString ChatStateService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
