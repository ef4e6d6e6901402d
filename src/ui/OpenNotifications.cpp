#include "OpenNotifications.h"

#include <KNotification>

OpenNotifications::OpenNotifications(QObject *context)
    : m_context(context)
{
}

KNotification *OpenNotifications::find(const QString &jid) const
{
    return m_notifications.value(jid).data();
}

bool OpenNotifications::show(const QString &jid, const QString &text, const std::function<KNotification *()> &create)
{
    if (KNotification *open = find(jid)) {
        open->setText(text);
        open->update();
        return false;
    }
    KNotification *notification = create();
    m_notifications.insert(jid, notification);
    QObject::connect(notification, &KNotification::closed, m_context, [this, jid, notification] {
        if (m_notifications.value(jid) == notification) {
            m_notifications.remove(jid);
        }
    });
    notification->setText(text);
    notification->sendEvent();
    return true;
}

void OpenNotifications::close(const QString &jid)
{
    const QPointer<KNotification> notification = m_notifications.take(jid);
    if (notification) {
        notification->close();
    }
}

void OpenNotifications::closeAll()
{
    const QStringList jids = m_notifications.keys();
    for (const QString &jid : jids) {
        close(jid);
    }
}
