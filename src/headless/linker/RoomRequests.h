#pragma once

#include <QJsonObject>
#include <QObject>

class MessageReveals;
class ModelSubscriptions;
class RoomMessageService;
class RoomService;

/// The `invoke` requests of a tab on the object `roomMessages` that concern one room's models,
/// which the linker publishes to the tabs that opened them.
///
/// | method | effect |
/// | --- | --- |
/// | `openRoom(jid)` | opens the room's messages through RoomMessageService and sends the tab their snapshot under `roomMessages/<bare JID>`, and the room's occupants under `occupants/<bare JID>`; the reply names them as `model` and `occupantsModel` |
/// | `closeRoom(jid)` | ends the tab's subscriptions to both; the messages model closes when no tab has it open |
/// | `fetchOlderMessages(jid)` | requests the page before the oldest loaded message, unless one is loading or there is none |
/// | `revealMessage(jid, messageId)` | loads older pages until the message is in the model; the reply comes once it is, or once it is known to be missing (MessageReveals) |
///
/// Only rooms in RoomService's list (bookmarked, joining, joined or failed) can be opened. The
/// two models count as two of the tab's ModelSubscriptions::MaxModelsPerTab. Every other method
/// of `roomMessages` goes through ObjectInvoker.
class RoomRequests : public QObject
{
    Q_OBJECT

public:
    /// Prefix of the names of the rooms' messages models.
    static const QString MessagesPrefix;
    /// Prefix of the names of the rooms' occupants models.
    static const QString OccupantsPrefix;

    /// Publishes through \a subscriptions the models of \a rooms and \a messages; all three must outlive this object.
    RoomRequests(RoomService *rooms, RoomMessageService *messages, ModelSubscriptions *subscriptions, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request that handle() carries out.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message, or an empty
    /// object when replyReady() sends the reply later.
    QJsonObject handle(quint64 tab, const QJsonObject &request);
    /// Forgets the requests of \a tab that wait for their reply, when the tab has closed.
    void dropTab(quint64 tab);

Q_SIGNALS:
    /// \a reply is the `invokeResult` message of a request of \a tab that handle() left open.
    void replyReady(quint64 tab, const QJsonObject &reply);

private:
    QJsonObject open(quint64 tab, const QJsonValue &id, const QString &room);
    QJsonObject fetchOlder(quint64 tab, const QJsonValue &id, const QString &room);
    QJsonObject reveal(quint64 tab, const QJsonValue &id, const QString &room, const QJsonValue &messageId);
    void closeReleasedModel(const QString &name);

    RoomService *m_rooms;
    RoomMessageService *m_messages;
    ModelSubscriptions *m_subscriptions;
    MessageReveals *m_reveals;
};
