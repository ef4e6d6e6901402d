#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QXmppMessage.h>

class ContactPresences;
class QTimer;
class QXmppClient;

/// Chat state notifications (XEP-0085) of 1:1 conversations: notifies the peer while the user is
/// writing, and reports while the peer is.
///
/// Outgoing: setComposing() on each edit of the draft sends \c composing once, then \c paused
/// after pauseTimeout() without another edit. A message that the user sends carries \c active
/// (addActiveState()), and leaveConversation() sends \c gone. A standalone notification goes only
/// to a peer that sent a chat state or whose support is not known yet, as XEP-0085, section 4
/// (Determining Support) allows. A message with a body but without a chat state from the peer
/// stops them until the peer sends a chat state again, and so does an error reply to one.
/// Notifications are also held back while the peer's presence is unavailable and while the
/// account is offline, because they are transient and never queued in the outbox.
///
/// Incoming: \c composing from the peer makes isPeerTyping() true until the peer sends another
/// chat state or a message with a body, goes offline, or typingTimeout() passes without news.
class ChatStateService : public QObject
{
    Q_OBJECT

public:
    /// Time without an edit after which the user counts as paused, in milliseconds.
    static constexpr int DefaultPauseTimeoutMs = 10000;
    /// Time after which a peer's composing state expires, in milliseconds, in case its paused or active never arrives.
    static constexpr int DefaultTypingTimeoutMs = 30000;

    explicit ChatStateService(QXmppClient *client, QObject *parent = nullptr);
    ~ChatStateService() override;

    /// Holds notifications back while \a presences has no available presence of a peer whose
    /// unavailable presence arrived. Without it, only the account's own connection counts.
    void setPresences(ContactPresences *presences);
    /// Sets the time without an edit before \c paused is sent, in milliseconds.
    void setPauseTimeout(int milliseconds);
    int pauseTimeout() const;
    /// Sets the time after which a peer's \c composing expires, in milliseconds.
    void setTypingTimeout(int milliseconds);
    int typingTimeout() const;

    /// Reports an edit of the draft to \a peer (true), or that the draft was emptied (false),
    /// which sends \c active after \c composing or \c paused.
    void setComposing(const QString &peer, bool composing);
    /// Reports that the user closed the conversation with \a peer: sends \c gone if chat states went to the peer before.
    void leaveConversation(const QString &peer);
    /// Adds \c active to \a message, a message with a body that the user sends to \a peer,
    /// unless the peer does not want chat states, and stops the pause timer.
    void addActiveState(const QString &peer, QXmppMessage &message);

    /// Reads the chat state of \a message, which arrived from its sender directly or as a received carbon.
    void handleMessage(const QXmppMessage &message);
    /// Returns true, and stops notifications to its sender, when \a message is an error reply to
    /// a notification of this service; otherwise returns false.
    bool handleError(const QXmppMessage &message);

    bool isPeerTyping(const QString &peer) const;
    /// Forgets every peer and stops every timer, when another address signs in on the account.
    void clear();

Q_SIGNALS:
    /// \a peer started (\a typing true) or stopped writing a message.
    void peerTypingChanged(const QString &peer, bool typing);

private:
    /// Whether a peer wants chat states, as far as its messages show.
    enum class Support {
        Unknown,
        Supported,
        Unsupported,
    };

    struct Conversation {
        Support support = Support::Unknown;
        /// The last chat state sent to the peer.
        QXmppMessage::State sentState = QXmppMessage::None;
        bool peerTyping = false;
        /// Stanza id of the last standalone notification, to recognise its error reply.
        QString lastNotificationId;
        /// Single-shot timers, created on first use and owned by the service.
        QTimer *pauseTimer = nullptr;
        QTimer *typingTimer = nullptr;
    };

    Conversation &conversation(const QString &peer);
    QTimer *pauseTimer(const QString &peer);
    QTimer *typingTimer(const QString &peer);
    bool sendState(const QString &peer, QXmppMessage::State state);
    void setPeerTyping(const QString &peer, bool typing);
    void handlePresenceChanged(const QString &bareJid);
    QString accountJid() const;

    QXmppClient *m_client;
    ContactPresences *m_presences = nullptr;
    int m_pauseTimeoutMs = DefaultPauseTimeoutMs;
    int m_typingTimeoutMs = DefaultTypingTimeoutMs;
    QHash<QString, Conversation> m_conversations;
    /// Peers whose last presence was unavailable.
    QSet<QString> m_offlinePeers;
};
