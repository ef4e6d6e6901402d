#include "Migrations.h"

#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

using Engine = Database::Engine;

// Key of the PostgreSQL advisory lock that serializes migrations of linkers started at once.
constexpr qint64 MigrationLockKey = 0x53616c6f6e; // "Salon" in ASCII

QString autoIncrementKey(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT") : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

// Version 1: the schema version and the roster cache, keyed by account.
QStringList rosterTables(Engine)
{
    return {
        QStringLiteral("CREATE TABLE salon_schema (version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE roster_items ("
                       "account TEXT NOT NULL, "
                       "jid TEXT NOT NULL, "
                       "name TEXT NOT NULL DEFAULT '', "
                       "groups_json TEXT NOT NULL DEFAULT '[]', "
                       "subscription TEXT NOT NULL DEFAULT 'none', "
                       "PRIMARY KEY (account, jid))"),
    };
}

// Version 2: stanzas the user wrote that wait for the server's acknowledgement.
QStringList outboxTable(Engine engine)
{
    return {
        QStringLiteral("CREATE TABLE outbox ("
                       "id %1, "
                       "account TEXT NOT NULL, "
                       "kind TEXT NOT NULL, "
                       "stanza_id TEXT NOT NULL, "
                       "payload TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, "
                       "attempts INTEGER NOT NULL DEFAULT 0)")
            .arg(autoIncrementKey(engine)),
        QStringLiteral("CREATE UNIQUE INDEX outbox_account_stanza ON outbox (account, stanza_id)"),
    };
}

// Version 3: disco#info results (XEP-0030), shared between accounts because they are public.
// A row is keyed either by a verification string of entity capabilities (XEP-0115: hash and
// ver, with empty jid and node) or by the entity's jid and node (with empty hash and ver).
QStringList discoveryTable(Engine)
{
    return {
        QStringLiteral("CREATE TABLE disco_info ("
                       "hash TEXT NOT NULL DEFAULT '', "
                       "ver TEXT NOT NULL DEFAULT '', "
                       "jid TEXT NOT NULL DEFAULT '', "
                       "node TEXT NOT NULL DEFAULT '', "
                       "identities_json TEXT NOT NULL DEFAULT '[]', "
                       "features_json TEXT NOT NULL DEFAULT '[]', "
                       "fetched_at BIGINT NOT NULL, "
                       "PRIMARY KEY (hash, ver, jid, node))"),
    };
}

// Version 4: avatar images (XEP-0084, XEP-0153), shared between accounts because they are public
// and keyed by their SHA-1, and each account's map from contacts to their current avatar.
QStringList avatarTables(Engine engine)
{
    const QString binaryType = engine == Engine::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    return {
        QStringLiteral("CREATE TABLE avatar_images ("
                       "hash TEXT NOT NULL PRIMARY KEY, "
                       "mime_type TEXT NOT NULL, "
                       "data %1 NOT NULL, "
                       "fetched_at BIGINT NOT NULL)")
            .arg(binaryType),
        QStringLiteral("CREATE TABLE avatar_hashes ("
                       "account TEXT NOT NULL, "
                       "jid TEXT NOT NULL, "
                       "hash TEXT NOT NULL, "
                       "source TEXT NOT NULL, "
                       "PRIMARY KEY (account, jid))"),
    };
}

// Version 5: what an offline start shows besides the contacts, keyed by account. These are the
// version of the cached roster (RFC 6121, section 2.6), the subscription requests that wait for
// the user in the order they arrived, and the block list (XEP-0191).
QStringList contactStateTables(Engine engine)
{
    return {
        QStringLiteral("CREATE TABLE roster_versions ("
                       "account TEXT NOT NULL PRIMARY KEY, "
                       "version TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE subscription_requests ("
                       "id %1, "
                       "account TEXT NOT NULL, "
                       "jid TEXT NOT NULL, "
                       "name TEXT NOT NULL DEFAULT '', "
                       "message TEXT NOT NULL DEFAULT '')")
            .arg(autoIncrementKey(engine)),
        QStringLiteral("CREATE UNIQUE INDEX subscription_requests_account_jid ON subscription_requests (account, jid)"),
        QStringLiteral("CREATE TABLE blocked_jids ("
                       "account TEXT NOT NULL, "
                       "jid TEXT NOT NULL, "
                       "PRIMARY KEY (account, jid))"),
    };
}

// Version 6: 1:1 messages, keyed by account. The unique index stores a message that arrives
// twice (live, as a carbon, from the archive) once. The other index serves the pages of a
// conversation, newest first.
QStringList messageTables(Engine engine)
{
    return {
        QStringLiteral("CREATE TABLE messages ("
                       "id %1, "
                       "account TEXT NOT NULL, "
                       "peer TEXT NOT NULL, "
                       "direction TEXT NOT NULL, "
                       "origin_id TEXT NOT NULL, "
                       "stanza_id TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL DEFAULT '', "
                       "sent_at BIGINT NOT NULL, "
                       "state TEXT NOT NULL)")
            .arg(autoIncrementKey(engine)),
        QStringLiteral("CREATE UNIQUE INDEX messages_origin ON messages (account, peer, direction, origin_id)"),
        QStringLiteral("CREATE INDEX messages_conversation ON messages (account, peer, sent_at, id)"),
    };
}

// Version 7: whether the user's presence request to a roster contact waits for approval
// (the roster item's ask="subscribe"), 0 or 1.
QStringList rosterApprovalColumn(Engine)
{
    return {
        QStringLiteral("ALTER TABLE roster_items ADD COLUMN approval_pending INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 8: the id that chat markers (XEP-0333) for an incoming message refer to, empty when
// its sender asked for no markers. Outgoing messages may now also be in the state 'read'.
QStringList messageMarkerColumn(Engine)
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN marker_id TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 9: full-text search over message bodies. SQLite keeps an FTS5 index of the table
// messages, filled by triggers, that removes diacritics. PostgreSQL keeps a generated tsvector
// with the 'simple' configuration, which lowercases and neither stems nor drops stop words,
// since the messages of one account come in many languages.
QStringList messageSearchIndex(Engine engine)
{
    if (engine == Engine::Sqlite) {
        return {
            QStringLiteral("CREATE VIRTUAL TABLE messages_search USING fts5(body, content='messages', content_rowid='id', "
                           "tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN "
                           "INSERT INTO messages_search (rowid, body) VALUES (new.id, new.body); END"),
            QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN "
                           "INSERT INTO messages_search (messages_search, rowid, body) VALUES ('delete', old.id, old.body); END"),
            QStringLiteral("CREATE TRIGGER messages_search_update AFTER UPDATE OF body ON messages BEGIN "
                           "INSERT INTO messages_search (messages_search, rowid, body) VALUES ('delete', old.id, old.body); "
                           "INSERT INTO messages_search (rowid, body) VALUES (new.id, new.body); END"),
            QStringLiteral("INSERT INTO messages_search (messages_search) VALUES ('rebuild')"),
        };
    }
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN body_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED"),
        QStringLiteral("CREATE INDEX messages_search ON messages USING GIN (body_search)"),
    };
}

// Version 10: the id of the newest message archive (XEP-0313) entry that each account has fetched,
// so that the catch-up after a new connection starts after it.
QStringList archivePositionTable(Engine)
{
    return {
        QStringLiteral("CREATE TABLE archive_positions ("
                       "account TEXT NOT NULL PRIMARY KEY, "
                       "last_archive_id TEXT NOT NULL)"),
    };
}

// Version 11: one row per archive id (the stanza-id of XEP-0359 given by the user's server), so a
// message that arrives live, as a carbon and from the archive under different origin ids is stored
// once. Earlier versions could store such copies twice, so the later copies of an archive id are
// deleted before the index is created. Rows without an archive id stay out of the index.
QStringList messageStanzaIdIndex(Engine)
{
    return {
        QStringLiteral("DELETE FROM messages WHERE stanza_id <> '' AND id NOT IN "
                       "(SELECT MIN(id) FROM messages WHERE stanza_id <> '' GROUP BY account, stanza_id)"),
        QStringLiteral("CREATE UNIQUE INDEX messages_stanza ON messages (account, stanza_id) WHERE stanza_id <> ''"),
    };
}

// Version 12: corrections (XEP-0308), retractions (XEP-0424), replies (XEP-0461) and reactions
// (XEP-0444). A message is edited or retracted (0 or 1); a retracted message has an empty body.
// reply_to is the origin id of the message that a reply refers to, and reply_to_direction its
// direction ('in' or 'out'), empty when the reply names no author. message_reactions contains
// each reacting bare JID's emojis per message row, in the order the reactor sent them.
QStringList messageEditColumns(Engine)
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN edited INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reply_to_direction TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE message_reactions ("
                       "message_id BIGINT NOT NULL, "
                       "reactor TEXT NOT NULL, "
                       "emoji TEXT NOT NULL, "
                       "position INTEGER NOT NULL, "
                       "PRIMARY KEY (message_id, reactor, emoji))"),
    };
}

// Version 13: the URL of the file that a message shares (out-of-band data, XEP-0066, or a body
// that is only an https URL), empty for messages without one.
QStringList messageAttachmentColumn(Engine)
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN attachment_url TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 14: group chat messages (XEP-0045) in the same table. kind is 'chat' for 1:1 messages and
// 'groupchat' for room messages, whose peer is the room's bare JID and sender_nick the sender's
// nickname in the room. room_archive_positions keeps, per room, the id of the newest entry fetched
// from the room's message archive.
QStringList roomMessageColumns(Engine)
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'chat'"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN sender_nick TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE room_archive_positions ("
                       "account TEXT NOT NULL, "
                       "room TEXT NOT NULL, "
                       "last_archive_id TEXT NOT NULL, "
                       "PRIMARY KEY (account, room))"),
    };
}

// Version 15: edits in rooms. moderated is 1 for a message that a room moderator removed
// (XEP-0425), which is also retracted, with the moderator's moderation_reason (empty when none).
// sender_jid is the real bare JID of a room message's sender where the room shows it, else empty.
QStringList roomModerationColumns(Engine)
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN moderated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN moderation_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN sender_jid TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 16: the user's decisions on room invitations (accepted, declined or dismissed), so that
// an invitation that the message archive delivers again after a restart stays decided. An
// invitation is named by its room, its inviter and the id of the message that carried it.
// decided_at is in milliseconds since the epoch (UTC).
QStringList invitationDecisionTable(Engine)
{
    return {
        QStringLiteral("CREATE TABLE invitation_decisions ("
                       "account TEXT NOT NULL, "
                       "room TEXT NOT NULL, "
                       "inviter TEXT NOT NULL, "
                       "message_id TEXT NOT NULL, "
                       "decision TEXT NOT NULL, "
                       "decided_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, room, inviter, message_id))"),
    };
}

// Version 17: microblog posts (XEP-0277). posts is shared between accounts, keyed by the PubSub
// service, node and item id, and contains content already sanitized. Times are in milliseconds
// since the epoch (UTC), links_json contains every Atom link and tags_json the categories.
// feed_entries puts posts into an account's feed with its read state, and pending is 1 for the
// user's own post that waits in post_outbox to be published. post_outbox keeps the user's
// publishes and deletions until the server confirms them, and post_drafts the posts being written.
QStringList postTables(Engine)
{
    return {
        QStringLiteral("CREATE TABLE posts ("
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "item_id TEXT NOT NULL, "
                       "atom_id TEXT NOT NULL DEFAULT '', "
                       "author_jid TEXT NOT NULL DEFAULT '', "
                       "author_name TEXT NOT NULL DEFAULT '', "
                       "title TEXT NOT NULL DEFAULT '', "
                       "content_html TEXT NOT NULL DEFAULT '', "
                       "plain_text TEXT NOT NULL DEFAULT '', "
                       "summary TEXT NOT NULL DEFAULT '', "
                       "published_at BIGINT NOT NULL, "
                       "updated_at BIGINT NOT NULL, "
                       "links_json TEXT NOT NULL DEFAULT '[]', "
                       "tags_json TEXT NOT NULL DEFAULT '[]', "
                       "comments_uri TEXT NOT NULL DEFAULT '', "
                       "in_reply_to TEXT NOT NULL DEFAULT '', "
                       "access_model TEXT NOT NULL DEFAULT '', "
                       "received_at BIGINT NOT NULL, "
                       "PRIMARY KEY (service, node, item_id))"),
        QStringLiteral("CREATE TABLE feed_entries ("
                       "account TEXT NOT NULL, "
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "item_id TEXT NOT NULL, "
                       "published_at BIGINT NOT NULL, "
                       "is_read INTEGER NOT NULL DEFAULT 0, "
                       "pending INTEGER NOT NULL DEFAULT 0, "
                       "PRIMARY KEY (account, service, node, item_id))"),
        QStringLiteral("CREATE INDEX feed_entries_newest ON feed_entries (account, published_at, item_id)"),
        QStringLiteral("CREATE TABLE post_outbox ("
                       "account TEXT NOT NULL, "
                       "item_id TEXT NOT NULL, "
                       "action TEXT NOT NULL, "
                       "title TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL DEFAULT '', "
                       "tags_json TEXT NOT NULL DEFAULT '[]', "
                       "visibility TEXT NOT NULL DEFAULT 'public', "
                       "atom_id TEXT NOT NULL DEFAULT '', "
                       "published_at BIGINT NOT NULL, "
                       "updated_at BIGINT NOT NULL, "
                       "created_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, item_id))"),
        QStringLiteral("CREATE TABLE post_drafts ("
                       "account TEXT NOT NULL, "
                       "draft_id TEXT NOT NULL, "
                       "title TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL DEFAULT '', "
                       "tags_json TEXT NOT NULL DEFAULT '[]', "
                       "visibility TEXT NOT NULL DEFAULT 'public', "
                       "saved_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, draft_id))"),
    };
}

// Version 18: comments and likes on microblog posts (XEP-0277, section 4), per account. comments
// caches the newest comments of each comments node with content already sanitized, and is_like
// is 1 for a like (a comment whose text is U+2665). comment_nodes marks the nodes fetched at least
// once, so comments already there at the first fetch raise no notification. comment_outbox keeps
// the user's comments, likes and retractions until the server confirms them.
QStringList commentTables(Engine)
{
    return {
        QStringLiteral("CREATE TABLE comments ("
                       "account TEXT NOT NULL, "
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "item_id TEXT NOT NULL, "
                       "author_jid TEXT NOT NULL DEFAULT '', "
                       "author_name TEXT NOT NULL DEFAULT '', "
                       "content_html TEXT NOT NULL DEFAULT '', "
                       "plain_text TEXT NOT NULL DEFAULT '', "
                       "published_at BIGINT NOT NULL, "
                       "is_like INTEGER NOT NULL DEFAULT 0, "
                       "received_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, service, node, item_id))"),
        QStringLiteral("CREATE INDEX comments_newest ON comments (account, service, node, published_at)"),
        QStringLiteral("CREATE TABLE comment_nodes ("
                       "account TEXT NOT NULL, "
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "fetched_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, service, node))"),
        QStringLiteral("CREATE TABLE comment_outbox ("
                       "account TEXT NOT NULL, "
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "item_id TEXT NOT NULL, "
                       "action TEXT NOT NULL, "
                       "body TEXT NOT NULL DEFAULT '', "
                       "is_like INTEGER NOT NULL DEFAULT 0, "
                       "created_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, service, node, item_id))"),
    };
}

// Version 19: the target and the attachments of a queued post. post_outbox.service and node name
// the PubSub node that receives the post, both empty for the user's own microblog node, and
// enclosures_json contains the post's Atom enclosure links as posts.links_json does. The index
// serves the pages of one node's posts (profile and community pages).
QStringList postTargetColumns(Engine)
{
    return {
        QStringLiteral("ALTER TABLE post_outbox ADD COLUMN service TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE post_outbox ADD COLUMN node TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE post_outbox ADD COLUMN enclosures_json TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("CREATE INDEX posts_node_newest ON posts (service, node, published_at, item_id)"),
    };
}

// Version 20: the Markdown source of the user's own posts, the related links of a queued post
// and the communities fetched once. posts.markdown keeps the source of a post that this client
// published or edited, since Atom carries only XHTML. post_outbox.links_json contains the post's Atom
// links of relation "related" as posts.links_json does. community_nodes marks the communities whose
// posts were fetched at least once per account, so posts already there then raise no notification.
QStringList postSourceColumns(Engine)
{
    return {
        QStringLiteral("ALTER TABLE posts ADD COLUMN markdown TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE post_outbox ADD COLUMN links_json TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("CREATE TABLE community_nodes ("
                       "account TEXT NOT NULL, "
                       "service TEXT NOT NULL, "
                       "node TEXT NOT NULL, "
                       "fetched_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, service, node))"),
    };
}

// Version 21: the users whose public posts salon-server's public pages (/blog/JID) may show.
// A row exists once the user signed in through this server; shown is 1 until the user opts out.
QStringList publicPageTable(Engine)
{
    return {
        QStringLiteral("CREATE TABLE public_pages ("
                       "account TEXT NOT NULL PRIMARY KEY, "
                       "shown INTEGER NOT NULL DEFAULT 1, "
                       "changed_at BIGINT NOT NULL)"),
    };
}

// Version 22: an index of the incoming messages that the user has not seen, usually few, so that
// the conversation list counts them per conversation without reading every incoming message. Its
// columns repeat the condition because SQLite 3.40, without statistics, chose messages_origin
// over the same index on (account, peer) alone.
QStringList messageUnreadIndex(Engine)
{
    return {
        QStringLiteral("CREATE INDEX messages_unread ON messages (account, peer, direction, state) "
                       "WHERE direction = 'in' AND state = 'received'"),
    };
}

// Version 23 (SQLite): MessageStore adds each new message to the full-text index itself. Through
// the insert trigger, every insert inside a transaction opened a statement savepoint, at which
// FTS5 writes out its pending terms, so a batch of messages wrote one index segment each.
QStringList messageSearchInsertByStore(Engine engine)
{
    if (engine == Engine::Sqlite) {
        return {QStringLiteral("DROP TRIGGER messages_search_insert")};
    }
    return {};
}

using StepStatements = QStringList (*)(Engine);

// Step N (index N - 1) upgrades version N - 1 to N. Append new steps here and
// to latestStatements(); never change a step that has been released.
const StepStatements Steps[] = {
    rosterTables,
    outboxTable,
    discoveryTable,
    avatarTables,
    contactStateTables,
    messageTables,
    rosterApprovalColumn,
    messageMarkerColumn,
    messageSearchIndex,
    archivePositionTable,
    messageStanzaIdIndex,
    messageEditColumns,
    messageAttachmentColumn,
    roomMessageColumns,
    roomModerationColumns,
    invitationDecisionTable,
    postTables,
    commentTables,
    postTargetColumns,
    postSourceColumns,
    publicPageTable,
    messageUnreadIndex,
    messageSearchInsertByStore,
};

// The latest schema in one go. It must end up identical to all steps applied
// in order, which MigrationsTest checks on both engines.
QStringList latestStatements(Engine engine)
{
    return rosterTables(engine) + outboxTable(engine) + discoveryTable(engine) + avatarTables(engine) + contactStateTables(engine)
        + messageTables(engine) + rosterApprovalColumn(engine) + messageMarkerColumn(engine) + messageSearchIndex(engine)
        + archivePositionTable(engine) + messageStanzaIdIndex(engine) + messageEditColumns(engine) + messageAttachmentColumn(engine)
        + roomMessageColumns(engine) + roomModerationColumns(engine)
        + invitationDecisionTable(engine) + postTables(engine) + commentTables(engine) + postTargetColumns(engine)
        + postSourceColumns(engine) + publicPageTable(engine) + messageUnreadIndex(engine)
        + messageSearchInsertByStore(engine);
}

bool exec(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        *error = QStringLiteral("schema statement failed: %1 (%2)").arg(query.lastError().text(), statement.left(80));
        return false;
    }
    return true;
}

bool setVersion(QSqlDatabase &database, int version, QString *error)
{
    return exec(database, QStringLiteral("DELETE FROM salon_schema"), error)
        && exec(database, QStringLiteral("INSERT INTO salon_schema (version) VALUES (%1)").arg(version), error);
}

// Starts a transaction that holds the lock on the schema, so that two processes never migrate at once.
bool beginLocked(QSqlDatabase &database, Engine engine, QString *error)
{
    if (engine == Engine::Sqlite) {
        // IMMEDIATE takes SQLite's write lock at once, before the version is read.
        return exec(database, QStringLiteral("BEGIN IMMEDIATE"), error);
    }
    return exec(database, QStringLiteral("BEGIN"), error)
        && exec(database, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), error);
}

bool finish(QSqlDatabase &database, bool ok, QString *error)
{
    if (ok) {
        return exec(database, QStringLiteral("COMMIT"), error);
    }
    QString rollbackError;
    exec(database, QStringLiteral("ROLLBACK"), &rollbackError);
    return false;
}

QString versionTooNewError(int version)
{
    return QStringLiteral("the database has schema version %1, newer than version %2 that this Salon knows; "
                          "use a newer Salon or another database")
        .arg(version)
        .arg(Migrations::latestVersion());
}

// Applies one step, or the latest schema to an empty database, under the lock; reports the version reached.
bool applyNext(QSqlDatabase &database, Engine engine, int targetVersion, bool allowLatest, int *reached, QString *error)
{
    if (!beginLocked(database, engine, error)) {
        return false;
    }

    const int version = Migrations::currentVersion(database);
    bool ok = true;
    if (version < 0) {
        *error = QStringLiteral("cannot read the schema version");
        ok = false;
    } else if (version > Migrations::latestVersion()) {
        *error = versionTooNewError(version);
        ok = false;
    } else if (version >= targetVersion) {
        *reached = version;
    } else if (version == 0 && allowLatest && targetVersion == Migrations::latestVersion()) {
        for (const QString &statement : latestStatements(engine)) {
            ok = ok && exec(database, statement, error);
        }
        ok = ok && setVersion(database, targetVersion, error);
        *reached = targetVersion;
    } else {
        for (const QString &statement : Steps[version](engine)) {
            ok = ok && exec(database, statement, error);
        }
        ok = ok && setVersion(database, version + 1, error);
        *reached = version + 1;
    }

    if (ok && *reached != version) {
        qCInfo(SALON_CORE_STORE) << "Database schema upgraded from version" << version << "to" << *reached;
    }
    return finish(database, ok, error);
}

bool migrateTo(QSqlDatabase &database, Engine engine, int targetVersion, bool allowLatest, QString *error)
{
    if (targetVersion < 0) {
        targetVersion = Migrations::latestVersion();
    }
    if (targetVersion > Migrations::latestVersion()) {
        *error = QStringLiteral("no schema version %1 exists").arg(targetVersion);
        return false;
    }

    int reached = -1;
    do {
        const int before = reached;
        if (!applyNext(database, engine, targetVersion, allowLatest, &reached, error)) {
            return false;
        }
        if (reached == before) {
            break;
        }
    } while (reached < targetVersion);
    return true;
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(Steps));
}

int Migrations::currentVersion(QSqlDatabase &database)
{
    if (!database.tables().contains(QStringLiteral("salon_schema"))) {
        return 0;
    }
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT version FROM salon_schema")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::createLatest(QSqlDatabase &database, Database::Engine engine, QString *error)
{
    if (currentVersion(database) != 0) {
        *error = QStringLiteral("the database already has a schema");
        return false;
    }
    return migrateTo(database, engine, latestVersion(), true, error);
}

bool Migrations::migrate(QSqlDatabase &database, Database::Engine engine, QString *error, int targetVersion)
{
    return migrateTo(database, engine, targetVersion, true, error);
}

bool Migrations::migrateStepByStep(QSqlDatabase &database, Database::Engine engine, int targetVersion, QString *error)
{
    return migrateTo(database, engine, targetVersion, false, error);
}
