#pragma once

#include <QDateTime>
#include <QString>

class QSqlQuery;

/// Conversions between Qt values and SQL columns, shared by the stores.
namespace SqlValues {

/// Returns \a value, or an empty string for a null one: Qt binds a null QString as SQL NULL, which
/// the NOT NULL text columns reject.
inline QString nonNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// Returns \a time in milliseconds since the epoch, or 0 for an invalid time.
inline qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

/// Returns the UTC time of \a ms milliseconds since the epoch, or an invalid time for 0 or less.
inline QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

/// Runs \a query and returns whether it succeeded. A failure is logged with \a account, the
/// \a table group, the \a operation and the \a id concerned.
bool execLogged(QSqlQuery &query, const QString &account, const char *table, const char *operation, const QString &id = QString());

}
