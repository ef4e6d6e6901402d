#pragma once

#include <QSqlQuery>
#include <QString>

class QSqlDatabase;

/// A prepared statement that the database thread keeps for the next query with the same text.
///
/// Preparing a statement parses it, which for Salon's inserts takes longer than running them.
/// On the thread of a DatabaseWorker, the worker's connection keeps each statement prepared
/// until it closes. The object resets the statement when it goes out of scope, so it holds no
/// read snapshot or lock in between. On any other thread or connection it prepares a new query.
///
/// The bound values of an earlier use are replaced by the next addBindValue() calls, so a
/// statement must bind all its placeholders every time.
///
/// \code
/// PreparedQuery prepared(database, QStringLiteral("INSERT INTO t (a) VALUES (?)"));
/// QSqlQuery &query = prepared.query();
/// query.addBindValue(value);
/// if (!query.exec()) { ... }
/// \endcode
class PreparedQuery
{
public:
    PreparedQuery(QSqlDatabase &database, const QString &statement);
    ~PreparedQuery();
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;

    QSqlQuery &query();

    /// Starts keeping the statements of the connection \a connectionName on the calling thread.
    static void startCaching(const QString &connectionName);
    /// Drops the kept statements of the calling thread. Must run before the connection is removed.
    static void stopCaching();

private:
    QSqlQuery m_query;
};
