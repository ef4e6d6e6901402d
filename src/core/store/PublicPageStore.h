#pragma once

#include <QObject>
#include <QString>

#include <functional>

class Database;

/// Whether a user's public posts appear on salon-server's public pages, in the table public_pages.
///
/// A user's linker registers the account when it signs in, so the public pages serve only users
/// of this server: an address without a row has no page. The choice defaults to shown, and the
/// user may opt out. Every call runs on the database thread; a failed query is logged in
/// salon.core.store with the account.
class PublicPageStore
{
public:
    enum class Visibility {
        /// The account never signed in through this server, or the query failed.
        Unknown,
        Shown,
        Hidden,
    };

    PublicPageStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Adds the account with its posts shown, unless it has a row already.
    void registerAccount();
    /// Stores the user's choice, adding the account when it has no row.
    void setShown(bool shown);
    /// Reads the account's visibility and delivers it in the thread of \a context.
    void visibility(QObject *context, std::function<void(Visibility)> done) const;

private:
    Database *m_database;
    QString m_account;
};
