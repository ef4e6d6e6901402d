#pragma once

#include "Contact.h"

#include <QObject>
#include <QVector>

#include <functional>

class Database;

/// The cached roster of one account, in the tables roster_items and roster_versions.
///
/// A store is bound to one account's JID when it is created, and every query
/// it runs is limited to that account's rows, so no caller can read another
/// account's contacts through it.
///
/// Next to the contacts it keeps the server's version of the cached roster
/// (RFC 6121, section 2.6). Every change writes the contacts and the version
/// in one transaction, so the version always names the cached contacts. An
/// empty version means that the cached roster is at no known version.
class ContactStore
{
public:
    ContactStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Reads the cached roster and delivers it in the thread of \a context.
    void load(QObject *context, std::function<void(QVector<Contact>)> done) const;
    /// Reads the version of the cached roster, empty when none, and delivers it in the thread of \a context.
    void loadVersion(QObject *context, std::function<void(QString)> done) const;
    /// Replaces the cached roster with \a contacts at \a version in one transaction.
    void replaceAll(const QVector<Contact> &contacts, const QString &version = QString());
    /// Adds or updates the roster fields of one contact, with its approvalPending state; the cached
    /// roster is then at \a version.
    void save(const Contact &contact, const QString &version = QString());
    /// Removes one contact; the cached roster is then at \a version.
    void remove(const QString &jid, const QString &version = QString());

private:
    Database *m_database;
    QString m_account;
};
