#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class Database;

/// The cached block list (XEP-0191) of one account, in the table blocked_jids.
///
/// Like ContactStore, a store is bound to one account and only reads and writes that account's rows.
class BlockListStore
{
public:
    BlockListStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Reads the cached blocked JIDs, sorted, and delivers them in the thread of \a context.
    void load(QObject *context, std::function<void(QStringList)> done) const;
    /// Adds the JIDs that are not cached yet.
    void add(const QStringList &jids);
    void remove(const QStringList &jids);
    /// Replaces the cached block list with \a jids in one transaction.
    void replaceAll(const QStringList &jids);

private:
    Database *m_database;
    QString m_account;
};
