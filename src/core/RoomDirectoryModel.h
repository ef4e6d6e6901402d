#pragma once

#include "RoomInfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

#include <optional>

/// The rooms of one group chat service, as RoomDirectory lists them, for a room browser with a
/// search field.
///
/// The model keeps every listed room and shows those that match filter(): the filter's words
/// are matched case-insensitively in the name, the JID and the description. Rows are sorted by
/// display name, then by JID. A room whose info arrives may move, appear or disappear.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): bare JID of the room.
/// - \c name (QString): the room's name, or empty when the service gives none.
/// - \c displayName (QString): the name, or the JID without a name.
/// - \c description (QString): the room's description, which may contain line breaks.
/// - \c occupants (int): number of occupants, or -1 when unknown.
/// - \c passwordProtected (bool): joining needs a password.
/// - \c membersOnly (bool): only members may join.
/// - \c moderated (bool): only occupants with voice may write.
/// - \c persistent (bool): the room stays without occupants.
/// - \c isPublic (bool): the service lists the room publicly.
/// - \c infoLoaded (bool): whether the room's info arrived. Until then only jid, name and
///   displayName are known, and the other roles have their defaults.
class RoomDirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(QString service READ service NOTIFY serviceChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        DescriptionRole,
        OccupantsRole,
        PasswordProtectedRole,
        MembersOnlyRole,
        ModeratedRole,
        PersistentRole,
        PublicRole,
        InfoLoadedRole,
    };
    Q_ENUM(Role)

    explicit RoomDirectoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Number of listed rooms, shown or not.
    int totalCount() const;
    /// The service whose rooms are listed, or empty before the first listing.
    QString service() const;
    /// Whether RoomDirectory is still listing rooms or requesting their info.
    bool isLoading() const;
    QString filter() const;
    /// Shows only the rooms that contain every word of \a filter. An empty filter shows all.
    void setFilter(const QString &filter);

    /// Returns the listed room \a jid, shown or not, or nothing when it is not listed.
    std::optional<RoomInfo> room(const QString &jid) const;

    /// Removes every room and starts the list of \a service.
    void reset(const QString &service);
    void setLoading(bool loading);
    /// Adds \a rooms, replacing a room listed before.
    void addRooms(const QVector<RoomInfo> &rooms);
    /// Replaces the listed room with the JID of \a room. Does nothing for a room not listed.
    void updateRoom(const RoomInfo &room);

Q_SIGNALS:
    void countChanged();
    void totalCountChanged();
    void serviceChanged();
    void loadingChanged();
    void filterChanged();

private:
    bool matchesFilter(const RoomInfo &room) const;
    int rowOf(const QString &jid) const;
    void insertSorted(const RoomInfo &room);
    void removeRow(int row);
    void setRoom(const RoomInfo &room);

    /// Every listed room, by JID.
    QHash<QString, RoomInfo> m_rooms;
    /// The rooms that match the filter, sorted.
    QVector<RoomInfo> m_rows;
    QString m_service;
    QStringList m_filterWords;
    QString m_filter;
    bool m_loading = false;
};
