#include "NotificationBridge.h"

#include "salon_ui_logging.h"

#include <KNotification>

namespace {

const auto ComponentName = QStringLiteral("salon");

} // namespace

NotificationBridge::NotificationBridge(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_lastState(account->state())
{
    connect(account, &Account::stateChanged, this, &NotificationBridge::handleStateChanged);
}

void NotificationBridge::handleStateChanged()
{
    const Account::State previous = m_lastState;
    const Account::State current = m_account->state();
    m_lastState = current;

    if (previous == Account::State::Online && current == Account::State::Reconnecting) {
        m_lost = true;
        send(QStringLiteral("connectionLost"),
             tr("Connection lost"),
             tr("%1: %2").arg(m_account->jid(), m_account->errorMessage()),
             QStringLiteral("network-disconnect"));
        return;
    }

    if (m_lost && current == Account::State::Online) {
        m_lost = false;
        send(QStringLiteral("reconnected"), tr("Connected again"), tr("%1 is online again.").arg(m_account->jid()), QStringLiteral("network-connect"));
        return;
    }

    if (current == Account::State::Offline) {
        m_lost = false;
    }
}

void NotificationBridge::send(const QString &eventId, const QString &title, const QString &text, const QString &iconName)
{
    // The notification deletes itself once it is closed or could not be shown.
    auto *notification = new KNotification(eventId, KNotification::CloseOnTimeout);
    notification->setComponentName(ComponentName);
    notification->setTitle(title);
    notification->setText(text);
    notification->setIconName(iconName);
    notification->sendEvent();

    qCInfo(SALON_UI).noquote() << m_account->jid() << "notification sent:" << eventId;
    Q_EMIT eventSent(eventId);
}
