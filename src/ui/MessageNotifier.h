#pragma once

#include "OpenNotifications.h"

#include <QObject>

class Account;
class DesktopSettings;
class KNotification;

/// Desktop notifications of incoming 1:1 messages, sent through KNotifications as the
/// event \c message of the "salon" component (packaging/salon.notifyrc).
///
/// Each conversation has at most one notification open: a second message updates it with
/// the newest message and the number of unread ones. Nothing is sent for the conversation
/// that the user has in view (viewedConversation), which the window sets while it is
/// active. A notification closes when its conversation is read, here or from another
/// client of the account.
///
/// The notification has a reply action (inline where the notification server offers it,
/// else a button that opens the conversation), a "Mark as read" action, and opens the
/// conversation when it is activated itself.
class MessageNotifier : public QObject
{
    Q_OBJECT
    /// Bare JID of the conversation that the user sees now, or empty when the window shows
    /// no conversation or is not active.
    Q_PROPERTY(QString viewedConversation READ viewedConversation WRITE setViewedConversation NOTIFY viewedConversationChanged)

public:
    /// Maximum length of the message text shown in a notification, in characters.
    static constexpr int MaxPreviewLength = 200;

    explicit MessageNotifier(Account *account, QObject *parent = nullptr);
    ~MessageNotifier() override;

    /// Names the account in the title of the notifications sent from now on; empty names none.
    void setAccountLabel(const QString &label);

    QString viewedConversation() const;
    void setViewedConversation(const QString &jid);
    /// Sends only what \a settings allow: nothing while do-not-disturb is on. Without settings every notification is sent.
    void setSettings(const DesktopSettings *settings);

    /// Returns the open notification of the conversation with \a jid, or nullptr. Tests read
    /// its properties through it.
    QObject *notification(const QString &jid) const;

Q_SIGNALS:
    void viewedConversationChanged();
    /// The user asked from a notification to see the conversation with \a jid.
    void conversationRequested(const QString &jid);
    /// A notification about the conversation with \a jid was handed to KNotifications.
    void notificationSent(const QString &jid);

private:
    void handleMessageReceived(const QString &jid);
    void handleConversationsChanged(int firstRow, int lastRow);
    void notify(const QString &jid, const QString &text);
    KNotification *createNotification(const QString &jid);
    void closeAll();
    QString displayName(const QString &jid) const;

    Account *const m_account;
    QString m_viewedConversation;
    const DesktopSettings *m_settings = nullptr;
    QString m_accountLabel;
    OpenNotifications m_open;
};
