#include "MessageStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

const auto MessageColumns = QStringLiteral("id, peer, direction, origin_id, stanza_id, body, sent_at, state, marker_id, attachment_url");
// Number of columns in MessageColumns.
constexpr int MessageColumnCount = 10;

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
    message.attachmentUrl = query.value(first + 9).toString();
    return message;
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

MessageStore::MessageStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

void MessageStore::add(const ChatMessage &message, QObject *context, std::function<void(std::optional<ChatMessage>)> done)
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, message](QSqlDatabase &database) -> std::optional<ChatMessage> {
        QSqlQuery query(database);
        // ON CONFLICT and RETURNING work the same in SQLite 3.35+ and PostgreSQL 9.5+.
        query.prepare(QStringLiteral("INSERT INTO messages (account, peer, direction, origin_id, stanza_id, body, sent_at, state, marker_id, attachment_url) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (account, peer, direction, origin_id) DO NOTHING RETURNING id"));
        query.addBindValue(account);
        query.addBindValue(message.peer);
        query.addBindValue(ChatMessage::directionCode(message.direction));
        query.addBindValue(message.originId);
        query.addBindValue(notNull(message.stanzaId));
        query.addBindValue(notNull(message.body));
        query.addBindValue(message.timestampMs);
        query.addBindValue(ChatMessage::stateCode(message.state));
        query.addBindValue(notNull(message.markerId));
        query.addBindValue(notNull(message.attachmentUrl));
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "storing a message with" << message.peer << "failed:" << query.lastError().text();
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        ChatMessage stored = message;
        stored.id = query.value(0).toLongLong();
        return stored;
    }, std::move(done));
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
        return messages;
    }, std::move(done));
}

void MessageStore::loadConversations(QObject *context, std::function<void(QVector<ConversationSummary>)> done) const
{
    m_database->run<QVector<ConversationSummary>>(context, [account = m_account](QSqlDatabase &database) {
        QVector<ConversationSummary> conversations;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1, "
                                     "(SELECT COUNT(*) FROM messages u WHERE u.account = m.account AND u.peer = m.peer "
                                     "AND u.direction = 'in' AND u.state = 'received') "
                                     "FROM messages m WHERE m.account = ? AND m.id = "
                                     "(SELECT l.id FROM messages l WHERE l.account = m.account AND l.peer = m.peer "
                                     "ORDER BY l.sent_at DESC, l.id DESC LIMIT 1) "
                                     "ORDER BY m.sent_at DESC, m.id DESC")
                          .arg(MessageColumns));
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
        return messages;
    }, std::move(done));
}

void MessageStore::loadById(qint64 id, QObject *context, std::function<void(std::optional<ChatMessage>)> done) const
{
    m_database->run<std::optional<ChatMessage>>(context, [account = m_account, id](QSqlDatabase &database) -> std::optional<ChatMessage> {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE account = ? AND id = ?").arg(MessageColumns));
        query.addBindValue(account);
        query.addBindValue(id);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading message" << id << "failed:" << query.lastError().text();
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        return messageFromQuery(query);
    }, std::move(done));
}
