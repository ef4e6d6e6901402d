#pragma once

#include "Contact.h"

#include <QObject>
#include <QVector>

#include <functional>

class Database;

/// The cached roster of one account, in the table roster_items.
///
/// A store is bound to one account's JID when it is created, and every query
/// it runs is limited to that account's rows, so no caller can read another
/// account's contacts through it.
class ContactStore
{
public:
    ContactStore(Database *database, const QString &accountJid);

    /// Reads the cached roster and delivers it in the thread of \a context.
    void load(QObject *context, std::function<void(QVector<Contact>)> done) const;
    /// Replaces the cached roster with \a contacts in one transaction.
    void replaceAll(const QVector<Contact> &contacts);
    /// Adds or updates the roster fields of one contact, with its approvalPending state.
    void save(const Contact &contact);
    void remove(const QString &jid);

private:
    Database *m_database;
    QString m_account;
};
