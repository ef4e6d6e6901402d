#include "SubscriptionRequestStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// QtSql binds a null QString as SQL NULL, which the NOT NULL text columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool upsert(QSqlQuery &query, const QString &account, const SubscriptionRequest &request)
{
    // The id stays on update, so an updated request keeps its place.
    query.prepare(QStringLiteral("INSERT INTO subscription_requests (account, jid, name, message) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (account, jid) DO UPDATE SET name = excluded.name, message = excluded.message"));
    query.addBindValue(account);
    query.addBindValue(request.jid);
    query.addBindValue(notNull(request.name));
    query.addBindValue(notNull(request.message));
    return query.exec();
}

void logFailure(const QString &account, const char *operation, const QSqlQuery &query)
{
    qCWarning(SALON_CORE_STORE).noquote() << account << "subscription request cache" << operation << "failed:" << query.lastError().text();
}

} // namespace

SubscriptionRequestStore::SubscriptionRequestStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString SubscriptionRequestStore::accountJid() const
{
    return m_account;
}

void SubscriptionRequestStore::load(QObject *context, std::function<void(QVector<SubscriptionRequest>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<SubscriptionRequest>>(context, [account](QSqlDatabase &database) {
        QVector<SubscriptionRequest> requests;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT jid, name, message FROM subscription_requests WHERE account = ? ORDER BY id"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "load", query);
            return requests;
        }
        while (query.next()) {
            SubscriptionRequest request;
            request.jid = query.value(0).toString();
            request.name = query.value(1).toString();
            request.message = query.value(2).toString();
            requests.append(request);
        }
        return requests;
    }, std::move(done));
}

void SubscriptionRequestStore::save(const SubscriptionRequest &request)
{
    const QString account = m_account;
    m_database->post([account, request](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (!upsert(query, account, request)) {
            logFailure(account, "save", query);
        }
    });
}

void SubscriptionRequestStore::remove(const QString &jid)
{
    const QString account = m_account;
    m_database->post([account, jid](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM subscription_requests WHERE account = ? AND jid = ?"));
        query.addBindValue(account);
        query.addBindValue(jid);
        if (!query.exec()) {
            logFailure(account, "remove", query);
        }
    });
}

void SubscriptionRequestStore::replaceAll(const QVector<SubscriptionRequest> &requests)
{
    const QString account = m_account;
    m_database->post([account, requests](QSqlDatabase &database) {
        if (!database.transaction()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "subscription request cache: cannot start a transaction:" << database.lastError().text();
            return;
        }
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM subscription_requests WHERE account = ?"));
        query.addBindValue(account);
        bool ok = query.exec();
        if (!ok) {
            logFailure(account, "clear", query);
        }
        for (const SubscriptionRequest &request : requests) {
            if (!ok) {
                break;
            }
            ok = upsert(query, account, request);
            if (!ok) {
                logFailure(account, "insert", query);
            }
        }
        if (ok) {
            database.commit();
        } else {
            database.rollback();
        }
    });
}
