#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QString>

/// The cache's schema: the statements that create the latest schema, and the ordered steps that upgrade older ones.
///
/// Version 0 is an empty database. Step N upgrades version N - 1 to version N.
/// A new database is created from the latest schema in one go, and a test
/// proves that an old database upgraded step by step ends up identical. The
/// version is kept in the table salon_schema.
namespace Migrations {

/// Returns the version that createLatest() creates and migrate() reaches.
int latestVersion();

/// Returns the schema version of \a database: 0 when it has no Salon tables, -1 when it cannot be read.
int currentVersion(QSqlDatabase &database);

/// Creates the latest schema in an empty database, in one transaction.
bool createLatest(QSqlDatabase &database, Database::Engine engine, QString *error);

/// Upgrades \a database step by step to \a targetVersion (the latest by default), one transaction per step.
/// An empty database gets the latest schema directly unless \a targetVersion is older.
bool migrate(QSqlDatabase &database, Database::Engine engine, QString *error, int targetVersion = -1);

/// Applies only the steps from the current version to \a targetVersion, even on an empty database; for tests.
bool migrateStepByStep(QSqlDatabase &database, Database::Engine engine, int targetVersion, QString *error);

} // namespace Migrations
