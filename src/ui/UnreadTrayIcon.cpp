#include "UnreadTrayIcon.h"

#include "AccountListModel.h"
#include "ConversationsModel.h"

#include <KStatusNotifierItem>

UnreadTrayIcon::UnreadTrayIcon(ConversationsModel *conversations, QObject *parent)
    : QObject(parent)
    , m_conversations(conversations)
    , m_item(new KStatusNotifierItem(QStringLiteral("salon"), this))
{
    setUpItem();
    connect(conversations, &ConversationsModel::unreadTotalChanged, this, &UnreadTrayIcon::updateUnreadCount);
    updateUnreadCount();
}

UnreadTrayIcon::UnreadTrayIcon(AccountListModel *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_item(new KStatusNotifierItem(QStringLiteral("salon"), this))
{
    setUpItem();
    connect(accounts, &AccountListModel::unreadTotalChanged, this, &UnreadTrayIcon::updateUnreadCount);
    updateUnreadCount();
}

void UnreadTrayIcon::setUpItem()
{
    m_item->setCategory(KStatusNotifierItem::Communications);
    m_item->setTitle(tr("Salon"));
    m_item->setIconByName(QStringLiteral("org.salon.Salon"));
    m_item->setAttentionIconByName(QStringLiteral("mail-unread-new"));
    m_item->setToolTipIconByName(QStringLiteral("org.salon.Salon"));
    m_item->setToolTipTitle(tr("Salon"));
    connect(m_item, &KStatusNotifierItem::activateRequested, this, &UnreadTrayIcon::activated);
}

UnreadTrayIcon::~UnreadTrayIcon() = default;

KStatusNotifierItem *UnreadTrayIcon::item() const
{
    return m_item;
}

void UnreadTrayIcon::setDoNotDisturb(bool enabled)
{
    m_doNotDisturb = enabled;
    m_item->setOverlayIconByName(enabled ? QStringLiteral("notifications-disabled") : QString());
    updateUnreadCount();
}

void UnreadTrayIcon::updateUnreadCount()
{
    const int unread = m_accounts ? m_accounts->unreadTotal() : m_conversations->unreadTotal();
    QString subtitle;
    if (unread > 0) {
        m_item->setStatus(KStatusNotifierItem::NeedsAttention);
        subtitle = unread == 1 ? tr("1 unread message") : tr("%1 unread messages").arg(unread);
    } else {
        m_item->setStatus(KStatusNotifierItem::Active);
        subtitle = tr("No unread messages");
    }
    if (m_doNotDisturb) {
        subtitle = tr("%1. Do not disturb: notifications are off.", "with the unread messages").arg(subtitle);
    }
    m_item->setToolTipSubTitle(subtitle);
}
