#include "ConversationRequests.h"

#include "BareJid.h"
#include "ChatService.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "MessageReveals.h"
#include "MessagesModel.h"
#include "ModelSubscriptions.h"
#include "ObjectInvoker.h"

#include <QJsonArray>

namespace {

const auto OpenMethod = QStringLiteral("openConversation");
const auto CloseMethod = QStringLiteral("closeConversation");
const auto FetchOlderMethod = QStringLiteral("fetchOlderMessages");
const auto RevealMethod = QStringLiteral("revealMessage");

} // namespace

const QString ConversationRequests::ModelPrefix = QStringLiteral("messages/");

ConversationRequests::ConversationRequests(ChatService *chats, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
    , m_subscriptions(subscriptions)
    , m_reveals(new MessageReveals(this))
{
    connect(subscriptions, &ModelSubscriptions::released, this, &ConversationRequests::closeReleasedModel);
    connect(m_reveals, &MessageReveals::replyReady, this, &ConversationRequests::replyReady);
}

bool ConversationRequests::handles(const QJsonObject &request)
{
    if (request.value(QStringLiteral("object")).toString() != QLatin1String("chats")) {
        return false;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    return method == OpenMethod || method == CloseMethod || method == FetchOlderMethod || method == RevealMethod;
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
    if (method == RevealMethod) {
        if (args.size() != 2) {
            return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"), tr("The method \"%1\" of \"chats\" takes two arguments, the chat address and the message id.").arg(method));
        }
    } else if (args.size() != 1) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"), tr("The method \"%1\" of \"chats\" takes one argument, the chat address.").arg(method));
    }
    const QString jid = args.at(0).toString();
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
    }
    const QString name = modelName(peer);

    if (method == CloseMethod) {
        m_reveals->cancel(name, tab);
        m_subscriptions->unsubscribe(tab, name);
        return InvokeReply::success(id);
    }

    if (method == RevealMethod) {
        return reveal(tab, id, name, args);
    }

    if (method == FetchOlderMethod) {
        QAbstractItemModel *model = m_subscriptions->model(name);
        if (!model || !m_subscriptions->isSubscribed(tab, name)) {
            return InvokeReply::rejection(id, QStringLiteral("notOpen"), tr("The conversation with %1 is not open. Open it before loading older messages.").arg(peer));
        }
        if (model->canFetchMore({})) {
            model->fetchMore({});
        }
        return InvokeReply::success(id);
    }

    MessagesModel *model = m_chats->openConversation(peer);
    if (!model || !m_subscriptions->subscribe(tab, name, model)) {
        if (model && !m_subscriptions->model(name)) {
            m_chats->closeConversation(peer);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has" << ModelSubscriptions::MaxModelsPerTab << "conversations open already";
        return InvokeReply::rejection(id,
                         QStringLiteral("tooManyModels"),
                         tr("This tab has %1 conversations open already. Close one before opening another.").arg(ModelSubscriptions::MaxModelsPerTab));
    }
    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("model"), name);
    return reply;
}

QJsonObject ConversationRequests::reveal(quint64 tab, const QJsonValue &id, const QString &name, const QJsonArray &args)
{
    QVariant messageId;
    QString error;
    if (!ObjectInvoker::convertArgument(args.at(1), QMetaType::LongLong, &messageId, &error)) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("Argument 2 of chats.revealMessage: %1").arg(error));
    }
    auto *model = qobject_cast<MessagesModel *>(m_subscriptions->model(name));
    if (!model || !m_subscriptions->isSubscribed(tab, name)) {
        return InvokeReply::rejection(id, QStringLiteral("notOpen"), tr("The conversation with %1 is not open. Open it before showing one of its messages.").arg(name.mid(ModelPrefix.size())));
    }

    m_reveals->reveal(tab, id, name, model, messageId.toLongLong());
    return {};
}

void ConversationRequests::dropTab(quint64 tab)
{
    m_reveals->dropTab(tab);
}

void ConversationRequests::closeReleasedModel(const QString &name)
{
    m_reveals->cancel(name);
    if (name.startsWith(ModelPrefix)) {
        m_chats->closeConversation(name.mid(ModelPrefix.size()));
    }
}
