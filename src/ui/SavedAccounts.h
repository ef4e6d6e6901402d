#pragma once

#include <QList>
#include <QString>

/// One account in the saved account list: its JID and the server it connects to.
struct SavedAccount
{
    QString jid;
    /// Server host given at sign-in instead of the SRV lookup; empty for none.
    QString host;
    /// TCP port for \c host; 0 for the default.
    quint16 port = 0;

    bool operator==(const SavedAccount &other) const;
};

/// The desktop app's account list, kept in QSettings under the group \c accounts so that every
/// account signs in again at the next start.
///
/// It stores no password: those go to the system keychain (PasswordKeychain).
class SavedAccounts
{
public:
    /// Uses the settings file \a settingsPath, or the app's QSettings (organization domain
    /// salon.org, application salon) when \a settingsPath is empty.
    explicit SavedAccounts(const QString &settingsPath = QString());

    QList<SavedAccount> load() const;
    /// Adds \a account, or updates the entry with its JID.
    void save(const SavedAccount &account);
    /// Removes the entry of \a jid, if any.
    void remove(const QString &jid);

private:
    void write(const QList<SavedAccount> &accounts);

    QString m_settingsPath;
};
