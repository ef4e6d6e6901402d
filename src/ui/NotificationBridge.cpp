#include "NotificationBridge.h"

#include "AccountLabel.h"
#include "DesktopSettings.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "salon_ui_logging.h"

#include <KNotification>

namespace {

const auto ComponentName = QStringLiteral("salon");
const auto SubscriptionRequestEvent = QStringLiteral("subscriptionRequest");

} // namespace

NotificationBridge::NotificationBridge(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_requests(account->subscriptionRequests())
    , m_lastState(account->state())
{
    connect(account, &Account::stateChanged, this, &NotificationBridge::handleStateChanged);
    // Another address signed in on the account object, so its requests are new ones.
    connect(account, &Account::jidChanged, this, &NotificationBridge::forgetAllRequests);

    connect(m_requests, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        handleRequestsInserted(first, last);
    });
    connect(m_requests, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        handleRequestsAboutToBeRemoved(first, last);
    });
    connect(m_requests, &QAbstractItemModel::modelAboutToBeReset, this, &NotificationBridge::handleRequestsAboutToBeReset);
}

NotificationBridge::~NotificationBridge()
{
    // Their actions would call an account that is going away.
    forgetAllRequests();
}

QObject *NotificationBridge::requestNotification(const QString &jid) const
{
    return m_requestNotifications.value(jid).data();
}

void NotificationBridge::setSettings(const DesktopSettings *settings)
{
    m_settings = settings;
}

void NotificationBridge::handleStateChanged()
{
    const Account::State previous = m_lastState;
    const Account::State current = m_account->state();
    m_lastState = current;

    if (previous == Account::State::Online && current == Account::State::Reconnecting) {
        m_lost = true;
        send(createNotification(QStringLiteral("connectionLost"),
                                tr("Connection lost"),
                                tr("%1: %2").arg(m_account->jid(), m_account->errorMessage()),
                                QStringLiteral("network-disconnect")));
        return;
    }

    if (m_lost && current == Account::State::Online) {
        m_lost = false;
        send(createNotification(QStringLiteral("reconnected"), tr("Connected again"), tr("%1 is online again.").arg(m_account->jid()),
                                QStringLiteral("network-connect")));
        return;
    }

    if (current == Account::State::Offline) {
        m_lost = false;
    }
}

void NotificationBridge::handleRequestsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_requests->index(row);
        const QString jid = index.data(SubscriptionRequestsModel::JidRole).toString();
        if (m_notifiedRequests.contains(jid)) {
            continue;
        }
        m_notifiedRequests.insert(jid);
        // A request from the cache was announced in the run that received it, and the cache's
        // rows come back at every start.
        if (m_repeatedRequests.remove(jid) || index.data(SubscriptionRequestsModel::RestoredRole).toBool()) {
            continue;
        }
        notifyRequest(jid, index.data(SubscriptionRequestsModel::DisplayNameRole).toString(), index.data(SubscriptionRequestsModel::MessageRole).toString());
    }
}

void NotificationBridge::handleRequestsAboutToBeRemoved(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString jid = m_requests->index(row).data(SubscriptionRequestsModel::JidRole).toString();
        m_notifiedRequests.remove(jid);
        closeRequestNotification(jid);
    }
}

void NotificationBridge::handleRequestsAboutToBeReset()
{
    // A new session starts, and the server sends the pending requests again. Their notifications stay open.
    // NOTE: a request cancelled while the account was offline stays in m_repeatedRequests until the next reset,
    // so a new request from the same address before then sends no notification.
    m_repeatedRequests.unite(m_notifiedRequests);
    m_notifiedRequests.clear();
}

void NotificationBridge::forgetAllRequests()
{
    m_notifiedRequests.clear();
    m_repeatedRequests.clear();
    const QStringList jids = m_requestNotifications.keys();
    for (const QString &jid : jids) {
        closeRequestNotification(jid);
    }
}

void NotificationBridge::notifyRequest(const QString &jid, const QString &displayName, const QString &message)
{
    // A notification server with the body-markup capability shows the text as markup, and the requester wrote the name and the message.
    QString text = tr("%1 wants to see when you are online.").arg(displayName.toHtmlEscaped());
    if (!message.isEmpty()) {
        text = tr("%1 wants to see when you are online. Their message: %2").arg(displayName.toHtmlEscaped(), message.toHtmlEscaped());
    }

    KNotification *notification = createNotification(SubscriptionRequestEvent, tr("Contact request"), text, QStringLiteral("list-add-user"));
    notification->setActions({tr("Accept"), tr("Decline")});
    connect(notification, &KNotification::action1Activated, this, [this, jid] {
        qCInfo(SALON_UI).noquote() << m_account->jid() << "accepting the request of" << jid << "from its notification";
        m_account->roster()->acceptSubscription(jid);
    });
    connect(notification, &KNotification::action2Activated, this, [this, jid] {
        qCInfo(SALON_UI).noquote() << m_account->jid() << "declining the request of" << jid << "from its notification";
        m_account->roster()->declineSubscription(jid);
    });
    connect(notification, &KNotification::defaultActivated, this, &NotificationBridge::windowRequested);
    connect(notification, &KNotification::closed, this, [this, jid, notification] {
        if (m_requestNotifications.value(jid) == notification) {
            m_requestNotifications.remove(jid);
        }
    });

    closeRequestNotification(jid);
    m_requestNotifications.insert(jid, notification);
    send(notification);
}

void NotificationBridge::closeRequestNotification(const QString &jid)
{
    const QPointer<KNotification> notification = m_requestNotifications.take(jid);
    if (notification) {
        notification->close();
    }
}

KNotification *NotificationBridge::createNotification(const QString &eventId, const QString &title, const QString &text, const QString &iconName)
{
    // The notification deletes itself once it is closed or could not be shown.
    auto *notification = new KNotification(eventId, KNotification::CloseOnTimeout);
    notification->setComponentName(ComponentName);
    notification->setTitle(titleWithAccount(title, m_accountLabel));
    notification->setText(text);
    notification->setIconName(iconName);
    return notification;
}

void NotificationBridge::send(KNotification *notification)
{
    const QString eventId = notification->eventId();
    if (m_settings && !m_settings->allowsNotification(DesktopSettings::NotificationKind::Other)) {
        qCDebug(SALON_UI).noquote() << m_account->jid() << "do not disturb is on; no notification" << eventId;
        notification->deleteLater();
        return;
    }
    notification->sendEvent();

    qCInfo(SALON_UI).noquote() << m_account->jid() << "notification sent:" << eventId;
    Q_EMIT eventSent(eventId);
}

void NotificationBridge::setAccountLabel(const QString &label)
{
    m_accountLabel = label;
}
