#pragma once

#include "LaunchOptions.h"

#include <QVariantList>

#include <QObject>
#include <QString>

#include <memory>

class Account;
class AccountListModel;
class AccountSession;
class AvatarPublisher;
class Database;
class DesktopSettings;
class MessageNotifier;
class PasswordKeychain;
class RoomMentionNotifier;
class SavedAccounts;
class SocialNotifier;
class NotificationBridge;
class QCoreApplication;
class QQmlApplicationEngine;
class QQuickWindow;
class ThemeController;
class TrayController;
class UnreadTrayIcon;
class XmppLinkHandler;

/// The desktop app's object graph: its accounts, their notifications, the tray icon and the window.
///
/// Each account is an AccountSession with its own Account, AvatarPublisher and notifiers.
/// The window gets the app as its required \c app property and shows the pages of
/// currentSession(), so nothing in QML reaches account state through a process-wide
/// object. All accounts share one cache database, whose tables are keyed by account.
///
/// Without \c --jid, the accounts come from the saved account list (SavedAccounts). Each one
/// signs in at start with its password from the system keychain (PasswordKeychain), and an
/// account without a stored password opens on the sign-in page. With \c --jid the app runs
/// that account and leaves the saved list as it is, for development and tests.
///
/// The QML modules (org.salon.desktop, org.salon.account, org.salon.contacts,
/// org.salon.chat, org.salon.rooms, org.salon.social) are compiled into the
/// library under qrc:/qml. The C++ types
/// they use are registered as org.salon.core (DesktopApp, AccountSession,
/// AccountListModel, PasswordKeychain, Account, AvatarPublisher,
/// ChatService, ContactsModel, ConversationsModel, FileTransferService,
/// MessageSearchModel, MessagesModel, RosterService,
/// SubscriptionRequestsModel, TransfersModel), org.salon.contacts
/// (ContactListModel) and org.salon.chat (ConversationListModel,
/// ReversedListModel, TextFileWriter), with the feed and community types
/// (MicroblogService, FeedModel, CommunityService, CommunityDirectory,
/// CommunityDirectoryModel, SubscriptionsModel) in org.salon.core and the
/// singleton PostText and AuthorAvatars in org.salon.social. Avatars come from the image provider
/// \c avatar (AvatarImageProvider) as \c image://avatar/HASH.
///
/// \code
/// DesktopApp app;
/// if (!app.start(options, password))
///     qCritical().noquote() << app.errorText();
/// \endcode
class DesktopApp : public QObject
{
    Q_OBJECT

    /// The accounts, for the account switcher.
    Q_PROPERTY(AccountListModel *accounts READ accounts CONSTANT)
    /// The account whose pages the window shows.
    Q_PROPERTY(AccountSession *currentSession READ currentSession NOTIFY currentSessionChanged)
    /// Row of currentSession() in accounts().
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentSessionChanged)
    Q_PROPERTY(PasswordKeychain *keychain READ keychain CONSTANT)

public:
    explicit DesktopApp(QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Installs into \a app the translation that best matches the default locale's languages
    /// (the system's, unless QLocale::setDefault() changed it), or none for English.
    static void installTranslations(QCoreApplication *app);

    /// Applies \a options, shows the window and signs in when \a password is not empty.
    /// Returns false and sets errorText() when the window could not be loaded.
    bool start(const LaunchOptions &options, const QString &password);

    QString errorText() const;
    AccountListModel *accounts() const;
    AccountSession *currentSession() const;
    int currentIndex() const;
    PasswordKeychain *keychain() const;

    /// Makes the account of \a row the one the window shows. The window calls it from its
    /// switchAccount() function, which also keeps each account's open pages.
    Q_INVOKABLE void setCurrentIndex(int row);
    /// Adds an account that is not signed in yet and makes it the current one, so the window
    /// shows its sign-in page.
    Q_INVOKABLE void addAccount();
    /// Signs the account of \a row out and deletes what the app stores of it: its entry in the saved account list, its
    /// password in the keychain and, when \a deleteCache is true, its rows in the cache. The
    /// app always keeps one account, so removing the last one adds an empty one.
    Q_INVOKABLE void removeAccount(int row, bool deleteCache);
    /// Returns the row of another account than \a session that signs in as \a jid, or -1.
    Q_INVOKABLE int rowOfOtherAccount(AccountSession *session, const QString &jid) const;

    // The objects of the current account.
    Account *account() const;
    /// Publishes the image files that the user chooses as the account's avatar.
    AvatarPublisher *avatarPublisher() const;
    NotificationBridge *notifications() const;
    MessageNotifier *messageNotifier() const;
    RoomMentionNotifier *mentionNotifier() const;
    SocialNotifier *socialNotifier() const;
    UnreadTrayIcon *trayIcon() const;
    /// The app-wide settings, which the notifiers and the window follow.
    DesktopSettings *settings() const;
    QQmlApplicationEngine *engine() const;
    /// The main window, or nullptr before a successful start().
    QQuickWindow *window() const;
    /// Opens xmpp: URIs in the window, or nullptr before a successful start().
    XmppLinkHandler *uriHandler() const;
    /// Closes the window into the tray and quits, or nullptr before a successful start().
    TrayController *trayController() const;
    /// Applies the light or dark palette, or nullptr before start().
    ThemeController *themeController() const;

Q_SIGNALS:
    void currentSessionChanged();
    /// The cache rows of the removed account \a jid are deleted, or could not be (\a removed false).
    void accountCacheRemoved(const QString &jid, bool removed);
    /// The user asked, from a notification, to see the conversation with \a jid.
    void conversationRequested(const QString &jid);
    /// Emitted after the screenshot requested by LaunchOptions::screenshotPath was written, or could not be written.
    void screenshotFinished(const QString &path, bool saved);

private:
    static void prepareEnvironment();
    static void registerQmlTypes();
    bool loadWindow();
    AccountSession *createSession(const ConnectionSettings &settings);
    void connectNotifications(AccountSession *session);
    void startSavedAccounts();
    void handleSignedIn(AccountSession *session);
    void handlePasswordAccepted(AccountSession *session, const QString &jid, const QString &password);
    void updateNotificationLabels();
    // Shows the window with the account of session in it, then calls the window's function with arguments.
    void showInWindow(AccountSession *session, const char *function, const QVariantList &arguments);
    void showWindow();

    std::unique_ptr<Database> m_database;
    AccountListModel *m_accounts;
    AccountSession *m_currentSession = nullptr;
    PasswordKeychain *m_keychain = nullptr;
    UnreadTrayIcon *m_trayIcon;
    DesktopSettings *m_settings;
    std::unique_ptr<SavedAccounts> m_savedAccounts;
    // Connection settings from the command line, for accounts without saved ones.
    ConnectionSettings m_defaultConnection;
    // False with --jid: the account list is then neither read nor written.
    bool m_persistAccounts = false;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    XmppLinkHandler *m_uriHandler = nullptr;
    TrayController *m_trayController = nullptr;
    ThemeController *m_themeController = nullptr;
    QString m_errorText;
};
