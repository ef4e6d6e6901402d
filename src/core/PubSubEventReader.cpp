#include "PubSubEventReader.h"

#include "salon_core_pubsub_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppUtils.h>

namespace {

const auto PubSubEventNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#event");

} // namespace

bool PubSubEventReader::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    const QDomElement event = stanza.firstChildElement(QStringLiteral("event"));
    if (event.isNull() || event.namespaceURI() != PubSubEventNamespace) {
        return false;
    }
    const QString from = stanza.attribute(QStringLiteral("from"));
    const QString service = QXmppUtils::jidToBareJid(from).toLower();
    if (service.isEmpty() || from.contains(QLatin1Char('/'))) {
        const QString account = client() ? client()->configuration().jidBare().toLower() : QString();
        qCInfo(SALON_CORE_PUBSUB).noquote() << account << "ignored a PubSub event from a full JID or without a sender";
        return false;
    }

    for (QDomElement child = event.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        const QString node = child.attribute(QStringLiteral("node"));
        if (node.isEmpty()) {
            continue;
        }
        const QString name = child.tagName();
        if (name == QLatin1String("items")) {
            QVector<PubSubItem> published;
            QStringList retracted;
            for (QDomElement entry = child.firstChildElement(); !entry.isNull(); entry = entry.nextSiblingElement()) {
                const QString id = entry.attribute(QStringLiteral("id"));
                if (entry.tagName() == QLatin1String("item")) {
                    published.append({id, entry.attribute(QStringLiteral("publisher")), entry.firstChildElement()});
                } else if (entry.tagName() == QLatin1String("retract") && !id.isEmpty()) {
                    retracted.append(id);
                }
            }
            if (!published.isEmpty()) {
                Q_EMIT itemsPublished(service, node, published);
            }
            if (!retracted.isEmpty()) {
                Q_EMIT itemsRetracted(service, node, retracted);
            }
        } else if (name == QLatin1String("purge")) {
            Q_EMIT nodePurged(service, node);
        } else if (name == QLatin1String("delete")) {
            Q_EMIT nodeDeleted(service, node);
        }
    }
    return false;
}
