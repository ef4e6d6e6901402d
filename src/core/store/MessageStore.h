#pragma once

#include "ChatMessage.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class Database;
class QSqlDatabase;

/// A conversation as the conversation list shows it: its newest message and how many
/// incoming messages the user has not seen.
struct ConversationSummary
{
    QString peer;
    ChatMessage lastMessage;
    int unreadCount = 0;
};

/// The position of a message in a conversation's order: by timestamp, then by row id.
struct MessagePosition
{
    qint64 timestampMs = 0;
    qint64 id = 0;
};

/// The result of a correction or retraction of a stored message.
struct MessageEditResult
{
    enum class Outcome {
        /// The message was changed; message contains it as it is now.
        Applied,
        /// The conversation has no message with that id.
        NotFound,
        /// The conversation's message with that id went in the other direction, so its sender may not change it.
        OtherSender,
        /// The message was retracted before, so it stays retracted.
        Retracted,
    };
    Outcome outcome = Outcome::NotFound;
    ChatMessage message;
};

/// The occupant of a room who sent a correction or retraction (XEP-0308, XEP-0424) of a room message.
struct RoomSender
{
    /// Whether the occupant is the user, whose messages are Outgoing.
    bool self = false;
    QString nick;
    /// The occupant's real bare JID where the room shows it; empty otherwise.
    QString realJid;

    /// Returns whether this occupant sent \a message: the user's own messages for the user, else an
    /// incoming message with the same nickname and, where both are known, the same real JID.
    bool sent(const ChatMessage &message) const;
};

/// The messages of one account, in the table messages, their reactions (XEP-0444), in the
/// table message_reactions, and the account's position in the message archive (XEP-0313), in the
/// table archive_positions. Group chat messages (ChatMessage::groupChat) share the table, with the
/// room's bare JID as their peer and each room's archive position in room_archive_positions. The
/// conversation summaries and the search cover 1:1 messages only.
///
/// Like ContactStore, a store is bound to one account and only reads and writes that
/// account's rows. A message is identified by its peer, direction and origin id, and also by
/// its archive id (stanza_id) when it has one. So a copy that arrives a second time (live, as
/// a carbon or from the archive) is stored once.
class MessageStore
{
public:
    MessageStore(Database *database, const QString &accountJid);

    /// Stores \a message and delivers it with its row id in the thread of \a context, or delivers
    /// nothing when the message was already stored or could not be written. A copy of a stored
    /// message that has an archive id gives that id to the stored row when the row had none.
    void add(const ChatMessage &message, QObject *context, std::function<void(std::optional<ChatMessage>)> done);
    /// Sets the state of the message \a originId that went in \a direction with \a peer, unless
    /// ChatMessage::canChange() forbids it, so that states never move back.
    void setState(const QString &peer, ChatMessage::Direction direction, const QString &originId, ChatMessage::State state);
    /// Marks every received message of \a peer as displayed. Delivers the marker id of the newest
    /// incoming message that asked for chat markers if that message was not displayed before,
    /// otherwise an empty string.
    void markDisplayed(const QString &peer, QObject *context, std::function<void(QString)> done);
    /// Marks the outgoing message \a originId to \a peer and every earlier outgoing message to
    /// \a peer as read, as far as ChatMessage::canChange() allows. Delivers the position of the
    /// message \a originId, or nothing when no outgoing message to \a peer has that id.
    void markReadUpTo(const QString &peer, const QString &originId, QObject *context, std::function<void(std::optional<MessagePosition>)> done);

    /// Reads at most \a limit messages of \a peer that come before \a before, or the newest ones
    /// when \a before is empty, and delivers them oldest first.
    void loadPage(const QString &peer, std::optional<MessagePosition> before, int limit, QObject *context,
                  std::function<void(QVector<ChatMessage>)> done) const;
    /// Reads one summary per 1:1 conversation, the most recent conversation first.
    void loadConversations(QObject *context, std::function<void(QVector<ConversationSummary>)> done) const;

    /// Maximum number of words of a search that are used; later words are ignored.
    static constexpr int MaxSearchTerms = 16;
    /// Splits \a text into the words of a search: runs of letters, marks and digits, at most
    /// MaxSearchTerms of them. Everything else separates words, so no input can carry query
    /// syntax of either engine.
    static QStringList searchTerms(const QString &text);
    /// Finds the messages of every 1:1 conversation and room whose body contains a word starting with each
    /// word of \a text, ignoring case (and, with SQLite, diacritics), and delivers at most
    /// \a limit of them, the newest first. Text without any word finds nothing.
    void search(const QString &text, int limit, QObject *context, std::function<void(QVector<ChatMessage>)> done) const;
    /// Reads the archive id of the oldest stored message with \a peer that has one, or an empty string.
    void loadOldestArchiveId(const QString &peer, QObject *context, std::function<void(QString)> done) const;
    /// Reads the id of the newest archive entry fetched for the account, or an empty string before the first fetch.
    void loadArchivePosition(QObject *context, std::function<void(QString)> done) const;
    /// Replaces the id of the newest archive entry fetched for the account.
    void saveArchivePosition(const QString &archiveId);
    /// Reads the id of the newest entry fetched from the archive of the room \a room, or an empty string.
    void loadRoomArchivePosition(const QString &room, QObject *context, std::function<void(QString)> done) const;
    /// Replaces the id of the newest entry fetched from the archive of the room \a room.
    void saveRoomArchivePosition(const QString &room, const QString &archiveId);

    /// Replaces the body of the message \a originId that went in \a direction with \a peer by
    /// \a body and marks it edited (XEP-0308), unless it was retracted.
    void correct(const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body, QObject *context,
                 std::function<void(MessageEditResult)> done);
    /// Marks the message \a originId that went in \a direction with \a peer retracted (XEP-0424)
    /// and clears its body, which also removes it from the search index.
    void retract(const QString &peer, ChatMessage::Direction direction, const QString &originId, QObject *context,
                 std::function<void(MessageEditResult)> done);
    /// Reads the message with the row id \a id, or delivers nothing when the account has none.
    void findMessage(qint64 id, QObject *context, std::function<void(std::optional<ChatMessage>)> done) const;
    /// Reads the user's messages to \a peer that wait to be sent (state pending), oldest first.
    void loadPending(const QString &peer, QObject *context, std::function<void(QVector<ChatMessage>)> done) const;
    /// Reads the user's newest message to \a peer that is not retracted, or delivers nothing.
    void findLastOutgoing(const QString &peer, QObject *context, std::function<void(std::optional<ChatMessage>)> done) const;
    /// Replaces the reactions of \a reactor, a bare JID, to the message \a originId of the
    /// conversation with \a peer by \a emojis, in their order. When both directions have a
    /// message with that id, the newer one counts. Delivers the message with every reaction, or
    /// nothing when the conversation has no such message.
    void setReactions(const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis, QObject *context,
                      std::function<void(std::optional<ChatMessage>)> done);

    /// Replaces the body of the message \a originId of the room \a room by \a body and marks it
    /// edited, when \a sender sent it (RoomSender::sent()) and it was not retracted.
    void correctRoomMessage(const QString &room, const QString &originId, const RoomSender &sender, const QString &body, QObject *context,
                            std::function<void(MessageEditResult)> done);
    /// Marks the message of the room \a room with the stanza id \a stanzaId retracted, when
    /// \a sender sent it, clears its body and removes its reactions.
    void retractRoomMessage(const QString &room, const QString &stanzaId, const RoomSender &sender, QObject *context,
                            std::function<void(MessageEditResult)> done);
    /// Marks the message of the room \a room with the stanza id \a stanzaId removed by a moderator
    /// (XEP-0425) with \a reason, from any sender: retracted, without body and reactions.
    void moderateRoomMessage(const QString &room, const QString &stanzaId, const QString &reason, QObject *context,
                             std::function<void(MessageEditResult)> done);
    /// Like setReactions(), for the message of the room \a room with the stanza id \a stanzaId.
    void setRoomReactions(const QString &room, const QString &stanzaId, const QString &reactor, const QStringList &emojis, QObject *context,
                          std::function<void(std::optional<ChatMessage>)> done);


private:
    static void fillStanzaId(QSqlDatabase &database, const QString &account, const ChatMessage &message);

    Database *m_database;
    QString m_account;
};
