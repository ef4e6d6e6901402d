#include "TestPostgresServer.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <unistd.h>

using Engine = Database::Engine;

namespace {

constexpr int OpenTimeoutMs = 20000;

// Rows for one table, naming only the columns the table had when it was
// created. They are inserted at every older version that has the table. If a
// later step renames or drops one of these columns, give SeedRows the versions
// each statement is valid for.
struct SeedRows {
    QString table;
    QStringList statements;
};

QList<SeedRows> seedRows()
{
    return {
        {QStringLiteral("roster_items"),
         {QStringLiteral("INSERT INTO roster_items (account, jid, name, groups_json, subscription) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'Bob Martin', '[\"Friends\"]', 'both')"),
          QStringLiteral("INSERT INTO roster_items (account, jid, name, groups_json, subscription) "
                         "VALUES ('alice@localhost', 'zoe@example.org', 'Zoë ''Z'' O''Brien', '[\"Work\",\"Friends\"]', 'to')"),
          QStringLiteral("INSERT INTO roster_items (account, jid, name, groups_json, subscription) "
                         "VALUES ('carol@localhost', 'bob@localhost', '', '[]', 'from')"),
          // Relies on the column defaults.
          QStringLiteral("INSERT INTO roster_items (account, jid) VALUES ('carol@localhost', 'dave@localhost')")}},
        {QStringLiteral("outbox"),
         {QStringLiteral("INSERT INTO outbox (account, kind, stanza_id, payload, created_at, attempts) "
                         "VALUES ('alice@localhost', 'message', 'm-1', '<message id=\"m-1\" to=\"bob@localhost\"><body>Hi</body></message>', "
                         "1767225600000, 2)"),
          QStringLiteral("INSERT INTO outbox (account, kind, stanza_id, payload, created_at) "
                         "VALUES ('alice@localhost', 'presence', 'p-1', '<presence id=\"p-1\"/>', 1767225600001)")}},
        {QStringLiteral("disco_info"),
         {QStringLiteral("INSERT INTO disco_info (hash, ver, identities_json, features_json, fetched_at) "
                         "VALUES ('sha-1', 'QgayPKawpkPSDYmwT/WM94uAlu0=', '[{\"category\":\"client\",\"type\":\"pc\"}]', "
                         "'[\"http://jabber.org/protocol/disco#info\"]', 1767225600000)"),
          QStringLiteral("INSERT INTO disco_info (jid, node, identities_json, features_json, fetched_at) "
                         "VALUES ('localhost', '', '[]', '[\"urn:xmpp:blocking\"]', 1767225600002)")}},
        // Plain ASCII image bytes, because SQLite and PostgreSQL write binary literals differently.
        {QStringLiteral("avatar_images"),
         {QStringLiteral("INSERT INTO avatar_images (hash, mime_type, data, fetched_at) "
                         "VALUES ('8b2c1d0c6f3a4e5d9b7a6c5d4e3f2a1b0c9d8e7f', 'image/png', 'not really a PNG', 1767225600000)")}},
        {QStringLiteral("avatar_hashes"),
         {QStringLiteral("INSERT INTO avatar_hashes (account, jid, hash, source) "
                         "VALUES ('alice@localhost', 'bob@localhost', '8b2c1d0c6f3a4e5d9b7a6c5d4e3f2a1b0c9d8e7f', 'pep')")}},
        {QStringLiteral("roster_versions"),
         {QStringLiteral("INSERT INTO roster_versions (account, version) VALUES ('alice@localhost', '17')"),
          QStringLiteral("INSERT INTO roster_versions (account, version) VALUES ('carol@localhost', 'c2a1f0e9')")}},
        {QStringLiteral("subscription_requests"),
         {QStringLiteral("INSERT INTO subscription_requests (account, jid, name, message) "
                         "VALUES ('alice@localhost', 'erin@localhost', 'Erin', 'Hi, it''s Erin from the climbing club')"),
          // Relies on the column defaults.
          QStringLiteral("INSERT INTO subscription_requests (account, jid) VALUES ('carol@localhost', 'erin@localhost')")}},
        {QStringLiteral("messages"),
         {QStringLiteral("INSERT INTO messages (account, peer, direction, origin_id, stanza_id, body, sent_at, state) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'in', 'm-1', 'archive-1', 'Hello, it''s Bob', 1767225600000, 'received')"),
          // Relies on the column defaults.
          QStringLiteral("INSERT INTO messages (account, peer, direction, origin_id, sent_at, state) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'out', 'm-1', 1767225600001, 'pending')")}},
        {QStringLiteral("archive_positions"),
         {QStringLiteral("INSERT INTO archive_positions (account, last_archive_id) VALUES ('alice@localhost', '5f3c2a1e-archive')"),
          QStringLiteral("INSERT INTO archive_positions (account, last_archive_id) VALUES ('carol@localhost', 'c-17')")}},
        {QStringLiteral("room_archive_positions"),
         {QStringLiteral("INSERT INTO room_archive_positions (account, room, last_archive_id) VALUES ('alice@localhost', 'lounge@conference.localhost', 'r-1')"),
          QStringLiteral("INSERT INTO room_archive_positions (account, room, last_archive_id) VALUES ('carol@localhost', 'lounge@conference.localhost', 'r-2')")}},
        {QStringLiteral("message_reactions"),
         {QStringLiteral("INSERT INTO message_reactions (message_id, reactor, emoji, position) VALUES (1, 'bob@localhost', '👍', 0)"),
          QStringLiteral("INSERT INTO message_reactions (message_id, reactor, emoji, position) VALUES (1, 'alice@localhost', '🎉', 0)")}},
        {QStringLiteral("blocked_jids"),
         {QStringLiteral("INSERT INTO blocked_jids (account, jid) VALUES ('alice@localhost', 'spam.example')"),
          QStringLiteral("INSERT INTO blocked_jids (account, jid) VALUES ('carol@localhost', 'mallory@localhost')")}},
        {QStringLiteral("invitation_decisions"),
         {QStringLiteral("INSERT INTO invitation_decisions (account, room, inviter, message_id, decision, decided_at) "
                         "VALUES ('alice@localhost', 'lounge@conference.localhost', 'bob@localhost', 'inv-1', 'declined', 1767225600000)"),
          QStringLiteral("INSERT INTO invitation_decisions (account, room, inviter, message_id, decision, decided_at) "
                         "VALUES ('alice@localhost', 'team@conference.localhost', 'carol@localhost', '', 'accepted', 1767225600001)")}},
        {QStringLiteral("posts"),
         {QStringLiteral("INSERT INTO posts (service, node, item_id, atom_id, author_jid, author_name, title, content_html, plain_text, "
                         "published_at, updated_at, links_json, tags_json, comments_uri, received_at) "
                         "VALUES ('bob@localhost', 'urn:xmpp:microblog:0', 'p-1', 'tag:localhost,2026:p-1', 'bob@localhost', 'Bob', 'Hello', "
                         "'<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hi</p></div>', 'Hi', 1767225600000, 1767225600000, "
                         "'[{\"rel\":\"replies\",\"href\":\"xmpp:bob@localhost?;node=c\"}]', '[\"news\"]', 'xmpp:bob@localhost?;node=c', 1767225601000)"),
          QStringLiteral("INSERT INTO posts (service, node, item_id, published_at, updated_at, received_at) "
                         "VALUES ('alice@localhost', 'urn:xmpp:microblog:0', 'p-2', 1767225602000, 1767225603000, 1767225603000)")}},
        {QStringLiteral("feed_entries"),
         {QStringLiteral("INSERT INTO feed_entries (account, service, node, item_id, published_at, is_read) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'urn:xmpp:microblog:0', 'p-1', 1767225600000, 1)"),
          QStringLiteral("INSERT INTO feed_entries (account, service, node, item_id, published_at, pending) "
                         "VALUES ('alice@localhost', 'alice@localhost', 'urn:xmpp:microblog:0', 'p-2', 1767225602000, 1)")}},
        {QStringLiteral("post_outbox"),
         {QStringLiteral("INSERT INTO post_outbox (account, item_id, action, title, body, tags_json, visibility, published_at, updated_at, created_at) "
                         "VALUES ('alice@localhost', 'p-2', 'publish', 'Draft', '**Hi**', '[\"news\"]', 'contacts', 1767225602000, 1767225602000, 1767225602000)"),
          QStringLiteral("INSERT INTO post_outbox (account, item_id, action, published_at, updated_at, created_at) "
                         "VALUES ('alice@localhost', 'p-3', 'retract', 0, 0, 1767225604000)")}},
        {QStringLiteral("post_drafts"),
         {QStringLiteral("INSERT INTO post_drafts (account, draft_id, title, body, tags_json, visibility, saved_at) "
                         "VALUES ('alice@localhost', 'compose', 'Soon', 'Later *maybe*', '[]', 'public', 1767225605000)"),
          QStringLiteral("INSERT INTO post_drafts (account, draft_id, saved_at) VALUES ('carol@localhost', 'compose', 1767225606000)")}},
        {QStringLiteral("comments"),
         {QStringLiteral("INSERT INTO comments (account, service, node, item_id, author_jid, author_name, content_html, plain_text, "
                         "published_at, is_like, received_at) VALUES ('alice@localhost', 'bob@localhost', 'urn:xmpp:microblog:0:comments/p-1', "
                         "'c-1', 'carol@localhost', 'Carol', '<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Nice</p></div>', 'Nice', "
                         "1767225607000, 0, 1767225607001)"),
          QStringLiteral("INSERT INTO comments (account, service, node, item_id, author_jid, published_at, is_like, received_at) "
                         "VALUES ('alice@localhost', 'pubsub.localhost', 'urn:xmpp:microblog:0:comments/p-9', 'c-2', 'bob@localhost', "
                         "1767225608000, 1, 1767225608001)")}},
        {QStringLiteral("comment_nodes"),
         {QStringLiteral("INSERT INTO comment_nodes (account, service, node, fetched_at) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'urn:xmpp:microblog:0:comments/p-1', 1767225609000)"),
          QStringLiteral("INSERT INTO comment_nodes (account, service, node, fetched_at) "
                         "VALUES ('carol@localhost', 'alice@localhost', 'urn:xmpp:microblog:0:comments/p-2', 1767225609001)")}},
        {QStringLiteral("comment_outbox"),
         {QStringLiteral("INSERT INTO comment_outbox (account, service, node, item_id, action, body, is_like, created_at) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'urn:xmpp:microblog:0:comments/p-1', 'c-3', 'publish', 'Great *post*', 0, 1767225610000)"),
          QStringLiteral("INSERT INTO comment_outbox (account, service, node, item_id, action, created_at) "
                         "VALUES ('alice@localhost', 'bob@localhost', 'urn:xmpp:microblog:0:comments/p-1', 'c-4', 'retract', 1767225611000)")}},
        {QStringLiteral("community_nodes"),
         {QStringLiteral("INSERT INTO community_nodes (account, service, node, fetched_at) "
                         "VALUES ('alice@localhost', 'pubsub.localhost', 'cats', 1767225612000)"),
          QStringLiteral("INSERT INTO community_nodes (account, service, node, fetched_at) "
                         "VALUES ('carol@localhost', 'pubsub.localhost', 'dogs', 1767225612001)")}},
        {QStringLiteral("public_pages"),
         {QStringLiteral("INSERT INTO public_pages (account, shown, changed_at) VALUES ('alice@localhost', 1, 1767225613000)"),
          QStringLiteral("INSERT INTO public_pages (account, shown, changed_at) VALUES ('carol@localhost', 0, 1767225613001)")}},
    };
}

QString engineName(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString valueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.type() == QVariant::ByteArray)
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    return value.toString();
}

bool exec(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text());
    return false;
}

// Salon's tables, without SQLite's own (sqlite_sequence, sqlite_stat1).
// Names of SQLite's virtual tables, such as FTS5 indexes. Their shadow tables are named after
// them and belong to SQLite, so describeOtherObjects() describes them by their CREATE statement.
QStringList sqliteVirtualTables(QSqlDatabase &database)
{
    QStringList tables;
    QSqlQuery query(database);
    if (database.driverName() != QLatin1String("QSQLITE")
        || !query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")))
        return tables;
    while (query.next())
        tables += query.value(0).toString();
    return tables;
}

QStringList salonTables(QSqlDatabase &database)
{
    QStringList tables;
    const QStringList virtualTables = sqliteVirtualTables(database);
    const QStringList all = database.tables(QSql::Tables);
    for (const QString &table : all) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const bool belongsToVirtualTable = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&table](const QString &virtualTable) {
            return table == virtualTable || table.startsWith(virtualTable + QLatin1Char('_'));
        });
        if (!belongsToVirtualTable)
            tables += table;
    }
    tables.sort();
    return tables;
}

QString quotedTable(QSqlDatabase &database, const QString &table)
{
    return database.driver()->escapeIdentifier(table, QSqlDriver::TableName);
}

// Describes each column as the Qt driver reports it and as the engine declares it.
bool describeColumns(QSqlDatabase &database, Engine engine, const QString &table, QStringList *lines, QString *error)
{
    const QSqlRecord record = database.record(table);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        *lines += QStringLiteral("column %1.%2 in Qt: type %3, required %4, default %5, auto value %6")
                      .arg(table, field.name(), QString::fromLatin1(QMetaType::typeName(field.type())))
                      .arg(field.requiredStatus())
                      .arg(valueText(field.defaultValue()))
                      .arg(field.isAutoValue());
    }

    QSqlQuery query(database);
    if (engine == Engine::Sqlite) {
        if (!exec(query, QStringLiteral("PRAGMA table_info(%1)").arg(quotedTable(database, table)), error))
            return false;
        while (query.next()) {
            *lines += QStringLiteral("column %1.%2: declared type %3, not null %4, default %5, primary key position %6")
                          .arg(table, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), valueText(query.value(4)),
                               query.value(5).toString());
        }
        return true;
    }

    query.prepare(QStringLiteral(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, "
        "coalesce(co.collname, '') "
        "FROM pg_attribute a "
        "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0 "
        "WHERE n.nspname = 'public' AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped"));
    query.addBindValue(table);
    if (!query.exec()) {
        *error = QStringLiteral("Reading the columns of %1 failed: %2").arg(table, query.lastError().text());
        return false;
    }
    while (query.next()) {
        *lines += QStringLiteral("column %1.%2: type %3, not null %4, default %5, identity '%6', generated '%7', collation '%8'")
                      .arg(table, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), valueText(query.value(3)),
                           query.value(4).toString(), query.value(5).toString(), query.value(6).toString());
    }
    return true;
}

bool describePrimaryKey(QSqlDatabase &database, const QString &table, QStringList *lines)
{
    const QSqlIndex primaryKey = database.primaryIndex(table);
    QStringList columns;
    for (int i = 0; i < primaryKey.count(); ++i)
        columns += primaryKey.fieldName(i) + (primaryKey.isDescending(i) ? QStringLiteral(" DESC") : QString());
    *lines += QStringLiteral("primary key of %1: name '%2', columns (%3)").arg(table, primaryKey.name(), columns.join(QStringLiteral(", ")));
    return true;
}

// SQLite: PRAGMA index_list and index_xinfo, and the WHERE clause of partial indexes.
bool describeSqliteIndexes(QSqlDatabase &database, const QString &table, QStringList *lines, QString *error)
{
    QSqlQuery list(database);
    if (!exec(list, QStringLiteral("PRAGMA index_list(%1)").arg(quotedTable(database, table)), error))
        return false;
    while (list.next()) {
        const QString name = list.value(1).toString();
        QString line = QStringLiteral("index %1 on %2: unique %3, origin %4, partial %5, keys")
                           .arg(name, table, list.value(2).toString(), list.value(3).toString(), list.value(4).toString());

        QSqlQuery columns(database);
        if (!exec(columns, QStringLiteral("PRAGMA index_xinfo(%1)").arg(database.driver()->escapeIdentifier(name, QSqlDriver::TableName)), error))
            return false;
        while (columns.next()) {
            // Only key columns count. The others are the rowid that SQLite appends.
            if (columns.value(5).toInt() == 0)
                continue;
            const QString column = columns.value(2).isNull() ? QStringLiteral("<expression>") : columns.value(2).toString();
            line += QStringLiteral(" (%1 desc %2 collation %3)").arg(column, columns.value(3).toString(), columns.value(4).toString());
        }

        if (list.value(4).toInt() != 0) {
            QSqlQuery sql(database);
            sql.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
            sql.addBindValue(name);
            if (!sql.exec() || !sql.next()) {
                *error = QStringLiteral("Reading the SQL of index %1 failed: %2").arg(name, sql.lastError().text());
                return false;
            }
            const QString statement = sql.value(0).toString().simplified();
            const int where = statement.lastIndexOf(QLatin1String(" WHERE "), -1, Qt::CaseInsensitive);
            line += QStringLiteral(", where %1").arg(where < 0 ? QString() : statement.mid(where + 7));
        }
        *lines += line;
    }
    return true;
}

bool describeSqliteForeignKeys(QSqlDatabase &database, const QString &table, QStringList *lines, QString *error)
{
    QSqlQuery query(database);
    if (!exec(query, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quotedTable(database, table)), error))
        return false;
    while (query.next()) {
        *lines += QStringLiteral("foreign key %1 number %2 part %3: %4 references %5(%6), on update %7, on delete %8, match %9")
                      .arg(table, query.value(0).toString(), query.value(1).toString(), query.value(3).toString(), query.value(2).toString(),
                           query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString());
    }
    return true;
}

// PostgreSQL: pg_indexes gives each index's canonical definition, and
// pg_constraint every primary key, unique, foreign key and check constraint.
bool describePostgresIndexesAndConstraints(QSqlDatabase &database, const QString &table, QStringList *lines, QString *error)
{
    QSqlQuery indexes(database);
    indexes.prepare(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ?"));
    indexes.addBindValue(table);
    if (!indexes.exec()) {
        *error = QStringLiteral("Reading the indexes of %1 failed: %2").arg(table, indexes.lastError().text());
        return false;
    }
    while (indexes.next())
        *lines += QStringLiteral("index %1 on %2: %3").arg(indexes.value(0).toString(), table, indexes.value(1).toString());

    QSqlQuery constraints(database);
    constraints.prepare(QStringLiteral(
        "SELECT co.conname, co.contype, pg_get_constraintdef(co.oid), co.condeferrable, co.condeferred "
        "FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relname = ?"));
    constraints.addBindValue(table);
    if (!constraints.exec()) {
        *error = QStringLiteral("Reading the constraints of %1 failed: %2").arg(table, constraints.lastError().text());
        return false;
    }
    while (constraints.next()) {
        *lines += QStringLiteral("constraint %1 on %2: type %3, %4, deferrable %5, deferred %6")
                      .arg(constraints.value(0).toString(), table, constraints.value(1).toString(), constraints.value(2).toString(),
                           constraints.value(3).toString(), constraints.value(4).toString());
    }
    return true;
}

// Views, triggers and sequences, which belong to no single table in these listings.
bool describeOtherObjects(QSqlDatabase &database, Engine engine, QStringList *lines, QString *error)
{
    QSqlQuery query(database);
    if (engine == Engine::Sqlite) {
        if (!exec(query,
                  QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "WHERE type IN ('view', 'trigger') OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%')"),
                  error))
            return false;
        while (query.next())
            *lines += QStringLiteral("%1 %2 on %3: %4").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        return true;
    }

    const QString statement = QStringLiteral(
        "SELECT 'view ' || viewname || ': ' || definition FROM pg_views WHERE schemaname = 'public' "
        "UNION ALL SELECT 'trigger ' || t.tgname || ' on ' || c.relname || ': ' || pg_get_triggerdef(t.oid) "
        "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND NOT t.tgisinternal "
        "UNION ALL SELECT 'sequence ' || sequence_name || ': ' || data_type || ' start ' || start_value || ' increment ' || increment "
        "FROM information_schema.sequences WHERE sequence_schema = 'public'");
    if (!exec(query, statement, error))
        return false;
    while (query.next())
        *lines += query.value(0).toString();
    return true;
}

// Describes the schema as sorted lines, one fact per line, so two schemas
// compare as two lists. Column order is left out because ALTER TABLE adds a
// column last, and Salon's queries name their columns.
// NOTE: SQLite CHECK constraints and table options (STRICT, WITHOUT ROWID)
// live only in the CREATE TABLE text and are not compared.
bool describeSchema(QSqlDatabase &database, Engine engine, QStringList *lines, QString *error)
{
    lines->clear();
    const QStringList tables = salonTables(database);
    for (const QString &table : tables) {
        *lines += QStringLiteral("table ") + table;
        const bool described = describeColumns(database, engine, table, lines, error) && describePrimaryKey(database, table, lines)
            && (engine == Engine::Sqlite
                    ? describeSqliteIndexes(database, table, lines, error) && describeSqliteForeignKeys(database, table, lines, error)
                    : describePostgresIndexesAndConstraints(database, table, lines, error));
        if (!described)
            return false;
    }
    for (const QString &view : database.tables(QSql::Views))
        *lines += QStringLiteral("view listed by Qt: ") + view;
    if (!describeOtherObjects(database, engine, lines, error))
        return false;
    lines->sort();
    return true;
}

// Reads every row of a table as "column=value" pairs sorted by column name, and sorts the rows.
bool readRows(QSqlDatabase &database, const QString &table, const QSet<QString> &columns, QStringList *rows, QString *error)
{
    rows->clear();
    QSqlQuery query(database);
    if (!exec(query, QStringLiteral("SELECT * FROM %1").arg(quotedTable(database, table)), error))
        return false;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList values;
        for (int i = 0; i < record.count(); ++i) {
            if (columns.isEmpty() || columns.contains(record.fieldName(i)))
                values += record.fieldName(i) + QLatin1Char('=') + valueText(record.value(i));
        }
        values.sort();
        *rows += values.join(QStringLiteral("; "));
    }
    rows->sort();
    return true;
}

bool readAllRows(QSqlDatabase &database, QStringList *rows, QString *error)
{
    rows->clear();
    const QStringList tables = salonTables(database);
    for (const QString &table : tables) {
        QStringList tableRows;
        if (!readRows(database, table, {}, &tableRows, error))
            return false;
        for (const QString &row : qAsConst(tableRows))
            *rows += table + QStringLiteral(": ") + row;
    }
    return true;
}

QSet<QString> columnNames(QSqlDatabase &database, const QString &table)
{
    QSet<QString> names;
    const QSqlRecord record = database.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.insert(record.fieldName(i));
    return names;
}

// Lists the lines only in one of two sorted lists, for a failure message.
QString difference(const QStringList &expected, const QStringList &actual, const QString &expectedName, const QString &actualName)
{
    QStringList onlyExpected = expected;
    QStringList onlyActual = actual;
    for (const QString &line : actual)
        onlyExpected.removeOne(line);
    for (const QString &line : expected)
        onlyActual.removeOne(line);
    QString text;
    for (const QString &line : qAsConst(onlyExpected))
        text += QStringLiteral("\n  only in %1: %2").arg(expectedName, line);
    for (const QString &line : qAsConst(onlyActual))
        text += QStringLiteral("\n  only in %1: %2").arg(actualName, line);
    return text;
}

bool waitForOpened(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(OpenTimeoutMs))
        return false;
    return spy.count() == 1;
}

} // namespace

// Schema migrations and opening on both engines: SQLite in a temporary file
// and PostgreSQL on a throwaway server.
class MigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void freshSchemaEqualsMigrated_data();
    void freshSchemaEqualsMigrated();
    void migrateKeepsRows_data();
    void migrateKeepsRows();
    void migrateUpToDateChangesNothing_data();
    void migrateUpToDateChangesNothing();
    void newerVersionIsRejected_data();
    void newerVersionIsRejected();
    void openReportsFailure_data();
    void openReportsFailure();

private:
    void addEngineRows();
    bool createEmpty(Engine engine, QSqlDatabase *database, QString *url, QString *error);

    QTemporaryDir m_folder;
    std::unique_ptr<TestPostgresServer> m_postgres;
    QString m_postgresError;
    QStringList m_connections;
    int m_counter = 0;
};

void MigrationsTest::initTestCase()
{
    QVERIFY2(m_folder.isValid(), qPrintable(m_folder.errorString()));
    QVERIFY2(Migrations::latestVersion() >= 1, "Migrations::latestVersion() must be at least 1");

    // A missing PostgreSQL fails only the PostgreSQL rows, so SQLite still reports.
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_postgresError = QStringLiteral("The Qt PostgreSQL driver is missing; install the Debian package libqt5sql5-psql");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_postgres = std::make_unique<TestPostgresServer>();
    if (!m_postgres->start()) {
        m_postgresError = m_postgres->lastError();
        return;
    }
    qInfo("PostgreSQL test server ready in %lld ms", timer.elapsed());
}

void MigrationsTest::cleanup()
{
    for (const QString &connection : qAsConst(m_connections)) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    m_connections.clear();
}

void MigrationsTest::cleanupTestCase()
{
    m_postgres.reset();
}

void MigrationsTest::addEngineRows()
{
    QTest::addColumn<Engine>("engine");
    QTest::newRow("sqlite") << Engine::Sqlite;
    QTest::newRow("postgresql") << Engine::PostgreSql;
}

// Creates a new empty database and a connection of this test to it.
bool MigrationsTest::createEmpty(Engine engine, QSqlDatabase *database, QString *url, QString *error)
{
    const QString name = QStringLiteral("salon_test_%1").arg(++m_counter);
    if (engine == Engine::Sqlite) {
        *url = QStringLiteral("sqlite:") + m_folder.filePath(name + QStringLiteral(".sqlite"));
    } else {
        if (!m_postgres || !m_postgres->isRunning()) {
            *error = QStringLiteral("The PostgreSQL test server is not running: ") + m_postgresError;
            return false;
        }
        if (!m_postgres->createDatabase(name)) {
            *error = m_postgres->lastError();
            return false;
        }
        *url = m_postgres->url(name);
    }

    *database = QSqlDatabase::addDatabase(engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    m_connections += name;
    if (!Database::configure(*url, database, error))
        return false;
    if (!database->open()) {
        *error = QStringLiteral("Opening %1 failed: %2").arg(*url, database->lastError().text());
        return false;
    }
    if (engine == Engine::Sqlite) {
        // Database turns foreign keys on for its SQLite connections, so the migrations run with them here too.
        QSqlQuery query(*database);
        if (!exec(query, QStringLiteral("PRAGMA foreign_keys=ON"), error))
            return false;
    }
    return true;
}

void MigrationsTest::freshSchemaEqualsMigrated_data()
{
    addEngineRows();
}

void MigrationsTest::freshSchemaEqualsMigrated()
{
    QFETCH(Engine, engine);
    QString error;
    QString url;

    QSqlDatabase fresh;
    QVERIFY2(createEmpty(engine, &fresh, &url, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(fresh), 0);
    QVERIFY2(Migrations::createLatest(fresh, engine, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(fresh), Migrations::latestVersion());

    QSqlDatabase stepped;
    QVERIFY2(createEmpty(engine, &stepped, &url, &error), qPrintable(error));
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        QVERIFY2(Migrations::migrateStepByStep(stepped, engine, version, &error),
                 qPrintable(QStringLiteral("Step to version %1 failed: %2").arg(version).arg(error)));
        QCOMPARE(Migrations::currentVersion(stepped), version);
    }

    // migrate() on an empty database takes the createLatest() path.
    QSqlDatabase migrated;
    QVERIFY2(createEmpty(engine, &migrated, &url, &error), qPrintable(error));
    QVERIFY2(Migrations::migrate(migrated, engine, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(migrated), Migrations::latestVersion());

    QStringList freshSchema;
    QStringList steppedSchema;
    QStringList migratedSchema;
    QVERIFY2(describeSchema(fresh, engine, &freshSchema, &error), qPrintable(error));
    QVERIFY2(describeSchema(stepped, engine, &steppedSchema, &error), qPrintable(error));
    QVERIFY2(describeSchema(migrated, engine, &migratedSchema, &error), qPrintable(error));

    QVERIFY2(freshSchema.contains(QStringLiteral("table salon_schema")), qPrintable(freshSchema.join(QLatin1Char('\n'))));
    QVERIFY2(freshSchema == steppedSchema,
             qPrintable(QStringLiteral("The schema created by createLatest() differs from the one built step by step:")
                        + difference(freshSchema, steppedSchema, QStringLiteral("createLatest()"), QStringLiteral("step by step"))));
    QVERIFY2(freshSchema == migratedSchema,
             qPrintable(QStringLiteral("The schema created by createLatest() differs from the one migrate() creates:")
                        + difference(freshSchema, migratedSchema, QStringLiteral("createLatest()"), QStringLiteral("migrate()"))));
}

void MigrationsTest::migrateKeepsRows_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<bool>("throughOpen");
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        for (const Engine engine : {Engine::Sqlite, Engine::PostgreSql}) {
            const QByteArray name = engineName(engine).toLatin1() + " from version " + QByteArray::number(version);
            QTest::newRow(QByteArray(name + " by migrate()").constData()) << engine << version << false;
            QTest::newRow(QByteArray(name + " by Database::open()").constData()) << engine << version << true;
        }
    }
}

void MigrationsTest::migrateKeepsRows()
{
    QFETCH(Engine, engine);
    QFETCH(int, fromVersion);
    QFETCH(bool, throughOpen);
    QString error;
    QString url;

    QSqlDatabase database;
    QVERIFY2(createEmpty(engine, &database, &url, &error), qPrintable(error));
    QVERIFY2(Migrations::migrateStepByStep(database, engine, fromVersion, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(database), fromVersion);

    // Every table of that version gets rows, so no table is upgraded empty.
    const QList<SeedRows> seeds = seedRows();
    const QStringList oldTables = salonTables(database);
    QMap<QString, QStringList> oldRows;
    QMap<QString, QSet<QString>> oldColumns;
    for (const QString &table : oldTables) {
        if (table == QLatin1String("salon_schema"))
            continue;
        const auto seed = std::find_if(seeds.cbegin(), seeds.cend(), [&table](const SeedRows &rows) {
            return rows.table == table;
        });
        QVERIFY2(seed != seeds.cend(), qPrintable(QStringLiteral("No seed rows for the table %1 of version %2; add them to seedRows()").arg(table).arg(fromVersion)));
        QSqlQuery query(database);
        for (const QString &statement : seed->statements)
            QVERIFY2(exec(query, statement, &error), qPrintable(error));
        QVERIFY2(readRows(database, table, {}, &oldRows[table], &error), qPrintable(error));
        QCOMPARE(oldRows[table].size(), seed->statements.size());
        oldColumns[table] = columnNames(database, table);
    }

    if (throughOpen) {
        // The way users get it: Salon opens the cache of an older version.
        Database opened(url);
        QSignalSpy openedSpy(&opened, &Database::opened);
        opened.open();
        QVERIFY2(waitForOpened(openedSpy), "Database::opened was not emitted exactly once");
        QVERIFY2(openedSpy.at(0).at(0).toBool(), qPrintable(opened.lastError()));
    } else {
        QVERIFY2(Migrations::migrate(database, engine, &error), qPrintable(error));
    }
    QCOMPARE(Migrations::currentVersion(database), Migrations::latestVersion());

    // Rows compare on the columns that both versions have.
    const QStringList newTables = salonTables(database);
    for (auto table = oldRows.cbegin(); table != oldRows.cend(); ++table) {
        if (!newTables.contains(table.key())) {
            qInfo("The table %s of version %d was dropped by a later version", qPrintable(table.key()), fromVersion);
            continue;
        }
        const QSet<QString> shared = oldColumns.value(table.key()) & columnNames(database, table.key());
        QStringList before;
        QStringList after;
        for (const QString &row : table.value()) {
            QStringList values;
            const QStringList pairs = row.split(QStringLiteral("; "));
            for (const QString &pair : pairs) {
                if (shared.contains(pair.section(QLatin1Char('='), 0, 0)))
                    values += pair;
            }
            before += values.join(QStringLiteral("; "));
        }
        before.sort();
        QVERIFY2(readRows(database, table.key(), shared, &after, &error), qPrintable(error));
        QVERIFY2(before == after,
                 qPrintable(QStringLiteral("Rows of %1 changed in the migration from version %2:").arg(table.key()).arg(fromVersion)
                            + difference(before, after, QStringLiteral("version %1").arg(fromVersion), QStringLiteral("the latest version"))));
    }

    // Messages stored before the search index existed are found through it.
    if (oldRows.contains(QStringLiteral("messages"))) {
        QSqlQuery search(database);
        const QString statement = engine == Engine::Sqlite
            ? QStringLiteral("SELECT COUNT(*) FROM messages_search WHERE messages_search MATCH 'bob'")
            : QStringLiteral("SELECT COUNT(*) FROM messages WHERE body_search @@ to_tsquery('simple', 'bob')");
        QVERIFY2(exec(search, statement, &error), qPrintable(error));
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toInt(), 1);
    }
}

void MigrationsTest::migrateUpToDateChangesNothing_data()
{
    addEngineRows();
}

void MigrationsTest::migrateUpToDateChangesNothing()
{
    QFETCH(Engine, engine);
    QString error;
    QString url;

    QSqlDatabase database;
    QVERIFY2(createEmpty(engine, &database, &url, &error), qPrintable(error));
    QVERIFY2(Migrations::createLatest(database, engine, &error), qPrintable(error));
    const QList<SeedRows> seeds = seedRows();
    for (const SeedRows &seed : seeds) {
        QSqlQuery query(database);
        for (const QString &statement : seed.statements)
            QVERIFY2(exec(query, statement, &error), qPrintable(error));
    }

    QStringList schemaBefore;
    QStringList rowsBefore;
    QVERIFY2(describeSchema(database, engine, &schemaBefore, &error), qPrintable(error));
    QVERIFY2(readAllRows(database, &rowsBefore, &error), qPrintable(error));

    QVERIFY2(Migrations::migrate(database, engine, &error), qPrintable(error));
    QVERIFY2(Migrations::migrateStepByStep(database, engine, Migrations::latestVersion(), &error), qPrintable(error));
    // An older target never downgrades.
    QVERIFY2(Migrations::migrate(database, engine, &error, 1), qPrintable(error));
    QVERIFY(!Migrations::createLatest(database, engine, &error));
    QVERIFY2(!error.isEmpty(), "createLatest() on an existing schema failed without an error");

    QStringList schemaAfter;
    QStringList rowsAfter;
    QCOMPARE(Migrations::currentVersion(database), Migrations::latestVersion());
    QVERIFY2(describeSchema(database, engine, &schemaAfter, &error), qPrintable(error));
    QVERIFY2(readAllRows(database, &rowsAfter, &error), qPrintable(error));
    QVERIFY2(schemaBefore == schemaAfter, qPrintable(QStringLiteral("migrate() changed an up-to-date schema:") + difference(schemaBefore, schemaAfter, QStringLiteral("before"), QStringLiteral("after"))));
    QVERIFY2(rowsBefore == rowsAfter, qPrintable(QStringLiteral("migrate() changed rows of an up-to-date database:") + difference(rowsBefore, rowsAfter, QStringLiteral("before"), QStringLiteral("after"))));

    // Opening it again changes nothing either.
    Database opened(url);
    QSignalSpy openedSpy(&opened, &Database::opened);
    opened.open();
    QVERIFY2(waitForOpened(openedSpy), "Database::opened was not emitted exactly once");
    QVERIFY2(openedSpy.at(0).at(0).toBool(), qPrintable(opened.lastError()));
    QVERIFY2(describeSchema(database, engine, &schemaAfter, &error), qPrintable(error));
    QVERIFY2(readAllRows(database, &rowsAfter, &error), qPrintable(error));
    QVERIFY2(schemaBefore == schemaAfter, qPrintable(QStringLiteral("Database::open() changed an up-to-date schema:") + difference(schemaBefore, schemaAfter, QStringLiteral("before"), QStringLiteral("after"))));
    QVERIFY2(rowsBefore == rowsAfter, qPrintable(QStringLiteral("Database::open() changed rows of an up-to-date database:") + difference(rowsBefore, rowsAfter, QStringLiteral("before"), QStringLiteral("after"))));
}

void MigrationsTest::newerVersionIsRejected_data()
{
    addEngineRows();
}

void MigrationsTest::newerVersionIsRejected()
{
    QFETCH(Engine, engine);
    QString error;
    QString url;
    const int newerVersion = Migrations::latestVersion() + 1;

    QSqlDatabase database;
    QVERIFY2(createEmpty(engine, &database, &url, &error), qPrintable(error));
    QVERIFY2(Migrations::createLatest(database, engine, &error), qPrintable(error));
    QSqlQuery query(database);
    QVERIFY2(exec(query, QStringLiteral("UPDATE salon_schema SET version = %1").arg(newerVersion), &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(database), newerVersion);

    QStringList schemaBefore;
    QVERIFY2(describeSchema(database, engine, &schemaBefore, &error), qPrintable(error));

    error.clear();
    QVERIFY(!Migrations::migrate(database, engine, &error));
    QVERIFY2(error.contains(QString::number(newerVersion)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));

    error.clear();
    QVERIFY(!Migrations::migrateStepByStep(database, engine, Migrations::latestVersion(), &error));
    QVERIFY2(error.contains(QString::number(newerVersion)), qPrintable(error));

    QStringList schemaAfter;
    QCOMPARE(Migrations::currentVersion(database), newerVersion);
    QVERIFY2(describeSchema(database, engine, &schemaAfter, &error), qPrintable(error));
    QVERIFY2(schemaBefore == schemaAfter, qPrintable(QStringLiteral("A rejected migration changed the schema:") + difference(schemaBefore, schemaAfter, QStringLiteral("before"), QStringLiteral("after"))));

    Database opened(url);
    QSignalSpy openedSpy(&opened, &Database::opened);
    opened.open();
    QVERIFY2(waitForOpened(openedSpy), "Database::opened was not emitted exactly once");
    QCOMPARE(openedSpy.at(0).at(0).toBool(), false);
    QVERIFY(!opened.isOpen());
    QVERIFY2(opened.lastError().contains(QString::number(newerVersion)), qPrintable(opened.lastError()));
    QVERIFY2(opened.lastError().contains(QStringLiteral("newer")), qPrintable(opened.lastError()));

    // Work queued anyway must not reach the database of a newer Salon.
    bool connectionOpen = true;
    opened.runBlocking([&connectionOpen](QSqlDatabase &connection) {
        connectionOpen = connection.isOpen();
    });
    QVERIFY2(!connectionOpen, "After a rejected schema version, queued work still gets an open connection to that database");
}

void MigrationsTest::openReportsFailure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty URL") << QString() << QStringLiteral("invalid database URL");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://salon@127.0.0.1:3306/cache") << QStringLiteral("invalid database URL");
    QTest::newRow("sqlite without a path") << QStringLiteral("sqlite:") << QStringLiteral("invalid database URL");
    QTest::newRow("postgresql without a host") << QStringLiteral("postgresql://salon:secret-password@/cache") << QStringLiteral("invalid database URL");
    QTest::newRow("postgresql without a database") << QStringLiteral("postgresql://salon@127.0.0.1:5432/") << QStringLiteral("database name");
    QTest::newRow("postgresql with a port that is no number") << QStringLiteral("postgresql://salon@127.0.0.1:port/cache") << QStringLiteral("invalid database URL");

    // A port that was free a moment ago, so nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QTest::newRow("postgresql port closed") << QStringLiteral("postgresql://salon:secret-password@127.0.0.1:%1/cache").arg(closedPort)
                                            << QStringLiteral("cannot open the database");

    if (m_postgres && m_postgres->isRunning()) {
        QString missing = m_postgres->url(QStringLiteral("missing_database"));
        missing.replace(QStringLiteral("postgresql://salon@"), QStringLiteral("postgresql://salon:secret-password@"));
        QTest::newRow("postgresql database missing") << missing << QStringLiteral("does not exist");
    }

    // Root may write anywhere, but not below a regular file.
    const QString file = m_folder.filePath(QStringLiteral("a-file"));
    QFile placeholder(file);
    QVERIFY(placeholder.open(QIODevice::WriteOnly));
    placeholder.close();
    QTest::newRow("sqlite below a regular file") << QStringLiteral("sqlite:%1/cache.sqlite").arg(file) << QStringLiteral("cannot create the database folder");
    QTest::newRow("sqlite path is a folder") << QStringLiteral("sqlite:") + m_folder.path() << QStringLiteral("cannot open the database");

    if (geteuid() != 0) {
        const QString readOnly = m_folder.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QTest::newRow("sqlite in a read-only folder") << QStringLiteral("sqlite:%1/cache.sqlite").arg(readOnly) << QStringLiteral("cannot open the database");
    }
}

void MigrationsTest::openReportsFailure()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedError);

    Database database(url);
    QSignalSpy openedSpy(&database, &Database::opened);
    database.open();
    QVERIFY2(waitForOpened(openedSpy), "Database::opened was not emitted exactly once");
    QCOMPARE(openedSpy.at(0).at(0).toBool(), false);
    QVERIFY(!database.isOpen());

    const QString error = database.lastError();
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(expectedError, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("secret-password")), qPrintable(error));

    // Work queued after the failure runs without a usable connection instead of crashing.
    bool connectionOpen = true;
    database.runBlocking([&connectionOpen](QSqlDatabase &connection) {
        connectionOpen = connection.isOpen();
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT 1"));
    });
    QVERIFY(!connectionOpen);
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "MigrationsTest.moc"
