#include "RoomConfigurationService.h"

#include "BareJid.h"
#include "DataFormModel.h"
#include "IqRequestExtension.h"
#include "RoomService.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto MucOwnerNamespace = QStringLiteral("http://jabber.org/protocol/muc#owner");
const auto DataFormsNamespace = QStringLiteral("jabber:x:data");

/// Returns an owner query (XEP-0045, section 10.1) whose content \a writeContent writes, if any.
XmlPayloadIq ownerQuery(QXmppIq::Type type, const QString &room, const std::function<void(QXmlStreamWriter *)> &writeContent)
{
    return XmlPayloadIq(type, room, [writeContent](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(MucOwnerNamespace);
        if (writeContent) {
            writeContent(writer);
        }
        writer->writeEndElement();
    });
}

} // namespace

RoomConfigurationService::RoomConfigurationService(QXmppClient *client, RoomService *rooms, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rooms(rooms)
    , m_requests(new IqRequestExtension)
{
    client->insertExtension(0, m_requests);
    // A room created with configuration is locked until its owner submits or cancels the form.
    connect(rooms, &RoomService::configurationRequested, this, &RoomConfigurationService::requestForm);
}

DataFormModel *RoomConfigurationService::form(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    if (room.isEmpty()) {
        return nullptr;
    }
    DataFormModel *&model = m_forms[room];
    if (!model) {
        model = new DataFormModel(this);
    }
    return model;
}

void RoomConfigurationService::requestForm(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    DataFormModel *model = form(room);
    if (!model) {
        Q_EMIT actionFailed(jid, tr("This is not a valid room address."));
        return;
    }
    model->clear();
    model->setStatus(QStringLiteral("loading"));
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "requesting the configuration form of" << room;
    m_requests->sendRequest(ownerQuery(QXmppIq::Get, room, {}), this, [this, room](const IqResponse &response) {
        DataFormModel *model = m_forms.value(room);
        if (!model) {
            return;
        }
        if (!response.isResult()) {
            fail(room, QStringLiteral("requesting the configuration form of"), response);
            return;
        }
        const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
        QDomElement x = query.firstChildElement(QStringLiteral("x"));
        while (!x.isNull() && x.namespaceURI() != DataFormsNamespace) {
            x = x.nextSiblingElement(QStringLiteral("x"));
        }
        if (!model->load(x)) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "sent no configuration form";
            const QString text = tr("The room %1 sent no configuration form.").arg(room);
            model->setStatus(QStringLiteral("failed"), text);
            Q_EMIT actionFailed(room, text);
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "received the configuration form of" << room << "with" << model->rowCount() << "fields";
        model->setStatus(QStringLiteral("ready"));
        Q_EMIT formReady(room);
    }, RequestTimeoutMs);
}

void RoomConfigurationService::submit(const QString &jid, const QVariant &values)
{
    const QString room = BareJid::fromUserInput(jid);
    DataFormModel *model = m_forms.value(room);
    if (!model || model->rowCount() == 0 || model->status() == QLatin1String("loading")) {
        Q_EMIT actionFailed(room.isEmpty() ? jid : room, tr("Load the room's configuration before saving it."));
        return;
    }
    const QVariantMap changes = values.toMap();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!model->setValue(it.key(), it.value())) {
            const QString text = tr("The room's configuration has no field \"%1\" that can be changed.").arg(it.key().left(256));
            model->setStatus(QStringLiteral("ready"), QString());
            Q_EMIT actionFailed(room, text);
            return;
        }
    }

    model->setStatus(QStringLiteral("submitting"));
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "submitting the configuration of" << room;
    const XmlPayloadIq iq = ownerQuery(QXmppIq::Set, room, [model](QXmlStreamWriter *writer) {
        model->writeSubmitForm(writer);
    });
    m_requests->sendRequest(iq, this, [this, room](const IqResponse &response) {
        DataFormModel *model = m_forms.value(room);
        if (!model) {
            return;
        }
        if (!response.isResult()) {
            fail(room, QStringLiteral("submitting the configuration of"), response);
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "configured" << room;
        m_rooms->finishConfiguration(room);
        model->setStatus(QStringLiteral("saved"));
        Q_EMIT saved(room);
    }, RequestTimeoutMs);
}

void RoomConfigurationService::cancel(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    if (room.isEmpty()) {
        Q_EMIT actionFailed(jid, tr("This is not a valid room address."));
        return;
    }
    DataFormModel *model = form(room);
    const XmlPayloadIq iq = ownerQuery(QXmppIq::Set, room, [](QXmlStreamWriter *writer) {
        DataFormModel::writeCancelForm(writer);
    });
    if (!m_rooms->isAwaitingConfiguration(room)) {
        // An existing room keeps its configuration (XEP-0045, section 10.2), so nothing waits for the response.
        m_requests->sendRequest(iq, this, [this, room](const IqResponse &response) {
            if (!response.isResult()) {
                qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "rejected the cancel form: status" << int(response.status);
            }
        }, RequestTimeoutMs);
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "cancelled the configuration of" << room;
        model->setStatus(QStringLiteral("cancelled"));
        Q_EMIT cancelled(room);
        return;
    }

    // XEP-0045, section 10.1.3: cancelling the configuration of a locked new room destroys it.
    model->setStatus(QStringLiteral("submitting"));
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "cancelling the creation of" << room;
    m_requests->sendRequest(iq, this, [this, room](const IqResponse &response) {
        DataFormModel *model = m_forms.value(room);
        if (!response.isResult()) {
            if (model) {
                fail(room, QStringLiteral("cancelling the creation of"), response);
            }
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "cancelled the creation of" << room;
        m_rooms->leave(room);
        if (model) {
            model->setStatus(QStringLiteral("cancelled"));
        }
        Q_EMIT cancelled(room);
    }, RequestTimeoutMs);
}

void RoomConfigurationService::closeForm(const QString &jid)
{
    DataFormModel *model = m_forms.take(BareJid::fromUserInput(jid));
    if (model) {
        // A view may still read the model in the current event.
        model->deleteLater();
    }
}

void RoomConfigurationService::fail(const QString &room, const QString &action, const IqResponse &response)
{
    qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << action << room << "failed: status" << int(response.status) << "condition"
                                          << int(response.error.condition());
    const QString text = errorText(response);
    if (DataFormModel *model = m_forms.value(room)) {
        // A form that was loaded stays, so that the user may correct it and submit again.
        model->setStatus(model->rowCount() > 0 ? QStringLiteral("ready") : QStringLiteral("failed"), text);
    }
    Q_EMIT actionFailed(room, text);
}

QString RoomConfigurationService::errorText(const IqResponse &response) const
{
    if (response.status != IqResponse::Status::Error) {
        return tr("The room's configuration failed: %1").arg(response.deliveryFailureText());
    }
    const QString serverText = response.error.text().left(1024);
    switch (response.error.condition()) {
    case QXmppStanza::Error::Forbidden:
        return tr("Only the room's owners may configure it.");
    case QXmppStanza::Error::ItemNotFound:
        return tr("This room does not exist.");
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::NotAcceptable:
        return serverText.isEmpty() ? tr("The room rejected the configuration. Check the values and try again.")
                                    : tr("The room rejected the configuration: %1").arg(serverText);
    default:
        return tr("The room's configuration failed: %1").arg(serverText.isEmpty() ? tr("no details") : serverText);
    }
}

QString RoomConfigurationService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
