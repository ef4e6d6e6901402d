#include "RoomFormRequests.h"

#include "BareJid.h"
#include "DataFormModel.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "ModelSubscriptions.h"
#include "RoomConfigurationService.h"

#include <QJsonArray>

namespace {

const auto ObjectName = QStringLiteral("roomConfiguration");
const auto OpenMethod = QStringLiteral("openForm");
const auto CloseMethod = QStringLiteral("closeForm");

} // namespace

const QString RoomFormRequests::FormPrefix = QStringLiteral("roomConfiguration/");

RoomFormRequests::RoomFormRequests(RoomConfigurationService *configuration, ModelSubscriptions *subscriptions, QObject *parent)
    : QObject(parent)
    , m_configuration(configuration)
    , m_subscriptions(subscriptions)
{
    connect(subscriptions, &ModelSubscriptions::released, this, &RoomFormRequests::closeReleasedForm);
}

bool RoomFormRequests::handles(const QJsonObject &request)
{
    if (request.value(QStringLiteral("object")).toString() != ObjectName) {
        return false;
    }
    const QString method = request.value(QStringLiteral("method")).toString();
    return method == OpenMethod || method == CloseMethod;
}

QJsonObject RoomFormRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QString method = request.value(QStringLiteral("method")).toString();
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    if (args.size() != 1) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      tr("The method \"%1\" of \"roomConfiguration\" takes one argument, the room address.").arg(method));
    }
    const QString jid = args.at(0).toString();
    const QString room = BareJid::fromUserInput(jid);
    if (room.isEmpty()) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                      tr("\"%1\" is not a valid room address. An address looks like room@conference.example.org.").arg(jid.trimmed()));
    }

    const QString name = FormPrefix + room;
    if (method == CloseMethod) {
        m_subscriptions->unsubscribe(tab, name);
        return InvokeReply::success(id);
    }
    const bool published = m_subscriptions->model(name) != nullptr;
    if (!m_subscriptions->subscribe(tab, name, m_configuration->form(room))) {
        if (!published) {
            m_configuration->closeForm(room);
        }
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "has too many models open to open a room's configuration";
        return InvokeReply::rejection(id, QStringLiteral("tooManyModels"),
                                      tr("This tab has too many conversations and rooms open. Close one before configuring a room."));
    }
    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("model"), name);
    return reply;
}

void RoomFormRequests::closeReleasedForm(const QString &name)
{
    if (name.startsWith(FormPrefix)) {
        m_configuration->closeForm(name.mid(FormPrefix.size()));
    }
}
