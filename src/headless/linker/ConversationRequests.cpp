#include "ConversationRequests.h"

#include "BareJid.h"
#include "ChatService.h"
#include "LinkerProcessLogging.h"
#include "MessagesModel.h"
#include "ModelSubscriptions.h"

#include <QJsonArray>

namespace {

const auto OpenMethod = QStringLiteral("openConversation");
const auto CloseMethod = QStringLiteral("closeConversation");
const auto FetchOlderMethod = QStringLiteral("fetchOlderMessages");

QJsonObject result(const QJsonValue &id)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invokeResult")},
        {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id},
        {QStringLiteral("ok"), true},
    };
}

QJsonObject rejection(const QJsonValue &id, const QString &errorCode, const QString &message)
{
    QJsonObject reply = result(id);
    reply.insert(QStringLiteral("ok"), false);
    reply.insert(QStringLiteral("error"), errorCode);
    reply.insert(QStringLiteral("message"), message);
    return reply;
}

} // namespace

const QString ConversationRequests::ModelPrefix = QStringLiteral("messages/");

ConversationRequests::ConversationRequests(ChatService *chats, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
    , m_subscriptions(subscriptions)
{
    connect(subscriptions, &ModelSubscriptions::released, this, &ConversationRequests::closeReleasedModel);
}

bool ConversationRequests::handles(const QJsonObject &request)
{
    if (request.value(QStringLiteral("object")).toString() != QLatin1String("chats")) {
        return false;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    return method == OpenMethod || method == CloseMethod || method == FetchOlderMethod;
}

QString ConversationRequests::modelName(const QString &peer)
{
    return ModelPrefix + peer;
}

QJsonObject ConversationRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    if (args.size() != 1) {
        return rejection(id, QStringLiteral("wrongArgumentCount"), tr("The method \"%1\" of \"chats\" takes one argument, the chat address.").arg(method));
    }
    const QString jid = args.at(0).toString();
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        return rejection(id, QStringLiteral("invalidArgument"), tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
    }
    const QString name = modelName(peer);

    if (method == CloseMethod) {
        m_subscriptions->unsubscribe(tab, name);
        return result(id);
    }

    if (method == FetchOlderMethod) {
        QAbstractItemModel *model = m_subscriptions->model(name);
        if (!model || !m_subscriptions->isSubscribed(tab, name)) {
            return rejection(id, QStringLiteral("notOpen"), tr("The conversation with %1 is not open. Open it before loading older messages.").arg(peer));
        }
        if (model->canFetchMore({})) {
            model->fetchMore({});
        }
        return result(id);
    }

    MessagesModel *model = m_chats->openConversation(peer);
    if (!model || !m_subscriptions->subscribe(tab, name, model)) {
        if (model && !m_subscriptions->model(name)) {
            m_chats->closeConversation(peer);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has" << ModelSubscriptions::MaxModelsPerTab << "conversations open already";
        return rejection(id,
                         QStringLiteral("tooManyModels"),
                         tr("This tab has %1 conversations open already. Close one before opening another.").arg(ModelSubscriptions::MaxModelsPerTab));
    }
    QJsonObject reply = result(id);
    reply.insert(QStringLiteral("model"), name);
    return reply;
}

void ConversationRequests::closeReleasedModel(const QString &name)
{
    if (name.startsWith(ModelPrefix)) {
        m_chats->closeConversation(name.mid(ModelPrefix.size()));
    }
}
