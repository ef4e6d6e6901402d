#include "AccountCacheStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Every table with an account column, as the migrations in Migrations.cpp create them.
// message_reactions has none: its rows go with their messages rows, before those.
const QStringList AccountTables = {
    QStringLiteral("roster_items"),
    QStringLiteral("roster_versions"),
    QStringLiteral("outbox"),
    QStringLiteral("avatar_hashes"),
    QStringLiteral("subscription_requests"),
    QStringLiteral("blocked_jids"),
    QStringLiteral("messages"),
    QStringLiteral("archive_positions"),
    QStringLiteral("room_archive_positions"),
    QStringLiteral("invitation_decisions"),
    QStringLiteral("feed_entries"),
    QStringLiteral("post_outbox"),
    QStringLiteral("post_drafts"),
    QStringLiteral("comments"),
    QStringLiteral("comment_nodes"),
    QStringLiteral("comment_outbox"),
    QStringLiteral("community_nodes"),
    QStringLiteral("public_pages"),
};

bool deleteRows(QSqlDatabase &database, const QString &statement, const QString &accountJid)
{
    QSqlQuery query(database);
    query.prepare(statement);
    query.addBindValue(accountJid);
    if (!query.exec()) {
        qCWarning(SALON_CORE_STORE).noquote() << "Could not remove the cache of" << accountJid << "with" << statement << ":" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

void AccountCacheStore::removeAccount(Database *database, const QString &accountJid, QObject *context, std::function<void(bool)> done)
{
    database->run<bool>(
        context,
        [accountJid](QSqlDatabase &db) {
            db.transaction();
            bool ok = deleteRows(db, QStringLiteral("DELETE FROM message_reactions WHERE message_id IN (SELECT id FROM messages WHERE account = ?)"), accountJid);
            for (const QString &table : AccountTables) {
                ok = ok && deleteRows(db, QStringLiteral("DELETE FROM %1 WHERE account = ?").arg(table), accountJid);
            }
            if (!ok) {
                db.rollback();
                return false;
            }
            if (!db.commit()) {
                qCWarning(SALON_CORE_STORE).noquote() << "Could not commit the removal of the cache of" << accountJid << ":" << db.lastError().text();
                return false;
            }
            qCInfo(SALON_CORE_STORE).noquote() << "Removed the cache of" << accountJid;
            return true;
        },
        std::move(done));
}
