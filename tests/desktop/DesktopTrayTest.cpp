// The window, the tray and quitting, in the real window on Xvfb without a server. Closing
// quits without a tray and hides into the tray with one. The tray's menu shows the window,
// toggles do-not-disturb and quits. Ctrl+Q quits even with close-to-tray on, and the settings
// page changes the settings. A tray is a StatusNotifierWatcher with a host on the test's
// private session bus (run-under-xvfb.sh), played by FakeStatusNotifierWatcher.

#include "DesktopApp.h"
#include "DesktopSettings.h"
#include "TrayController.h"
#include "UnreadTrayIcon.h"
#include "WindowTestTools.h"

#include <KStatusNotifierItem>
#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// Bounds a nested event loop of a test, so a quit that never comes fails the test instead of hanging it.
constexpr int LoopTimeoutMs = 10000;
constexpr int NoQuitExitCode = 7;
constexpr int TimedOutExitCode = 9;

} // namespace

/// org.kde.StatusNotifierWatcher with a registered host, as a Plasma or GNOME panel with a
/// tray runs it, on the test's own connection to the session bus.
class FakeStatusNotifierWatcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    FakeStatusNotifierWatcher()
        : m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-status-notifier-watcher")))
    {
    }

    ~FakeStatusNotifierWatcher() override
    {
        QDBusConnection::disconnectFromBus(m_connection.name());
    }

    bool start()
    {
        return m_connection.registerObject(QStringLiteral("/StatusNotifierWatcher"), this, QDBusConnection::ExportAllContents)
            && m_connection.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
    }

    QStringList registeredItems() const
    {
        return m_items;
    }

    bool isHostRegistered() const
    {
        return true;
    }

    int protocolVersion() const
    {
        return 0;
    }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service)
    {
        m_items.append(service);
    }

    void RegisterStatusNotifierHost(const QString &service)
    {
        Q_UNUSED(service)
    }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    QDBusConnection m_connection;
    QStringList m_items;
};

class DesktopTrayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void closeWithoutTrayQuits();
    void closeWithTrayHidesWindow();
    void trayMenuShowsAndQuits();
    void trayMenuTogglesDoNotDisturb();
    void quitShortcutQuitsDespiteTray();
    void settingsPageChangesSettings();

private:
    void start();
    void startWatcher();
    // Runs the application's event loop, calls step from it, and returns the exit code: 0 when
    // something quit the app, NoQuitExitCode when nothing did within a second after step.
    int runLoop(const std::function<void()> &step);

    QTemporaryDir m_config;
    // The watcher serves its calls in a thread of its own, because the app's blocking calls to it
    // from the main thread would otherwise wait for the main thread.
    QThread m_watcherThread;
    std::unique_ptr<FakeStatusNotifierWatcher> m_watcher;
    std::unique_ptr<DesktopApp> m_app;
};

void DesktopTrayTest::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run the test under run-under-xvfb.sh, which starts a private session bus");
}

void DesktopTrayTest::init()
{
    QSettings().clear();
}

void DesktopTrayTest::cleanup()
{
    m_app.reset();
    m_watcherThread.quit();
    m_watcherThread.wait();
    m_watcher.reset();
}

void DesktopTrayTest::closeWithoutTrayQuits()
{
    start();
    QVERIFY(!TrayController::isTrayAvailable());
    QVERIFY(m_app->settings()->closeToTray());

    QCOMPARE(runLoop([this] { m_app->window()->close(); }), 0);
}

void DesktopTrayTest::closeWithTrayHidesWindow()
{
    startWatcher();
    start();
    QVERIFY(TrayController::isTrayAvailable());

    QCOMPARE(runLoop([this] { m_app->window()->close(); }), NoQuitExitCode);
    QVERIFY(!m_app->window()->isVisible());

    // With close-to-tray off, closing quits even with a tray.
    m_app->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    m_app->settings()->setCloseToTray(false);
    QCOMPARE(runLoop([this] { m_app->window()->close(); }), 0);
}

void DesktopTrayTest::trayMenuShowsAndQuits()
{
    startWatcher();
    start();
    TrayController *tray = m_app->trayController();
    const QList<QAction *> menu = m_app->trayIcon()->item()->contextMenu()->actions();
    QVERIFY(menu.contains(tray->showAction()));
    QVERIFY(menu.contains(tray->doNotDisturbAction()));
    QVERIFY(menu.contains(tray->quitAction()));
    QCOMPARE(tray->showAction()->text(), QStringLiteral("Hide Window"));

    tray->showAction()->trigger();
    QTRY_VERIFY(!m_app->window()->isVisible());
    QCOMPARE(tray->showAction()->text(), QStringLiteral("Show Window"));
    tray->showAction()->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QCOMPARE(tray->showAction()->text(), QStringLiteral("Hide Window"));

    QCOMPARE(runLoop([tray] { tray->quitAction()->trigger(); }), 0);
}

void DesktopTrayTest::trayMenuTogglesDoNotDisturb()
{
    start();
    DesktopSettings *settings = m_app->settings();
    KStatusNotifierItem *item = m_app->trayIcon()->item();
    QAction *doNotDisturb = m_app->trayController()->doNotDisturbAction();
    QVERIFY(!doNotDisturb->isChecked());
    QCOMPARE(item->overlayIconName(), QString());

    doNotDisturb->trigger();
    QVERIFY(settings->doNotDisturb());
    QCOMPARE(item->overlayIconName(), QStringLiteral("notifications-disabled"));
    QVERIFY2(item->toolTipSubTitle().contains(QStringLiteral("Do not disturb")), qPrintable(item->toolTipSubTitle()));

    // A change elsewhere, such as on the settings page, reaches the menu and the icon.
    settings->setDoNotDisturb(false);
    QVERIFY(!doNotDisturb->isChecked());
    QCOMPARE(item->overlayIconName(), QString());
    QCOMPARE(item->toolTipSubTitle(), QStringLiteral("No unread messages"));
}

void DesktopTrayTest::quitShortcutQuitsDespiteTray()
{
    startWatcher();
    start();
    QVERIFY(m_app->settings()->closeToTray());
    QVERIFY(TrayController::isTrayAvailable());

    QCOMPARE(runLoop([this] { QTest::keySequence(m_app->window(), QKeySequence::Quit); }), 0);
}

void DesktopTrayTest::settingsPageChangesSettings()
{
    start();
    QVERIFY(QMetaObject::invokeMethod(m_app->window(), "openSettings"));
    auto *pageStack = m_app->window()->property("pageStack").value<QObject *>();
    QTRY_COMPARE(pageStack->property("currentItem").value<QObject *>()->objectName(), QStringLiteral("settingsPage"));
    auto *page = pageStack->property("currentItem").value<QQuickItem *>();
    QTRY_COMPARE(page->mapToScene(QPointF()).x(), 0.0);

    DesktopSettings *settings = m_app->settings();
    const auto switchNamed = [page](const char *name) {
        auto *item = qobject_cast<QQuickItem *>(findObject(page, QString::fromLatin1(name)));
        return item;
    };

    QQuickItem *doNotDisturb = switchNamed("doNotDisturbSwitch");
    QVERIFY(doNotDisturb);
    QVERIFY(!doNotDisturb->property("checked").toBool());
    QVERIFY(switchNamed("messageNotificationsCheckBox")->isEnabled());
    clickItem(doNotDisturb);
    QTRY_VERIFY(settings->doNotDisturb());
    // The kinds do not apply while do-not-disturb is on.
    QTRY_VERIFY(!switchNamed("messageNotificationsCheckBox")->isEnabled());
    clickItem(doNotDisturb);
    QTRY_VERIFY(!settings->doNotDisturb());

    QQuickItem *likes = switchNamed("likeNotificationsCheckBox");
    QVERIFY(likes);
    clickItem(likes);
    QTRY_VERIFY(!settings->likeNotifications());
    QVERIFY(settings->commentNotifications());

    QQuickItem *closeToTray = switchNamed("closeToTraySwitch");
    QVERIFY(closeToTray);
    clickItem(closeToTray);
    QTRY_VERIFY(!settings->closeToTray());

    QQuickItem *startAtLogin = switchNamed("startAtLoginSwitch");
    QVERIFY(startAtLogin);
    clickItem(startAtLogin);
    QTRY_VERIFY(settings->startAtLogin());
    QVERIFY(QFile::exists(m_config.filePath(QStringLiteral("autostart/org.salon.Salon.desktop"))));
    clickItem(startAtLogin);
    QTRY_VERIFY(!settings->startAtLogin());
    QVERIFY(!QFile::exists(m_config.filePath(QStringLiteral("autostart/org.salon.Salon.desktop"))));

    // The theme box shows the setting and changes it.
    QQuickItem *theme = switchNamed("themeComboBox");
    QVERIFY(theme);
    QCOMPARE(theme->property("displayText").toString(), QStringLiteral("Follow the system"));
    QVERIFY(QMetaObject::invokeMethod(theme, "activated", Q_ARG(int, 2)));
    QCOMPARE(settings->theme(), DesktopSettings::Theme::Dark);
    settings->setTheme(DesktopSettings::Theme::Light);
    QTRY_COMPARE(theme->property("displayText").toString(), QStringLiteral("Light"));

    // A change made elsewhere shows on the page.
    settings->setMentionNotifications(false);
    QTRY_VERIFY(!switchNamed("mentionNotificationsCheckBox")->property("checked").toBool());
}

void DesktopTrayTest::startWatcher()
{
    m_watcher = std::make_unique<FakeStatusNotifierWatcher>();
    m_watcher->moveToThread(&m_watcherThread);
    m_watcherThread.start();
    QVERIFY(m_watcher->start());
}

void DesktopTrayTest::start()
{
    m_app = std::make_unique<DesktopApp>();
    QVERIFY2(m_app->start(LaunchOptions(), QString()), qPrintable(m_app->errorText()));
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    m_app->window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
}

int DesktopTrayTest::runLoop(const std::function<void()> &step)
{
    // Timers of this call only, so that none fires in a later loop.
    QTimer stepTimer;
    QTimer noQuitTimer;
    QTimer timeoutTimer;
    for (QTimer *timer : {&stepTimer, &noQuitTimer, &timeoutTimer}) {
        timer->setSingleShot(true);
    }
    connect(&stepTimer, &QTimer::timeout, this, [&noQuitTimer, &step] {
        step();
        noQuitTimer.start(1000);
    });
    connect(&noQuitTimer, &QTimer::timeout, this, [] { QCoreApplication::exit(NoQuitExitCode); });
    connect(&timeoutTimer, &QTimer::timeout, this, [] { QCoreApplication::exit(TimedOutExitCode); });
    stepTimer.start(0);
    timeoutTimer.start(LoopTimeoutMs);
    return QCoreApplication::exec();
}

QTEST_MAIN(DesktopTrayTest)
#include "DesktopTrayTest.moc"
