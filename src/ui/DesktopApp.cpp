#include "DesktopApp.h"

#include "Account.h"
#include "AccountListModel.h"
#include "AccountSession.h"
#include "AuthorAvatars.h"
#include "AvatarImageProvider.h"
#include "AvatarPublisher.h"
#include "BookmarksService.h"
#include "ChatService.h"
#include "CommunityDirectory.h"
#include "DesktopSettings.h"
#include "CommunityDirectoryModel.h"
#include "CommentsModel.h"
#include "CommentsService.h"
#include "CommunityService.h"
#include "FeedModel.h"
#include "LinkPreviewService.h"
#include "MicroblogService.h"
#include "NodePostsModel.h"
#include "PostPagesService.h"
#include "TaggedPostsModel.h"
#include "PostText.h"
#include "SubscriptionsModel.h"
#include "FileTransferService.h"
#include "MessageSearchModel.h"
#include "ThumbnailMaker.h"
#include "store/AccountCacheStore.h"
#include "store/Database.h"
#include "PasswordKeychain.h"
#include "SavedAccounts.h"
#include "ContactListModel.h"
#include "ContactsModel.h"
#include "ConversationListModel.h"
#include "ConversationsModel.h"
#include "MessageNotifier.h"
#include "MessagesModel.h"
#include "NotificationBridge.h"
#include "OccupantsModel.h"
#include "ReversedListModel.h"
#include "RoomDirectory.h"
#include "RoomDirectoryModel.h"
#include "RoomInvitations.h"
#include "RoomInvitationsModel.h"
#include "RoomMentionNotifier.h"
#include "SocialNotifier.h"
#include "RoomMessageService.h"
#include "DataFormModel.h"
#include "RoomConfigurationService.h"
#include "RoomModeration.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "TextFileWriter.h"
#include "ThemeController.h"
#include "TrayController.h"
#include "TransfersModel.h"
#include "Translations.h"
#include "UnreadTrayIcon.h"
#include "WindowScreenshot.h"
#include "XmppLinkHandler.h"
#include "salon_ui_logging.h"

#include <QIcon>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

// Q_INIT_RESOURCE must be used outside of any namespace. The resources live in
// a static library, so nothing loads them before this runs.
static void initQmlResources()
{
    Q_INIT_RESOURCE(salon_qml);
}

namespace {

const auto MainWindowUrl = QStringLiteral("qrc:/qml/org/salon/desktop/Main.qml");
const auto QmlImportPath = QStringLiteral("qrc:/qml");

} // namespace

DesktopApp::DesktopApp(QObject *parent)
    : QObject(parent)
    , m_accounts(new AccountListModel(this))
    , m_trayIcon(new UnreadTrayIcon(m_accounts, this))
    , m_settings(new DesktopSettings(this))
{
    connect(m_trayIcon, &UnreadTrayIcon::activated, this, &DesktopApp::showWindow);
    connect(m_accounts, &AccountListModel::countChanged, this, &DesktopApp::updateNotificationLabels);
}

DesktopApp::~DesktopApp()
{
    // QML bindings to the accounts go first, then the accounts, then the database their caches write to.
    m_engine.reset();
    const QList<AccountSession *> sessions = m_accounts->sessions();
    for (AccountSession *session : sessions) {
        m_accounts->remove(session);
        delete session;
    }
}

void DesktopApp::installTranslations(QCoreApplication *app)
{
    Translations::install(app, Translations::bestMatch(QLocale().uiLanguages()));
}

bool DesktopApp::start(const LaunchOptions &options, const QString &password)
{
    prepareEnvironment();
    registerQmlTypes();
    m_defaultConnection = options.connection;
    m_keychain = new PasswordKeychain(options.keychainService.isEmpty() ? QStringLiteral("org.salon.Salon") : options.keychainService, this);
    m_savedAccounts = std::make_unique<SavedAccounts>(options.settingsPath);
    m_persistAccounts = options.jid.isEmpty();
    if (!options.databaseUrl.isEmpty()) {
        m_database = std::make_unique<Database>(options.databaseUrl);
        m_database->open();
    }

    // The window needs a current account from its first frame on.
    AccountSession *first = nullptr;
    const QList<SavedAccount> saved = m_persistAccounts ? m_savedAccounts->load() : QList<SavedAccount>();
    if (saved.isEmpty()) {
        first = createSession(m_defaultConnection);
        first->setInitialJid(options.jid);
    } else {
        for (const SavedAccount &account : saved) {
            ConnectionSettings settings = m_defaultConnection;
            if (!account.host.isEmpty()) {
                settings.host = account.host;
                settings.port = account.port;
            }
            AccountSession *session = createSession(settings);
            session->setInitialJid(account.jid);
            first = first ? first : session;
        }
    }
    m_currentSession = first;

    // The palette is set before the window loads, so it shows in its colours from the first frame.
    m_themeController = new ThemeController(m_settings, this);
    if (!loadWindow()) {
        return false;
    }
    // xmpp: URIs open in the account on view.
    m_uriHandler = new XmppLinkHandler(m_currentSession->account(), m_window, this);
    connect(this, &DesktopApp::currentSessionChanged, m_uriHandler, [this] {
        m_uriHandler->setAccount(m_currentSession->account());
    });
    m_trayController = new TrayController(m_window, m_trayIcon, m_settings, this);
    if (options.xmppUri.isValid()) {
        m_uriHandler->open(options.xmppUri);
    }
    if (!options.screenshotPath.isEmpty()) {
        auto *screenshot = new WindowScreenshot(m_window, m_currentSession->account(), options.screenshotPath, options.screenshotView,
                                                options.screenshotPeer, this);
        connect(screenshot, &WindowScreenshot::finished, this, &DesktopApp::screenshotFinished);
        screenshot->start();
    }

    m_keychain->probe();
    if (!options.jid.isEmpty() && !password.isEmpty()) {
        first->signIn(options.jid, password);
    } else if (!saved.isEmpty()) {
        startSavedAccounts();
    }
    return true;
}

QString DesktopApp::errorText() const
{
    return m_errorText;
}

AccountListModel *DesktopApp::accounts() const
{
    return m_accounts;
}

AccountSession *DesktopApp::currentSession() const
{
    return m_currentSession;
}

int DesktopApp::currentIndex() const
{
    return m_accounts->indexOf(m_currentSession);
}

PasswordKeychain *DesktopApp::keychain() const
{
    return m_keychain;
}

void DesktopApp::setCurrentIndex(int row)
{
    AccountSession *session = m_accounts->sessionAt(row);
    if (!session || session == m_currentSession) {
        return;
    }
    if (!m_currentSession) {
        m_currentSession = session;
        Q_EMIT currentSessionChanged();
        return;
    }
    // The notifiers of the account that goes out of view send again for every conversation and room.
    m_currentSession->messageNotifier()->setViewedConversation(QString());
    m_currentSession->mentionNotifier()->setViewedRoom(QString());
    m_currentSession = session;
    Q_EMIT currentSessionChanged();
}

void DesktopApp::addAccount()
{
    AccountSession *session = createSession(m_defaultConnection);
    setCurrentIndex(m_accounts->indexOf(session));
}

void DesktopApp::removeAccount(int row, bool deleteCache)
{
    AccountSession *session = m_accounts->sessionAt(row);
    if (!session) {
        qCWarning(SALON_UI) << "No account to remove in row" << row;
        return;
    }

    const QString jid = session->account()->jid().isEmpty() ? session->initialJid() : session->account()->jid();
    qCInfo(SALON_UI).noquote() << "Removing the account" << (jid.isEmpty() ? QStringLiteral("(not signed in)") : jid);
    session->account()->signOut();
    if (!jid.isEmpty()) {
        if (m_persistAccounts) {
            m_savedAccounts->remove(jid);
        }
        m_keychain->deletePassword(jid);
        if (deleteCache && m_database) {
            AccountCacheStore::removeAccount(m_database.get(), jid, this, [this, jid](bool removed) {
                Q_EMIT accountCacheRemoved(jid, removed);
            });
        }
    }

    if (session == m_currentSession) {
        if (m_accounts->rowCount() == 1) {
            createSession(m_defaultConnection);
        }
        setCurrentIndex(row == 0 ? 1 : row - 1);
    }
    m_accounts->remove(session);
    // Later: QML may still evaluate a binding to the account in this event.
    session->deleteLater();
    Q_EMIT currentSessionChanged();
}

int DesktopApp::rowOfOtherAccount(AccountSession *session, const QString &jid) const
{
    const QString bareJid = jid.trimmed().toLower();
    const QList<AccountSession *> sessions = m_accounts->sessions();
    for (int row = 0; row < sessions.size(); ++row) {
        AccountSession *other = sessions.at(row);
        const QString otherJid = other->account()->jid().isEmpty() ? other->initialJid() : other->account()->jid();
        if (other != session && !otherJid.isEmpty() && otherJid.toLower() == bareJid) {
            return row;
        }
    }
    return -1;
}

Account *DesktopApp::account() const
{
    return m_currentSession ? m_currentSession->account() : nullptr;
}

AvatarPublisher *DesktopApp::avatarPublisher() const
{
    return m_currentSession ? m_currentSession->avatarPublisher() : nullptr;
}

NotificationBridge *DesktopApp::notifications() const
{
    return m_currentSession ? m_currentSession->notifications() : nullptr;
}

MessageNotifier *DesktopApp::messageNotifier() const
{
    return m_currentSession ? m_currentSession->messageNotifier() : nullptr;
}

RoomMentionNotifier *DesktopApp::mentionNotifier() const
{
    return m_currentSession ? m_currentSession->mentionNotifier() : nullptr;
}

SocialNotifier *DesktopApp::socialNotifier() const
{
    return m_currentSession ? m_currentSession->socialNotifier() : nullptr;
}

UnreadTrayIcon *DesktopApp::trayIcon() const
{
    return m_trayIcon;
}

DesktopSettings *DesktopApp::settings() const
{
    return m_settings;
}

AccountSession *DesktopApp::createSession(const ConnectionSettings &settings)
{
    auto *session = new AccountSession(settings, m_database.get(), this);
    session->notifications()->setSettings(m_settings);
    session->messageNotifier()->setSettings(m_settings);
    session->mentionNotifier()->setSettings(m_settings);
    session->socialNotifier()->setSettings(m_settings);
    connectNotifications(session);
    connect(session->account(), &Account::stateChanged, this, [this, session] {
        if (session->account()->state() == Account::State::Online) {
            handleSignedIn(session);
        }
    });
    connect(session->account(), &Account::jidChanged, this, &DesktopApp::updateNotificationLabels);
    connect(session, &AccountSession::passwordAccepted, this, [this, session](const QString &jid, const QString &password) {
        handlePasswordAccepted(session, jid, password);
    });
    m_accounts->append(session);
    return session;
}

void DesktopApp::connectNotifications(AccountSession *session)
{
    connect(session, &AccountSession::windowRequested, this, [this, session] {
        showInWindow(session, nullptr, {});
    });
    connect(session, &AccountSession::conversationRequested, this, [this, session](const QString &jid) {
        // Main.qml declares openConversation(jid, displayName), which falls back to the JID for the title.
        showInWindow(session, "openConversation", {jid, QVariant()});
        Q_EMIT conversationRequested(jid);
    });
    connect(session, &AccountSession::roomRequested, this, [this, session](const QString &jid) {
        showInWindow(session, "openRoom", {jid});
    });
    connect(session, &AccountSession::postRequested, this, [this, session](const QString &service, const QString &node, const QString &itemId) {
        showInWindow(session, "openPost", {service, node, itemId});
    });
    connect(session, &AccountSession::communityRequested, this, [this, session](const QString &service, const QString &node) {
        showInWindow(session, "openCommunity", {service, node, QVariant()});
    });
}

void DesktopApp::startSavedAccounts()
{
    connect(m_keychain, &PasswordKeychain::passwordRead, this, [this](const QString &jid, const QString &password) {
        for (AccountSession *session : m_accounts->sessions()) {
            if (session->initialJid() == jid && session->passwordPending()) {
                session->setPasswordPending(false);
                session->signIn(jid, password);
            }
        }
    });
    connect(m_keychain, &PasswordKeychain::passwordNotRead, this, [this](const QString &jid) {
        for (AccountSession *session : m_accounts->sessions()) {
            if (session->initialJid() == jid) {
                session->setPasswordPending(false);
            }
        }
    });
    for (AccountSession *session : m_accounts->sessions()) {
        session->setPasswordPending(true);
        m_keychain->readPassword(session->initialJid());
    }
}

void DesktopApp::handleSignedIn(AccountSession *session)
{
    if (!m_persistAccounts) {
        return;
    }
    const ConnectionSettings settings = session->account()->connectionSettings();
    SavedAccount saved;
    saved.jid = session->account()->jid();
    // The server that the sign-in used, so the account reaches it at the next start without
    // --xmpp-host and --xmpp-port. NOTE: certificates from --ca-certificates are not saved.
    saved.host = settings.host;
    saved.port = settings.port;
    m_savedAccounts->save(saved);
    session->setInitialJid(saved.jid);
}

void DesktopApp::handlePasswordAccepted(AccountSession *session, const QString &jid, const QString &password)
{
    if (!m_persistAccounts || !m_keychain->available()) {
        return;
    }
    if (session->rememberPassword()) {
        m_keychain->writePassword(jid, password);
    } else {
        m_keychain->deletePassword(jid);
    }
}

void DesktopApp::updateNotificationLabels()
{
    const QList<AccountSession *> sessions = m_accounts->sessions();
    for (AccountSession *session : sessions) {
        session->setNotificationAccountLabel(sessions.size() > 1 ? session->account()->jid() : QString());
    }
}

void DesktopApp::showInWindow(AccountSession *session, const char *function, const QVariantList &arguments)
{
    showWindow();
    if (!m_window) {
        return;
    }
    // Main.qml's switchAccount(row) keeps the pages of the account that goes out of view.
    const int row = m_accounts->indexOf(session);
    if (session != m_currentSession && !QMetaObject::invokeMethod(m_window, "switchAccount", Q_ARG(QVariant, row))) {
        qCWarning(SALON_UI) << "The window has no switchAccount() function; it shows another account";
        setCurrentIndex(row);
    }
    if (!function) {
        return;
    }
    bool called = false;
    switch (arguments.size()) {
    case 1:
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)));
        break;
    case 2:
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)), Q_ARG(QVariant, arguments.at(1)));
        break;
    case 3:
        called = QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, arguments.at(0)), Q_ARG(QVariant, arguments.at(1)),
                                          Q_ARG(QVariant, arguments.at(2)));
        break;
    default:
        break;
    }
    if (!called) {
        qCWarning(SALON_UI) << "The window has no" << function << "function taking" << arguments.size() << "arguments; nothing was opened";
    }
}

QQmlApplicationEngine *DesktopApp::engine() const
{
    return m_engine.get();
}

QQuickWindow *DesktopApp::window() const
{
    return m_window;
}

XmppLinkHandler *DesktopApp::uriHandler() const
{
    return m_uriHandler;
}

TrayController *DesktopApp::trayController() const
{
    return m_trayController;
}

ThemeController *DesktopApp::themeController() const
{
    return m_themeController;
}

void DesktopApp::prepareEnvironment()
{
    // Plasma sets the style in its sessions. Elsewhere Qt Quick Controls would
    // fall back to its own style, which does not follow the desktop's palette.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        qputenv("QT_QUICK_CONTROLS_STYLE", QByteArrayLiteral("org.kde.desktop"));
    }
    // Outside Plasma, Qt's icon theme may lack the action icons that Kirigami
    // uses, such as system-log-out. Breeze provides them.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == QLatin1String("hicolor")) {
        QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    }
}

void DesktopApp::registerQmlTypes()
{
    static bool registered = false;
    if (registered) {
        return;
    }
    registered = true;

    initQmlResources();
    const auto ownedByApp = QStringLiteral("created by the app, one per account");
    qmlRegisterUncreatableType<Account>("org.salon.core", 1, 0, "Account", ownedByApp);
    qmlRegisterUncreatableType<AccountSession>("org.salon.core", 1, 0, "AccountSession", ownedByApp);
    qmlRegisterUncreatableType<AccountListModel>("org.salon.core", 1, 0, "AccountListModel", ownedByApp);
    qmlRegisterUncreatableType<PasswordKeychain>("org.salon.core", 1, 0, "PasswordKeychain", ownedByApp);
    qmlRegisterUncreatableType<DesktopApp>("org.salon.core", 1, 0, "DesktopApp", QStringLiteral("created by main()"));
    qmlRegisterUncreatableType<AvatarPublisher>("org.salon.core", 1, 0, "AvatarPublisher", ownedByApp);
    qmlRegisterUncreatableType<ChatService>("org.salon.core", 1, 0, "ChatService", ownedByApp);
    qmlRegisterUncreatableType<ContactsModel>("org.salon.core", 1, 0, "ContactsModel", ownedByApp);
    qmlRegisterUncreatableType<ConversationsModel>("org.salon.core", 1, 0, "ConversationsModel", ownedByApp);
    qmlRegisterUncreatableType<FileTransferService>("org.salon.core", 1, 0, "FileTransferService", ownedByApp);
    qmlRegisterUncreatableType<MessageSearchModel>("org.salon.core", 1, 0, "MessageSearchModel", ownedByApp);
    qmlRegisterUncreatableType<MessagesModel>("org.salon.core", 1, 0, "MessagesModel", QStringLiteral("opened by ChatService"));
    qmlRegisterUncreatableType<RosterService>("org.salon.core", 1, 0, "RosterService", ownedByApp);
    qmlRegisterUncreatableType<BookmarksService>("org.salon.core", 1, 0, "BookmarksService", ownedByApp);
    qmlRegisterUncreatableType<OccupantsModel>("org.salon.core", 1, 0, "OccupantsModel", QStringLiteral("opened by RoomService"));
    qmlRegisterUncreatableType<RoomDirectory>("org.salon.core", 1, 0, "RoomDirectory", ownedByApp);
    qmlRegisterUncreatableType<RoomDirectoryModel>("org.salon.core", 1, 0, "RoomDirectoryModel", ownedByApp);
    qmlRegisterUncreatableType<RoomInvitations>("org.salon.core", 1, 0, "RoomInvitations", ownedByApp);
    qmlRegisterUncreatableType<RoomInvitationsModel>("org.salon.core", 1, 0, "RoomInvitationsModel", ownedByApp);
    qmlRegisterUncreatableType<RoomMessageService>("org.salon.core", 1, 0, "RoomMessageService", ownedByApp);
    qmlRegisterUncreatableType<RoomModeration>("org.salon.core", 1, 0, "RoomModeration", ownedByApp);
    qmlRegisterUncreatableType<RoomConfigurationService>("org.salon.core", 1, 0, "RoomConfigurationService", ownedByApp);
    qmlRegisterUncreatableType<DataFormModel>("org.salon.core", 1, 0, "DataFormModel", ownedByApp);
    qmlRegisterUncreatableType<RoomService>("org.salon.core", 1, 0, "RoomService", ownedByApp);
    qmlRegisterUncreatableType<RoomsModel>("org.salon.core", 1, 0, "RoomsModel", ownedByApp);
    qmlRegisterUncreatableType<SubscriptionRequestsModel>("org.salon.core", 1, 0, "SubscriptionRequestsModel", ownedByApp);
    qmlRegisterUncreatableType<TransfersModel>("org.salon.core", 1, 0, "TransfersModel", ownedByApp);
    qmlRegisterType<ContactListModel>("org.salon.contacts", 1, 0, "ContactListModel");
    qmlRegisterType<ConversationListModel>("org.salon.chat", 1, 0, "ConversationListModel");
    qmlRegisterType<ReversedListModel>("org.salon.chat", 1, 0, "ReversedListModel");
    qmlRegisterType<TextFileWriter>("org.salon.chat", 1, 0, "TextFileWriter");
    qmlRegisterUncreatableType<MicroblogService>("org.salon.core", 1, 0, "MicroblogService", ownedByApp);
    qmlRegisterUncreatableType<FeedModel>("org.salon.core", 1, 0, "FeedModel", ownedByApp);
    qmlRegisterUncreatableType<CommentsService>("org.salon.core", 1, 0, "CommentsService", ownedByApp);
    qmlRegisterUncreatableType<CommentsModel>("org.salon.core", 1, 0, "CommentsModel", ownedByApp);
    qmlRegisterUncreatableType<PostPagesService>("org.salon.core", 1, 0, "PostPagesService", ownedByApp);
    qmlRegisterUncreatableType<NodePostsModel>("org.salon.core", 1, 0, "NodePostsModel", ownedByApp);
    qmlRegisterUncreatableType<TaggedPostsModel>("org.salon.core", 1, 0, "TaggedPostsModel", ownedByApp);
    qmlRegisterUncreatableType<LinkPreviewService>("org.salon.core", 1, 0, "LinkPreviewService", ownedByApp);
    qmlRegisterUncreatableType<CommunityService>("org.salon.core", 1, 0, "CommunityService", ownedByApp);
    qmlRegisterUncreatableType<CommunityDirectory>("org.salon.core", 1, 0, "CommunityDirectory", ownedByApp);
    qmlRegisterUncreatableType<CommunityDirectoryModel>("org.salon.core", 1, 0, "CommunityDirectoryModel", ownedByApp);
    qmlRegisterUncreatableType<SubscriptionsModel>("org.salon.core", 1, 0, "SubscriptionsModel", ownedByApp);
    qmlRegisterType<AuthorAvatars>("org.salon.social", 1, 0, "AuthorAvatars");
    qmlRegisterUncreatableType<DesktopSettings>("org.salon.desktop", 1, 0, "DesktopSettings", QStringLiteral("created by the app, one for all accounts"));
    qmlRegisterSingletonType<PostText>("org.salon.social", 1, 0, "PostText", [](QQmlEngine *, QJSEngine *) -> QObject * {
        return new PostText;
    });
}

bool DesktopApp::loadWindow()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QmlImportPath);
    // The engine takes ownership of the provider and deletes it before the database goes.
    m_engine->addImageProvider(AvatarImageProvider::ProviderId, new AvatarImageProvider(m_database.get()));
    m_engine->setInitialProperties({
        {QStringLiteral("app"), QVariant::fromValue(this)},
        {QStringLiteral("desktopSettings"), QVariant::fromValue(m_settings)},
    });
    m_engine->load(QUrl(MainWindowUrl));

    const QList<QObject *> roots = m_engine->rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!m_window) {
        m_errorText = tr("The main window could not be loaded from %1; the QML errors are logged above.").arg(MainWindowUrl);
        qCCritical(SALON_UI).noquote() << m_errorText;
        return false;
    }
    return true;
}

void DesktopApp::showWindow()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->requestActivate();
    }
}
