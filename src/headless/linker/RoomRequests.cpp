#include "RoomRequests.h"

#include "BareJid.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "MessageReveals.h"
#include "MessagesModel.h"
#include "ObjectInvoker.h"
#include "ModelSubscriptions.h"
#include "OccupantsModel.h"
#include "RoomMessageService.h"
#include "RoomService.h"

#include <QJsonArray>

namespace {

const auto ObjectName = QStringLiteral("roomMessages");
const auto OpenMethod = QStringLiteral("openRoom");
const auto CloseMethod = QStringLiteral("closeRoom");
const auto FetchOlderMethod = QStringLiteral("fetchOlderMessages");
const auto RevealMethod = QStringLiteral("revealMessage");

} // namespace

const QString RoomRequests::MessagesPrefix = QStringLiteral("roomMessages/");
const QString RoomRequests::OccupantsPrefix = QStringLiteral("occupants/");

RoomRequests::RoomRequests(RoomService *rooms, RoomMessageService *messages, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_rooms(rooms)
    , m_messages(messages)
    , m_subscriptions(subscriptions)
    , m_reveals(new MessageReveals(this))
{
    connect(subscriptions, &ModelSubscriptions::released, this, &RoomRequests::closeReleasedModel);
    connect(m_reveals, &MessageReveals::replyReady, this, &RoomRequests::replyReady);
}

bool RoomRequests::handles(const QJsonObject &request)
{
    if (request.value(QStringLiteral("object")).toString() != ObjectName) {
        return false;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    return method == OpenMethod || method == CloseMethod || method == FetchOlderMethod || method == RevealMethod;
}

QJsonObject RoomRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    const int expected = method == RevealMethod ? 2 : 1;
    if (args.size() != expected) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      method == RevealMethod ? tr("The method \"revealMessage\" of \"roomMessages\" takes two arguments, the room address and the message id.")
                                                             : tr("The method \"%1\" of \"roomMessages\" takes one argument, the room address.").arg(method));
    }
    const QString jid = args.at(0).toString();
    const QString room = BareJid::fromUserInput(jid);
    if (room.isEmpty()) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("\"%1\" is not a valid room address. An address looks like room@conference.example.org.").arg(jid.trimmed()));
    }

    if (method == CloseMethod) {
        m_reveals->cancel(MessagesPrefix + room, tab);
        m_subscriptions->unsubscribe(tab, OccupantsPrefix + room);
        m_subscriptions->unsubscribe(tab, MessagesPrefix + room);
        return InvokeReply::success(id);
    }
    if (method == FetchOlderMethod) {
        return fetchOlder(tab, id, room);
    }
    if (method == RevealMethod) {
        return reveal(tab, id, room, args.at(1));
    }
    return open(tab, id, room);
}

QJsonObject RoomRequests::open(quint64 tab, const QJsonValue &id, const QString &room)
{
    const QString messagesName = MessagesPrefix + room;
    const QString occupantsName = OccupantsPrefix + room;
    OccupantsModel *occupants = m_rooms->occupants(room);
    MessagesModel *messages = occupants ? m_messages->openRoom(room) : nullptr;
    if (!messages) {
        qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "requested the models of a room that the account does not know";
        return InvokeReply::rejection(id, QStringLiteral("notFound"), tr("You are not in the room %1. Join it first.").arg(room));
    }

    const bool subscribed = m_subscriptions->subscribe(tab, messagesName, messages);
    if (!subscribed || !m_subscriptions->subscribe(tab, occupantsName, occupants)) {
        // Unsubscribing releases the messages model when no other tab has it, which closes it.
        if (subscribed) {
            m_subscriptions->unsubscribe(tab, messagesName);
        } else if (!m_subscriptions->model(messagesName)) {
            m_messages->closeRoom(room);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has too many models open to open a room";
        return InvokeReply::rejection(id,
                                      QStringLiteral("tooManyModels"),
                                      tr("This tab has too many conversations and rooms open. Close one before opening another."));
    }

    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("model"), messagesName);
    reply.insert(QStringLiteral("occupantsModel"), occupantsName);
    return reply;
}

QJsonObject RoomRequests::fetchOlder(quint64 tab, const QJsonValue &id, const QString &room)
{
    const QString name = MessagesPrefix + room;
    QAbstractItemModel *model = m_subscriptions->model(name);
    if (!model || !m_subscriptions->isSubscribed(tab, name)) {
        return InvokeReply::rejection(id, QStringLiteral("notOpen"), tr("The room %1 is not open. Open it before loading older messages.").arg(room));
    }
    if (model->canFetchMore({})) {
        model->fetchMore({});
    }
    return InvokeReply::success(id);
}

QJsonObject RoomRequests::reveal(quint64 tab, const QJsonValue &id, const QString &room, const QJsonValue &messageId)
{
    QVariant converted;
    QString error;
    if (!ObjectInvoker::convertArgument(messageId, QMetaType::LongLong, &converted, &error)) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("Argument 2 of roomMessages.revealMessage: %1").arg(error));
    }
    const QString name = MessagesPrefix + room;
    auto *model = qobject_cast<MessagesModel *>(m_subscriptions->model(name));
    if (!model || !m_subscriptions->isSubscribed(tab, name)) {
        return InvokeReply::rejection(id, QStringLiteral("notOpen"), tr("The room %1 is not open. Open it before showing one of its messages.").arg(room));
    }
    m_reveals->reveal(tab, id, name, model, converted.toLongLong());
    return {};
}

void RoomRequests::dropTab(quint64 tab)
{
    m_reveals->dropTab(tab);
}

void RoomRequests::closeReleasedModel(const QString &name)
{
    m_reveals->cancel(name);
    if (name.startsWith(MessagesPrefix)) {
        m_messages->closeRoom(name.mid(MessagesPrefix.size()));
    }
}
