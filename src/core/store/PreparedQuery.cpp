#include "PreparedQuery.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace {

// The prepared statements of the database thread's connection, by their text.
struct StatementCache
{
    QString connectionName;
    QHash<QString, QSqlQuery> statements;
};

thread_local std::unique_ptr<StatementCache> t_cache;

} // namespace

PreparedQuery::PreparedQuery(QSqlDatabase &database, const QString &statement)
{
    StatementCache *cache = t_cache.get();
    if (cache && cache->connectionName == database.connectionName()) {
        const auto found = cache->statements.constFind(statement);
        if (found != cache->statements.cend()) {
            // A copy shares the prepared statement of the cached query.
            m_query = found.value();
            return;
        }
    }
    m_query = QSqlQuery(database);
    if (m_query.prepare(statement) && cache && cache->connectionName == database.connectionName()) {
        cache->statements.insert(statement, m_query);
    }
}

PreparedQuery::~PreparedQuery()
{
    // Resets the statement, which ends its read of the database, and keeps it prepared.
    m_query.finish();
}

QSqlQuery &PreparedQuery::query()
{
    return m_query;
}

void PreparedQuery::startCaching(const QString &connectionName)
{
    t_cache = std::make_unique<StatementCache>();
    t_cache->connectionName = connectionName;
}

void PreparedQuery::stopCaching()
{
    t_cache.reset();
}
