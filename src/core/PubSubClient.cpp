#include "PubSubClient.h"

#include "IqRequestExtension.h"
#include "XmlPayloadIq.h"
#include "salon_core_pubsub_logging.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto PubSubNamespace = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto PubSubOwnerNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto ResultSetNamespace = QStringLiteral("http://jabber.org/protocol/rsm");
const auto PublishOptionsForm = QStringLiteral("http://jabber.org/protocol/pubsub#publish-options");
const auto NodeConfigForm = QStringLiteral("http://jabber.org/protocol/pubsub#node_config");

// Starts <pubsub xmlns=namespaceUri> with its first child element name and the node attribute.
void startRequest(QXmlStreamWriter *writer, const QString &namespaceUri, const QString &element, const QString &node)
{
    writer->writeStartElement(QStringLiteral("pubsub"));
    writer->writeDefaultNamespace(namespaceUri);
    writer->writeStartElement(element);
    if (!node.isEmpty()) {
        writer->writeAttribute(QStringLiteral("node"), node);
    }
}

// The child element of the response's <pubsub/>, which a service may leave out of an empty result.
QDomElement responseChild(const IqResponse &response, const QString &namespaceUri, const QString &element)
{
    const QDomElement pubsub = response.element.firstChildElement(QStringLiteral("pubsub"));
    if (pubsub.namespaceURI() != namespaceUri) {
        return {};
    }
    return pubsub.firstChildElement(element);
}

} // namespace

PubSubClient::PubSubClient(QXmppClient *client, IqRequestExtension *requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(requests)
    , m_timeoutMs(IqRequestExtension::DefaultTimeoutMs)
{
}

int PubSubClient::timeoutMs() const
{
    return m_timeoutMs;
}

void PubSubClient::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

QString PubSubClient::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

void PubSubClient::logFailure(const QString &account, const QString &what, const QString &service, const QString &node, const PubSubResult &result)
{
    qCInfo(SALON_CORE_PUBSUB).noquote() << account << what << "node" << node << "of"
                                        << (service.isEmpty() ? QStringLiteral("the own PEP service") : service) << "failed:" << result.code();
}

IqRequestExtension::Handler PubSubClient::resultHandler(const QString &what, const QString &service, const QString &node,
                                                       std::function<void(const PubSubResult &)> done) const
{
    return [account = accountJid(), what, service, node, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, what, service, node, result);
        }
        done(result);
    };
}

void PubSubClient::writeForm(QXmlStreamWriter *writer, const QString &formType, const FormFields &fields)
{
    writer->writeStartElement(QStringLiteral("x"));
    writer->writeDefaultNamespace(DataFormsNamespace);
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    writer->writeStartElement(QStringLiteral("field"));
    writer->writeAttribute(QStringLiteral("var"), QStringLiteral("FORM_TYPE"));
    writer->writeAttribute(QStringLiteral("type"), QStringLiteral("hidden"));
    writer->writeTextElement(QStringLiteral("value"), formType);
    writer->writeEndElement();
    for (const auto &[name, values] : fields) {
        writer->writeStartElement(QStringLiteral("field"));
        writer->writeAttribute(QStringLiteral("var"), name);
        for (const QString &value : values) {
            writer->writeTextElement(QStringLiteral("value"), value);
        }
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

void PubSubClient::publish(const QString &service, const QString &node, const QString &itemId, const PayloadWriter &payload,
                           const FormFields &publishOptions, QObject *context, std::function<void(const PubSubResult &, const QString &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, itemId, payload, publishOptions](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("publish"), node);
        writer->writeStartElement(QStringLiteral("item"));
        if (!itemId.isEmpty()) {
            writer->writeAttribute(QStringLiteral("id"), itemId);
        }
        payload(writer);
        writer->writeEndElement();
        writer->writeEndElement();
        if (!publishOptions.isEmpty()) {
            writer->writeStartElement(QStringLiteral("publish-options"));
            writeForm(writer, PublishOptionsForm, publishOptions);
            writer->writeEndElement();
        }
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, node, itemId, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("publishing to"), service, node, result);
            done(result, itemId);
            return;
        }
        // A service that keeps the requested id may leave the <publish/> out of its result.
        const QString published = responseChild(response, PubSubNamespace, QStringLiteral("publish")).firstChildElement(QStringLiteral("item")).attribute(QStringLiteral("id"));
        done(result, published.isEmpty() ? itemId : published);
    }, m_timeoutMs);
}

void PubSubClient::retract(const QString &service, const QString &node, const QString &itemId, bool notify, QObject *context,
                           std::function<void(const PubSubResult &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, itemId, notify](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("retract"), node);
        if (notify) {
            writer->writeAttribute(QStringLiteral("notify"), QStringLiteral("true"));
        }
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), itemId);
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, resultHandler(QStringLiteral("retracting an item of"), service, node, std::move(done)), m_timeoutMs);
}

void PubSubClient::requestItems(const QString &service, const QString &node, const ItemsQuery &query, QObject *context,
                                std::function<void(const PubSubItemsPage &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Get, service, [node, query](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("items"), node);
        if (query.maxItems > 0 && query.after.isEmpty()) {
            writer->writeAttribute(QStringLiteral("max_items"), QString::number(query.maxItems));
        }
        for (const QString &id : query.itemIds) {
            writer->writeStartElement(QStringLiteral("item"));
            writer->writeAttribute(QStringLiteral("id"), id);
            writer->writeEndElement();
        }
        writer->writeEndElement();
        if (!query.after.isEmpty()) {
            writer->writeStartElement(QStringLiteral("set"));
            writer->writeDefaultNamespace(ResultSetNamespace);
            if (query.maxItems > 0) {
                writer->writeTextElement(QStringLiteral("max"), QString::number(query.maxItems));
            }
            if (!query.after.isEmpty()) {
                writer->writeTextElement(QStringLiteral("after"), query.after);
            }
            writer->writeEndElement();
        }
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, node, done = std::move(done)](const IqResponse &response) {
        PubSubItemsPage page;
        page.result = PubSubResult::fromResponse(response);
        if (!page.result.isOk()) {
            logFailure(account, QStringLiteral("requesting the items of"), service, node, page.result);
            done(page);
            return;
        }
        const QDomElement items = responseChild(response, PubSubNamespace, QStringLiteral("items"));
        if (items.isNull()) {
            page.result = PubSubResult::invalidResponse();
            logFailure(account, QStringLiteral("requesting the items of"), service, node, page.result);
            done(page);
            return;
        }
        for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
            page.items.append({item.attribute(QStringLiteral("id")), item.attribute(QStringLiteral("publisher")), item.firstChildElement()});
        }
        const QDomElement set = items.parentNode().firstChildElement(QStringLiteral("set"));
        if (set.namespaceURI() == ResultSetNamespace) {
            page.firstId = set.firstChildElement(QStringLiteral("first")).text();
            page.lastId = set.firstChildElement(QStringLiteral("last")).text();
            bool countOk = false;
            const int count = set.firstChildElement(QStringLiteral("count")).text().toInt(&countOk);
            page.count = countOk ? count : -1;
        }
        done(page);
    }, m_timeoutMs);
}

void PubSubClient::subscribe(const QString &service, const QString &node, const QString &jid, QObject *context,
                             std::function<void(const PubSubResult &, const QString &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, jid](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("subscribe"), node);
        writer->writeAttribute(QStringLiteral("jid"), jid);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, node, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("subscribing to"), service, node, result);
            done(result, QString());
            return;
        }
        const QString state = responseChild(response, PubSubNamespace, QStringLiteral("subscription")).attribute(QStringLiteral("subscription"));
        // An empty result means that the service subscribed the user.
        done(result, state.isEmpty() ? QStringLiteral("subscribed") : state);
    }, m_timeoutMs);
}

void PubSubClient::unsubscribe(const QString &service, const QString &node, const QString &jid, QObject *context,
                               std::function<void(const PubSubResult &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, jid](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("unsubscribe"), node);
        writer->writeAttribute(QStringLiteral("jid"), jid);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, resultHandler(QStringLiteral("unsubscribing from"), service, node, std::move(done)), m_timeoutMs);
}

void PubSubClient::requestSubscriptions(const QString &service, QObject *context,
                                        std::function<void(const PubSubResult &, const QVector<PubSubSubscription> &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Get, service, [](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("subscriptions"), QString());
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("requesting the subscriptions to"), service, QStringLiteral("(all)"), result);
        }
        QVector<PubSubSubscription> subscriptions;
        const QDomElement list = responseChild(response, PubSubNamespace, QStringLiteral("subscriptions"));
        for (QDomElement entry = list.firstChildElement(QStringLiteral("subscription")); !entry.isNull();
             entry = entry.nextSiblingElement(QStringLiteral("subscription"))) {
            subscriptions.append({entry.attribute(QStringLiteral("node")), entry.attribute(QStringLiteral("jid")), entry.attribute(QStringLiteral("subscription"))});
        }
        done(result, subscriptions);
    }, m_timeoutMs);
}

void PubSubClient::requestAffiliations(const QString &service, QObject *context,
                                       std::function<void(const PubSubResult &, const QVector<PubSubAffiliation> &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Get, service, [](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("affiliations"), QString());
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("requesting the affiliations with"), service, QStringLiteral("(all)"), result);
        }
        QVector<PubSubAffiliation> affiliations;
        const QDomElement list = responseChild(response, PubSubNamespace, QStringLiteral("affiliations"));
        for (QDomElement entry = list.firstChildElement(QStringLiteral("affiliation")); !entry.isNull();
             entry = entry.nextSiblingElement(QStringLiteral("affiliation"))) {
            affiliations.append({entry.attribute(QStringLiteral("node")), QString(), entry.attribute(QStringLiteral("affiliation"))});
        }
        done(result, affiliations);
    }, m_timeoutMs);
}

void PubSubClient::requestNodeAffiliations(const QString &service, const QString &node, QObject *context,
                                           std::function<void(const PubSubResult &, const QVector<PubSubAffiliation> &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Get, service, [node](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubOwnerNamespace, QStringLiteral("affiliations"), node);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, node, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("requesting the affiliations with"), service, node, result);
        }
        QVector<PubSubAffiliation> affiliations;
        const QDomElement list = responseChild(response, PubSubOwnerNamespace, QStringLiteral("affiliations"));
        for (QDomElement entry = list.firstChildElement(QStringLiteral("affiliation")); !entry.isNull();
             entry = entry.nextSiblingElement(QStringLiteral("affiliation"))) {
            affiliations.append({node, entry.attribute(QStringLiteral("jid")), entry.attribute(QStringLiteral("affiliation"))});
        }
        done(result, affiliations);
    }, m_timeoutMs);
}

void PubSubClient::createNode(const QString &service, const QString &node, const FormFields &configuration, QObject *context,
                              std::function<void(const PubSubResult &, const QString &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, configuration](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubNamespace, QStringLiteral("create"), node);
        writer->writeEndElement();
        if (!configuration.isEmpty()) {
            writer->writeStartElement(QStringLiteral("configure"));
            writeForm(writer, NodeConfigForm, configuration);
            writer->writeEndElement();
        }
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, [account = accountJid(), service, node, done = std::move(done)](const IqResponse &response) {
        const PubSubResult result = PubSubResult::fromResponse(response);
        if (!result.isOk()) {
            logFailure(account, QStringLiteral("creating"), service, node, result);
        }
        const QString created = responseChild(response, PubSubNamespace, QStringLiteral("create")).attribute(QStringLiteral("node"));
        done(result, created.isEmpty() ? node : created);
    }, m_timeoutMs);
}

void PubSubClient::configureNode(const QString &service, const QString &node, const FormFields &configuration, QObject *context,
                                 std::function<void(const PubSubResult &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node, configuration](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubOwnerNamespace, QStringLiteral("configure"), node);
        writeForm(writer, NodeConfigForm, configuration);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, resultHandler(QStringLiteral("configuring"), service, node, std::move(done)), m_timeoutMs);
}

void PubSubClient::purgeNode(const QString &service, const QString &node, QObject *context, std::function<void(const PubSubResult &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubOwnerNamespace, QStringLiteral("purge"), node);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, resultHandler(QStringLiteral("purging"), service, node, std::move(done)), m_timeoutMs);
}

void PubSubClient::deleteNode(const QString &service, const QString &node, QObject *context, std::function<void(const PubSubResult &)> done)
{
    const XmlPayloadIq iq(QXmppIq::Set, service, [node](QXmlStreamWriter *writer) {
        startRequest(writer, PubSubOwnerNamespace, QStringLiteral("delete"), node);
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, context, resultHandler(QStringLiteral("deleting"), service, node, std::move(done)), m_timeoutMs);
}
