#pragma once

#include "RoomInvitation.h"

#include <QAbstractListModel>
#include <QVector>

#include <optional>

/// The room invitations that wait for the user's decision, newest first.
///
/// A room has at most one row: another invitation to the same room updates that row (see
/// addInvitation()). The model keeps at most MaxInvitations rows and drops the oldest beyond, so
/// a flood of invitations cannot grow memory without bound.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c roomJid (QString): bare JID of the room.
/// - \c inviter (QString): bare JID of the user who invites, or the inviter's occupant JID
///   (room/nick) when the room hides real JIDs.
/// - \c reason (QString): the inviter's reason, or empty when none was given.
/// - \c hasPassword (bool): whether the invitation carries the room's password, which the
///   model never shows.
/// - \c receivedAt (QDateTime): when the invitation was sent, or received when the sender's
///   server gave no time.
class RoomInvitationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// Maximum number of invitations kept.
    static constexpr int MaxInvitations = 100;

    enum Role {
        RoomJidRole = Qt::UserRole + 1,
        InviterRole,
        ReasonRole,
        HasPasswordRole,
        ReceivedAtRole,
    };
    Q_ENUM(Role)

    explicit RoomInvitationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the invitation to the room \a roomJid, or nothing when there is none.
    std::optional<RoomInvitation> invitation(const QString &roomJid) const;

    /// The outcome of addInvitation().
    enum class AddResult {
        Added,
        /// The room had a row already, which took the invitation's data.
        Merged,
        /// The list is full and every invitation in it is newer.
        Dropped,
    };

    /// Adds \a invitation, unless the room has a row already. Then the row keeps its place and
    /// time, takes the newer inviter, and the newer reason, password and thread where given. It
    /// stays mediated once an invitation through the room arrived, so that a decline reaches the
    /// inviter.
    AddResult addInvitation(const RoomInvitation &invitation);
    /// Removes and returns the invitation to the room \a roomJid, or nothing when there is none.
    std::optional<RoomInvitation> takeInvitation(const QString &roomJid);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &roomJid) const;

    QVector<RoomInvitation> m_invitations;
};
