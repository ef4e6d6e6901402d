#pragma once

#include <QObject>
#include <QString>

/// The desktop app's settings, the same for every account: the window and the tray, start at
/// login, which desktop notifications show, and the colour theme.
///
/// Values are stored with QSettings under the application's organization domain and name, so
/// each change is saved at once. Start at login is not stored there: it is the presence of the
/// XDG autostart entry autostartPath().
class DesktopSettings : public QObject
{
    Q_OBJECT
    /// Whether closing the window hides it into the tray, where a tray is available, instead of quitting.
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    /// Whether the desktop session starts Salon when the user logs in.
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(bool messageNotifications READ messageNotifications WRITE setMessageNotifications NOTIFY messageNotificationsChanged)
    Q_PROPERTY(bool mentionNotifications READ mentionNotifications WRITE setMentionNotifications NOTIFY mentionNotificationsChanged)
    Q_PROPERTY(bool commentNotifications READ commentNotifications WRITE setCommentNotifications NOTIFY commentNotificationsChanged)
    Q_PROPERTY(bool likeNotifications READ likeNotifications WRITE setLikeNotifications NOTIFY likeNotificationsChanged)
    /// Whether every desktop notification is suppressed, whatever its kind.
    Q_PROPERTY(bool doNotDisturb READ doNotDisturb WRITE setDoNotDisturb NOTIFY doNotDisturbChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)

public:
    enum class Theme {
        /// The colour scheme of the desktop.
        System,
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    /// A kind of desktop notification, for allowsNotification().
    enum class NotificationKind {
        Message,
        Mention,
        Comment,
        Like,
        /// Notifications without a setting of their own, such as contact requests and community posts.
        Other,
    };
    Q_ENUM(NotificationKind)

    explicit DesktopSettings(QObject *parent = nullptr);

    /// The XDG autostart entry, $XDG_CONFIG_HOME/autostart/org.salon.Salon.desktop.
    static QString autostartPath();

    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    bool startAtLogin() const;
    /// Writes or removes the autostart entry. On a write error the setting stays as it was
    /// and startAtLoginFailed() reports why.
    void setStartAtLogin(bool enabled);
    bool messageNotifications() const;
    void setMessageNotifications(bool enabled);
    bool mentionNotifications() const;
    void setMentionNotifications(bool enabled);
    bool commentNotifications() const;
    void setCommentNotifications(bool enabled);
    bool likeNotifications() const;
    void setLikeNotifications(bool enabled);
    bool doNotDisturb() const;
    void setDoNotDisturb(bool enabled);
    Theme theme() const;
    void setTheme(Theme theme);

    /// Whether a notification of \a kind may be sent now: never while doNotDisturb is on, else
    /// when the setting of its kind is on.
    Q_INVOKABLE bool allowsNotification(NotificationKind kind) const;

Q_SIGNALS:
    void closeToTrayChanged();
    void startAtLoginChanged();
    void startAtLoginFailed(const QString &errorText);
    void messageNotificationsChanged();
    void mentionNotificationsChanged();
    void commentNotificationsChanged();
    void likeNotificationsChanged();
    void doNotDisturbChanged();
    void themeChanged();

private:
    bool readFlag(const QString &key, bool defaultValue) const;
    // Stores value under key; returns whether it differs from the value before, or defaultValue.
    bool writeFlag(const QString &key, bool defaultValue, bool value);
};
