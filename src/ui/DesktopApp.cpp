#include "DesktopApp.h"

#include "Account.h"
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
#include "store/Database.h"
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
#include "XmppLinkHandler.h"
#include "salon_ui_logging.h"

#include <QIcon>
#include <QImage>
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
    , m_account(new Account(this))
    , m_avatarPublisher(new AvatarPublisher(m_account->avatars(), m_account))
    , m_notifications(new NotificationBridge(m_account, this))
    , m_messageNotifier(new MessageNotifier(m_account, this))
    , m_mentionNotifier(new RoomMentionNotifier(m_account, this))
    , m_socialNotifier(new SocialNotifier(m_account, this))
    , m_trayIcon(new UnreadTrayIcon(m_account->conversations(), this))
    , m_settings(new DesktopSettings(this))
{
    m_notifications->setSettings(m_settings);
    m_messageNotifier->setSettings(m_settings);
    m_mentionNotifier->setSettings(m_settings);
    m_socialNotifier->setSettings(m_settings);
    m_account->files()->setThumbnailMaker(&ThumbnailMaker::makeForService);
    connect(m_notifications, &NotificationBridge::windowRequested, this, &DesktopApp::showWindow);
    connect(m_trayIcon, &UnreadTrayIcon::activated, this, &DesktopApp::showWindow);
    connect(m_messageNotifier, &MessageNotifier::conversationRequested, this, [this](const QString &jid) {
        showWindow();
        // Main.qml declares openConversation(jid, displayName), which falls back to the JID for the title.
        if (m_window && !QMetaObject::invokeMethod(m_window, "openConversation", Q_ARG(QVariant, jid), Q_ARG(QVariant, QVariant()))) {
            qCWarning(SALON_UI) << "The window has no openConversation() function; the conversation stays closed";
        }
        Q_EMIT conversationRequested(jid);
    });
    connect(m_mentionNotifier, &RoomMentionNotifier::roomRequested, this, [this](const QString &jid) {
        showWindow();
        if (m_window && !QMetaObject::invokeMethod(m_window, "openRoom", Q_ARG(QVariant, jid))) {
            qCWarning(SALON_UI) << "The window has no openRoom() function; the room stays closed";
        }
    });
    connect(m_socialNotifier, &SocialNotifier::postRequested, this, [this](const QString &service, const QString &node, const QString &itemId) {
        showWindow();
        if (m_window && !QMetaObject::invokeMethod(m_window, "openPost", Q_ARG(QVariant, service), Q_ARG(QVariant, node), Q_ARG(QVariant, itemId))) {
            qCWarning(SALON_UI) << "The window has no openPost() function; the post stays closed";
        }
    });
    connect(m_socialNotifier, &SocialNotifier::communityRequested, this, [this](const QString &service, const QString &node) {
        showWindow();
        if (m_window && !QMetaObject::invokeMethod(m_window, "openCommunity", Q_ARG(QVariant, service), Q_ARG(QVariant, node), Q_ARG(QVariant, QVariant()))) {
            qCWarning(SALON_UI) << "The window has no openCommunity() function; the community stays closed";
        }
    });
}

DesktopApp::~DesktopApp()
{
    // QML bindings to the account go first, then the account, then the database its caches write to.
    m_engine.reset();
    delete m_account;
}

void DesktopApp::installTranslations(QCoreApplication *app)
{
    Translations::install(app, Translations::bestMatch(QLocale().uiLanguages()));
}

bool DesktopApp::start(const LaunchOptions &options, const QString &password)
{
    prepareEnvironment();
    registerQmlTypes();
    m_account->setConnectionSettings(options.connection);
    if (!options.databaseUrl.isEmpty()) {
        m_database = std::make_unique<Database>(options.databaseUrl);
        m_database->open();
        m_account->setDatabase(m_database.get());
    }

    // The palette is set before the window loads, so it shows in its colours from the first frame.
    m_themeController = new ThemeController(m_settings, this);
    if (!loadWindow(options.jid)) {
        return false;
    }
    m_uriHandler = new XmppLinkHandler(m_account, m_window, this);
    m_trayController = new TrayController(m_window, m_trayIcon, m_settings, this);
    if (options.xmppUri.isValid()) {
        m_uriHandler->open(options.xmppUri);
    }
    if (!options.screenshotPath.isEmpty()) {
        takeScreenshotWhenContactsShown(options.screenshotPath);
    }

    if (!options.jid.isEmpty() && !password.isEmpty()) {
        m_account->signIn(options.jid, password);
    }
    return true;
}

QString DesktopApp::errorText() const
{
    return m_errorText;
}

Account *DesktopApp::account() const
{
    return m_account;
}

AvatarPublisher *DesktopApp::avatarPublisher() const
{
    return m_avatarPublisher;
}

NotificationBridge *DesktopApp::notifications() const
{
    return m_notifications;
}

MessageNotifier *DesktopApp::messageNotifier() const
{
    return m_messageNotifier;
}

RoomMentionNotifier *DesktopApp::mentionNotifier() const
{
    return m_mentionNotifier;
}

SocialNotifier *DesktopApp::socialNotifier() const
{
    return m_socialNotifier;
}

UnreadTrayIcon *DesktopApp::trayIcon() const
{
    return m_trayIcon;
}

DesktopSettings *DesktopApp::settings() const
{
    return m_settings;
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

bool DesktopApp::loadWindow(const QString &initialJid)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QmlImportPath);
    // The engine takes ownership of the provider and deletes it before the database goes.
    m_engine->addImageProvider(AvatarImageProvider::ProviderId, new AvatarImageProvider(m_database.get()));
    m_engine->setInitialProperties({
        {QStringLiteral("account"), QVariant::fromValue(m_account)},
        {QStringLiteral("avatarPublisher"), QVariant::fromValue(m_avatarPublisher)},
        {QStringLiteral("messageNotifier"), QVariant::fromValue(m_messageNotifier)},
        {QStringLiteral("mentionNotifier"), QVariant::fromValue(m_mentionNotifier)},
        {QStringLiteral("initialJid"), initialJid},
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

void DesktopApp::takeScreenshotWhenContactsShown(const QString &path)
{
    m_screenshotPath = path;
    // The window's contactsShown() signal is declared in Main.qml, so it is connected by name.
    const bool connected = connect(m_window, SIGNAL(contactsShown()), this, SLOT(handleContactsShown()));
    if (!connected) {
        qCWarning(SALON_UI) << "The window has no contactsShown() signal; no screenshot will be taken";
    }
}

void DesktopApp::handleContactsShown()
{
    disconnect(m_window, SIGNAL(contactsShown()), this, SLOT(handleContactsShown()));

    // The delegates of the new rows are laid out before the next frame, so the
    // screenshot is taken once that frame is on screen. frameSwapped() may come
    // from the render thread, hence the queued connection. Several frames can be
    // queued before the first is handled, so only the first saves the screenshot.
    m_screenshotPending = true;
    m_frameSwapped = connect(
        m_window,
        &QQuickWindow::frameSwapped,
        this,
        [this]() {
            if (!m_screenshotPending) {
                return;
            }
            m_screenshotPending = false;
            disconnect(m_frameSwapped);
            saveScreenshot(m_screenshotPath);
        },
        Qt::QueuedConnection);
    m_window->update();
}

void DesktopApp::saveScreenshot(const QString &path)
{
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(path, "PNG");
    if (saved) {
        qCInfo(SALON_UI).noquote() << "Screenshot saved to" << path;
    } else {
        qCWarning(SALON_UI).noquote() << "Could not save the screenshot to" << path;
    }
    Q_EMIT screenshotFinished(path, saved);
}

void DesktopApp::showWindow()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->requestActivate();
    }
}
