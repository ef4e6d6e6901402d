#pragma once

#include "OpenNotifications.h"

#include <QObject>

class Account;
class DesktopSettings;
class KNotification;

/// Desktop notifications of messages that name the user's nickname in a group chat room
/// (RoomMessageService::mentionReceived()), sent through KNotifications as the event \c mention
/// of the "salon" component (packaging/salon.notifyrc).
///
/// Each room has at most one notification open: a further mention updates it with the number of
/// unread mentions. Nothing is sent for the room that the user has in view (viewedRoom), which
/// the window sets while it is active. A notification closes when the room's mentions are read.
/// The notification names the sender and the room but never shows the message text.
class RoomMentionNotifier : public QObject
{
    Q_OBJECT
    /// Bare JID of the room that the user sees now, or empty when the window shows no room or is not active.
    Q_PROPERTY(QString viewedRoom READ viewedRoom WRITE setViewedRoom NOTIFY viewedRoomChanged)

public:
    explicit RoomMentionNotifier(Account *account, QObject *parent = nullptr);
    ~RoomMentionNotifier() override;

    /// Names the account in the title of the notifications sent from now on; empty names none.
    void setAccountLabel(const QString &label);

    QString viewedRoom() const;
    void setViewedRoom(const QString &jid);
    /// Sends only what \a settings allow: nothing while do-not-disturb is on. Without settings every notification is sent.
    void setSettings(const DesktopSettings *settings);

    /// Returns the open notification of the room \a jid, or nullptr. Tests read its properties through it.
    QObject *notification(const QString &jid) const;

Q_SIGNALS:
    void viewedRoomChanged();
    /// The user requested the room \a jid from a notification.
    void roomRequested(const QString &jid);
    /// A notification about the room \a jid was handed to KNotifications.
    void notificationSent(const QString &jid);

private:
    void handleMention(const QString &jid, const QString &senderNick);
    void handleRoomsChanged(int firstRow, int lastRow);
    KNotification *createNotification(const QString &jid);
    void closeAll();
    QString roomName(const QString &jid) const;

    Account *const m_account;
    QString m_viewedRoom;
    const DesktopSettings *m_settings = nullptr;
    QString m_accountLabel;
    OpenNotifications m_open;
};
