#include "MucServiceFinder.h"

#include "DiscoInfoQueue.h"
#include "DiscoItemsPage.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "salon_core_rooms_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>

namespace {

const auto DiscoItemsNamespace = QStringLiteral("http://jabber.org/protocol/disco#items");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");

bool isTextConference(const QDomElement &query)
{
    for (QDomElement identity = query.firstChildElement(QStringLiteral("identity")); !identity.isNull();
         identity = identity.nextSiblingElement(QStringLiteral("identity"))) {
        if (identity.attribute(QStringLiteral("category")) == QLatin1String("conference") && identity.attribute(QStringLiteral("type")) == QLatin1String("text")) {
            return true;
        }
    }
    return false;
}

} // namespace

MucServiceFinder::MucServiceFinder(QXmppClient *client, IqRequestExtension *requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(requests)
    , m_infoQueue(new DiscoInfoQueue(requests, MaxConcurrentRequests, this, [this](const QString &jid, const IqResponse &response) {
        handleInfo(jid, response);
    }))
{
    connect(m_infoQueue, &DiscoInfoQueue::finished, this, [this] {
        if (m_searching && !m_itemsPending) {
            finish();
        }
    });
}

QStringList MucServiceFinder::services() const
{
    return m_services;
}

bool MucServiceFinder::isSearching() const
{
    return m_searching;
}

void MucServiceFinder::find()
{
    ++m_search;
    m_infoQueue->clear();
    m_found.clear();
    m_searching = true;
    m_itemsPending = true;

    const QString server = m_client->configuration().domain().toLower();
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "looking for group chat services on" << server;
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(QXmppDiscoveryIq::ItemsQuery);
    iq.setTo(server);
    m_requests->sendRequest(iq, this, [this, search = m_search](const IqResponse &response) {
        if (search == m_search) {
            handleItems(response);
        }
    });
}

void MucServiceFinder::handleItems(const IqResponse &response)
{
    m_itemsPending = false;
    const QString server = m_client->configuration().domain().toLower();
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoItemsNamespace) {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "reading the items of" << server << "failed: status" << int(response.status)
                                              << "condition" << int(response.error.condition());
        m_searching = false;
        const QString reason = response.deliveryFailureText().isEmpty() ? tr("the server does not list its services.") : response.deliveryFailureText();
        Q_EMIT actionFailed(server, tr("Salon could not look for group chat services on %1: %2").arg(server, reason));
        return;
    }

    const DiscoItemsPage page = DiscoItemsPage::fromQuery(query, MaxItems);
    if (page.itemsBeyondLimit > 0) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << server << "has more than" << MaxItems << "items; ignored" << page.itemsBeyondLimit;
    }
    QSet<QString> requested;
    for (const DiscoItem &item : page.items) {
        // A service is an entity of its own, not a node of one.
        const QString jid = item.node.isEmpty() ? MucAddress::serviceFromUserInput(item.jid) : QString();
        if (jid.isEmpty() || jid != item.jid.toLower() || requested.contains(jid)) {
            continue;
        }
        requested.insert(jid);
        m_infoQueue->enqueue(jid);
    }
    if (requested.isEmpty()) {
        finish();
    }
}

void MucServiceFinder::handleInfo(const QString &jid, const IqResponse &response)
{
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoInfoNamespace) {
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "disco#info of" << jid << "failed: status" << int(response.status);
        return;
    }
    if (isTextConference(query)) {
        m_found.insert(jid);
    }
}

void MucServiceFinder::finish()
{
    m_searching = false;
    m_services = QStringList(m_found.cbegin(), m_found.cend());
    m_services.sort();
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "found" << m_services.size() << "group chat services:" << m_services.join(QStringLiteral(", "));
    Q_EMIT servicesFound(m_services);
}

QString MucServiceFinder::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
