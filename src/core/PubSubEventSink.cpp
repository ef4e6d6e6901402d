#include "PubSubEventSink.h"

#include <QDomElement>

namespace {

const auto PubSubEventNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#event");
const auto DelayNamespace = QStringLiteral("urn:xmpp:delay");
const auto AddressNamespace = QStringLiteral("http://jabber.org/protocol/address");
const auto HeadersNamespace = QStringLiteral("http://jabber.org/protocol/shim");

} // namespace

bool PubSubEventSink::handleStanza(const QDomElement &stanza)
{
    return isPlainNotification(stanza);
}

bool PubSubEventSink::isPlainNotification(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message") || stanza.attribute(QStringLiteral("type")) == QLatin1String("error")) {
        return false;
    }
    bool hasEvent = false;
    for (QDomElement child = stanza.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        const QString ns = child.namespaceURI();
        const QString name = child.tagName();
        if (ns == PubSubEventNamespace && name == QLatin1String("event")) {
            hasEvent = true;
        } else if (!(ns == DelayNamespace && name == QLatin1String("delay")) && !(ns == AddressNamespace && name == QLatin1String("addresses"))
                   && !(ns == HeadersNamespace && name == QLatin1String("headers"))) {
            return false;
        }
    }
    return hasEvent;
}
