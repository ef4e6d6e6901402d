#pragma once

#include <QObject>
#include <QString>

class Account;
class AvatarPublisher;
class Database;
class MessageNotifier;
class NotificationBridge;
class RoomMentionNotifier;
class SocialNotifier;
struct ConnectionSettings;

/// One account of the desktop app with the objects that serve only that account: its
/// AvatarPublisher and its notifiers.
///
/// The session owns all of them, so removing an account from the app deletes its whole
/// object graph at once. Each notification request of the notifiers comes out of the
/// session as one signal, so the app can first show this account and then the item.
///
/// \code
/// auto *session = new AccountSession(settings, &database, this);
/// session->account()->signIn(jid, password);
/// \endcode
class AccountSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Account *account READ account CONSTANT)
    Q_PROPERTY(AvatarPublisher *avatarPublisher READ avatarPublisher CONSTANT)
    Q_PROPERTY(QObject *messageNotifier READ messageNotifierObject CONSTANT)
    Q_PROPERTY(QObject *mentionNotifier READ mentionNotifierObject CONSTANT)
    /// Whether a successful sign-in stores the password in the system keychain.
    /// JID to fill into the sign-in page while the account has none: the saved one, or the one from the command line.
    Q_PROPERTY(QString initialJid READ initialJid NOTIFY initialJidChanged)
    /// Whether the app is reading the account's password from the keychain to sign it in.
    Q_PROPERTY(bool passwordPending READ passwordPending NOTIFY passwordPendingChanged)
    Q_PROPERTY(bool rememberPassword READ rememberPassword WRITE setRememberPassword NOTIFY rememberPasswordChanged)

public:
    /// Creates the account with \a settings and, unless \a database is null, its cache in \a database.
    AccountSession(const ConnectionSettings &settings, Database *database, QObject *parent = nullptr);
    ~AccountSession() override;

    Account *account() const;
    AvatarPublisher *avatarPublisher() const;
    NotificationBridge *notifications() const;
    MessageNotifier *messageNotifier() const;
    RoomMentionNotifier *mentionNotifier() const;
    SocialNotifier *socialNotifier() const;

    QString initialJid() const;
    void setInitialJid(const QString &jid);

    bool passwordPending() const;
    void setPasswordPending(bool pending);

    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /// Names the account in the title of each notification that follows, or names none
    /// when \a label is empty. The app sets it while it has more than one account.
    void setNotificationAccountLabel(const QString &label);

    /// Signs the account in as \a jid with \a password. With rememberPassword(), the password
    /// goes to the keychain once the server has accepted it (passwordAccepted()).
    Q_INVOKABLE void signIn(const QString &jid, const QString &password);

Q_SIGNALS:
    void initialJidChanged();
    void passwordPendingChanged();
    void rememberPasswordChanged();
    /// The server accepted \a password for \a jid at the first connection after signIn().
    /// The session keeps the password no longer than until this signal.
    void passwordAccepted(const QString &jid, const QString &password);
    /// The user activated a notification of this account.
    void windowRequested();
    void conversationRequested(const QString &jid);
    void roomRequested(const QString &jid);
    void postRequested(const QString &service, const QString &node, const QString &itemId);
    void communityRequested(const QString &service, const QString &node);

private:
    QObject *messageNotifierObject() const;
    QObject *mentionNotifierObject() const;
    void handleStateChanged();

    Account *const m_account;
    AvatarPublisher *const m_avatarPublisher;
    NotificationBridge *const m_notifications;
    MessageNotifier *const m_messageNotifier;
    RoomMentionNotifier *const m_mentionNotifier;
    SocialNotifier *const m_socialNotifier;
    QString m_initialJid;
    bool m_passwordPending = false;
    bool m_rememberPassword = true;
    // Only between signIn() and the first Online state, so that it can be stored then.
    QString m_pendingPassword;
};
