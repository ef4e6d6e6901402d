#pragma once

#include "Account.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class DesktopSettings;
class KNotification;
class SubscriptionRequestsModel;

/// Desktop notifications about an account, sent through KNotifications.
///
/// Three events of the "salon" component (packaging/salon.notifyrc):
/// - \c connectionLost: an online account lost its connection and starts reconnecting.
/// - \c reconnected: the account is online again after such a loss.
/// - \c subscriptionRequest: someone requests to see the user's presence. The
///   notification has the actions Accept and Decline, which call the account's
///   RosterService, and it closes when the request goes away, for example when
///   the user accepts or declines it in the window or the requester cancels it.
///
/// A failed first sign-in and a sign-out send nothing: the window shows those.
/// Each request notifies once. The server sends every pending request again
/// at the start of each session, and those repeats send nothing. Requests
/// that the cache restores at start-up send nothing either, because the run
/// that received them announced them. KNotifications sends nothing while salon.notifyrc is not installed
/// or no notification server runs, and neither case is an error.
class NotificationBridge : public QObject
{
    Q_OBJECT

public:
    explicit NotificationBridge(Account *account, QObject *parent = nullptr);
    ~NotificationBridge() override;

    /// Names the account in the title of the notifications sent from now on; empty names none.
    void setAccountLabel(const QString &label);

    /// Returns the open notification of the request from \a jid, or nullptr. Tests read its
    /// properties and trigger its actions through it.
    QObject *requestNotification(const QString &jid) const;
    /// Sends only what \a settings allow: nothing while do-not-disturb is on. Without settings every notification is sent.
    void setSettings(const DesktopSettings *settings);

Q_SIGNALS:
    /// Emitted after the notification \a eventId was handed to KNotifications.
    void eventSent(const QString &eventId);
    /// Emitted when the user activates a notification itself rather than one of its actions,
    /// so the window should come to the front.
    void windowRequested();

private:
    void handleStateChanged();
    void handleRequestsInserted(int first, int last);
    void handleRequestsAboutToBeRemoved(int first, int last);
    void handleRequestsAboutToBeReset();
    void forgetAllRequests();
    void notifyRequest(const QString &jid, const QString &displayName, const QString &message);
    void closeRequestNotification(const QString &jid);
    KNotification *createNotification(const QString &eventId, const QString &title, const QString &text, const QString &iconName);
    void send(KNotification *notification);

    Account *const m_account;
    const DesktopSettings *m_settings = nullptr;
    SubscriptionRequestsModel *const m_requests;
    Account::State m_lastState;
    QString m_accountLabel;
    bool m_lost = false;
    /// Requesters notified about in this run whose request is still in the model.
    QSet<QString> m_notifiedRequests;
    /// Requesters notified about before the model was last reset, whose request the server sends again.
    QSet<QString> m_repeatedRequests;
    QHash<QString, QPointer<KNotification>> m_requestNotifications;
};
