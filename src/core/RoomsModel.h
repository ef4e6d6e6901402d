#pragma once

#include "AvatarHashes.h"

#include <QAbstractListModel>
#include <QVector>

#include <optional>

/// One group chat room as RoomsModel shows it.
struct RoomEntry
{
    enum class State {
        /// Not joined: bookmarked only, left, or removed from the room.
        Left,
        Joining,
        Joined,
        /// The last join failed, for the reason in errorText.
        Failed,
    };

    /// Bare JID of the room, in lower case.
    QString jid;
    /// The room's name from its bookmark or its disco#info; empty when neither has one.
    QString name;
    QString subject;
    /// The user's nickname in the room, or the one to join with.
    QString nick;
    State state = State::Left;
    /// Translated sentence about the last failure or removal; empty otherwise.
    QString errorText;
    bool bookmarked = false;
    bool autojoin = false;
    int occupantCount = 0;
    /// Messages from others that the user has not seen.
    int unreadCount = 0;
    /// The unread messages that name the user's nickname.
    int mentionCount = 0;
    /// Whether the room's disco#info, read at the last join, announces message moderation (XEP-0425).
    bool messageModeration = false;

    /// Stable code of a state: "left", "joining", "joined" or "failed".
    static QString stateCode(State state);
    bool operator==(const RoomEntry &other) const;
};

/// The rooms the user bookmarked or joined, sorted by display name, then by JID.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): bare JID of the room.
/// - \c name (QString): the room's name; empty when unknown.
/// - \c displayName (QString): the name, or the JID's localpart when there is none.
/// - \c subject (QString): the room's subject (topic).
/// - \c nick (QString): the user's nickname in the room.
/// - \c state (QString): "left", "joining", "joined" or "failed".
/// - \c errorText (QString): why the last join failed or the user was removed; empty otherwise.
/// - \c bookmarked (bool), \c autojoin (bool): the room's bookmark, if any.
/// - \c occupantCount (int): occupants while joined, otherwise 0.
/// - \c unreadCount (int): messages from others that the user has not seen.
/// - \c mentionCount (int): the unread messages that name the user's nickname.
/// - \c messageModeration (bool): whether the room lets moderators remove messages (XEP-0425).
/// - \c avatarHash (QString): SHA-1 of the room's cached avatar as lowercase hex, for the avatar
///   image cache; empty while there is none.
class RoomsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        SubjectRole,
        NickRole,
        StateRole,
        ErrorTextRole,
        BookmarkedRole,
        AutojoinRole,
        OccupantCountRole,
        UnreadCountRole,
        MentionCountRole,
        AvatarHashRole,
        MessageModerationRole,
    };
    Q_ENUM(Role)

    explicit RoomsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<RoomEntry> room(const QString &jid) const;
    /// Returns the display name of the room \a jid, or an empty string when the model has no such room.
    Q_INVOKABLE QString displayName(const QString &jid) const;
    /// Returns the row of the room \a jid, or an entry with only that JID, in the state left, when there is none.
    RoomEntry roomOrNew(const QString &jid) const;
    QVector<RoomEntry> rooms() const;
    /// Adds \a room, or replaces the row with its JID.
    void setRoom(const RoomEntry &room);
    void removeRoom(const QString &jid);
    /// Shows the cached image with the SHA-1 \a hash as the avatar of the room \a jid, now or when its
    /// row is added. An empty \a hash removes the avatar.
    void setAvatarHash(const QString &jid, const QString &hash);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &jid) const;
    void insertSorted(const RoomEntry &room);

    QVector<RoomEntry> m_rooms;
    AvatarHashes m_avatarHashes;
};
