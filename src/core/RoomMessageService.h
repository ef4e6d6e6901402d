#pragma once

#include "ChatMessage.h"
#include "ParkedEdits.h"
#include "RoomsModel.h"
#include "store/MessageStore.h"

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QXmppClientExtension.h>

#include <memory>

class ArchiveExtension;
struct ArchivedMessage;
struct ArchivePage;
class MessageEditService;
class MessagesModel;
class QXmppMessage;
class RoomService;
struct ModerationNotice;
struct RoomSender;

/// The messages of group chat rooms (XEP-0045), for the rooms that RoomService joins.
///
/// Room messages are stored with the 1:1 messages (MessageStore, ChatMessage::groupChat) and shown
/// in a MessagesModel per room (openRoom()). The user's messages are stored as pending first and
/// go out while the room is joined, or after the next join. The room sends each message back to
/// its sender (XEP-0045, section 7.4), which marks the user's message delivered, and it is stored
/// once, by its origin id. Messages from others count as unread in RoomsModel until
/// markRoomRead(); those that name the user's nickname count as mentions too and are reported
/// through mentionReceived(). Group chat messages of rooms that the user is not in are dropped.
///
/// After each join of a room with a message archive (XEP-0313), the service reads the entries
/// after the newest one it fetched before, at most MaxCatchUpPages pages, as unread news. Without
/// a known entry it reads the newest page as history. The join asked the room for no history,
/// and the archive id (XEP-0359 stanza-id given by the room) stores a message that also came live once.
/// When a room's view scrolls past the oldest stored message, older pages come from the room's
/// archive, before the oldest stored archive id, until the archive's first entry.
///
/// Corrections (XEP-0308), retractions (XEP-0424), reactions (XEP-0444) and replies (XEP-0461)
/// use MessageEditService's payloads. The user corrects the newest own message and retracts own
/// messages. A correction or retraction from another occupant changes a message only when the same
/// occupant sent it: the same nickname, and the same real JID where the room shows both
/// (RoomSender::sent()). Others are ignored and logged. Corrections name the origin id of the
/// message. Retractions, reactions and replies name the stanza id that the room gave it
/// (XEP-0359), so the user's own messages can be retracted or reacted to only after the room
/// sent them back. Reactions are kept per occupant: the user's under the account JID, others'
/// under their occupant JID (room@service/nick). Moderators remove messages through
/// RoomModeration. The room's announcement, accepted only from the room's bare JID, and the
/// tombstone in its archive mark a message removed with the moderator's reason. An edit whose
/// message is not stored yet waits in ParkedEdits.
///
/// NOTE: the real JID of a sender is known only for messages that arrived live while the room showed
/// it. Without a store, older pages are not read from the room's archive.
class RoomMessageService : public QXmppClientExtension
{
    Q_OBJECT

public:
    /// Entries per archive page.
    static constexpr int PageSize = 50;
    /// Pages read per catch-up of a room.
    static constexpr int MaxCatchUpPages = 20;

    /// \a rooms, \a archive and \a edits must outlive the service; \a archive and \a edits are shared
    /// with the 1:1 conversations.
    RoomMessageService(RoomService *rooms, ArchiveExtension *archive, MessageEditService *edits, QObject *parent = nullptr);
    ~RoomMessageService() override;

    bool handleStanza(const QDomElement &stanza) override;

    /// Stores room messages in \a store from now on; with null, they live in the open models only.
    void setStore(std::unique_ptr<MessageStore> store);

    /// Returns the messages of the room \a jid, with the newest page loaded; the service owns the model.
    Q_INVOKABLE MessagesModel *openRoom(const QString &jid);
    /// Drops the messages model of the room \a jid, which views no longer show.
    Q_INVOKABLE void closeRoom(const QString &jid);
    /// Sends \a body to the room \a jid, now while joined, otherwise after the next join.
    Q_INVOKABLE void sendMessage(const QString &jid, const QString &body);
    /// Marks the messages of the room \a jid as seen, which clears its unread and mention counts.
    Q_INVOKABLE void markRoomRead(const QString &jid);
    /// Replaces the body of the user's newest message in the room \a jid with \a newBody (XEP-0308).
    Q_INVOKABLE void correctLastMessage(const QString &jid, const QString &newBody);
    /// Retracts the user's message with the row id \a messageId in the room \a jid for everyone (XEP-0424).
    Q_INVOKABLE void retractMessage(const QString &jid, qint64 messageId);
    /// Sends \a body to the room \a jid as a reply (XEP-0461) to its message with the row id \a messageId.
    Q_INVOKABLE void sendReply(const QString &jid, const QString &body, qint64 messageId);
    /// Replaces the user's reactions (XEP-0444) to the message with the row id \a messageId of the
    /// room \a jid by \a emojis. An empty list removes them.
    Q_INVOKABLE void react(const QString &jid, qint64 messageId, const QStringList &emojis);
    /// Finds the message with the row id \a messageId of the room \a room, in its open model or the
    /// store, and delivers it in the thread of \a context, or nothing.
    void findMessage(const QString &room, qint64 messageId, QObject *context, std::function<void(std::optional<ChatMessage>)> found);

Q_SIGNALS:
    /// The catch-up of the room \a jid from its archive ended after \a messageCount messages.
    void catchUpFinished(const QString &jid, int messageCount);
    /// A message from another occupant arrived live in the room \a jid.
    void messageReceived(const QString &jid, qint64 messageId);
    /// A message that names the user's nickname arrived live in the room \a jid from \a senderNick.
    void mentionReceived(const QString &jid, qint64 messageId, const QString &senderNick);
    /// Sending to the room \a jid failed. \a message is a translated sentence.
    void actionFailed(const QString &jid, const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    bool checkBody(const QString &room, const QString &body);
    ChatMessage newMessage(const QString &room, const QString &body) const;
    void enqueue(ChatMessage message);
    void readReply(const QXmppMessage &message, const QString &room, ChatMessage &chatMessage) const;
    void handleGroupMessage(const QString &room, const QXmppMessage &message);
    void handleEdit(const QString &room, const QString &nick, const QXmppMessage &message, const QString &realJid);
    void handleModeration(const QString &room, const ModerationNotice &notice);
    /// Returns the edited message's room as a joined one with the user's nickname, or emits actionFailed().
    bool checkJoinedForEdit(const QString &room);
    void applyCorrection(const QString &room, const QString &originId, const RoomSender &sender, const QString &body);
    void applyRetraction(const QString &room, const QString &stanzaId, const RoomSender &sender);
    void applyModeration(const QString &room, const QString &stanzaId, const QString &reason);
    void applyReactions(const QString &room, const QString &stanzaId, const QString &reactor, const QStringList &emojis);
    void reportEdit(const QString &room, const QString &what, const MessageEditResult &result, const QString &targetId, std::function<void()> retry);
    void applyParkedEdits(const ChatMessage &stored);
    void showUpdated(const ChatMessage &message);
    QString realJidOf(const QString &room, const QString &nick) const;
    bool handleMessageError(const QString &room, const QXmppMessage &message);
    void handleDisconnected();
    void storeAndShow(const ChatMessage &message);
    void show(const ChatMessage &message);
    void setMessageState(const QString &room, const QString &originId, ChatMessage::State state);
    void transmit(const ChatMessage &message);
    void sendPending(const QString &room);
    void loadPage(MessagesModel *model, std::optional<MessagePosition> before);
    void catchUp(const QString &room);
    void requestArchivePage(const QString &room, const QString &afterId, int run);
    void handleArchivePage(const QString &room, const ArchivePage &page, bool afterKnownId, int run);
    /// Applies archived \a entries of \a room: messages, edits and moderations. The messages of a
    /// page older than the stored ones are placed before \a boundaryMs. Returns the number of messages.
    int applyArchiveEntries(const QString &room, const QVector<ArchivedMessage> &entries, bool news, std::optional<qint64> boundaryMs = std::nullopt);
    void loadOlderFromArchive(const QPointer<MessagesModel> &model, std::optional<qint64> oldestMs);
    void finishCatchUp(const QString &room);
    void setArchivePosition(const QString &room, const QString &archiveId);
    std::optional<ChatMessage> fromArchive(const QString &room, const QXmppMessage &archived, const QString &archiveId, bool news) const;
    RoomEntry entryOf(const QString &room) const;
    QString accountJid() const;

    RoomService *m_roomService;
    ArchiveExtension *m_archive;
    MessageEditService *m_edits;
    RoomsModel *m_rooms;
    QXmppClient *m_client = nullptr;
    std::unique_ptr<MessageStore> m_store;
    QHash<QString, QPointer<MessagesModel>> m_openRooms;
    /// The user's messages sent on this connection that the room has not sent back, by origin id.
    QHash<QString, ChatMessage> m_unconfirmed;
    /// Without a store: the user's messages that wait for a join, per room.
    QHash<QString, QVector<ChatMessage>> m_pendingWithoutStore;
    /// Row ids for messages kept without a store.
    qint64 m_nextMemoryId = 1;
    /// Without a store: the newest archive id fetched per room.
    QHash<QString, QString> m_positionsWithoutStore;
    /// Per room: the number of its running catch-up, so that pages of an earlier one are ignored.
    QHash<QString, int> m_catchUpRuns;
    /// Per room: pages and messages of the running catch-up.
    QHash<QString, std::pair<int, int>> m_catchUpCounts;
    /// Rooms whose archive showed its oldest entry while older pages were read.
    QSet<QString> m_archiveStartReached;
    /// Per room: the oldest archive id read since the service started, where older pages start.
    QHash<QString, QString> m_oldestArchiveIds;
    /// Edits whose message is not stored yet, by room and the origin or stanza id they name.
    ParkedEdits m_parkedEdits;
    /// The occupant JIDs of the authors of replies that wait to be sent, by the reply's origin id.
    QHash<QString, QString> m_replyAuthors;
};
