#include "RoomInvitationsModel.h"

#include <algorithm>

RoomInvitationsModel::RoomInvitationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RoomInvitationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invitations.size());
}

QVariant RoomInvitationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RoomInvitation &invitation = m_invitations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RoomJidRole:
        return invitation.roomJid;
    case InviterRole:
        return invitation.inviter;
    case ReasonRole:
        return invitation.reason;
    case HasPasswordRole:
        return invitation.hasPassword();
    case ReceivedAtRole:
        return invitation.receivedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomInvitationsModel::roleNames() const
{
    return {
        {RoomJidRole, QByteArrayLiteral("roomJid")},
        {InviterRole, QByteArrayLiteral("inviter")},
        {ReasonRole, QByteArrayLiteral("reason")},
        {HasPasswordRole, QByteArrayLiteral("hasPassword")},
        {ReceivedAtRole, QByteArrayLiteral("receivedAt")},
    };
}

std::optional<RoomInvitation> RoomInvitationsModel::invitation(const QString &roomJid) const
{
    const int row = rowOf(roomJid);
    return row < 0 ? std::nullopt : std::optional<RoomInvitation>(m_invitations.at(row));
}

RoomInvitationsModel::AddResult RoomInvitationsModel::addInvitation(const RoomInvitation &invitation)
{
    const int known = rowOf(invitation.roomJid);
    if (known >= 0) {
        RoomInvitation &merged = m_invitations[known];
        merged.inviter = invitation.inviter;
        if (!invitation.reason.isEmpty()) {
            merged.reason = invitation.reason;
        }
        if (!invitation.password.isEmpty()) {
            merged.password = invitation.password;
        }
        if (invitation.kind == RoomInvitation::Kind::Mediated) {
            merged.kind = RoomInvitation::Kind::Mediated;
        }
        merged.continuation = merged.continuation || invitation.continuation;
        if (!invitation.thread.isEmpty()) {
            merged.thread = invitation.thread;
        }
        Q_EMIT dataChanged(index(known), index(known));
        return AddResult::Merged;
    }

    // Newest first, so an invitation delayed by the server may sort below newer ones.
    const auto position = std::find_if(m_invitations.cbegin(), m_invitations.cend(), [&invitation](const RoomInvitation &other) {
        return other.receivedAt <= invitation.receivedAt;
    });
    const int row = int(position - m_invitations.cbegin());
    if (row >= MaxInvitations) {
        return AddResult::Dropped;
    }
    beginInsertRows({}, row, row);
    m_invitations.insert(row, invitation);
    endInsertRows();
    if (m_invitations.size() > MaxInvitations) {
        const int last = int(m_invitations.size()) - 1;
        beginRemoveRows({}, last, last);
        m_invitations.removeLast();
        endRemoveRows();
    } else {
        Q_EMIT countChanged();
    }
    return AddResult::Added;
}

std::optional<RoomInvitation> RoomInvitationsModel::takeInvitation(const QString &roomJid)
{
    const int row = rowOf(roomJid);
    if (row < 0) {
        return std::nullopt;
    }
    beginRemoveRows({}, row, row);
    const RoomInvitation invitation = m_invitations.takeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return invitation;
}

void RoomInvitationsModel::clear()
{
    if (m_invitations.isEmpty()) {
        return;
    }
    beginResetModel();
    m_invitations.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int RoomInvitationsModel::rowOf(const QString &roomJid) const
{
    for (int row = 0; row < m_invitations.size(); ++row) {
        if (m_invitations.at(row).roomJid == roomJid) {
            return row;
        }
    }
    return -1;
}
