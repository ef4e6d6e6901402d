#pragma once

#include <QObject>

class Account;
class Database;

/// The user's choice whether salon-server's public pages show their public posts, for the web
/// front end's `publicPages` object.
///
/// Once the account is online for the first time, the account is registered in the shared
/// database (PublicPageStore), which gives it a public page, shown by default, and the stored
/// choice is read. Without a database the server has no public pages and `available` stays false.
class PublicPageSetting : public QObject
{
    Q_OBJECT
    /// Whether the public pages show the user's public posts.
    Q_PROPERTY(bool shown READ isShown NOTIFY shownChanged)
    /// Whether the choice is known and may be changed: false without a database and until it is read.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)

public:
    /// \a database may be null; both must outlive this object.
    PublicPageSetting(Account *account, Database *database, QObject *parent = nullptr);

    bool isShown() const;
    bool isAvailable() const;

    /// Stores whether the public pages show the user's public posts. The server's cache of a
    /// page may serve the old state for up to its time to live.
    Q_INVOKABLE void setShown(bool shown);

Q_SIGNALS:
    void shownChanged();
    void availableChanged();

private:
    void handleAccountState();

    Account *m_account;
    Database *m_database;
    QString m_jid;
    bool m_shown = true;
    bool m_available = false;
    bool m_registered = false;
};
