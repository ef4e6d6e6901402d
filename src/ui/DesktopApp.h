#pragma once

#include "LaunchOptions.h"

#include <QObject>
#include <QString>

#include <memory>

class Account;
class AvatarPublisher;
class Database;
class DesktopSettings;
class MessageNotifier;
class RoomMentionNotifier;
class SocialNotifier;
class NotificationBridge;
class QCoreApplication;
class QQmlApplicationEngine;
class QQuickWindow;
class ThemeController;
class TrayController;
class UnreadTrayIcon;
class XmppLinkHandler;

/// The desktop app's object graph: the account, its notifications, its tray icon and its window.
///
/// Each account is an object of its own, handed to the window as its required
/// \c account property together with the account's AvatarPublisher, so nothing
/// in QML reaches account state through a process-wide object. For now the app
/// has one account.
///
/// The QML modules (org.salon.desktop, org.salon.account, org.salon.contacts,
/// org.salon.chat, org.salon.rooms, org.salon.social) are compiled into the
/// library under qrc:/qml. The C++ types
/// they use are registered as org.salon.core (Account, AvatarPublisher,
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
    /// The user asked, from a notification, to see the conversation with \a jid.
    void conversationRequested(const QString &jid);
    /// Emitted after the screenshot requested by LaunchOptions::screenshotPath was written, or could not be written.
    void screenshotFinished(const QString &path, bool saved);

private Q_SLOTS:
    void handleContactsShown();

private:
    static void prepareEnvironment();
    static void registerQmlTypes();
    bool loadWindow(const QString &initialJid);
    void takeScreenshotWhenContactsShown(const QString &path);
    void saveScreenshot(const QString &path);
    void showWindow();

    std::unique_ptr<Database> m_database;
    Account *m_account;
    // A child of m_account, so it goes with the account.
    AvatarPublisher *m_avatarPublisher;
    NotificationBridge *m_notifications;
    MessageNotifier *m_messageNotifier;
    RoomMentionNotifier *m_mentionNotifier;
    SocialNotifier *m_socialNotifier;
    UnreadTrayIcon *m_trayIcon;
    DesktopSettings *m_settings;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    XmppLinkHandler *m_uriHandler = nullptr;
    TrayController *m_trayController = nullptr;
    ThemeController *m_themeController = nullptr;
    QString m_screenshotPath;
    QMetaObject::Connection m_frameSwapped;
    bool m_screenshotPending = false;
    QString m_errorText;
};
