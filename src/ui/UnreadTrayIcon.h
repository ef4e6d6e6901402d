#pragma once

#include <QObject>

class AccountListModel;
class ConversationsModel;
class KStatusNotifierItem;

/// The app's icon in the system tray (a KStatusNotifierItem, or a plain tray icon where no
/// StatusNotifierWatcher runs), showing the number of unread messages.
///
/// With unread messages the item's status is NeedsAttention, so the tray shows its attention
/// icon, and its tooltip gives their number. Clicking it emits activated().
class UnreadTrayIcon : public QObject
{
    Q_OBJECT

public:
    /// Shows the unread messages of \a conversations, one account's.
    explicit UnreadTrayIcon(ConversationsModel *conversations, QObject *parent = nullptr);
    /// Shows the unread messages of all the accounts in \a accounts together.
    explicit UnreadTrayIcon(AccountListModel *accounts, QObject *parent = nullptr);
    ~UnreadTrayIcon() override;

    /// The item, for tests that read its status and tooltip.
    KStatusNotifierItem *item() const;
    /// Shows, with an overlay icon and in the tooltip, whether do-not-disturb is on.
    void setDoNotDisturb(bool enabled);

Q_SIGNALS:
    /// The user clicked the tray icon to see the window.
    void activated();

private:
    void updateUnreadCount();

    void setUpItem();

    // Exactly one of the two is set.
    ConversationsModel *const m_conversations = nullptr;
    AccountListModel *const m_accounts = nullptr;
    bool m_doNotDisturb = false;
    KStatusNotifierItem *const m_item;
};
