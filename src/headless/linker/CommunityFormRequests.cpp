#include "CommunityFormRequests.h"

#include "CommunityService.h"
#include "DataFormModel.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "ModelSubscriptions.h"
#include "MucAddress.h"

#include <QJsonArray>

namespace {

const auto ObjectName = QStringLiteral("communities");
const auto OpenMethod = QStringLiteral("openConfiguration");
const auto CloseMethod = QStringLiteral("closeConfiguration");

} // namespace

const QString CommunityFormRequests::FormPrefix = QStringLiteral("communityConfiguration/");

CommunityFormRequests::CommunityFormRequests(CommunityService *communities, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_communities(communities)
    , m_subscriptions(subscriptions)
{
    connect(subscriptions, &ModelSubscriptions::released, this, &CommunityFormRequests::closeReleasedForm);
}

bool CommunityFormRequests::handles(const QJsonObject &request)
{
    if (request.value(QStringLiteral("object")).toString() != ObjectName) {
        return false;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    return method == OpenMethod || method == CloseMethod;
}

QJsonObject CommunityFormRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    if (args.size() != 2 || !args.at(0).isString() || !args.at(1).isString()) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      tr("The method \"%1\" of \"communities\" takes two strings, the service address and the node.").arg(method));
    }
    const QString typedService = args.at(0).toString();
    // A service's address is a domain and contains no "/", so the first one of the model's name ends it.
    const QString service = MucAddress::serviceFromUserInput(typedService);
    const QString node = args.at(1).toString();
    DataFormModel *form = m_communities->configurationForm(service, node);
    if (!form) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                      tr("\"%1\" with the node \"%2\" names no community. A service address looks like pubsub.example.org.")
                                          .arg(typedService.trimmed(), node));
    }

    const QString name = FormPrefix + service + QLatin1Char('/') + node;
    if (method == CloseMethod) {
        m_subscriptions->unsubscribe(tab, name);
        return InvokeReply::success(id);
    }
    const bool published = m_subscriptions->model(name) != nullptr;
    if (!m_subscriptions->subscribe(tab, name, form)) {
        if (!published) {
            m_communities->closeConfiguration(service, node);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has too many models open to open a community's configuration";
        return InvokeReply::rejection(id, QStringLiteral("tooManyModels"),
                                      tr("This tab has too many conversations, rooms and forms open. Close one before configuring a community."));
    }
    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("model"), name);
    return reply;
}

void CommunityFormRequests::closeReleasedForm(const QString &name)
{
    if (!name.startsWith(FormPrefix)) {
        return;
    }
    const QString address = name.mid(FormPrefix.size());
    const int separator = address.indexOf(QLatin1Char('/'));
    m_communities->closeConfiguration(address.left(separator), address.mid(separator + 1));
}
