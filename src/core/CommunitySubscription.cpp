#include "CommunitySubscription.h"

#include "CommunityInfo.h"
#include "MucAddress.h"
#include "RoomInfo.h"

#include <QCryptographicHash>
#include <QDomElement>
#include <QXmlStreamWriter>

namespace {

const auto OptionsNamespace = QStringLiteral("urn:salon:pubsub:subscription-options:0");

} // namespace

QString CommunitySubscription::nodeName()
{
    return QStringLiteral("urn:xmpp:pubsub:subscription");
}

QString CommunitySubscription::payloadNamespace()
{
    return QStringLiteral("urn:xmpp:pubsub:subscription:0");
}

QString CommunitySubscription::displayTitle() const
{
    return title.isEmpty() ? node : title;
}

QString CommunitySubscription::itemId(const QString &service, const QString &node, const QString &accountJid)
{
    const QString key = service + QLatin1Char('<') + node + QLatin1Char('<') + accountJid;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void CommunitySubscription::write(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("subscription"));
    writer->writeDefaultNamespace(payloadNamespace());
    writer->writeAttribute(QStringLiteral("server"), service);
    writer->writeAttribute(QStringLiteral("node"), node);
    if (!title.isEmpty()) {
        writer->writeTextElement(QStringLiteral("title"), title);
    }
    writer->writeStartElement(QStringLiteral("options"));
    writer->writeDefaultNamespace(OptionsNamespace);
    writer->writeAttribute(QStringLiteral("notify"), notify ? QStringLiteral("true") : QStringLiteral("false"));
    writer->writeAttribute(QStringLiteral("state"), state);
    writer->writeEndElement();
    writer->writeEndElement();
}

bool CommunitySubscription::read(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("subscription") || element.namespaceURI() != payloadNamespace()) {
        return false;
    }
    const QString server = MucAddress::serviceFromUserInput(element.attribute(QStringLiteral("server")));
    const QString nodeAttribute = element.attribute(QStringLiteral("node"));
    if (server.isEmpty() || nodeAttribute.isEmpty() || nodeAttribute.size() > CommunityInfo::MaxNodeLength) {
        return false;
    }
    service = server;
    node = nodeAttribute;
    title = RoomInfo::cleanedLine(element.firstChildElement(QStringLiteral("title")).text(), MaxTitleLength);

    notify = false;
    state = QStringLiteral("subscribed");
    for (QDomElement options = element.firstChildElement(QStringLiteral("options")); !options.isNull();
         options = options.nextSiblingElement(QStringLiteral("options"))) {
        if (options.namespaceURI() != OptionsNamespace) {
            continue;
        }
        const QString flag = options.attribute(QStringLiteral("notify"));
        notify = flag == QLatin1String("true") || flag == QLatin1String("1");
        if (options.attribute(QStringLiteral("state")) == QLatin1String("pending")) {
            state = QStringLiteral("pending");
        }
        break;
    }
    return true;
}

bool CommunitySubscription::operator==(const CommunitySubscription &other) const
{
    return service == other.service && node == other.node && title == other.title && state == other.state && notify == other.notify;
}
