#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/// One message of a 1:1 conversation, as stored and shown.
struct ChatMessage
{
    enum class Direction {
        Incoming,
        Outgoing,
    };

    /// Delivery state. Outgoing messages go from Pending (in the outbox) to Sent (the server
    /// took it), Delivered (a receipt, XEP-0184, or a received marker, XEP-0333), Read (a
    /// displayed marker) or Failed (the server returned an error). Incoming messages are
    /// Received until the user has seen them, then Displayed. canChange() keeps the order.
    enum class State {
        Pending,
        Sent,
        Delivered,
        Read,
        Failed,
        Received,
        Displayed,
    };

    /// Row id in the store; 0 before the message is stored.
    qint64 id = 0;
    /// Bare JID of the other party.
    QString peer;
    Direction direction = Direction::Incoming;
    /// The sender's id of the message: its origin-id (XEP-0359), else its id attribute.
    /// Together with the peer and the direction it identifies the message, so copies that
    /// arrive twice are stored once.
    QString originId;
    /// The id attribute of an incoming message that requested chat markers (XEP-0333), which the
    /// markers for it refer to. It is empty for other incoming messages and for outgoing ones.
    QString markerId;
    /// The id that the user's server gave the message in its archive (XEP-0359 stanza-id); empty when none.
    QString stanzaId;
    QString body;
    /// When the message was sent, in milliseconds since the Unix epoch (UTC).
    qint64 timestampMs = 0;
    State state = State::Received;
    /// Whether the sender corrected the body (XEP-0308); the body is the newest version.
    bool edited = false;
    /// Whether the sender retracted the message (XEP-0424); its body is then empty.
    bool retracted = false;
    /// Whether a moderator of the room removed the message (XEP-0425); it is then retracted too.
    bool moderated = false;
    /// The reason that the moderator gave for removing the message; empty when none.
    QString moderationReason;
    /// The id of the message that this one replies to (XEP-0461): its origin id in 1:1
    /// conversations, the stanza id that the room gave it in rooms. Empty when it is no reply.
    QString replyToOriginId;
    /// The direction of the message that this one replies to, when the reply names its author.
    std::optional<Direction> replyToDirection;
    /// Row id of the message that this one replies to, when the store or model has it; else 0.
    /// Filled when the message is read, not stored.
    qint64 replyToId = 0;
    /// The start of the body of the message that this one replies to, at most MaxReplyPreviewLength
    /// code units. Filled when the message is read, not stored.
    QString replyPreview;
    /// Reactions (XEP-0444): the emojis of each reacting bare JID, the user's own included.
    QMap<QString, QStringList> reactions;

    /// Maximum length of replyPreview, in UTF-16 code units.
    static constexpr int MaxReplyPreviewLength = 100;
    /// URL of the file that the message shares: its out-of-band URL (XEP-0066), or its body when
    /// that is only an https URL (see Attachment). Empty when it shares none.
    QString attachmentUrl;
    /// Whether the message belongs to a group chat room (XEP-0045), whose bare JID is then the peer.
    bool groupChat = false;
    /// The sender's nickname in the room, for group chat messages; empty for 1:1 messages.
    QString senderNick;
    /// The sender's real bare JID, for group chat messages of rooms that show it; empty otherwise.
    QString senderJid;

    /// Stable code of a direction: "in" or "out".
    static QString directionCode(Direction direction);
    static Direction directionFromCode(const QString &code);
    /// Stable lower camel case name of a state, such as "delivered", for front ends and the store.
    static QString stateCode(State state);
    static State stateFromCode(const QString &code);
    /// Returns whether a message in state \a from may move to \a to. States only move forward:
    /// Pending, Sent, Delivered, Read for outgoing messages, Received, Displayed for incoming
    /// ones. Failed follows any outgoing state but Read and is final, so a late receipt or
    /// acknowledgement never moves a message back.
    static bool canChange(State from, State to);
    /// Returns the states that may move to \a to, as canChange() decides.
    static QVector<State> statesBefore(State to);
    /// Returns the start of \a body as a reply preview: at most MaxReplyPreviewLength code units,
    /// never ending inside a surrogate pair.
    static QString previewOf(const QString &body);
};

/// Moves the messages of \a messages, an archive page oldest first, that share the second of
/// \a boundaryMs, the oldest stored message, back by whole milliseconds, in the archive's order.
/// Prosody 0.12 stamps archive entries in whole seconds, so an older page often shares a second
/// with the oldest stored message, and row ids, which break ties, would put the older page after it.
void placeBefore(QVector<ChatMessage> &messages, qint64 boundaryMs);
