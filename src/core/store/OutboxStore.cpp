#include "OutboxStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool execLogged(QSqlQuery &query, const QString &account, const char *operation)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(SALON_CORE_STORE).noquote() << account << "outbox" << operation << "failed:" << query.lastError().text();
    return false;
}

} // namespace

OutboxStore::OutboxStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

void OutboxStore::load(QObject *context, std::function<void(QVector<OutboxItem>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<OutboxItem>>(context, [account](QSqlDatabase &database) {
        QVector<OutboxItem> items;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT kind, stanza_id, payload, created_at, attempts FROM outbox WHERE account = ? ORDER BY id"));
        query.addBindValue(account);
        if (!execLogged(query, account, "load")) {
            return items;
        }
        while (query.next()) {
            OutboxItem item;
            item.kind = query.value(0).toString();
            item.stanzaId = query.value(1).toString();
            item.payload = query.value(2).toString();
            item.createdAtMs = query.value(3).toLongLong();
            item.attempts = query.value(4).toInt();
            items.append(item);
        }
        return items;
    }, std::move(done));
}

void OutboxStore::add(const OutboxItem &item, QObject *context, std::function<void(bool)> done)
{
    const QString account = m_account;
    auto work = [account, item](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO outbox (account, kind, stanza_id, payload, created_at, attempts) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(account);
        query.addBindValue(item.kind);
        query.addBindValue(item.stanzaId);
        query.addBindValue(item.payload);
        query.addBindValue(item.createdAtMs);
        query.addBindValue(item.attempts);
        return execLogged(query, account, "add");
    };

    if (context && done) {
        m_database->run<bool>(context, std::move(work), std::move(done));
    } else {
        m_database->post([work](QSqlDatabase &database) {
            work(database);
        });
    }
}

void OutboxStore::countAttempt(const QString &stanzaId)
{
    const QString account = m_account;
    m_database->post([account, stanzaId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE account = ? AND stanza_id = ?"));
        query.addBindValue(account);
        query.addBindValue(stanzaId);
        execLogged(query, account, "count attempt");
    });
}

void OutboxStore::remove(const QString &stanzaId)
{
    const QString account = m_account;
    m_database->post([account, stanzaId](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE account = ? AND stanza_id = ?"));
        query.addBindValue(account);
        query.addBindValue(stanzaId);
        execLogged(query, account, "remove");
    });
}
