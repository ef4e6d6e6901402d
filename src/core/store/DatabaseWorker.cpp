#include "DatabaseWorker.h"

#include "Migrations.h"
#include "PreparedQuery.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

bool execPragma(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(statement)) {
        *error = QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

DatabaseWorker::DatabaseWorker(const QString &url, Database::Engine engine)
    : m_url(url)
    , m_engine(engine)
    , m_connectionName(QStringLiteral("salon-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DatabaseWorker::~DatabaseWorker()
{
    close();
}

QString DatabaseWorker::open()
{
    QString error;
    const QString driver = m_engine == Database::Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver);
    }

    m_database = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (!Database::configure(m_url, &m_database, &error)) {
        return error;
    }
    if (!m_database.open()) {
        return QStringLiteral("cannot open the database: %1").arg(m_database.lastError().text());
    }

    if (m_engine == Database::Engine::Sqlite) {
        // WAL lets readers work while one process writes, so several linkers can share one file.
        const bool configured = execPragma(m_database, QStringLiteral("PRAGMA journal_mode=WAL"), &error)
            && execPragma(m_database, QStringLiteral("PRAGMA synchronous=NORMAL"), &error)
            && execPragma(m_database, QStringLiteral("PRAGMA foreign_keys=ON"), &error);
        if (!configured) {
            close();
            return error;
        }
    }

    // A database that cannot be migrated, such as one written by a newer Salon, must not be used at all.
    if (!Migrations::migrate(m_database, m_engine, &error)) {
        close();
        return error;
    }
    PreparedQuery::startCaching(m_connectionName);
    return {};
}

void DatabaseWorker::close()
{
    if (!m_database.isValid()) {
        return;
    }
    // The kept statements belong to the connection, so they go first.
    PreparedQuery::stopCaching();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase &DatabaseWorker::database()
{
    return m_database;
}
