#include "MessageNotifier.h"

#include "AccountLabel.h"

#include "Account.h"
#include "ChatService.h"
#include "ContactsModel.h"
#include "ConversationsModel.h"
#include "DesktopSettings.h"
#include "salon_ui_logging.h"

#include <KNotification>
#include <KNotificationReplyAction>

namespace {

const auto ComponentName = QStringLiteral("salon");
const auto MessageEvent = QStringLiteral("message");

} // namespace

MessageNotifier::MessageNotifier(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_open(this)
{
    connect(account->chats(), &ChatService::messageReceived, this, [this](const QString &jid) {
        handleMessageReceived(jid);
    });
    ConversationsModel *conversations = account->conversations();
    connect(conversations, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        handleConversationsChanged(topLeft.row(), bottomRight.row());
    });
    connect(conversations, &QAbstractItemModel::modelReset, this, &MessageNotifier::closeAll);
    connect(account, &Account::jidChanged, this, &MessageNotifier::closeAll);
}

MessageNotifier::~MessageNotifier()
{
    // Their actions would call an account that is going away.
    closeAll();
}

QString MessageNotifier::viewedConversation() const
{
    return m_viewedConversation;
}

void MessageNotifier::setViewedConversation(const QString &jid)
{
    if (m_viewedConversation == jid) {
        return;
    }
    m_viewedConversation = jid;
    m_open.close(jid);
    Q_EMIT viewedConversationChanged();
}

QObject *MessageNotifier::notification(const QString &jid) const
{
    return m_open.find(jid);
}

void MessageNotifier::setSettings(const DesktopSettings *settings)
{
    m_settings = settings;
}

void MessageNotifier::handleMessageReceived(const QString &jid)
{
    if (jid == m_viewedConversation) {
        return;
    }
    if (m_settings && !m_settings->allowsNotification(DesktopSettings::NotificationKind::Message)) {
        qCDebug(SALON_UI).noquote() << m_account->jid() << "message notifications are off; none for" << jid;
        return;
    }
    ConversationsModel *conversations = m_account->conversations();
    const QModelIndex row = conversations->index(conversations->indexOf(jid));
    const int unreadCount = row.data(ConversationsModel::UnreadCountRole).toInt();
    // A message that the user already read on another client, or an older one from the archive, needs no notification.
    if (unreadCount == 0 || row.data(ConversationsModel::LastDirectionRole).toString() != QLatin1String("in")) {
        return;
    }

    QString preview = row.data(ConversationsModel::LastMessageRole).toString();
    if (preview.size() > MaxPreviewLength) {
        preview = preview.left(MaxPreviewLength - 1) + QChar(0x2026);
    }
    // A notification server with the body-markup capability shows the text as markup, and the sender wrote it.
    QString text = preview.toHtmlEscaped();
    if (unreadCount > 1) {
        text = tr("%1 new messages. The newest: %2").arg(unreadCount).arg(preview.toHtmlEscaped());
    }
    notify(jid, text);
}

void MessageNotifier::handleConversationsChanged(int firstRow, int lastRow)
{
    ConversationsModel *conversations = m_account->conversations();
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = conversations->index(row);
        if (index.data(ConversationsModel::UnreadCountRole).toInt() == 0) {
            m_open.close(index.data(ConversationsModel::PeerRole).toString());
        }
    }
}

void MessageNotifier::notify(const QString &jid, const QString &text)
{
    const bool sent = m_open.show(jid, text, [this, jid] {
        return createNotification(jid);
    });
    qCInfo(SALON_UI).noquote() << m_account->jid() << "message notification" << (sent ? "sent" : "updated") << "for" << jid;
    Q_EMIT notificationSent(jid);
}

KNotification *MessageNotifier::createNotification(const QString &jid)
{
    // The notification deletes itself once it is closed or could not be shown.
    auto *notification = new KNotification(MessageEvent, KNotification::CloseOnTimeout);
    notification->setComponentName(ComponentName);
    notification->setTitle(titleWithAccount(displayName(jid), m_accountLabel));
    notification->setIconName(QStringLiteral("mail-message-new"));
    notification->setDefaultAction(tr("Open"));
    notification->setActions({tr("Mark as read")});

    auto reply = std::make_unique<KNotificationReplyAction>(tr("Reply"));
    reply->setPlaceholderText(tr("Reply to %1…").arg(displayName(jid)));
    reply->setSubmitButtonText(tr("Send"));
    // Without inline replies the notification server shows a plain "Reply" button, which opens the conversation.
    reply->setFallbackBehavior(KNotificationReplyAction::FallbackBehavior::UseRegularAction);
    connect(reply.get(), &KNotificationReplyAction::replied, this, [this, jid](const QString &text) {
        if (text.trimmed().isEmpty()) {
            return;
        }
        qCInfo(SALON_UI).noquote() << m_account->jid() << "replying to" << jid << "from a notification";
        m_account->chats()->sendMessage(jid, text);
        m_account->chats()->markConversationRead(jid);
    });
    connect(reply.get(), &KNotificationReplyAction::activated, this, [this, jid] {
        Q_EMIT conversationRequested(jid);
    });
    notification->setReplyAction(std::move(reply));

    connect(notification, &KNotification::action1Activated, this, [this, jid] {
        qCInfo(SALON_UI).noquote() << m_account->jid() << "marking the conversation with" << jid << "as read from a notification";
        m_account->chats()->markConversationRead(jid);
    });
    connect(notification, &KNotification::defaultActivated, this, [this, jid] {
        Q_EMIT conversationRequested(jid);
    });
    return notification;
}

void MessageNotifier::closeAll()
{
    m_open.closeAll();
}

QString MessageNotifier::displayName(const QString &jid) const
{
    ContactsModel *contacts = m_account->contacts();
    const int row = contacts->indexOf(jid);
    if (row < 0) {
        return jid;
    }
    const QString name = contacts->index(row).data(ContactsModel::DisplayNameRole).toString();
    return name.isEmpty() ? jid : name;
}

void MessageNotifier::setAccountLabel(const QString &label)
{
    m_accountLabel = label;
}
