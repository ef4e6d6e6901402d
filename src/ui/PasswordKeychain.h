#pragma once

#include <QObject>
#include <QString>

/// Account passwords in the system keychain (Secret Service or KWallet, through QtKeychain),
/// stored under the service name "org.salon.Salon" with the account's bare JID as the key.
///
/// probe() finds out at start whether a keychain service responds. Until a request fails
/// because no service responds, available() is true. Without one, or in a build without
/// QtKeychain, available() is false and nothing is stored anywhere else: the app asks for
/// the password at each start. Passwords never go to a log.
class PasswordKeychain : public QObject
{
    Q_OBJECT
    /// Whether a keychain service responds, so that passwords can be stored.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    /// The message shown on the sign-in page when no keychain service responds, else empty.
    Q_PROPERTY(QString unavailableMessage READ unavailableMessage NOTIFY availableChanged)

public:
    /// Uses \a service as the keychain's service name; tests give each run its own.
    explicit PasswordKeychain(const QString &service = QStringLiteral("org.salon.Salon"), QObject *parent = nullptr);

    bool available() const;
    QString unavailableMessage() const;

    /// Checks whether a keychain service responds, and emits probed() with the result.
    void probe();
    /// Reads the password of \a jid, then emits passwordRead() or passwordNotRead().
    void readPassword(const QString &jid);
    /// Stores \a password for \a jid, replacing an older one, then emits passwordWritten().
    void writePassword(const QString &jid, const QString &password);
    /// Removes the password of \a jid, if any.
    void deletePassword(const QString &jid);

Q_SIGNALS:
    void availableChanged();
    void probed(bool available);
    void passwordRead(const QString &jid, const QString &password);
    /// No password of \a jid could be read: none is stored, or no keychain service responds.
    void passwordNotRead(const QString &jid);
    void passwordWritten(const QString &jid, bool stored);

private:
    void setAvailable(bool available);

    QString m_service;
    bool m_available;
};
