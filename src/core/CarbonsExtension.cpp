#include "CarbonsExtension.h"

#include "IqRequestExtension.h"
#include "XmlPayloadIq.h"
#include "salon_core_chats_logging.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

const QString CarbonsExtension::Namespace = QStringLiteral("urn:xmpp:carbons:2");

namespace {

const auto ForwardNamespace = QStringLiteral("urn:xmpp:forward:0");

} // namespace

CarbonsExtension::CarbonsExtension()
    : m_iqRequests(new IqRequestExtension)
{
}

CarbonsExtension::~CarbonsExtension() = default;

void CarbonsExtension::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    client->insertExtension(0, m_iqRequests);
    connect(client, &QXmppClient::connected, this, [this] {
        // A resumed stream keeps the carbons state of the stream it continues.
        if (this->client()->streamManagementState() != QXmppClient::ResumedStream) {
            enableCarbons();
        }
    });
}

QStringList CarbonsExtension::discoveryFeatures() const
{
    return {Namespace};
}

void CarbonsExtension::enableCarbons()
{
    const XmlPayloadIq iq(QXmppIq::Set, QString(), [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("enable"));
        writer->writeDefaultNamespace(Namespace);
        writer->writeEndElement();
    });
    m_iqRequests->sendRequest(iq, this, [this](const IqResponse &response) {
        if (response.isResult()) {
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "message carbons enabled";
        } else {
            // Without carbons, messages of the user's other clients do not show here.
            qCInfo(SALON_CORE_CHATS).noquote() << accountJid() << "enabling message carbons failed: status" << int(response.status) << "condition"
                                               << int(response.error.condition());
        }
    });
}

bool CarbonsExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    QDomElement wrapper;
    for (QDomElement child = stanza.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() == Namespace && (child.tagName() == QLatin1String("sent") || child.tagName() == QLatin1String("received"))) {
            wrapper = child;
            break;
        }
    }
    if (wrapper.isNull()) {
        return false;
    }

    const QString from = stanza.attribute(QStringLiteral("from"));
    if (from.toLower() != accountJid()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "dropped a forged carbon from" << QXmppUtils::jidToBareJid(from).left(200);
        return true;
    }

    const QDomElement forwarded = wrapper.firstChildElement(QStringLiteral("forwarded"));
    const QDomElement inner = forwarded.firstChildElement(QStringLiteral("message"));
    if (forwarded.namespaceURI() != ForwardNamespace || inner.isNull()) {
        qCWarning(SALON_CORE_CHATS).noquote() << accountJid() << "dropped a carbon without a forwarded message";
        return true;
    }

    QXmppMessage message;
    message.parse(inner);
    if (wrapper.tagName() == QLatin1String("sent")) {
        Q_EMIT carbonSent(message);
    } else {
        Q_EMIT carbonReceived(message);
    }
    return true;
}

QString CarbonsExtension::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
