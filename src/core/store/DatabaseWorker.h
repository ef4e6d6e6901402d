#pragma once

#include "Database.h"

#include <QObject>
#include <QSqlDatabase>

/// The part of Database that lives on the database thread and owns the connection.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    DatabaseWorker(const QString &url, Database::Engine engine);
    ~DatabaseWorker() override;

    /// Opens the connection and migrates the schema; returns an empty string or the error.
    QString open();
    void close();
    QSqlDatabase &database();

private:
    QString m_url;
    Database::Engine m_engine;
    QString m_connectionName;
    QSqlDatabase m_database;
};
