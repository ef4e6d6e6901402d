#include "ChatMarkerService.h"

#include "BareJid.h"
#include "OutboxService.h"
#include "salon_core_chats_logging.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace {

// Longest marked id that is logged; ids come from other clients and may be of any length.
constexpr int MaxLoggedIdLength = 100;

bool isChatMessage(const QXmppMessage &message)
{
    return message.type() == QXmppMessage::Chat || message.type() == QXmppMessage::Normal;
}

} // namespace

ChatMarkerService::ChatMarkerService(QXmppClient *client, OutboxService *outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
{
}

void ChatMarkerService::sendDisplayed(const QString &peer, const QString &markerId)
{
    QXmppMessage marker(QString(), peer);
    marker.setType(QXmppMessage::Chat);
    marker.setMarker(QXmppMessage::Displayed);
    marker.setMarkerId(markerId);
    // A store hint (XEP-0334) lets archives keep the marker although it has no body.
    marker.addHint(QXmppMessage::Store);
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "sending a displayed marker to" << peer;
    m_outbox->send(marker, QStringLiteral("marker"));
}

void ChatMarkerService::handleMessage(const QXmppMessage &message)
{
    if (message.marker() == QXmppMessage::NoMarker || !isChatMessage(message)) {
        return;
    }
    const QString peer = BareJid::fromUserInput(message.from());
    const QString markedId = message.markedId();
    if (peer.isEmpty() || peer == accountJid()) {
        // The user's other clients' markers arrive as sent carbons, not from the account itself.
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a chat marker from" << QXmppUtils::jidToBareJid(message.from()).left(200);
        return;
    }
    if (markedId.isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a chat marker without an id from" << peer;
        return;
    }

    if (message.marker() == QXmppMessage::Received) {
        qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << peer << "received message" << markedId.left(MaxLoggedIdLength);
        Q_EMIT receivedByPeer(peer, markedId);
    } else {
        qCDebug(SALON_CORE_CHATS).noquote() << accountJid() << peer << "displayed message" << markedId.left(MaxLoggedIdLength);
        Q_EMIT displayedByPeer(peer, markedId);
    }
}

void ChatMarkerService::handleSentCarbon(const QXmppMessage &message)
{
    // Only displayed and acknowledged markers mean that the user has read the conversation.
    if (message.marker() == QXmppMessage::NoMarker || message.marker() == QXmppMessage::Received || !isChatMessage(message)) {
        return;
    }
    const QString peer = BareJid::fromUserInput(message.to());
    if (peer.isEmpty() || peer == accountJid() || message.markedId().isEmpty()) {
        qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "ignored a chat marker of another client without a peer or an id";
        return;
    }
    qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "another client displayed the conversation with" << peer;
    Q_EMIT displayedElsewhere(peer, message.markedId());
}

QString ChatMarkerService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
