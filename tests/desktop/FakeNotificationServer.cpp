#include "FakeNotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDebug>

namespace {

const auto ServiceName = QStringLiteral("org.freedesktop.Notifications");
const auto ObjectPath = QStringLiteral("/org/freedesktop/Notifications");
const auto ConnectionName = QStringLiteral("salon-fake-notification-server");
// Reason code of NotificationClosed for a call to CloseNotification.
constexpr uint ClosedByCall = 3;

} // namespace

FakeNotificationServer::FakeNotificationServer(QObject *parent)
    : QObject(parent)
    , m_connection(QDBusConnection::connectToBus(QDBusConnection::SessionBus, ConnectionName))
{
}

FakeNotificationServer::~FakeNotificationServer()
{
    m_connection.unregisterService(ServiceName);
    m_connection.unregisterObject(ObjectPath);
    QDBusConnection::disconnectFromBus(ConnectionName);
}

bool FakeNotificationServer::start()
{
    if (!m_connection.isConnected()) {
        qWarning().noquote() << "No session bus for the fake notification server:" << m_connection.lastError().message();
        return false;
    }
    if (!m_connection.registerObject(ObjectPath, this, QDBusConnection::ExportAllSlots)) {
        qWarning().noquote() << "Failed to register" << ObjectPath << m_connection.lastError().message();
        return false;
    }
    if (!m_connection.registerService(ServiceName)) {
        qWarning().noquote() << "Failed to own" << ServiceName << m_connection.lastError().message();
        return false;
    }
    return true;
}

const QVector<FakeNotificationServer::Notification> &FakeNotificationServer::notifications() const
{
    return m_notifications;
}

QList<uint> FakeNotificationServer::openIds() const
{
    return m_open;
}

void FakeNotificationServer::invokeAction(uint id, const QString &key)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, key});
}

void FakeNotificationServer::reply(uint id, const QString &text)
{
    emitSignal(QStringLiteral("NotificationReplied"), {id, text});
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary, const QString &body,
                                    const QStringList &actions, const QVariantMap &hints, int expireTimeout)
{
    Q_UNUSED(appIcon)
    Q_UNUSED(expireTimeout)
    Notification notification;
    notification.id = replacesId != 0 && m_open.contains(replacesId) ? replacesId : m_nextId++;
    notification.appName = appName;
    notification.replacesId = replacesId;
    notification.summary = summary;
    notification.body = body;
    notification.actions = actions;
    notification.hints = hints;
    m_notifications.append(notification);
    if (!m_open.contains(notification.id)) {
        m_open.append(notification.id);
    }
    return notification.id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    if (m_open.removeAll(id) > 0) {
        emitSignal(QStringLiteral("NotificationClosed"), {id, ClosedByCall});
    }
}

QStringList FakeNotificationServer::GetCapabilities() const
{
    return {QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("inline-reply")};
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = QStringLiteral("Salon tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("Salon fake notification server");
}

void FakeNotificationServer::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createSignal(ObjectPath, ServiceName, name);
    message.setArguments(arguments);
    m_connection.send(message);
}
