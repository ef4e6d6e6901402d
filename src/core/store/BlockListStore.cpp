#include "BlockListStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool insertJid(QSqlQuery &query, const QString &account, const QString &jid)
{
    query.prepare(QStringLiteral("INSERT INTO blocked_jids (account, jid) VALUES (?, ?) ON CONFLICT (account, jid) DO NOTHING"));
    query.addBindValue(account);
    query.addBindValue(jid);
    return query.exec();
}

void logFailure(const QString &account, const char *operation, const QSqlQuery &query)
{
    qCWarning(SALON_CORE_STORE).noquote() << account << "block list cache" << operation << "failed:" << query.lastError().text();
}

// Runs \a change in one transaction, so a list is never cached in part.
void inTransaction(QSqlDatabase &database, const QString &account, const std::function<bool(QSqlQuery &)> &change)
{
    if (!database.transaction()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "block list cache: cannot start a transaction:" << database.lastError().text();
        return;
    }
    QSqlQuery query(database);
    if (change(query)) {
        database.commit();
    } else {
        database.rollback();
    }
}

} // namespace

BlockListStore::BlockListStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString BlockListStore::accountJid() const
{
    return m_account;
}

void BlockListStore::load(QObject *context, std::function<void(QStringList)> done) const
{
    const QString account = m_account;
    m_database->run<QStringList>(context, [account](QSqlDatabase &database) {
        QStringList jids;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT jid FROM blocked_jids WHERE account = ? ORDER BY jid"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "load", query);
            return jids;
        }
        while (query.next()) {
            jids.append(query.value(0).toString());
        }
        return jids;
    }, std::move(done));
}

void BlockListStore::add(const QStringList &jids)
{
    const QString account = m_account;
    m_database->post([account, jids](QSqlDatabase &database) {
        inTransaction(database, account, [&account, &jids](QSqlQuery &query) {
            for (const QString &jid : jids) {
                if (!insertJid(query, account, jid)) {
                    logFailure(account, "add", query);
                    return false;
                }
            }
            return true;
        });
    });
}

void BlockListStore::remove(const QStringList &jids)
{
    const QString account = m_account;
    m_database->post([account, jids](QSqlDatabase &database) {
        inTransaction(database, account, [&account, &jids](QSqlQuery &query) {
            for (const QString &jid : jids) {
                query.prepare(QStringLiteral("DELETE FROM blocked_jids WHERE account = ? AND jid = ?"));
                query.addBindValue(account);
                query.addBindValue(jid);
                if (!query.exec()) {
                    logFailure(account, "remove", query);
                    return false;
                }
            }
            return true;
        });
    });
}

void BlockListStore::replaceAll(const QStringList &jids)
{
    const QString account = m_account;
    m_database->post([account, jids](QSqlDatabase &database) {
        inTransaction(database, account, [&account, &jids](QSqlQuery &query) {
            query.prepare(QStringLiteral("DELETE FROM blocked_jids WHERE account = ?"));
            query.addBindValue(account);
            if (!query.exec()) {
                logFailure(account, "clear", query);
                return false;
            }
            for (const QString &jid : jids) {
                if (!insertJid(query, account, jid)) {
                    logFailure(account, "insert", query);
                    return false;
                }
            }
            return true;
        });
    });
}
