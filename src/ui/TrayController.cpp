#include "TrayController.h"

#include "DesktopSettings.h"
#include "UnreadTrayIcon.h"
#include "salon_ui_logging.h"

#include <KStatusNotifierItem>
#include <QAction>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QQuickWindow>
#include <QSystemTrayIcon>

namespace {

const auto WatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");

} // namespace

TrayController::TrayController(QQuickWindow *window, UnreadTrayIcon *trayIcon, DesktopSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_trayIcon(trayIcon)
    , m_settings(settings)
    , m_showAction(new QAction(this))
    , m_doNotDisturbAction(new QAction(tr("Do Not Disturb"), this))
    , m_quitAction(new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("Quit"), this))
{
    m_doNotDisturbAction->setCheckable(true);
    m_doNotDisturbAction->setChecked(settings->doNotDisturb());
    m_doNotDisturbAction->setIcon(QIcon::fromTheme(QStringLiteral("notifications-disabled")));
    m_quitAction->setShortcut(QKeySequence::Quit);

    connect(m_showAction, &QAction::triggered, this, &TrayController::toggleWindow);
    connect(m_doNotDisturbAction, &QAction::toggled, settings, &DesktopSettings::setDoNotDisturb);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quit);
    connect(settings, &DesktopSettings::doNotDisturbChanged, this, [this] {
        m_doNotDisturbAction->setChecked(m_settings->doNotDisturb());
        m_trayIcon->setDoNotDisturb(m_settings->doNotDisturb());
    });
    m_trayIcon->setDoNotDisturb(settings->doNotDisturb());

    // KStatusNotifierItem's own Quit would ask the window to close, which may only hide it.
    KStatusNotifierItem *item = trayIcon->item();
    item->setStandardActionsEnabled(false);
    QMenu *menu = item->contextMenu();
    menu->addAction(m_showAction);
    menu->addAction(m_doNotDisturbAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    connect(menu, &QMenu::aboutToShow, this, &TrayController::updateShowAction);
    connect(trayIcon, &UnreadTrayIcon::activated, this, &TrayController::showWindow);

    if (window) {
        connect(window, &QWindow::visibleChanged, this, &TrayController::updateShowAction);
        window->installEventFilter(this);
    }
    // The Quit shortcut reaches the focused item first, so it is caught application-wide.
    qApp->installEventFilter(this);
    updateShowAction();
}

TrayController::~TrayController() = default;

bool TrayController::isTrayAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(WatcherService)) {
        QDBusInterface watcher(WatcherService, QStringLiteral("/StatusNotifierWatcher"), WatcherService, bus);
        if (watcher.property("IsStatusNotifierHostRegistered").toBool()) {
            return true;
        }
    }
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::quit()
{
    qCInfo(SALON_UI) << "Quitting";
    m_quitting = true;
    if (m_window && m_window->isVisible()) {
        m_window->close();
    }
    QCoreApplication::quit();
}

void TrayController::toggleWindow()
{
    if (m_window && m_window->isVisible() && m_window->visibility() != QWindow::Minimized) {
        m_window->hide();
    } else {
        showWindow();
    }
}

QAction *TrayController::showAction() const
{
    return m_showAction;
}

QAction *TrayController::doNotDisturbAction() const
{
    return m_doNotDisturbAction;
}

QAction *TrayController::quitAction() const
{
    return m_quitAction;
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Quit)) {
        // Accepted, so that no Shortcut, such as Kirigami's, which only closes the window, takes the key.
        event->accept();
        quit();
        return true;
    }

    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        if (m_settings->closeToTray() && isTrayAvailable()) {
            qCInfo(SALON_UI) << "The window was closed; Salon keeps running in the tray";
            event->ignore();
            m_window->hide();
            return true;
        }
        // Without a tray there is no way back to a hidden window, so closing it quits.
        qCInfo(SALON_UI) << "The window was closed; quitting";
        m_quitting = true;
        QCoreApplication::quit();
    }
    return QObject::eventFilter(watched, event);
}

void TrayController::updateShowAction()
{
    const bool shown = m_window && m_window->isVisible() && m_window->visibility() != QWindow::Minimized;
    m_showAction->setText(shown ? tr("Hide Window") : tr("Show Window"));
}

void TrayController::showWindow()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->requestActivate();
    }
}
