#pragma once

#include "ChatMessage.h"

#include <QObject>
#include <QStringList>
#include <QXmppMessage.h>

class MessageFallbackExtension;
class OutboxService;
class QDomElement;
class QXmppClient;

/// Corrections (XEP-0308), retractions (XEP-0424), replies (XEP-0461) and reactions (XEP-0444) of
/// 1:1 conversations: builds the user's stanzas and reads the peer's, which QXmpp 1.4 (but for the
/// correction's \c <replace/>) does not parse.
///
/// Outgoing corrections, retractions and reactions are queued in the outbox, so that those written
/// offline go out after the next sign-in. Incoming ones are reported through signals with the
/// conversation's peer and the direction of the message that they change. A stanza from the peer
/// may only change the peer's messages (Incoming). A sent carbon of another client of the user
/// may only change the user's messages (Outgoing). ChatService checks that the target has that direction.
///
/// Retractions are read in the current form (\c urn:xmpp:message-retract:1) and in the older one
/// that Prosody-era clients sent, \c <apply-to xmlns='urn:xmpp:fasten:0'> around
/// \c <retract xmlns='urn:xmpp:message-retract:0'/>. Replies get a quoted fallback (XEP-0428) that
/// clients without replies show; the reply's fallback range is stripped from incoming bodies.
///
/// The stanza builders and readers are static, so that RoomMessageService builds and reads the
/// same payloads in group chat rooms, where they name other ids (see there).
class MessageEditService : public QObject
{
    Q_OBJECT

public:
    /// The references to other messages that one message carries, read from the elements that QXmpp 1.4 leaves unparsed.
    struct References {
        /// The id of the retracted message; empty when the message retracts none.
        QString retractId;
        bool hasReactions = false;
        /// The id of the message that the reactions are for.
        QString reactionsId;
        QStringList reactions;
    };

    /// Maximum number of distinct emojis of one sender on one message; more are cut.
    static constexpr int MaxReactionsPerSender = 20;
    /// Maximum size of one reaction, in bytes of UTF-8; longer reactions are dropped.
    static constexpr int MaxReactionBytes = 32;
    /// Maximum length of the quoted text in a reply's fallback, in UTF-16 code units.
    static constexpr int MaxQuoteLength = 200;

    MessageEditService(QXmppClient *client, OutboxService *outbox, QObject *parent = nullptr);

    /// Puts the reader of fallback ranges first among the client's extensions. Call it after every
    /// extension that takes messages out of the stream (CarbonsExtension) was inserted, so that the
    /// reader gets their messages before them.
    void insertFallbackReader();
    /// Reads the fallback ranges of \a stanza, a message that an extension before the reader takes
    /// out of the stream (RoomMessageService), for readReply().
    void readFallbacks(const QDomElement &stanza);

    /// Queues a correction of the user's message \a originId to \a peer with the body \a body.
    /// Returns the id of the correction, which is a new one.
    QString sendCorrection(const QString &peer, const QString &originId, const QString &body);
    /// Queues a retraction of the user's message \a originId to \a peer, with a fallback body.
    void sendRetraction(const QString &peer, const QString &originId);
    /// Queues the full set of the user's reactions \a emojis to the message \a originId of the
    /// conversation with \a peer. An empty set removes the user's reactions.
    void sendReactions(const QString &peer, const QString &originId, const QStringList &emojis);
    /// Makes \a stanza, a message whose body the user wrote, a reply to the message \a quotedId with
    /// the body \a quotedBody, whose author is \a authorJid: adds \c <reply/>, and the quote with its
    /// fallback range in front of the body.
    static void addReply(QXmppMessage &stanza, const QString &authorJid, const QString &quotedId, const QString &quotedBody);

    /// Returns a new message of \a type to \a to that corrects the message \a targetId to \a body.
    static QXmppMessage correctionStanza(const QString &to, QXmppMessage::Type type, const QString &targetId, const QString &body);
    /// Returns a new message of \a type to \a to that retracts the message \a targetId, with a fallback body.
    static QXmppMessage retractionStanza(const QString &to, QXmppMessage::Type type, const QString &targetId);
    /// Returns a new message of \a type to \a to with the full set of the user's reactions \a emojis to the message \a targetId.
    static QXmppMessage reactionsStanza(const QString &to, QXmppMessage::Type type, const QString &targetId, const QStringList &emojis);
    /// Returns the references of \a message, of any type.
    static References readReferences(const QXmppMessage &message);
    /// Returns whether \a message, of any type, carries a correction, retraction or reactions.
    static bool carriesEdit(const QXmppMessage &message);

    /// Reports the correction, retraction or reactions in \a message, which arrived from its sender
    /// directly or as a received carbon. Returns true when \a message carries one of them, so that
    /// its body (a fallback) is not stored as a message of its own.
    bool handleMessage(const QXmppMessage &message);
    /// Like handleMessage(), for \a message that another client of the user sent (a sent carbon,
    /// or an archived message from the user's bare JID).
    bool handleSentCarbon(const QXmppMessage &message);
    /// Returns whether \a message carries a correction, retraction or reactions, which
    /// handleMessage() and handleSentCarbon() apply instead of showing the message.
    static bool isEdit(const QXmppMessage &message);
    /// Sets the body and reply fields of \a chatMessage from \a message. The body of a reply loses
    /// the quote that its fallback range marks. \a peer is the other party of the conversation.
    /// Returns the JID that the reply names as the author of the quoted message, or an empty string.
    QString readReply(const QXmppMessage &message, const QString &peer, ChatMessage &chatMessage);

    /// Returns \a emojis without duplicates, empty and oversized entries, and with at most
    /// MaxReactionsPerSender of them. Logs what it drops, with \a peer for the log line.
    QStringList limitReactions(const QStringList &emojis, const QString &peer) const;

Q_SIGNALS:
    /// The message \a originId that went in \a direction with \a peer has the new body \a body.
    void correctionReceived(const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body);
    /// The message \a originId that went in \a direction with \a peer was retracted.
    void retractionReceived(const QString &peer, ChatMessage::Direction direction, const QString &originId);
    /// \a reactor, a bare JID, now reacts with \a emojis to the message \a originId of the conversation with \a peer.
    void reactionsReceived(const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis);

private:
    bool handle(const QXmppMessage &message, const QString &peer, ChatMessage::Direction direction, const QString &reactor);
    QString strippedBody(const QXmppMessage &message);
    QString accountJid() const;

    QXmppClient *m_client;
    OutboxService *m_outbox;
    MessageFallbackExtension *m_fallbacks;
};
