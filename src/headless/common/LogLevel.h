#pragma once

#include <QString>
#include <QStringList>

/// The --log-level option shared by salon-server and salon-linker.
namespace LogLevel {

/// Returns the levels from the most to the least verbose: debug, info, warning, critical.
QStringList names();

/// Returns whether \a level (lower case) is one of names().
bool isValid(const QString &level);

/// Returns the QLoggingCategory filter rules that enable Salon's categories from \a level up.
QString filterRules(const QString &level);

} // namespace LogLevel
