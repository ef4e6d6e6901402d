#pragma once

#include <QObject>

class OutboxService;
class QXmppClient;
class QXmppMessage;

/// Chat markers (XEP-0333) of 1:1 conversations: sends the user's displayed markers and reports
/// the markers that arrive.
///
/// ChatService requests markers in every message the user sends (\c <markable/>). When the user
/// has read a conversation, sendDisplayed() queues a displayed marker in the outbox, so that a
/// marker written offline goes out after the next sign-in. A marker from the peer reports how far
/// the peer has received or read the user's messages. A displayed marker that another client of
/// the user sent to the peer arrives as a sent carbon and reports that the user read the
/// conversation there. The acknowledged marker counts as displayed, because the peer can only
/// acknowledge what it has displayed.
class ChatMarkerService : public QObject
{
    Q_OBJECT

public:
    ChatMarkerService(QXmppClient *client, OutboxService *outbox, QObject *parent = nullptr);

    /// Queues a displayed marker for the message \a markerId of \a peer, to the peer's bare JID.
    void sendDisplayed(const QString &peer, const QString &markerId);
    /// Reports the marker in \a message, which arrived from its sender directly or as a received carbon.
    void handleMessage(const QXmppMessage &message);
    /// Reports the marker in \a message, which another client of the user sent (a sent carbon).
    void handleSentCarbon(const QXmppMessage &message);

Q_SIGNALS:
    /// \a peer has received the user's message \a originId.
    void receivedByPeer(const QString &peer, const QString &originId);
    /// \a peer has read the user's message \a originId and every earlier one.
    void displayedByPeer(const QString &peer, const QString &originId);
    /// Another client of the user has displayed the message \a markerId of \a peer.
    void displayedElsewhere(const QString &peer, const QString &markerId);

private:
    QString accountJid() const;

    QXmppClient *m_client;
    OutboxService *m_outbox;
};
