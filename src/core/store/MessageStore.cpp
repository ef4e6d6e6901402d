#include "MessageStore.h"

#include "Database.h"
#include "PreparedQuery.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace {

const auto MessageColumns = QStringLiteral(
    "id, peer, direction, origin_id, stanza_id, body, sent_at, state, marker_id, edited, retracted, reply_to, reply_to_direction, attachment_url, "
    "kind, sender_nick, moderated, moderation_reason, sender_jid");
// Number of columns in MessageColumns.
constexpr int MessageColumnCount = 19;
const auto GroupChatKind = QStringLiteral("groupchat");

// QtSql binds a null QString as SQL NULL, which the NOT NULL text columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Reads the columns of MessageColumns, starting at column first.
ChatMessage messageFromQuery(const QSqlQuery &query, int first = 0)
{
    ChatMessage message;
    message.id = query.value(first).toLongLong();
    message.peer = query.value(first + 1).toString();
    message.direction = ChatMessage::directionFromCode(query.value(first + 2).toString());
    message.originId = query.value(first + 3).toString();
    message.stanzaId = query.value(first + 4).toString();
    message.body = query.value(first + 5).toString();
    message.timestampMs = query.value(first + 6).toLongLong();
    message.state = ChatMessage::stateFromCode(query.value(first + 7).toString());
    message.markerId = query.value(first + 8).toString();
    message.edited = query.value(first + 9).toInt() != 0;
    message.retracted = query.value(first + 10).toInt() != 0;
    message.replyToOriginId = query.value(first + 11).toString();
    const QString replyDirection = query.value(first + 12).toString();
    if (!replyDirection.isEmpty()) {
        message.replyToDirection = ChatMessage::directionFromCode(replyDirection);
    }
    message.attachmentUrl = query.value(first + 13).toString();
    message.groupChat = query.value(first + 14).toString() == GroupChatKind;
    message.senderNick = query.value(first + 15).toString();
    message.moderated = query.value(first + 16).toInt() != 0;
    message.moderationReason = query.value(first + 17).toString();
    message.senderJid = query.value(first + 18).toString();
    return message;
}

// The stored code of a reply's direction: "in", "out", or empty when the reply names no author.
QString replyDirectionCode(const std::optional<ChatMessage::Direction> &direction)
{
    return direction ? ChatMessage::directionCode(*direction) : QStringLiteral("");
}

// Fills the row id and preview of the message that message replies to, when it is stored.
void resolveReply(QSqlDatabase &database, const QString &account, ChatMessage &message)
{
    if (message.replyToOriginId.isEmpty()) {
        return;
    }
    // Replies in rooms name the stanza id that the room gave the message (XEP-0461).
    QString statement = message.groupChat ? QStringLiteral("SELECT id, body FROM messages WHERE account = ? AND peer = ? AND stanza_id = ?")
                                          : QStringLiteral("SELECT id, body FROM messages WHERE account = ? AND peer = ? AND origin_id = ?");
    if (message.replyToDirection) {
        statement += QStringLiteral(" AND direction = ?");
    }
    statement += QStringLiteral(" ORDER BY id DESC LIMIT 1");
    QSqlQuery query(database);
    query.prepare(statement);
    query.addBindValue(account);
    query.addBindValue(message.peer);
    query.addBindValue(message.replyToOriginId);
    if (message.replyToDirection) {
        query.addBindValue(ChatMessage::directionCode(*message.replyToDirection));
    }
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "reading the message that a reply refers to failed:" << query.lastError().text();
        return;
    }
    if (query.next()) {
        message.replyToId = query.value(0).toLongLong();
        message.replyPreview = ChatMessage::previewOf(query.value(1).toString());
    }
}

// Fills the reactions of messages from the table message_reactions.
void readReactions(QSqlDatabase &database, const QString &account, QVector<ChatMessage> &messages)
{
    QHash<qint64, int> indexes;
    QStringList placeholders;
    for (int i = 0; i < messages.size(); ++i) {
        indexes.insert(messages.at(i).id, i);
        placeholders.append(QStringLiteral("?"));
    }
    if (indexes.isEmpty()) {
        return;
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT message_id, reactor, emoji FROM message_reactions WHERE message_id IN (%1) "
                                 "ORDER BY message_id, reactor, position")
                      .arg(placeholders.join(QStringLiteral(", "))));
    for (const ChatMessage &message : qAsConst(messages)) {
        query.addBindValue(message.id);
    }
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "reading the reactions to messages failed:" << query.lastError().text();
        return;
    }
    while (query.next()) {
        const int index = indexes.value(query.value(0).toLongLong(), -1);
        if (index >= 0) {
            messages[index].reactions[query.value(1).toString()].append(query.value(2).toString());
        }
    }
}

// Fills what a read message shows besides its own columns: its reply's target and its reactions.
void completeMessages(QSqlDatabase &database, const QString &account, QVector<ChatMessage> &messages)
{
    for (ChatMessage &message : messages) {
        resolveReply(database, account, message);
    }
    readReactions(database, account, messages);
}

void completeMessage(QSqlDatabase &database, const QString &account, ChatMessage &message)
{
    QVector<ChatMessage> messages{message};
    completeMessages(database, account, messages);
    message = messages.constFirst();
}

// Reads the messages that query selected with MessageColumns; logs and returns nothing when it fails.
QVector<ChatMessage> readMessages(QSqlQuery &query, const QString &account, const char *what)
{
    QVector<ChatMessage> messages;
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "reading" << what << "failed:" << query.lastError().text();
        return messages;
    }
    while (query.next()) {
        messages.append(messageFromQuery(query));
    }
    return messages;
}

// Finds the message originId of the conversation with peer that went in direction, and applies
// change to its row id unless the message was retracted.
MessageEditResult editMessage(QSqlDatabase &database, const QString &account, const QString &peer, ChatMessage::Direction direction,
                              const QString &originId, const std::function<bool(qint64)> &change)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND origin_id = ?").arg(MessageColumns));
    query.addBindValue(account);
    query.addBindValue(peer);
    query.addBindValue(originId);
    const QVector<ChatMessage> candidates = readMessages(query, account, "a message to change");

    MessageEditResult result;
    const auto target = std::find_if(candidates.cbegin(), candidates.cend(), [direction](const ChatMessage &message) {
        return message.direction == direction;
    });
    if (target == candidates.cend()) {
        result.outcome = candidates.isEmpty() ? MessageEditResult::Outcome::NotFound : MessageEditResult::Outcome::OtherSender;
        return result;
    }
    result.message = *target;
    if (target->retracted) {
        result.outcome = MessageEditResult::Outcome::Retracted;
        return result;
    }
    if (!change(target->id)) {
        result.outcome = MessageEditResult::Outcome::NotFound;
        return result;
    }
    result.outcome = MessageEditResult::Outcome::Applied;
    return result;
}

bool execUpdate(QSqlQuery &query, const QString &account, const char *what)
{
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << what << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

// Replaces reactor's reactions to the message that query selects by emojis. Returns the message
// with every reaction, or nothing when query selects none.
std::optional<ChatMessage> replaceReactions(QSqlDatabase &database, const QString &account, QSqlQuery &query, const QString &reactor,
                                            const QStringList &emojis)
{
    QVector<ChatMessage> messages = readMessages(query, account, "the message of a reaction");
    if (messages.isEmpty()) {
        return std::nullopt;
    }
    const qint64 id = messages.constFirst().id;

    database.transaction();
    QSqlQuery remove(database);
    remove.prepare(QStringLiteral("DELETE FROM message_reactions WHERE message_id = ? AND reactor = ?"));
    remove.addBindValue(id);
    remove.addBindValue(reactor);
    bool ok = execUpdate(remove, account, "removing reactions");
    for (int position = 0; ok && position < emojis.size(); ++position) {
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral("INSERT INTO message_reactions (message_id, reactor, emoji, position) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(reactor);
        insert.addBindValue(emojis.at(position));
        insert.addBindValue(position);
        ok = execUpdate(insert, account, "storing a reaction");
    }
    if (ok) {
        database.commit();
    } else {
        database.rollback();
    }
    completeMessages(database, account, messages);
    return messages.constFirst();
}

// Clears the body and the reactions of the row id and marks it retracted, and moderated with reason when moderated is true.
bool retractRow(QSqlDatabase &database, const QString &account, qint64 id, bool moderated, const QString &reason)
{
    // The body update trigger (SQLite) or the generated column (PostgreSQL) drops the old words from the search index.
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE messages SET body = '', retracted = 1, moderated = ?, moderation_reason = ? WHERE id = ?"));
    query.addBindValue(moderated ? 1 : 0);
    query.addBindValue(notNull(reason));
    query.addBindValue(id);
    if (!execUpdate(query, account, "retracting a message")) {
        return false;
    }
    QSqlQuery reactions(database);
    reactions.prepare(QStringLiteral("DELETE FROM message_reactions WHERE message_id = ?"));
    reactions.addBindValue(id);
    return execUpdate(reactions, account, "removing the reactions to a retracted message");
}

// Finds the message of room whose column (origin_id or stanza_id) is id, checks with mayChange that
// its sender may change it, and applies change to its row id unless the message was retracted.
MessageEditResult editRoomMessage(QSqlDatabase &database, const QString &account, const QString &room, const QString &column, const QString &id,
                                  const std::function<bool(const ChatMessage &)> &mayChange, const std::function<bool(qint64)> &change)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND kind = ? AND %2 = ? ORDER BY id DESC LIMIT 1")
                      .arg(MessageColumns, column));
    query.addBindValue(account);
    query.addBindValue(room);
    query.addBindValue(GroupChatKind);
    query.addBindValue(id);
    const QVector<ChatMessage> candidates = readMessages(query, account, "a room message to change");

    MessageEditResult result;
    if (candidates.isEmpty()) {
        return result;
    }
    result.message = candidates.constFirst();
    if (!mayChange(result.message)) {
        result.outcome = MessageEditResult::Outcome::OtherSender;
        return result;
    }
    if (result.message.retracted) {
        result.outcome = MessageEditResult::Outcome::Retracted;
        return result;
    }
    result.outcome = change(result.message.id) ? MessageEditResult::Outcome::Applied : MessageEditResult::Outcome::NotFound;
    return result;
}

// Returns "state IN (?, ?, …)" with one placeholder for each state that may move to \a to.
QString stateBeforeCondition(ChatMessage::State to)
{
    QStringList placeholders;
    for (int i = 0; i < ChatMessage::statesBefore(to).size(); ++i) {
        placeholders.append(QStringLiteral("?"));
    }
    return QStringLiteral("state IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
}

void bindStatesBefore(QSqlQuery &query, ChatMessage::State to)
{
    for (const ChatMessage::State state : ChatMessage::statesBefore(to)) {
        query.addBindValue(ChatMessage::stateCode(state));
    }
}

} // namespace

bool RoomSender::sent(const ChatMessage &message) const
{
    if (self) {
        return message.direction == ChatMessage::Direction::Outgoing;
    }
    if (message.direction != ChatMessage::Direction::Incoming || message.senderNick != nick) {
        return false;
    }
    return realJid.isEmpty() || message.senderJid.isEmpty() || realJid == message.senderJid;
}

MessageStore::MessageStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

void MessageStore::add(const ChatMessage &message, QObject *context, std::function<void(std::optional<ChatMessage>)> done)
{
    // No savepoint: a failed insert changes nothing, and a failed index entry leaves a stored message that search misses.
    const bool indexHere = m_database->engine() == Database::Engine::Sqlite;
    m_database->runWrite<std::optional<ChatMessage>>(context, [account = m_account, message, indexHere](QSqlDatabase &database) -> std::optional<ChatMessage> {
        // ON CONFLICT works the same in SQLite 3.24+ and PostgreSQL 9.5+. Without a conflict
        // target, a copy is dropped whether its origin id or its archive id is known. SQLite
        // reports the new row id without RETURNING, which would open a statement savepoint and
        // so make the full-text index write out its pending terms for every message.
        const QString insert = QStringLiteral("INSERT INTO messages (account, peer, direction, origin_id, stanza_id, body, sent_at, state, marker_id, "
                                              "edited, retracted, reply_to, reply_to_direction, attachment_url, kind, sender_nick, moderated, "
                                              "moderation_reason, sender_jid) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT DO NOTHING");
        PreparedQuery prepared(database, indexHere ? insert : insert + QStringLiteral(" RETURNING id"));
        QSqlQuery &query = prepared.query();
        query.addBindValue(account);
        query.addBindValue(message.peer);
        query.addBindValue(ChatMessage::directionCode(message.direction));
        query.addBindValue(message.originId);
        query.addBindValue(notNull(message.stanzaId));
        query.addBindValue(notNull(message.body));
        query.addBindValue(message.timestampMs);
        query.addBindValue(ChatMessage::stateCode(message.state));
        query.addBindValue(notNull(message.markerId));
        query.addBindValue(message.edited ? 1 : 0);
        query.addBindValue(message.retracted ? 1 : 0);
        query.addBindValue(notNull(message.replyToOriginId));
        query.addBindValue(replyDirectionCode(message.replyToDirection));
        query.addBindValue(notNull(message.attachmentUrl));
        query.addBindValue(message.groupChat ? GroupChatKind : QStringLiteral("chat"));
        query.addBindValue(notNull(message.senderNick));
        query.addBindValue(message.moderated ? 1 : 0);
        query.addBindValue(notNull(message.moderationReason));
        query.addBindValue(notNull(message.senderJid));
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "storing a message with" << message.peer << "failed:" << query.lastError().text();
            return std::nullopt;
        }
        const bool inserted = indexHere ? query.numRowsAffected() > 0 : query.next();
        if (!inserted) {
            if (!message.stanzaId.isEmpty()) {
                fillStanzaId(database, account, message);
            }
            return std::nullopt;
        }
        ChatMessage stored = message;
        stored.id = indexHere ? query.lastInsertId().toLongLong() : query.value(0).toLongLong();
        if (indexHere) {
            // SQLite's full-text index has no insert trigger (see Migrations); PostgreSQL indexes a generated column.
            PreparedQuery index(database, QStringLiteral("INSERT INTO messages_search (rowid, body) VALUES (?, ?)"));
            index.query().addBindValue(stored.id);
            index.query().addBindValue(notNull(message.body));
            if (!index.query().exec()) {
                qCWarning(SALON_CORE_STORE).noquote() << account << "adding a message with" << message.peer << "to the search index failed:"
                                                      << index.query().lastError().text();
            }
        }
        resolveReply(database, account, stored);
        return stored;
    }, std::move(done));
}

void MessageStore::fillStanzaId(QSqlDatabase &database, const QString &account, const ChatMessage &message)
{
    QSqlQuery query(database);
    // The NOT EXISTS keeps the update within the unique index on (account, stanza_id).
    query.prepare(QStringLiteral("UPDATE messages SET stanza_id = ? "
                                 "WHERE account = ? AND peer = ? AND direction = ? AND origin_id = ? AND stanza_id = '' "
                                 "AND NOT EXISTS (SELECT 1 FROM messages s WHERE s.account = ? AND s.stanza_id = ?)"));
    query.addBindValue(message.stanzaId);
    query.addBindValue(account);
    query.addBindValue(message.peer);
    query.addBindValue(ChatMessage::directionCode(message.direction));
    query.addBindValue(message.originId);
    query.addBindValue(account);
    query.addBindValue(message.stanzaId);
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "adding the archive id of a message with" << message.peer << "failed:" << query.lastError().text();
    }
}

void MessageStore::setState(const QString &peer, ChatMessage::Direction direction, const QString &originId, ChatMessage::State state)
{
    m_database->post([account = m_account, peer, direction, originId, state](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (ChatMessage::statesBefore(state).isEmpty()) {
            return;
        }
        query.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE account = ? AND peer = ? AND direction = ? AND origin_id = ? AND %1")
                          .arg(stateBeforeCondition(state)));
        query.addBindValue(ChatMessage::stateCode(state));
        query.addBindValue(account);
        query.addBindValue(peer);
        query.addBindValue(ChatMessage::directionCode(direction));
        query.addBindValue(originId);
        bindStatesBefore(query, state);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "updating the state of a message with" << peer << "failed:" << query.lastError().text();
        }
    });
}

void MessageStore::markDisplayed(const QString &peer, QObject *context, std::function<void(QString)> done)
{
    m_database->run<QString>(context, [account = m_account, peer](QSqlDatabase &database) {
        // XEP-0333 marks the newest message only, and never one older than a message marked before.
        QString markerId;
        QSqlQuery newest(database);
        newest.prepare(QStringLiteral("SELECT marker_id, state FROM messages WHERE account = ? AND peer = ? AND direction = 'in' AND marker_id <> '' "
                                      "ORDER BY sent_at DESC, id DESC LIMIT 1"));
        newest.addBindValue(account);
        newest.addBindValue(peer);
        if (!newest.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the newest markable message of" << peer << "failed:" << newest.lastError().text();
        } else if (newest.next() && newest.value(1).toString() == ChatMessage::stateCode(ChatMessage::State::Received)) {
            markerId = newest.value(0).toString();
        }

        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE messages SET state = 'displayed' WHERE account = ? AND peer = ? AND direction = 'in' AND state = 'received'"));
        query.addBindValue(account);
        query.addBindValue(peer);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "marking the messages of" << peer << "as displayed failed:" << query.lastError().text();
        }
        return markerId;
    }, std::move(done));
}

void MessageStore::markReadUpTo(const QString &peer, const QString &originId, QObject *context, std::function<void(std::optional<MessagePosition>)> done)
{
    m_database->run<std::optional<MessagePosition>>(context, [account = m_account, peer, originId](QSqlDatabase &database) -> std::optional<MessagePosition> {
        QSqlQuery marked(database);
        marked.prepare(QStringLiteral("SELECT sent_at, id FROM messages WHERE account = ? AND peer = ? AND direction = 'out' AND origin_id = ?"));
        marked.addBindValue(account);
        marked.addBindValue(peer);
        marked.addBindValue(originId);
        if (!marked.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the message that" << peer << "marked failed:" << marked.lastError().text();
            return std::nullopt;
        }
        if (!marked.next()) {
            return std::nullopt;
        }
        const MessagePosition position{marked.value(0).toLongLong(), marked.value(1).toLongLong()};

        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE account = ? AND peer = ? AND direction = 'out' AND (sent_at, id) <= (?, ?) AND %1")
                          .arg(stateBeforeCondition(ChatMessage::State::Read)));
        query.addBindValue(ChatMessage::stateCode(ChatMessage::State::Read));
        query.addBindValue(account);
        query.addBindValue(peer);
        query.addBindValue(position.timestampMs);
        query.addBindValue(position.id);
        bindStatesBefore(query, ChatMessage::State::Read);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "marking the messages to" << peer << "as read failed:" << query.lastError().text();
        }
        return position;
    }, std::move(done));
}

void MessageStore::loadPage(const QString &peer, std::optional<MessagePosition> before, int limit, QObject *context,
                            std::function<void(QVector<ChatMessage>)> done) const
{
    m_database->run<QVector<ChatMessage>>(context, [account = m_account, peer, before, limit](QSqlDatabase &database) {
        QVector<ChatMessage> messages;
        QSqlQuery query(database);
        // Row values compare in both engines: (a, b) < (c, d) orders by a, then b.
        QString statement = QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ?").arg(MessageColumns);
        if (before) {
            statement += QStringLiteral(" AND (sent_at, id) < (?, ?)");
        }
        statement += QStringLiteral(" ORDER BY sent_at DESC, id DESC LIMIT ?");
        query.prepare(statement);
        query.addBindValue(account);
        query.addBindValue(peer);
        if (before) {
            query.addBindValue(before->timestampMs);
            query.addBindValue(before->id);
        }
        query.addBindValue(limit);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the messages with" << peer << "failed:" << query.lastError().text();
            return messages;
        }
        while (query.next()) {
            messages.prepend(messageFromQuery(query));
        }
        completeMessages(database, account, messages);
        return messages;
    }, std::move(done));
}

void MessageStore::loadConversations(QObject *context, std::function<void(QVector<ConversationSummary>)> done) const
{
    m_database->run<QVector<ConversationSummary>>(context, [account = m_account](QSqlDatabase &database) {
        QVector<ConversationSummary> conversations;
        QSqlQuery query(database);
        // conversation_peers steps through the account's peers in the index messages_conversation,
        // one seek per peer, so that the query reads the newest message of each conversation and
        // not every message. A conversation shows when its newest message is a 1:1 message.
        query.prepare(QStringLiteral("WITH RECURSIVE conversation_peers (next_peer) AS ("
                                     "SELECT MIN(peer) FROM messages WHERE account = ? "
                                     "UNION ALL SELECT (SELECT MIN(n.peer) FROM messages n WHERE n.account = ? AND n.peer > c.next_peer) "
                                     "FROM conversation_peers c WHERE c.next_peer IS NOT NULL) "
                                     "SELECT %1, "
                                     "(SELECT COUNT(*) FROM messages u WHERE u.account = m.account AND u.peer = m.peer "
                                     "AND u.direction = 'in' AND u.state = 'received') "
                                     "FROM conversation_peers JOIN messages m ON m.id = "
                                     "(SELECT l.id FROM messages l WHERE l.account = ? AND l.peer = conversation_peers.next_peer "
                                     "ORDER BY l.sent_at DESC, l.id DESC LIMIT 1) "
                                     "WHERE m.kind = 'chat' "
                                     "ORDER BY m.sent_at DESC, m.id DESC")
                          .arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(account);
        query.addBindValue(account);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the conversations failed:" << query.lastError().text();
            return conversations;
        }
        while (query.next()) {
            ConversationSummary summary;
            summary.lastMessage = messageFromQuery(query);
            summary.peer = summary.lastMessage.peer;
            summary.unreadCount = query.value(MessageColumnCount).toInt();
            completeMessage(database, account, summary.lastMessage);
            conversations.append(summary);
        }
        return conversations;
    }, std::move(done));
}

QStringList MessageStore::searchTerms(const QString &text)
{
    QStringList terms;
    QString term;
    for (const QChar character : text) {
        if (character.isLetterOrNumber() || character.isMark()) {
            term += character;
            continue;
        }
        if (!term.isEmpty()) {
            terms += term;
            term.clear();
        }
    }
    if (!term.isEmpty()) {
        terms += term;
    }
    return terms.mid(0, MaxSearchTerms);
}

void MessageStore::search(const QString &text, int limit, QObject *context, std::function<void(QVector<ChatMessage>)> done) const
{
    const QStringList terms = searchTerms(text);
    const Database::Engine engine = m_database->engine();
    m_database->run<QVector<ChatMessage>>(context, [account = m_account, terms, engine, limit](QSqlDatabase &database) {
        QVector<ChatMessage> messages;
        if (terms.isEmpty()) {
            return messages;
        }

        // Each word matches as a prefix, and every word must match. The words contain only
        // letters, marks and digits, so quoting them is enough for both query languages.
        QStringList patterns;
        QString statement;
        if (engine == Database::Engine::Sqlite) {
            for (const QString &term : terms) {
                patterns += QLatin1Char('"') + term + QStringLiteral("\"*");
            }
            const QString columns = QStringLiteral("m.") + MessageColumns.split(QStringLiteral(", ")).join(QStringLiteral(", m."));
            statement = QStringLiteral("SELECT %1 FROM messages_search s JOIN messages m ON m.id = s.rowid "
                                       "WHERE messages_search MATCH ? AND m.account = ? "
                                       "ORDER BY m.sent_at DESC, m.id DESC LIMIT ?")
                            .arg(columns);
        } else {
            for (const QString &term : terms) {
                patterns += QLatin1Char('\'') + term + QStringLiteral("':*");
            }
            statement = QStringLiteral("SELECT %1 FROM messages WHERE body_search @@ to_tsquery('simple', ?) AND account = ? "
                                       "ORDER BY sent_at DESC, id DESC LIMIT ?")
                            .arg(MessageColumns);
        }

        QSqlQuery query(database);
        query.prepare(statement);
        query.addBindValue(patterns.join(engine == Database::Engine::Sqlite ? QStringLiteral(" AND ") : QStringLiteral(" & ")));
        query.addBindValue(account);
        query.addBindValue(limit);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "searching the messages failed:" << query.lastError().text();
            return messages;
        }
        while (query.next()) {
            messages.append(messageFromQuery(query));
        }
        completeMessages(database, account, messages);
        return messages;
    }, std::move(done));
}

void MessageStore::loadOldestArchiveId(const QString &peer, QObject *context, std::function<void(QString)> done) const
{
    m_database->run<QString>(context, [account = m_account, peer](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT stanza_id FROM messages WHERE account = ? AND peer = ? AND stanza_id <> '' "
                                     "ORDER BY sent_at, id LIMIT 1"));
        query.addBindValue(account);
        query.addBindValue(peer);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the oldest archive id of the messages with" << peer << "failed:" << query.lastError().text();
            return QString();
        }
        return query.next() ? query.value(0).toString() : QString();
    }, std::move(done));
}

void MessageStore::loadArchivePosition(QObject *context, std::function<void(QString)> done) const
{
    m_database->run<QString>(context, [account = m_account](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT last_archive_id FROM archive_positions WHERE account = ?"));
        query.addBindValue(account);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the archive position failed:" << query.lastError().text();
            return QString();
        }
        return query.next() ? query.value(0).toString() : QString();
    }, std::move(done));
}

void MessageStore::saveArchivePosition(const QString &archiveId)
{
    m_database->post([account = m_account, archiveId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO archive_positions (account, last_archive_id) VALUES (?, ?) "
                                     "ON CONFLICT (account) DO UPDATE SET last_archive_id = excluded.last_archive_id"));
        query.addBindValue(account);
        query.addBindValue(archiveId);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "saving the archive position failed:" << query.lastError().text();
        }
    });
}

void MessageStore::loadRoomArchivePosition(const QString &room, QObject *context, std::function<void(QString)> done) const
{
    m_database->run<QString>(context, [account = m_account, room](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT last_archive_id FROM room_archive_positions WHERE account = ? AND room = ?"));
        query.addBindValue(account);
        query.addBindValue(room);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the archive position of" << room << "failed:" << query.lastError().text();
            return QString();
        }
        return query.next() ? query.value(0).toString() : QString();
    }, std::move(done));
}

void MessageStore::saveRoomArchivePosition(const QString &room, const QString &archiveId)
{
    m_database->post([account = m_account, room, archiveId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO room_archive_positions (account, room, last_archive_id) VALUES (?, ?, ?) "
                                     "ON CONFLICT (account, room) DO UPDATE SET last_archive_id = excluded.last_archive_id"));
        query.addBindValue(account);
        query.addBindValue(room);
        query.addBindValue(archiveId);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "saving the archive position of" << room << "failed:" << query.lastError().text();
        }
    });
}

void MessageStore::correct(const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body, QObject *context,
                           std::function<void(MessageEditResult)> done)
{
    m_database->run<MessageEditResult>(context, [account = m_account, peer, direction, originId, body](QSqlDatabase &database) {
        MessageEditResult result = editMessage(database, account, peer, direction, originId, [&](qint64 id) {
            QSqlQuery query(database);
            query.prepare(QStringLiteral("UPDATE messages SET body = ?, edited = 1 WHERE id = ?"));
            query.addBindValue(notNull(body));
            query.addBindValue(id);
            return execUpdate(query, account, "correcting a message");
        });
        if (result.outcome == MessageEditResult::Outcome::Applied) {
            result.message.body = body;
            result.message.edited = true;
            completeMessage(database, account, result.message);
        }
        return result;
    }, std::move(done));
}

void MessageStore::retract(const QString &peer, ChatMessage::Direction direction, const QString &originId, QObject *context,
                           std::function<void(MessageEditResult)> done)
{
    m_database->run<MessageEditResult>(context, [account = m_account, peer, direction, originId](QSqlDatabase &database) {
        MessageEditResult result = editMessage(database, account, peer, direction, originId, [&](qint64 id) {
            return retractRow(database, account, id, false, QString());
        });
        if (result.outcome == MessageEditResult::Outcome::Applied) {
            result.message.body.clear();
            result.message.retracted = true;
            completeMessage(database, account, result.message);
        }
        return result;
    }, std::move(done));
}

void MessageStore::findMessage(qint64 id, QObject *context, std::function<void(std::optional<ChatMessage>)> done) const
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, id](QSqlDatabase &database) -> std::optional<ChatMessage> {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND id = ?").arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(id);
        QVector<ChatMessage> messages = readMessages(query, account, "a message by its row id");
        if (messages.isEmpty()) {
            return std::nullopt;
        }
        completeMessages(database, account, messages);
        return messages.constFirst();
    }, std::move(done));
}

void MessageStore::loadPending(const QString &peer, QObject *context, std::function<void(QVector<ChatMessage>)> done) const
{
    m_database->run<QVector<ChatMessage>>(context, [account = m_account, peer](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND direction = 'out' AND state = 'pending' "
                                     "ORDER BY sent_at, id")
                          .arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(peer);
        return readMessages(query, account, "the pending messages to a peer");
    }, std::move(done));
}

void MessageStore::findLastOutgoing(const QString &peer, QObject *context, std::function<void(std::optional<ChatMessage>)> done) const
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, peer](QSqlDatabase &database) -> std::optional<ChatMessage> {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND direction = 'out' "
                                     "ORDER BY sent_at DESC, id DESC LIMIT 1")
                          .arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(peer);
        QVector<ChatMessage> messages = readMessages(query, account, "the newest message to a peer");
        if (messages.isEmpty() || messages.constFirst().retracted) {
            return std::nullopt;
        }
        completeMessages(database, account, messages);
        return messages.constFirst();
    }, std::move(done));
}

void MessageStore::setReactions(const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis, QObject *context,
                                std::function<void(std::optional<ChatMessage>)> done)
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, peer, originId, reactor, emojis](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND origin_id = ? ORDER BY id DESC LIMIT 1").arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(peer);
        query.addBindValue(originId);
        return replaceReactions(database, account, query, reactor, emojis);
    }, std::move(done));
}

void MessageStore::setRoomReactions(const QString &room, const QString &stanzaId, const QString &reactor, const QStringList &emojis, QObject *context,
                                    std::function<void(std::optional<ChatMessage>)> done)
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, room, stanzaId, reactor, emojis](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND peer = ? AND kind = ? AND stanza_id = ? LIMIT 1").arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(room);
        query.addBindValue(GroupChatKind);
        query.addBindValue(stanzaId);
        return replaceReactions(database, account, query, reactor, emojis);
    }, std::move(done));
}

void MessageStore::correctRoomMessage(const QString &room, const QString &originId, const RoomSender &sender, const QString &body, QObject *context,
                                      std::function<void(MessageEditResult)> done)
{
    m_database->run<MessageEditResult>(context, [account = m_account, room, originId, sender, body](QSqlDatabase &database) {
        const auto mayChange = [&sender](const ChatMessage &message) {
            return sender.sent(message);
        };
        MessageEditResult result = editRoomMessage(database, account, room, QStringLiteral("origin_id"), originId, mayChange, [&](qint64 id) {
            QSqlQuery query(database);
            query.prepare(QStringLiteral("UPDATE messages SET body = ?, edited = 1 WHERE id = ?"));
            query.addBindValue(notNull(body));
            query.addBindValue(id);
            return execUpdate(query, account, "correcting a room message");
        });
        if (result.outcome == MessageEditResult::Outcome::Applied) {
            result.message.body = body;
            result.message.edited = true;
            completeMessage(database, account, result.message);
        }
        return result;
    }, std::move(done));
}

void MessageStore::retractRoomMessage(const QString &room, const QString &stanzaId, const RoomSender &sender, QObject *context,
                                      std::function<void(MessageEditResult)> done)
{
    m_database->run<MessageEditResult>(context, [account = m_account, room, stanzaId, sender](QSqlDatabase &database) {
        const auto mayChange = [&sender](const ChatMessage &message) {
            return sender.sent(message);
        };
        MessageEditResult result = editRoomMessage(database, account, room, QStringLiteral("stanza_id"), stanzaId, mayChange, [&](qint64 id) {
            return retractRow(database, account, id, false, QString());
        });
        if (result.outcome == MessageEditResult::Outcome::Applied) {
            result.message.body.clear();
            result.message.retracted = true;
            result.message.reactions.clear();
        }
        return result;
    }, std::move(done));
}

void MessageStore::moderateRoomMessage(const QString &room, const QString &stanzaId, const QString &reason, QObject *context,
                                       std::function<void(MessageEditResult)> done)
{
    m_database->run<MessageEditResult>(context, [account = m_account, room, stanzaId, reason](QSqlDatabase &database) {
        // The room checked that a moderator sent it, so the message's sender does not matter.
        const auto mayChange = [](const ChatMessage &) {
            return true;
        };
        MessageEditResult result = editRoomMessage(database, account, room, QStringLiteral("stanza_id"), stanzaId, mayChange, [&](qint64 id) {
            return retractRow(database, account, id, true, reason);
        });
        if (result.outcome == MessageEditResult::Outcome::Retracted && !result.message.moderated) {
            // A moderator may still remove a message that its sender retracted, which then shows the reason.
            if (retractRow(database, account, result.message.id, true, reason)) {
                result.outcome = MessageEditResult::Outcome::Applied;
            }
        }
        if (result.outcome == MessageEditResult::Outcome::Applied) {
            result.message.body.clear();
            result.message.retracted = true;
            result.message.moderated = true;
            result.message.moderationReason = reason;
            result.message.reactions.clear();
        }
        return result;
    }, std::move(done));
}
