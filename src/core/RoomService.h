#pragma once

#include "ChatMessage.h"
#include "Occupant.h"
#include "RoomsModel.h"
#include "store/MessageStore.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QXmppClientExtension.h>
#include <QXmppStanza.h>

#include <memory>

class BookmarksModel;
class BookmarksService;
class IqRequestExtension;
class MessagesModel;
class OccupantsModel;
class QXmppMessage;
class QTimer;
class QXmppPresence;

/// Group chat rooms (XEP-0045): joining, leaving, creating and destroying rooms, the occupants,
/// the subject, nickname changes and moderation.
///
/// The service handles the presences of its rooms itself and takes them from the stream,
/// so that contacts, presences and avatars never mistake occupants for contacts. Joining first
/// requests the room's disco#info, which tells a missing room apart from other failures and
/// gives its name; then the join presence goes out. Rooms with a message archive (XEP-0313) are
/// joined without the room's history, which the archive provides. Each join ends in the state
/// joined or failed, with a translated reason, within JoinTimeoutMs. Many rooms join in
/// parallel: the service never waits for one join before starting the next.
///
/// Rooms come from the user's bookmarks (BookmarksService) and from join(). Bookmarks marked
/// autojoin are joined when they are read and when another client marks them. Rooms that were
/// joined are joined again after a new connection.
///
/// The occupants of a join arrive before the user's own presence and are added in one step. At
/// most OccupantsModel::MaxOccupants are kept per room, and subjects are cut to MaxSubjectLength.
///
/// Room messages are stored with the 1:1 messages (MessageStore, ChatMessage::groupChat) and shown
/// in a MessagesModel per room (openRoom()). The user's messages are stored as pending first and
/// go out while the room is joined, or after the next join. The room sends each message back to
/// its sender (XEP-0045, section 7.4), which marks the user's message delivered, and is stored
/// once, by its origin id. Messages from others count as unread until markRoomRead(); those that
/// name the user's nickname count as mentions too and are reported through mentionReceived().
///
/// NOTE: corrections, retractions and reactions in rooms are not applied yet.
class RoomService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(RoomsModel *rooms READ rooms CONSTANT)

public:
    /// Time a join may take, from the disco#info request to the user's own presence, in milliseconds.
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

    /// Stores room messages in \a store from now on; with null, they live in the open models only.
    void setStore(std::unique_ptr<MessageStore> store);

    RoomsModel *rooms() const;
    /// Returns the occupants of the room \a jid, or null for a room that the service does not know.
    /// The service owns the model, which lives as long as the room's row.
    Q_INVOKABLE OccupantsModel *occupants(const QString &jid) const;
    /// Returns the messages of the room \a jid, newest page first loaded; the service owns the model.
    Q_INVOKABLE MessagesModel *openRoom(const QString &jid);
    /// Drops the messages model of the room \a jid, which views no longer show.
    Q_INVOKABLE void closeRoom(const QString &jid);
    /// Sends \a body to the room \a jid, now while joined, otherwise after the next join.
    Q_INVOKABLE void sendMessage(const QString &jid, const QString &body);
    /// Marks the messages of the room \a jid as seen, which clears its unread and mention counts.
    Q_INVOKABLE void markRoomRead(const QString &jid);

    /// Joins the existing room \a jid as \a nick (the account's localpart when empty), with
    /// \a password for a protected room.
    Q_INVOKABLE void join(const QString &jid, const QString &nick = QString(), const QString &password = QString());
    /// Creates the room \a jid with the service's default configuration (an instant room) and joins it.
    Q_INVOKABLE void createRoom(const QString &jid, const QString &nick = QString());
    Q_INVOKABLE void leave(const QString &jid);
    Q_INVOKABLE void changeNick(const QString &jid, const QString &nick);
    /// Sets the subject of a joined room, which needs the right to do so.
    Q_INVOKABLE void setSubject(const QString &jid, const QString &subject);
    /// Destroys a room that the user owns; its occupants are removed with \a reason.
    Q_INVOKABLE void destroyRoom(const QString &jid, const QString &reason);
    /// Removes the occupant \a nick from the room, which needs the moderator role.
    Q_INVOKABLE void kick(const QString &jid, const QString &nick, const QString &reason);
    /// Bans the occupant \a nick, whose real JID the room must show, which needs the admin affiliation.
    Q_INVOKABLE void ban(const QString &jid, const QString &nick, const QString &reason);
    /// Gives the occupant \a nick the role "moderator", "participant", "visitor" or "none".
    Q_INVOKABLE void setRole(const QString &jid, const QString &nick, const QString &role, const QString &reason);
    /// Gives \a userJid the affiliation "owner", "admin", "member", "outcast" or "none" with the room.
    Q_INVOKABLE void setAffiliation(const QString &jid, const QString &userJid, const QString &affiliation, const QString &reason);

Q_SIGNALS:
    /// The user's own presence in the room \a jid arrived: the user is an occupant now.
    void roomJoined(const QString &jid);
    /// An action on the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);
    /// A message from another occupant arrived live in the room \a jid.
    void messageReceived(const QString &jid, qint64 messageId);
    /// A message that names the user's nickname arrived live in the room \a jid from \a senderNick.
    void mentionReceived(const QString &jid, qint64 messageId, const QString &senderNick);

protected:
    void setClient(QXmppClient *client) override;

private:
    /// The state of a room that its row does not show.
    struct Session {
        QString password;
        bool create = false;
        bool archived = false;
        /// Whether the room should be joined: after join() until leave() or a removal.
        bool wanted = false;
        /// Occupants of a join in progress, added with the user's own presence.
        QVector<Occupant> pendingOccupants;
        QPointer<QTimer> joinTimer;
        OccupantsModel *occupants = nullptr;
    };

    void startJoin(const QString &room, const QString &nick, const QString &password, bool create);
    void sendJoinPresence(const QString &room);
    void handlePresence(const QString &room, const QXmppPresence &presence);
    void handleOwnPresence(const QString &room, const QXmppPresence &presence);
    void handleJoinError(const QString &room, const QXmppStanza::Error &error);
    void handleSubject(const QString &room, const QString &subject);
    void handleGroupMessage(const QString &room, const QXmppMessage &message);
    void handleMessageError(const QString &room, const QXmppMessage &message);
    void storeAndShow(const ChatMessage &message);
    void show(const ChatMessage &message);
    void setMessageState(const QString &room, const QString &originId, ChatMessage::State state);
    void transmit(const ChatMessage &message);
    void sendPending(const QString &room);
    void loadPage(MessagesModel *model, std::optional<MessagePosition> before);
    void finishJoin(const QString &room, RoomEntry::State state, const QString &errorText);
    void submitInstantConfiguration(const QString &room);
    void sendAdminItem(const QString &room, const QString &attribute, const QString &value, const QString &itemKey, const QString &itemValue,
                       const QString &reason);
    void syncBookmarks();
    void handleBookmarksLoaded();
    void handleConnected();
    void handleDisconnected();
    RoomEntry entryOf(const QString &room) const;
    void updateEntry(const RoomEntry &entry);
    QString defaultNick() const;
    QString accountJid() const;

    BookmarksService *m_bookmarks;
    BookmarksModel *m_bookmarkModel;
    IqRequestExtension *m_requests;
    QXmppClient *m_client = nullptr;
    RoomsModel *m_rooms;
    std::unique_ptr<MessageStore> m_store;
    QHash<QString, Session> m_sessions;
    QHash<QString, QPointer<MessagesModel>> m_openRooms;
    /// The user's messages sent on this connection that the room has not sent back, by origin id.
    QHash<QString, ChatMessage> m_unconfirmed;
    /// Without a store: the user's messages that wait for a join, per room.
    QHash<QString, QVector<ChatMessage>> m_pendingWithoutStore;
    /// Row ids for messages kept without a store.
    qint64 m_nextMemoryId = 1;
    /// Rooms whose bookmark had autojoin set at the last look, so that a change to autojoin joins once.
    QSet<QString> m_autojoinSeen;
};
