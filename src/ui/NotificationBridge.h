#pragma once

#include "Account.h"

#include <QObject>

/// Desktop notifications about an account's connection, sent through KNotifications.
///
/// Two events of the "salon" component (packaging/salon.notifyrc):
/// - \c connectionLost: an online account lost its connection and starts reconnecting.
/// - \c reconnected: the account is online again after such a loss.
///
/// A failed first sign-in and a sign-out send nothing: the window shows those.
/// KNotifications sends nothing while salon.notifyrc is not installed or no
/// notification server runs, and neither case is an error.
class NotificationBridge : public QObject
{
    Q_OBJECT

public:
    explicit NotificationBridge(Account *account, QObject *parent = nullptr);

Q_SIGNALS:
    /// Emitted after the notification \a eventId was handed to KNotifications.
    void eventSent(const QString &eventId);

private:
    void handleStateChanged();
    void send(const QString &eventId, const QString &title, const QString &text, const QString &iconName);

    Account *const m_account;
    Account::State m_lastState;
    bool m_lost = false;
};
