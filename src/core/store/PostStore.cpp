#include "PostStore.h"

#include "Database.h"
#include "PreparedQuery.h"
#include "SqlValues.h"
#include "salon_core_store_logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

using SqlValues::execLogged;
using SqlValues::fromMs;
using SqlValues::nonNullText;
using SqlValues::toMs;

const auto PostColumns = QStringLiteral(
    "p.service, p.node, p.item_id, p.atom_id, p.author_jid, p.author_name, p.title, p.content_html, p.plain_text, p.summary, "
    "p.published_at, p.updated_at, p.links_json, p.tags_json, p.comments_uri, p.in_reply_to, p.access_model, p.received_at, "
    "f.is_read, f.pending, p.markdown");

// The columns of PostColumns for posts that may lack a feed entry, joined with FeedEntryJoin:
// such a post reads as read and not pending.
const auto CachedPostColumns = QStringLiteral(
    "p.service, p.node, p.item_id, p.atom_id, p.author_jid, p.author_name, p.title, p.content_html, p.plain_text, p.summary, "
    "p.published_at, p.updated_at, p.links_json, p.tags_json, p.comments_uri, p.in_reply_to, p.access_model, p.received_at, "
    "COALESCE(f.is_read, 1), COALESCE(f.pending, 0), p.markdown");
// Binds the account as its first value.
const auto FeedEntryJoin = QStringLiteral(
    "LEFT JOIN feed_entries f ON f.account = ? AND f.service = p.service AND f.node = p.node AND f.item_id = p.item_id");

// The draft that the composer keeps. The table allows more drafts per account.
const auto ComposeDraftId = QStringLiteral("compose");

QString stringListJson(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList stringListFromJson(const QString &json)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        values.append(value.toString());
    }
    return values;
}

QString linksJson(const QVector<AtomLink> &links)
{
    QJsonArray array;
    for (const AtomLink &link : links) {
        QJsonObject object{{QStringLiteral("rel"), link.rel}, {QStringLiteral("href"), link.href}};
        if (!link.type.isEmpty()) {
            object.insert(QStringLiteral("type"), link.type);
        }
        if (!link.title.isEmpty()) {
            object.insert(QStringLiteral("title"), link.title);
        }
        if (link.length >= 0) {
            object.insert(QStringLiteral("length"), double(link.length));
        }
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<AtomLink> linksFromJson(const QString &json)
{
    QVector<AtomLink> links;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        AtomLink link;
        link.rel = object.value(QStringLiteral("rel")).toString();
        link.href = object.value(QStringLiteral("href")).toString();
        link.type = object.value(QStringLiteral("type")).toString();
        link.title = object.value(QStringLiteral("title")).toString();
        link.length = qint64(object.value(QStringLiteral("length")).toDouble(-1));
        links.append(link);
    }
    return links;
}

FeedPost readPost(const QSqlQuery &query)
{
    FeedPost post;
    post.service = query.value(0).toString();
    post.node = query.value(1).toString();
    post.itemId = query.value(2).toString();
    post.atomId = query.value(3).toString();
    post.authorJid = query.value(4).toString();
    post.authorName = query.value(5).toString();
    post.title = query.value(6).toString();
    post.contentHtml = query.value(7).toString();
    post.plainText = query.value(8).toString();
    post.summary = query.value(9).toString();
    post.published = fromMs(query.value(10).toLongLong());
    post.updated = fromMs(query.value(11).toLongLong());
    post.links = linksFromJson(query.value(12).toString());
    post.tags = stringListFromJson(query.value(13).toString());
    post.commentsUri = query.value(14).toString();
    post.inReplyTo = query.value(15).toString();
    post.accessModel = query.value(16).toString();
    post.receivedAt = fromMs(query.value(17).toLongLong());
    post.unread = query.value(18).toInt() == 0;
    post.pending = query.value(19).toInt() != 0;
    post.markdown = query.value(20).toString();
    return post;
}

// Returns the condition of the rows after the cursor in the order newest first, for the columns
// published_at and item_id of \a table. With bound values, SQLite 3.40 seeks to the cursor in an
// index on (…, published_at, item_id) for this row value comparison. For the same condition
// written with OR, it reads every newer row of the index. PostgreSQL compares row values too.
QString afterCursorCondition(const QString &table)
{
    return QStringLiteral(" AND (%1.published_at, %1.item_id) < (?, ?)").arg(table);
}

// Binds the values of afterCursorCondition().
void bindCursor(QSqlQuery &query, const FeedCursor &after)
{
    if (!after.isNull()) {
        query.addBindValue(toMs(after.published));
        query.addBindValue(nonNullText(after.itemId));
    }
}

QVector<FeedPost> readPosts(QSqlQuery &query, const QString &account, const char *operation)
{
    QVector<FeedPost> posts;
    if (!execLogged(query, account, "posts", operation)) {
        return posts;
    }
    while (query.next()) {
        posts.append(readPost(query));
    }
    return posts;
}

bool upsertPost(QSqlDatabase &database, const QString &account, const FeedPost &post)
{
    PreparedQuery prepared(database, QStringLiteral(
        "INSERT INTO posts (service, node, item_id, atom_id, author_jid, author_name, title, content_html, plain_text, summary, "
        "published_at, updated_at, links_json, tags_json, comments_uri, in_reply_to, access_model, received_at, markdown) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (service, node, item_id) DO UPDATE SET atom_id = excluded.atom_id, author_jid = excluded.author_jid, "
        "author_name = excluded.author_name, title = excluded.title, content_html = excluded.content_html, "
        "plain_text = excluded.plain_text, summary = excluded.summary, published_at = excluded.published_at, "
        "updated_at = excluded.updated_at, links_json = excluded.links_json, tags_json = excluded.tags_json, "
        "comments_uri = excluded.comments_uri, in_reply_to = excluded.in_reply_to, "
        // An unknown access model keeps the one known before, such as the one the user published with.
        "access_model = CASE WHEN excluded.access_model = '' THEN posts.access_model ELSE excluded.access_model END, "
        "received_at = excluded.received_at, "
        // A copy without Markdown (the server's) keeps the stored source unless it is a newer
        // version, such as an edit on another client. The condition reads the old updated_at.
        "markdown = CASE WHEN excluded.markdown = '' AND excluded.updated_at <= posts.updated_at THEN posts.markdown "
        "ELSE excluded.markdown END"));
    QSqlQuery &query = prepared.query();
    query.addBindValue(nonNullText(post.service));
    query.addBindValue(nonNullText(post.node));
    query.addBindValue(nonNullText(post.itemId));
    query.addBindValue(nonNullText(post.atomId));
    query.addBindValue(nonNullText(post.authorJid));
    query.addBindValue(nonNullText(post.authorName));
    query.addBindValue(nonNullText(post.title));
    query.addBindValue(nonNullText(post.contentHtml));
    query.addBindValue(nonNullText(post.plainText));
    query.addBindValue(nonNullText(post.summary));
    query.addBindValue(toMs(post.published));
    query.addBindValue(toMs(post.updated));
    query.addBindValue(linksJson(post.links));
    query.addBindValue(stringListJson(post.tags));
    query.addBindValue(nonNullText(post.commentsUri));
    query.addBindValue(nonNullText(post.inReplyTo));
    query.addBindValue(nonNullText(post.accessModel));
    query.addBindValue(toMs(post.receivedAt));
    query.addBindValue(nonNullText(post.markdown));
    return execLogged(query, account, "posts", "save", post.itemId);
}

bool upsertFeedEntry(QSqlDatabase &database, const QString &account, const FeedPost &post, bool pending)
{
    PreparedQuery prepared(database, QStringLiteral("INSERT INTO feed_entries (account, service, node, item_id, published_at, is_read, pending) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                    "ON CONFLICT (account, service, node, item_id) DO UPDATE SET published_at = excluded.published_at, "
                                                    "pending = excluded.pending"));
    QSqlQuery &query = prepared.query();
    query.addBindValue(nonNullText(account));
    query.addBindValue(nonNullText(post.service));
    query.addBindValue(nonNullText(post.node));
    query.addBindValue(nonNullText(post.itemId));
    query.addBindValue(toMs(post.published));
    query.addBindValue(post.unread ? 0 : 1);
    query.addBindValue(pending ? 1 : 0);
    return execLogged(query, account, "posts", "add to feed", post.itemId);
}

// Runs \a change in one transaction, so a post is never stored without its feed entry or the other way round.
void inTransaction(QSqlDatabase &database, const QString &account, const std::function<bool()> &change)
{
    if (!database.transaction()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "posts: cannot start a transaction:" << database.lastError().text();
        return;
    }
    if (change()) {
        database.commit();
    } else {
        database.rollback();
    }
}

QString actionCode(PendingPostAction::Action action)
{
    return action == PendingPostAction::Action::Retract ? QStringLiteral("retract") : QStringLiteral("publish");
}

} // namespace

PostStore::PostStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString PostStore::accountJid() const
{
    return m_account;
}

void PostStore::save(const FeedPost &post, bool pending)
{
    const QString account = m_account;
    // The post goes first, so a failure leaves at most a post without a feed entry, as cache()
    // stores one, and never a feed entry without its post. Without a savepoint, SQLite's
    // full-text index of messages keeps its pending terms until the batch commits.
    m_database->postWrite([account, post, pending](QSqlDatabase &database) {
        return upsertPost(database, account, post) && upsertFeedEntry(database, account, post, pending);
    }, false);
}

void PostStore::cache(const FeedPost &post)
{
    const QString account = m_account;
    m_database->post([account, post](QSqlDatabase &database) {
        upsertPost(database, account, post);
    });
}

void PostStore::setNodeAccessModel(const QString &service, const QString &node, const QString &accessModel)
{
    const QString account = m_account;
    m_database->post([account, service, node, accessModel](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE posts SET access_model = ? WHERE service = ? AND node = ?"));
        query.addBindValue(nonNullText(accessModel));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        execLogged(query, account, "posts", "set access model", node);
    });
}

void PostStore::remove(const QString &service, const QString &node, const QString &itemId)
{
    const QString account = m_account;
    m_database->post([account, service, node, itemId](QSqlDatabase &database) {
        inTransaction(database, account, [&] {
            QSqlQuery query(database);
            for (const auto &table : {QStringLiteral("feed_entries"), QStringLiteral("posts")}) {
                query.prepare(QStringLiteral("DELETE FROM %1 WHERE service = ? AND node = ? AND item_id = ?").arg(table));
                query.addBindValue(nonNullText(service));
                query.addBindValue(nonNullText(node));
                query.addBindValue(nonNullText(itemId));
                if (!execLogged(query, account, "posts", "remove", itemId)) {
                    return false;
                }
            }
            return true;
        });
    });
}

void PostStore::removeNode(const QString &service, const QString &node)
{
    const QString account = m_account;
    m_database->post([account, service, node](QSqlDatabase &database) {
        inTransaction(database, account, [&] {
            QSqlQuery query(database);
            for (const auto &table : {QStringLiteral("feed_entries"), QStringLiteral("posts")}) {
                query.prepare(QStringLiteral("DELETE FROM %1 WHERE service = ? AND node = ?").arg(table));
                query.addBindValue(nonNullText(service));
                query.addBindValue(nonNullText(node));
                if (!execLogged(query, account, "posts", "remove node", node)) {
                    return false;
                }
            }
            return true;
        });
    });
}

void PostStore::page(const FeedCursor &after, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const
{
    const QString account = m_account;
    limit = std::clamp(limit, 1, MaxPageSize);
    m_database->run<QVector<FeedPost>>(context, [account, after, limit](QSqlDatabase &database) {
        QVector<FeedPost> posts;
        QSqlQuery query(database);
        QString sql = QStringLiteral("SELECT %1 FROM feed_entries f JOIN posts p ON p.service = f.service AND p.node = f.node AND p.item_id = f.item_id "
                                     "WHERE f.account = ?").arg(PostColumns);
        if (!after.isNull()) {
            sql += afterCursorCondition(QStringLiteral("f"));
        }
        sql += QStringLiteral(" ORDER BY f.published_at DESC, f.item_id DESC LIMIT ?");
        query.prepare(sql);
        query.addBindValue(nonNullText(account));
        bindCursor(query, after);
        query.addBindValue(limit);
        if (!execLogged(query, account, "posts", "page")) {
            return posts;
        }
        while (query.next()) {
            posts.append(readPost(query));
        }
        return posts;
    }, std::move(done));
}

void PostStore::nodePage(const QString &service, const QString &node, const FeedCursor &after, int limit, QObject *context,
                         std::function<void(QVector<FeedPost>)> done) const
{
    const QString account = m_account;
    limit = std::clamp(limit, 1, MaxPageSize);
    m_database->run<QVector<FeedPost>>(context, [account, service, node, after, limit](QSqlDatabase &database) {
        QSqlQuery query(database);
        QString sql = QStringLiteral("SELECT %1 FROM posts p %2 WHERE p.service = ? AND p.node = ?").arg(CachedPostColumns, FeedEntryJoin);
        if (!after.isNull()) {
            sql += afterCursorCondition(QStringLiteral("p"));
        }
        sql += QStringLiteral(" ORDER BY p.published_at DESC, p.item_id DESC LIMIT ?");
        query.prepare(sql);
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        bindCursor(query, after);
        query.addBindValue(limit);
        return readPosts(query, account, "node page");
    }, std::move(done));
}

void PostStore::openNodePage(const QString &service, const QString &node, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const
{
    const QString account = m_account;
    limit = std::clamp(limit, 1, MaxPageSize);
    m_database->run<QVector<FeedPost>>(context, [account, service, node, limit](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM posts p %2 WHERE p.service = ? AND p.node = ? AND p.access_model = 'open' "
                                     "ORDER BY p.published_at DESC, p.item_id DESC LIMIT ?")
                          .arg(CachedPostColumns, FeedEntryJoin));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(limit);
        return readPosts(query, account, "open node page");
    }, std::move(done));
}

void PostStore::taggedPage(const QString &tag, const FeedCursor &after, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const
{
    const QString account = m_account;
    limit = std::clamp(limit, 1, MaxPageSize);
    // tags_json is a JSON array of strings, so the tag is searched as its JSON string, quotes included.
    QString pattern = stringListJson({tag.trimmed().toLower()});
    pattern = pattern.mid(1, pattern.size() - 2);
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    m_database->run<QVector<FeedPost>>(context, [account, pattern, after, limit](QSqlDatabase &database) {
        QSqlQuery query(database);
        QString sql = QStringLiteral("SELECT %1 FROM posts p %2 WHERE p.access_model = 'open' AND LOWER(p.tags_json) LIKE ? ESCAPE '\\'")
                          .arg(CachedPostColumns, FeedEntryJoin);
        if (!after.isNull()) {
            sql += afterCursorCondition(QStringLiteral("p"));
        }
        sql += QStringLiteral(" ORDER BY p.published_at DESC, p.item_id DESC LIMIT ?");
        query.prepare(sql);
        query.addBindValue(nonNullText(account));
        query.addBindValue(pattern);
        bindCursor(query, after);
        query.addBindValue(limit);
        return readPosts(query, account, "tag page");
    }, std::move(done));
}

void PostStore::post(const QString &service, const QString &node, const QString &itemId, QObject *context,
                     std::function<void(std::optional<FeedPost>)> done) const
{
    const QString account = m_account;
    m_database->run<std::optional<FeedPost>>(context, [account, service, node, itemId](QSqlDatabase &database) -> std::optional<FeedPost> {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT %1 FROM feed_entries f JOIN posts p ON p.service = f.service AND p.node = f.node AND p.item_id = f.item_id "
                                     "WHERE f.account = ? AND f.service = ? AND f.node = ? AND f.item_id = ?").arg(PostColumns));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(nonNullText(itemId));
        if (!execLogged(query, account, "posts", "read", itemId) || !query.next()) {
            return std::nullopt;
        }
        return readPost(query);
    }, std::move(done));
}

void PostStore::markRead(const QString &service, const QString &node, const QString &itemId)
{
    const QString account = m_account;
    m_database->post([account, service, node, itemId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE feed_entries SET is_read = 1 WHERE account = ? AND service = ? AND node = ? AND item_id = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(nonNullText(itemId));
        execLogged(query, account, "posts", "mark read", itemId);
    });
}

void PostStore::markAllRead()
{
    const QString account = m_account;
    m_database->post([account](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE feed_entries SET is_read = 1 WHERE account = ?"));
        query.addBindValue(nonNullText(account));
        execLogged(query, account, "posts", "mark all read");
    });
}

void PostStore::unreadCount(QObject *context, std::function<void(int)> done) const
{
    const QString account = m_account;
    m_database->run<int>(context, [account](QSqlDatabase &database) {
        PreparedQuery prepared(database, QStringLiteral("SELECT COUNT(*) FROM feed_entries WHERE account = ? AND is_read = 0"));
        QSqlQuery &query = prepared.query();
        query.addBindValue(nonNullText(account));
        if (!execLogged(query, account, "posts", "count unread") || !query.next()) {
            return 0;
        }
        return query.value(0).toInt();
    }, std::move(done));
}

void PostStore::markNodeFetched(const QString &service, const QString &node)
{
    const QString account = m_account;
    m_database->post([account, service, node](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO community_nodes (account, service, node, fetched_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (account, service, node) DO NOTHING"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        execLogged(query, account, "posts", "mark node fetched", node);
    });
}

void PostStore::storedNodeItems(const QString &service, const QString &node, const QStringList &itemIds, QObject *context,
                                std::function<void(StoredNodeItems)> done) const
{
    const QString account = m_account;
    m_database->run<StoredNodeItems>(context, [account, service, node, itemIds](QSqlDatabase &database) {
        StoredNodeItems result;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT 1 FROM community_nodes WHERE account = ? AND service = ? AND node = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(service));
        query.addBindValue(nonNullText(node));
        result.nodeFetched = execLogged(query, account, "posts", "read node state", node) && query.next();

        query.prepare(QStringLiteral("SELECT 1 FROM feed_entries WHERE account = ? AND service = ? AND node = ? AND item_id = ?"));
        for (const QString &itemId : itemIds) {
            query.bindValue(0, nonNullText(account));
            query.bindValue(1, nonNullText(service));
            query.bindValue(2, nonNullText(node));
            query.bindValue(3, nonNullText(itemId));
            if (execLogged(query, account, "posts", "read item state", itemId) && query.next()) {
                result.storedItemIds.insert(itemId);
            }
            query.finish();
        }
        return result;
    }, std::move(done));
}

void PostStore::addPendingAction(const PendingPostAction &action)
{
    const QString account = m_account;
    m_database->post([account, action](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO post_outbox (account, item_id, action, title, body, tags_json, visibility, atom_id, "
                                     "published_at, updated_at, created_at, service, node, enclosures_json, links_json) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (account, item_id) DO UPDATE SET action = excluded.action, title = excluded.title, "
                                     "body = excluded.body, tags_json = excluded.tags_json, visibility = excluded.visibility, "
                                     "atom_id = excluded.atom_id, published_at = excluded.published_at, updated_at = excluded.updated_at, "
                                     "service = excluded.service, node = excluded.node, enclosures_json = excluded.enclosures_json, "
                                     "links_json = excluded.links_json"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(action.itemId));
        query.addBindValue(actionCode(action.action));
        query.addBindValue(nonNullText(action.title));
        query.addBindValue(nonNullText(action.body));
        query.addBindValue(stringListJson(action.tags));
        query.addBindValue(nonNullText(action.visibility));
        query.addBindValue(nonNullText(action.atomId));
        query.addBindValue(toMs(action.published));
        query.addBindValue(toMs(action.updated));
        query.addBindValue(toMs(action.createdAt));
        query.addBindValue(nonNullText(action.service));
        query.addBindValue(nonNullText(action.node));
        query.addBindValue(linksJson(action.enclosures));
        query.addBindValue(linksJson(action.relatedLinks));
        execLogged(query, account, "posts", "queue", action.itemId);
    });
}

void PostStore::removePendingAction(const QString &itemId)
{
    const QString account = m_account;
    m_database->post([account, itemId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM post_outbox WHERE account = ? AND item_id = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(nonNullText(itemId));
        execLogged(query, account, "posts", "unqueue", itemId);
    });
}

void PostStore::pendingActions(QObject *context, std::function<void(QVector<PendingPostAction>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<PendingPostAction>>(context, [account](QSqlDatabase &database) {
        QVector<PendingPostAction> actions;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT item_id, action, title, body, tags_json, visibility, atom_id, published_at, updated_at, created_at, "
                                     "service, node, enclosures_json, links_json FROM post_outbox WHERE account = ? ORDER BY created_at, item_id"));
        query.addBindValue(nonNullText(account));
        if (!execLogged(query, account, "posts", "load queue")) {
            return actions;
        }
        while (query.next()) {
            PendingPostAction action;
            action.itemId = query.value(0).toString();
            action.action = query.value(1).toString() == QLatin1String("retract") ? PendingPostAction::Action::Retract : PendingPostAction::Action::Publish;
            action.title = query.value(2).toString();
            action.body = query.value(3).toString();
            action.tags = stringListFromJson(query.value(4).toString());
            action.visibility = query.value(5).toString();
            action.atomId = query.value(6).toString();
            action.published = fromMs(query.value(7).toLongLong());
            action.updated = fromMs(query.value(8).toLongLong());
            action.createdAt = fromMs(query.value(9).toLongLong());
            action.service = query.value(10).toString();
            action.node = query.value(11).toString();
            action.enclosures = linksFromJson(query.value(12).toString());
            action.relatedLinks = linksFromJson(query.value(13).toString());
            actions.append(action);
        }
        return actions;
    }, std::move(done));
}

void PostStore::saveDraft(const PostDraft &draft)
{
    const QString account = m_account;
    m_database->post([account, draft](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (draft.isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM post_drafts WHERE account = ? AND draft_id = ?"));
            query.addBindValue(nonNullText(account));
            query.addBindValue(ComposeDraftId);
            execLogged(query, account, "posts", "remove draft");
            return;
        }
        query.prepare(QStringLiteral("INSERT INTO post_drafts (account, draft_id, title, body, tags_json, visibility, saved_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, draft_id) DO UPDATE SET title = excluded.title, "
                                     "body = excluded.body, tags_json = excluded.tags_json, visibility = excluded.visibility, saved_at = excluded.saved_at"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(ComposeDraftId);
        query.addBindValue(nonNullText(draft.title));
        query.addBindValue(nonNullText(draft.body));
        query.addBindValue(stringListJson(draft.tags));
        query.addBindValue(nonNullText(draft.visibility));
        query.addBindValue(toMs(draft.savedAt));
        execLogged(query, account, "posts", "save draft");
    });
}

void PostStore::draft(QObject *context, std::function<void(PostDraft)> done) const
{
    const QString account = m_account;
    m_database->run<PostDraft>(context, [account](QSqlDatabase &database) {
        PostDraft draft;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT title, body, tags_json, visibility, saved_at FROM post_drafts WHERE account = ? AND draft_id = ?"));
        query.addBindValue(nonNullText(account));
        query.addBindValue(ComposeDraftId);
        if (!execLogged(query, account, "posts", "read draft") || !query.next()) {
            return draft;
        }
        draft.title = query.value(0).toString();
        draft.body = query.value(1).toString();
        draft.tags = stringListFromJson(query.value(2).toString());
        draft.visibility = query.value(3).toString();
        draft.savedAt = fromMs(query.value(4).toLongLong());
        return draft;
    }, std::move(done));
}
