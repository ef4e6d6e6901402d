#pragma once

#include <QString>

class QSqlDatabase;

/// Parser of the database URLs that Database documents: sqlite:PATH, sqlite::memory: and
/// postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME.
///
/// It lives in the small library salon-database-url, so that salon-server can
/// check the linkers' database without linking the whole core.
class DatabaseUrl
{
public:
    /// Whether \a url names a PostgreSQL database; every other URL is taken as SQLite.
    static bool isPostgreSql(const QString &url);

    /// Qt SQL driver for \a url: "QPSQL" or "QSQLITE".
    static QString driverName(const QString &url);

    /// Parses \a url into the connection settings of \a database; returns false when it is invalid.
    ///
    /// For a SQLite file it creates the file's folder, as opening creates the file.
    static bool configure(const QString &url, QSqlDatabase *database, QString *error);
};
