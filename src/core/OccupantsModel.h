#pragma once

#include "Occupant.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

#include <optional>

/// The occupants of one group chat room, sorted by role (moderators first), then by nickname.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c nick (QString): the occupant's nickname.
/// - \c role (QString): "moderator", "participant", "visitor" or "none".
/// - \c affiliation (QString): "owner", "admin", "member", "outcast" or "none".
/// - \c realJid (QString): the real bare JID where the room shows it, otherwise empty.
/// - \c presence (QString): "online", "chat", "away", "xa" or "dnd".
/// - \c statusText (QString): the occupant's status message.
/// - \c self (bool): whether the row is the user.
/// - \c avatarHash (QString): SHA-1 of the occupant's cached avatar as lowercase hex, the key of the
///   avatar image cache. It is empty while there is none or while it is being fetched.
///
/// The model keeps at most MaxOccupants rows, so that a flood of presences cannot grow memory
/// without bound. Presences beyond are dropped and counted in droppedCount().
class OccupantsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    static constexpr int MaxOccupants = 5000;

    enum Role {
        NickRole = Qt::UserRole + 1,
        RoleRole,
        AffiliationRole,
        RealJidRole,
        PresenceRole,
        StatusTextRole,
        SelfRole,
        AvatarHashRole,
    };
    Q_ENUM(Role)

    explicit OccupantsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the occupant with \a nick, or nothing.
    std::optional<Occupant> occupant(const QString &nick) const;
    /// Nickname of the user in the room; its row has the \c self role.
    QString selfNick() const;
    void setSelfNick(const QString &nick);
    /// Replaces every occupant at once, as when the room sends the occupants of a join.
    void setOccupants(const QVector<Occupant> &occupants);
    /// Adds the occupant, or replaces the one with its nickname.
    void setOccupant(const Occupant &occupant);
    void removeOccupant(const QString &nick);
    /// Shows the cached avatar \a hash for the occupant \a nick, if its presence still announces that photo.
    void setAvatarHash(const QString &nick, const QString &hash);
    /// Gives the occupant \a oldNick the nickname \a newNick.
    void renameOccupant(const QString &oldNick, const QString &newNick);
    void clear();
    /// Number of occupants not added because the model was full, since the last clear().
    int droppedCount() const;

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &nick) const;
    void insertSorted(const Occupant &occupant);
    void reindexFrom(int row);

    QVector<Occupant> m_occupants;
    /// Row of each nickname.
    QHash<QString, int> m_rows;
    QString m_selfNick;
    int m_dropped = 0;
};
