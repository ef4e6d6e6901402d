#include "RoomMentionNotifier.h"

#include "AccountLabel.h"

#include "Account.h"
#include "DesktopSettings.h"
#include "RoomMessageService.h"
#include "RoomsModel.h"
#include "salon_ui_logging.h"

#include <KNotification>

namespace {

const auto ComponentName = QStringLiteral("salon");
const auto MentionEvent = QStringLiteral("mention");

} // namespace

RoomMentionNotifier::RoomMentionNotifier(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_open(this)
{
    connect(account->roomMessages(), &RoomMessageService::mentionReceived, this, [this](const QString &jid, qint64, const QString &senderNick) {
        handleMention(jid, senderNick);
    });
    RoomsModel *rooms = account->roomList();
    connect(rooms, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        handleRoomsChanged(topLeft.row(), bottomRight.row());
    });
    connect(rooms, &QAbstractItemModel::modelReset, this, &RoomMentionNotifier::closeAll);
    connect(account, &Account::jidChanged, this, &RoomMentionNotifier::closeAll);
}

RoomMentionNotifier::~RoomMentionNotifier()
{
    // Their actions would call an account that is going away.
    closeAll();
}

QString RoomMentionNotifier::viewedRoom() const
{
    return m_viewedRoom;
}

void RoomMentionNotifier::setViewedRoom(const QString &jid)
{
    if (m_viewedRoom == jid) {
        return;
    }
    m_viewedRoom = jid;
    m_open.close(jid);
    Q_EMIT viewedRoomChanged();
}

QObject *RoomMentionNotifier::notification(const QString &jid) const
{
    return m_open.find(jid);
}

void RoomMentionNotifier::setSettings(const DesktopSettings *settings)
{
    m_settings = settings;
}

void RoomMentionNotifier::handleMention(const QString &jid, const QString &senderNick)
{
    if (jid == m_viewedRoom) {
        return;
    }
    if (m_settings && !m_settings->allowsNotification(DesktopSettings::NotificationKind::Mention)) {
        qCDebug(SALON_UI).noquote() << m_account->jid() << "mention notifications are off; none for" << jid;
        return;
    }
    const std::optional<RoomEntry> room = m_account->roomList()->room(jid);
    const int mentionCount = room ? room->mentionCount : 0;
    // A mention that the user already read needs no notification.
    if (mentionCount == 0) {
        return;
    }

    // A notification server with the body-markup capability shows the text as markup, and occupants choose their nicknames.
    const QString sender = senderNick.toHtmlEscaped();
    const QString text = mentionCount > 1 ? tr("%1 mentioned you. %2 unread mentions.").arg(sender).arg(mentionCount) : tr("%1 mentioned you.").arg(sender);

    const bool sent = m_open.show(jid, text, [this, jid] {
        return createNotification(jid);
    });
    qCInfo(SALON_UI).noquote() << m_account->jid() << "mention notification" << (sent ? "sent" : "updated") << "for" << jid;
    Q_EMIT notificationSent(jid);
}

void RoomMentionNotifier::handleRoomsChanged(int firstRow, int lastRow)
{
    RoomsModel *rooms = m_account->roomList();
    for (int row = firstRow; row <= lastRow; ++row) {
        const QModelIndex index = rooms->index(row);
        if (index.data(RoomsModel::MentionCountRole).toInt() == 0) {
            m_open.close(index.data(RoomsModel::JidRole).toString());
        }
    }
}

KNotification *RoomMentionNotifier::createNotification(const QString &jid)
{
    // The notification deletes itself once it is closed or could not be shown.
    auto *notification = new KNotification(MentionEvent, KNotification::CloseOnTimeout);
    notification->setComponentName(ComponentName);
    notification->setTitle(titleWithAccount(roomName(jid), m_accountLabel));
    notification->setIconName(QStringLiteral("mail-message-new"));
    notification->setDefaultAction(tr("Open"));
    notification->setActions({tr("Mark as read")});

    connect(notification, &KNotification::action1Activated, this, [this, jid] {
        qCInfo(SALON_UI).noquote() << m_account->jid() << "marking the room" << jid << "as read from a notification";
        m_account->roomMessages()->markRoomRead(jid);
    });
    connect(notification, &KNotification::defaultActivated, this, [this, jid] {
        Q_EMIT roomRequested(jid);
    });
    return notification;
}

void RoomMentionNotifier::closeAll()
{
    m_open.closeAll();
}

QString RoomMentionNotifier::roomName(const QString &jid) const
{
    const std::optional<RoomEntry> room = m_account->roomList()->room(jid);
    return room && !room->name.isEmpty() ? room->name : jid;
}

void RoomMentionNotifier::setAccountLabel(const QString &label)
{
    m_accountLabel = label;
}
