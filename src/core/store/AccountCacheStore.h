#pragma once

#include <QString>

#include <functional>

class Database;
class QObject;

/// Removes everything that the cache contains for one account.
///
/// Rows that belong to no single account stay: the images in avatar_images, the entity
/// capabilities in disco_info and the public posts in posts, which other accounts of the
/// same database may show too.
class AccountCacheStore
{
public:
    /// Deletes the rows of \a accountJid from every per-account table in one transaction, and
    /// reports in \a done, in the thread of \a context, whether it was committed.
    static void removeAccount(Database *database, const QString &accountJid, QObject *context, std::function<void(bool)> done);
};
