#include "DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QUrl>

namespace {

// How long SQLite waits for another process's write lock before a query fails, in milliseconds.
constexpr int SqliteBusyTimeoutMs = 5000;

} // namespace

bool DatabaseUrl::isPostgreSql(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql:"));
}

QString DatabaseUrl::driverName(const QString &url)
{
    return isPostgreSql(url) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

bool DatabaseUrl::configure(const QString &url, QSqlDatabase *database, QString *error)
{
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(int(qstrlen("sqlite:")));
        if (path.isEmpty()) {
            *error = QStringLiteral("invalid database URL \"%1\": sqlite: needs a file path or :memory:").arg(url);
            return false;
        }
        if (path != QLatin1String(":memory:")) {
            const QString folder = QFileInfo(path).absolutePath();
            if (!QDir().mkpath(folder)) {
                *error = QStringLiteral("cannot create the database folder %1").arg(folder);
                return false;
            }
        }
        database->setDatabaseName(path);
        database->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
        return true;
    }

    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("postgresql") || parsed.host().isEmpty()) {
        *error = QStringLiteral("invalid database URL: expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME");
        return false;
    }
    const QString databaseName = parsed.path().mid(1);
    if (databaseName.isEmpty() || databaseName.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("invalid database URL: the PostgreSQL URL needs a database name after the host");
        return false;
    }
    database->setHostName(parsed.host());
    database->setPort(parsed.port(5432));
    database->setUserName(parsed.userName());
    database->setPassword(parsed.password());
    database->setDatabaseName(databaseName);
    database->setConnectOptions(QStringLiteral("connect_timeout=10"));
    return true;
}
