#include "PublicPageStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

void logFailure(const QString &account, const char *operation, const QSqlQuery &query)
{
    qCWarning(SALON_CORE_STORE).noquote() << account << "public page setting" << operation << "failed:" << query.lastError().text();
}

} // namespace

PublicPageStore::PublicPageStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString PublicPageStore::accountJid() const
{
    return m_account;
}

void PublicPageStore::registerAccount()
{
    const QString account = m_account;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_database->post([account, now](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO public_pages (account, shown, changed_at) VALUES (?, 1, ?) ON CONFLICT (account) DO NOTHING"));
        query.addBindValue(account);
        query.addBindValue(now);
        if (!query.exec()) {
            logFailure(account, "registration", query);
        }
    });
}

void PublicPageStore::setShown(bool shown)
{
    const QString account = m_account;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_database->post([account, shown, now](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("INSERT INTO public_pages (account, shown, changed_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (account) DO UPDATE SET shown = excluded.shown, changed_at = excluded.changed_at"));
        query.addBindValue(account);
        query.addBindValue(shown ? 1 : 0);
        query.addBindValue(now);
        if (!query.exec()) {
            logFailure(account, "update", query);
            return;
        }
        qCInfo(SALON_CORE_STORE).noquote() << account << (shown ? "shows" : "hides") << "its public posts on the public pages";
    });
}

void PublicPageStore::visibility(QObject *context, std::function<void(Visibility)> done) const
{
    const QString account = m_account;
    m_database->run<Visibility>(context, [account](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT shown FROM public_pages WHERE account = ?"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "read", query);
            return Visibility::Unknown;
        }
        if (!query.next()) {
            return Visibility::Unknown;
        }
        return query.value(0).toInt() != 0 ? Visibility::Shown : Visibility::Hidden;
    }, std::move(done));
}
