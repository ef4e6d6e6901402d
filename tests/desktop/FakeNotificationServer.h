#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

/// A notification server (org.freedesktop.Notifications, Desktop Notifications
/// Specification 1.2) for tests, on its own connection to the session bus.
///
/// It records every Notify call and acts as a user would: it invokes actions and
/// sends inline replies (the KDE extension NotificationReplied). Run the test under
/// dbus-run-session so that it owns the name on a private bus.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /// One Notify call as received.
    struct Notification {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        /// Pairs of action key and label, as sent.
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotificationServer(QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    /// Registers the service; returns false and logs why when the name is taken or no bus runs.
    bool start();

    const QVector<Notification> &notifications() const;
    /// Returns the ids of the notifications that are shown now.
    QList<uint> openIds() const;

    /// Emits ActionInvoked for \a id with the action key \a key, as a click does.
    void invokeAction(uint id, const QString &key);
    /// Emits NotificationReplied for \a id with \a text, as an inline reply field does.
    void reply(uint id, const QString &text);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities() const;
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_connection;
    QVector<Notification> m_notifications;
    QList<uint> m_open;
    uint m_nextId = 1;
};
