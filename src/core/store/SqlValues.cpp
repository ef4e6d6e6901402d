#include "SqlValues.h"

#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

bool SqlValues::execLogged(QSqlQuery &query, const QString &account, const char *table, const char *operation, const QString &id)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(SALON_CORE_STORE).noquote() << account << table << operation << id << "failed:" << query.lastError().text();
    return false;
}
