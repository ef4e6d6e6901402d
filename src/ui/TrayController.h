#pragma once

#include <QObject>
#include <QPointer>

class DesktopSettings;
class QAction;
class QQuickWindow;
class UnreadTrayIcon;

/// Ties the main window to the tray icon and the app's life. Closing the window hides it into
/// the tray when DesktopSettings::closeToTray is on and a tray is available, and quits the app
/// otherwise. The Quit shortcut (QKeySequence::Quit, Ctrl+Q on most desktops) and the tray's
/// Quit action quit the app even with close-to-tray on.
///
/// The tray icon's context menu gets Show or Hide, Do not disturb and Quit; the icon shows
/// do-not-disturb while it is on.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(QQuickWindow *window, UnreadTrayIcon *trayIcon, DesktopSettings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    /// Whether the desktop shows tray icons: a StatusNotifierWatcher with a registered host on the
    /// session bus, or an XEmbed system tray.
    static bool isTrayAvailable();

    /// Quits the app: the window closes and QCoreApplication's event loop ends.
    void quit();
    /// Shows the window when it is hidden or minimized, and hides it into the tray otherwise.
    void toggleWindow();

    QAction *showAction() const;
    QAction *doNotDisturbAction() const;
    QAction *quitAction() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateShowAction();
    void showWindow();

    QPointer<QQuickWindow> m_window;
    UnreadTrayIcon *const m_trayIcon;
    DesktopSettings *const m_settings;
    QAction *m_showAction;
    QAction *m_doNotDisturbAction;
    QAction *m_quitAction;
    bool m_quitting = false;
};
