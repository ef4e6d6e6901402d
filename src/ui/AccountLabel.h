#pragma once

#include <QString>

/// Returns the notification title \a title followed by \a accountLabel, the account that the
/// notification is about, or \a title alone when \a accountLabel is empty.
QString titleWithAccount(const QString &title, const QString &accountLabel);
