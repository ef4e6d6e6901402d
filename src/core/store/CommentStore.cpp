#include "CommentStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace {

using SqlValues::execLogged;
using SqlValues::fromMs;
using SqlValues::nonNullText;
using SqlValues::toMs;

bool upsertComment(QSqlDatabase &database, const QString &account, const Comment &comment)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO comments (account, service, node, item_id, author_jid, author_name, content_html, plain_text, "
                                 "published_at, is_like, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (account, service, node, item_id) DO UPDATE SET author_jid = excluded.author_jid, "
                                 "author_name = excluded.author_name, content_html = excluded.content_html, plain_text = excluded.plain_text, "
                                 "published_at = excluded.published_at, is_like = excluded.is_like, received_at = excluded.received_at"));
    query.addBindValue(nonNullText(account));
    query.addBindValue(nonNullText(comment.service));
    query.addBindValue(nonNullText(comment.node));
    query.addBindValue(nonNullText(comment.itemId));
    query.addBindValue(nonNullText(comment.authorJid));
    query.addBindValue(nonNullText(comment.authorName));
    query.addBindValue(nonNullText(comment.contentHtml));
    query.addBindValue(nonNullText(comment.plainText));
    query.addBindValue(toMs(comment.published));
    query.addBindValue(comment.isLike ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return execLogged(query, account, "comments", "save", comment.itemId);
}

// Keeps the newest MaxCommentsPerNode comments of the node.
bool trimNode(QSqlDatabase &database, const QString &account, const QString &service, const QString &node)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM comments WHERE account = ? AND service = ? AND node = ? AND item_id NOT IN "
                                 "(SELECT item_id FROM comments WHERE account = ? AND service = ? AND node = ? "
                                 "ORDER BY published_at DESC, item_id DESC LIMIT ?)"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
    }
    query.addBindValue(CommentStore::MaxCommentsPerNode);
    return execLogged(query, account, "comments", "trim", node);
}

bool deleteNodeRows(QSqlDatabase &database, const QString &account, const QString &service, const QString &node, const QString &table)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE account = ? AND service = ? AND node = ?").arg(table));
    query.addBindValue(nonNullText(account));
    query.addBindValue(nonNullText(service));
    query.addBindValue(nonNullText(node));
    return execLogged(query, account, "comments", "remove node", node);
}

bool markFetched(QSqlDatabase &database, const QString &account, const QString &service, const QString &node)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO comment_nodes (account, service, node, fetched_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (account, service, node) DO UPDATE SET fetched_at = excluded.fetched_at"));
    query.addBindValue(nonNullText(account));
    query.addBindValue(nonNullText(service));
    query.addBindValue(nonNullText(node));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return execLogged(query, account, "comments", "mark fetched", node);
}

void inTransaction(QSqlDatabase &database, const QString &account, const std::function<bool()> &change)
{
    if (!database.transaction()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "comments: cannot start a transaction:" << database.lastError().text();
        return;
    }
    if (change()) {
        database.commit();
    } else {
        database.rollback();
    }
}

} // namespace

CommentStore::CommentStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString CommentStore::accountJid() const
{
    return m_account;
}

void CommentStore::save(const Comment &comment)
{
    const QString account = m_account;
    m_database->post([account, comment](QSqlDatabase &database) {
        inTransaction(database, account, [&] {
            return upsertComment(database, account, comment) && trimNode(database, account, comment.service, comment.node);
        });
    });
}

void CommentStore::replaceNode(const QString &service, const QString &node, const QVector<Comment> &comments)
{
    const QString account = m_account;
    m_database->post([account, service, node, comments](QSqlDatabase &database) {
        inTransaction(database, account, [&] {
            if (!deleteNodeRows(database, account, service, node, QStringLiteral("comments"))) {
                return false;
            }
            for (const Comment &comment : comments) {
                if (!upsertComment(database, account, comment)) {
                    return false;
                }
            }
            return trimNode(database, account, service, node) && markFetched(database, account, service, node);
        });
    });
}

void CommentStore::remove(const QString &service, const QString &node, const QString &itemId)
{
    const QString account = m_account;
    m_database->post([account, service, node, itemId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM comments WHERE account = ? AND service = ? AND node = ? AND item_id = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(nonNullText(itemId));
        execLogged(query, account, "comments", "remove", itemId);
    });
}

void CommentStore::removeNode(const QString &service, const QString &node)
{
    const QString account = m_account;
    m_database->post([account, service, node](QSqlDatabase &database) {
        inTransaction(database, account, [&] {
            return deleteNodeRows(database, account, service, node, QStringLiteral("comments"))
                && deleteNodeRows(database, account, service, node, QStringLiteral("comment_nodes"));
        });
    });
}

void CommentStore::comments(const QString &service, const QString &node, QObject *context, std::function<void(QVector<Comment>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<Comment>>(context, [account, service, node](QSqlDatabase &database) {
        QVector<Comment> comments;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT item_id, author_jid, author_name, content_html, plain_text, published_at, is_like FROM comments "
                                     "WHERE account = ? AND service = ? AND node = ? ORDER BY published_at, item_id"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        if (!execLogged(query, account, "comments", "read", node)) {
            return comments;
        }
        while (query.next()) {
            Comment comment;
            comment.service = service;
            comment.node = node;
            comment.itemId = query.value(0).toString();
            comment.authorJid = query.value(1).toString();
            comment.authorName = query.value(2).toString();
            comment.contentHtml = query.value(3).toString();
            comment.plainText = query.value(4).toString();
            comment.published = fromMs(query.value(5).toLongLong());
            comment.isLike = query.value(6).toInt() != 0;
            comments.append(comment);
        }
        return comments;
    }, std::move(done));
}

void CommentStore::knownItems(const QString &service, const QString &node, QObject *context, std::function<void(QSet<QString>, bool)> done) const
{
    using Known = std::pair<QSet<QString>, bool>;
    const QString account = m_account;
    m_database->run<Known>(context, [account, service, node](QSqlDatabase &database) {
        Known known{{}, false};
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT item_id FROM comments WHERE account = ? AND service = ? AND node = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        if (execLogged(query, account, "comments", "read ids", node)) {
            while (query.next()) {
                known.first.insert(query.value(0).toString());
            }
        }
        query.prepare(QStringLiteral("SELECT 1 FROM comment_nodes WHERE account = ? AND service = ? AND node = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        known.second = execLogged(query, account, "comments", "read node", node) && query.next();
        return known;
    }, [done = std::move(done)](const Known &known) {
        done(known.first, known.second);
    });
}

void CommentStore::addPendingAction(const PendingCommentAction &action)
{
    const QString account = m_account;
    m_database->post([account, action](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO comment_outbox (account, service, node, item_id, action, body, is_like, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, service, node, item_id) DO UPDATE SET "
                                     "action = excluded.action, body = excluded.body, is_like = excluded.is_like"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(action.service));
        query.addBindValue(nonNullText(action.node));
        query.addBindValue(nonNullText(action.itemId));
        query.addBindValue(action.action == PendingCommentAction::Action::Retract ? QStringLiteral("retract") : QStringLiteral("publish"));
        query.addBindValue(nonNullText(action.body));
        query.addBindValue(action.isLike ? 1 : 0);
        query.addBindValue(toMs(action.createdAt));
        execLogged(query, account, "comments", "queue", action.itemId);
    });
}

void CommentStore::removePendingAction(const QString &service, const QString &node, const QString &itemId)
{
    const QString account = m_account;
    m_database->post([account, service, node, itemId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM comment_outbox WHERE account = ? AND service = ? AND node = ? AND item_id = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(nonNullText(itemId));
        execLogged(query, account, "comments", "unqueue", itemId);
    });
}

void CommentStore::pendingActions(QObject *context, std::function<void(QVector<PendingCommentAction>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<PendingCommentAction>>(context, [account](QSqlDatabase &database) {
        QVector<PendingCommentAction> actions;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT service, node, item_id, action, body, is_like, created_at FROM comment_outbox "
                                     "WHERE account = ? ORDER BY created_at, item_id"));
        query.addBindValue(nonNullText(account));
        if (!execLogged(query, account, "comments", "load queue")) {
            return actions;
        }
        while (query.next()) {
            PendingCommentAction action;
            action.service = query.value(0).toString();
            action.node = query.value(1).toString();
            action.itemId = query.value(2).toString();
            action.action = query.value(3).toString() == QLatin1String("retract") ? PendingCommentAction::Action::Retract
                                                                                   : PendingCommentAction::Action::Publish;
            action.body = query.value(4).toString();
            action.isLike = query.value(5).toInt() != 0;
            action.createdAt = fromMs(query.value(6).toLongLong());
            actions.append(action);
        }
        return actions;
    }, std::move(done));
}
