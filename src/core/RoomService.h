#pragma once

#include "Occupant.h"
#include "RoomsModel.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QXmppClientExtension.h>
#include <QXmppStanza.h>


class BookmarksModel;
class BookmarksService;
class IqRequestExtension;
class OccupantsModel;
class RoomSelfPing;
class QTimer;
class QXmppPresence;

/// Group chat rooms (XEP-0045): joining, leaving and creating rooms, the occupants, the subject
/// and nickname changes. RoomModeration changes roles and affiliations and destroys rooms.
///
/// The service handles the presences of its rooms itself and takes them from the stream,
/// so that contacts, presences and avatars never mistake occupants for contacts. Joining first
/// requests the room's disco#info, which shows whether the room exists and gives its name. Then
/// the join presence goes out. Rooms with a message archive (XEP-0313) are
/// joined without the room's history, which the archive provides. Each join ends in the state
/// joined or failed, with a translated reason, within JoinTimeoutMs (see setJoinTimeoutMs()). Many rooms join in
/// parallel: the service never waits for one join before starting the next.
///
/// Rooms come from the user's bookmarks (BookmarksService) and from join(). Bookmarks marked
/// autojoin are joined when they are read and when another client marks them. Rooms that were
/// joined are joined again after a new connection.
///
/// While a room is joined, RoomSelfPing checks with a self-ping (XEP-0410) after each idle
/// interval that the room still has the user as an occupant. When the room no longer does, or
/// does not respond to two pings in a row, the service joins it again as after a new connection,
/// with the same nickname and password: the row shows joining, then joined or failed. The
/// extension must be installed as the client's first extension (see selfPing()).
///
/// The occupants of a join arrive before the user's own presence and are added in one step. At
/// most OccupantsModel::MaxOccupants are kept per room, and subjects are cut to MaxSubjectLength.
/// The vCard photos that the room and its occupants announce (XEP-0153, XEP-0486) are reported
/// through roomAvatarAnnounced() and occupantAvatarAnnounced(), for AvatarService to fetch.
///
/// RoomMessageService handles the messages of the rooms.
class RoomService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(RoomsModel *rooms READ rooms CONSTANT)

public:
    /// Default time a join may take, from the disco#info request to the user's own presence, in milliseconds.
    static constexpr int JoinTimeoutMs = 30 * 1000;
    /// Maximum length of a subject that the models show, in UTF-16 code units.
    static constexpr int MaxSubjectLength = 4096;
    /// Maximum length of a nickname, in UTF-16 code units.
    static constexpr int MaxNickLength = 256;

    /// \a bookmarks must outlive the service.
    explicit RoomService(BookmarksService *bookmarks, QObject *parent = nullptr);
    ~RoomService() override;

    bool handleStanza(const QDomElement &stanza) override;
    QStringList discoveryFeatures() const override;

    RoomsModel *rooms() const;
    /// Returns the self-ping extension of the joined rooms. The caller installs it as the client's
    /// first extension, with QXmppClient::insertExtension(0, …), after all others; the client then owns it.
    RoomSelfPing *selfPing() const;
    /// Sets the time a join may take, in milliseconds, for the joins started from now on. Tests shorten it.
    void setJoinTimeoutMs(int milliseconds);
    /// Returns the occupants of the room \a jid, or null for a room that the service does not know.
    /// The service owns the model, which lives as long as the room's row.
    Q_INVOKABLE OccupantsModel *occupants(const QString &jid) const;
    /// Returns whether the user stays in the room \a jid: it is joined or joining, or it
    /// will be joined again after the connection is back.
    bool shouldBeJoined(const QString &jid) const;
    /// Returns whether the room \a jid keeps a message archive (XEP-0313), as its disco#info showed at the last join.
    bool isArchived(const QString &jid) const;
    /// Returns whether the disco#info of the room \a jid, read at its last join, announced message moderation (XEP-0425).
    bool supportsModeration(const QString &jid) const;
    /// Returns the password that the user joined the room \a jid with, or an empty string.
    QString password(const QString &jid) const;

    /// Joins the existing room \a jid as \a nick (the account's localpart when empty), with
    /// \a password for a protected room.
    Q_INVOKABLE void join(const QString &jid, const QString &nick = QString(), const QString &password = QString());
    /// Creates the room \a jid and joins it. Without \a configure the room takes the service's
    /// default configuration (an instant room, XEP-0045, section 10.1.2). With \a configure it
    /// stays locked, and configurationRequested() requests its configuration (section 10.1.3).
    Q_INVOKABLE void createRoom(const QString &jid, const QString &nick = QString(), bool configure = false);
    Q_INVOKABLE void leave(const QString &jid);
    Q_INVOKABLE void changeNick(const QString &jid, const QString &nick);
    /// Returns whether the room \a jid was created with configuration and is still locked.
    bool isAwaitingConfiguration(const QString &jid) const;
    /// Records that the new room \a jid received its configuration and is open to others.
    void finishConfiguration(const QString &jid);
    /// Sets the subject of a joined room, which needs the right to do so.
    Q_INVOKABLE void setSubject(const QString &jid, const QString &subject);

Q_SIGNALS:
    /// The user's own presence in the room \a jid arrived: the user is an occupant now.
    void roomJoined(const QString &jid);
    /// The room \a jid announced the vCard photo with the SHA-1 \a hash, in lowercase hex, as its
    /// avatar. An empty \a hash means that it has none.
    void roomAvatarAnnounced(const QString &jid, const QString &hash);
    /// The occupant \a nick of the room \a jid announced the vCard photo with the SHA-1 \a hash,
    /// which its row shows once OccupantsModel::setAvatarHash() is called with it.
    void occupantAvatarAnnounced(const QString &jid, const QString &nick, const QString &hash);
    /// The user joined the room \a jid through createRoom() with \a configure. A new room stays
    /// locked until it is configured, as isAwaitingConfiguration() shows. A room that existed
    /// already was joined as it is, and only its owners may configure it.
    void configurationRequested(const QString &jid);
    /// An action on the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    /// The state of a room that its row does not show.
    struct Session {
        QString password;
        bool create = false;
        /// Whether a new room waits for its configuration instead of the instant one.
        bool configure = false;
        /// Whether the new room is locked until its owner submits or cancels the configuration.
        bool awaitingConfiguration = false;
        bool archived = false;
        bool moderation = false;
        /// Whether the room should be joined: after join() until leave() or a removal.
        bool stayJoined = false;
        /// Occupants of a join in progress, added with the user's own presence.
        QVector<Occupant> pendingOccupants;
        QPointer<QTimer> joinTimer;
        OccupantsModel *occupants = nullptr;
    };

    void startJoin(const QString &room, const QString &nick, const QString &password, bool create, bool configure = false);
    void sendJoinPresence(const QString &room);
    void handlePresence(const QString &room, const QXmppPresence &presence);
    void handleOwnPresence(const QString &room, const QXmppPresence &presence);
    void handleJoinError(const QString &room, const QXmppStanza::Error &error);
    void announceOccupantAvatar(const QString &room, const Occupant &occupant);
    void setModeration(const QString &room, bool supported);
    void handleSubject(const QString &room, const QString &subject);
    void finishJoin(const QString &room, RoomEntry::State state, const QString &errorText);
    void readFeatures(const QString &room);
    void submitInstantConfiguration(const QString &room);
    void syncBookmarks();
    void handleBookmarksLoaded();
    void handleConnected();
    void handleDisconnected();
    void rejoin(const QString &room);
    RoomEntry entryOf(const QString &room) const;
    void updateEntry(const RoomEntry &entry);
    QString defaultNick() const;
    QString accountJid() const;

    BookmarksService *m_bookmarks;
    BookmarksModel *m_bookmarkModel;
    IqRequestExtension *m_requests;
    RoomSelfPing *m_selfPing;
    QXmppClient *m_client = nullptr;
    RoomsModel *m_rooms;
    QHash<QString, Session> m_sessions;
    /// Rooms whose bookmark had autojoin set at the last look, so that a change to autojoin joins once.
    QSet<QString> m_autojoinSeen;
    int m_joinTimeoutMs = JoinTimeoutMs;
};
