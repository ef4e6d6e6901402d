#include "PubSubServiceFinder.h"

#include "DiscoInfoQueue.h"
#include "DiscoItemsPage.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "CommunityDirectory.h"
#include "salon_core_communities_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>

namespace {

const auto DiscoItemsNamespace = QStringLiteral("http://jabber.org/protocol/disco#items");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");
// Typed text longer than this is cut where an error message repeats it.
constexpr int MaxQuotedInputLength = 200;

bool isPubSubService(const QDomElement &query)
{
    for (QDomElement identity = query.firstChildElement(QStringLiteral("identity")); !identity.isNull();
         identity = identity.nextSiblingElement(QStringLiteral("identity"))) {
        if (identity.attribute(QStringLiteral("category")) == QLatin1String("pubsub") && identity.attribute(QStringLiteral("type")) == QLatin1String("service")) {
            return true;
        }
    }
    return false;
}

} // namespace

PubSubServiceFinder::PubSubServiceFinder(QXmppClient *client, IqRequestExtension *requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(requests)
    , m_infoQueue(new DiscoInfoQueue(requests, MaxConcurrentRequests, this, [this](const QString &jid, const IqResponse &response) {
        handleInfo(jid, response);
    }))
{
    connect(m_infoQueue, &DiscoInfoQueue::finished, this, &PubSubServiceFinder::finishIfDone);
}

QStringList PubSubServiceFinder::services() const
{
    return m_services;
}

bool PubSubServiceFinder::isSearching() const
{
    return m_searching;
}

void PubSubServiceFinder::find(const QString &server)
{
    const QString domain = server.trimmed().isEmpty() ? m_client->configuration().domain().toLower() : MucAddress::serviceFromUserInput(server);
    if (domain.isEmpty()) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "rejected a search for PubSub services: invalid server address";
        Q_EMIT actionFailed(server, tr("“%1” is not a valid server address.").arg(server.left(MaxQuotedInputLength)));
        return;
    }

    ++m_search;
    m_infoQueue->clear();
    m_found.clear();
    m_requested.clear();
    m_server = domain;
    m_itemsFailed = false;
    m_itemsFailure.clear();
    m_searching = true;
    m_itemsPending = true;
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "looking for PubSub services on" << domain;

    // The server itself may be the service the user typed.
    m_requested.insert(domain);
    m_infoQueue->enqueue(domain);

    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(QXmppDiscoveryIq::ItemsQuery);
    iq.setTo(domain);
    m_requests->sendRequest(iq, this, [this, search = m_search](const IqResponse &response) {
        if (search == m_search) {
            handleItems(response);
        }
    });
}

void PubSubServiceFinder::handleItems(const IqResponse &response)
{
    m_itemsPending = false;
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoItemsNamespace) {
        qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "reading the items of" << m_server << "failed: status" << int(response.status)
                                                    << "condition" << int(response.error.condition());
        m_itemsFailed = true;
        m_itemsFailure = CommunityDirectory::failureReason(response);
        finishIfDone();
        return;
    }

    const DiscoItemsPage page = DiscoItemsPage::fromQuery(query, MaxItems);
    if (page.itemsBeyondLimit > 0) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << m_server << "has more than" << MaxItems << "items; ignored" << page.itemsBeyondLimit;
    }
    for (const DiscoItem &item : page.items) {
        // A service is an entity of its own: neither a node of one nor an account with a PEP service.
        const QString jid = item.node.isEmpty() ? MucAddress::serviceFromUserInput(item.jid) : QString();
        if (jid.isEmpty() || jid != item.jid.toLower() || m_requested.contains(jid)) {
            continue;
        }
        m_requested.insert(jid);
        m_infoQueue->enqueue(jid);
    }
    finishIfDone();
}

void PubSubServiceFinder::handleInfo(const QString &jid, const IqResponse &response)
{
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoInfoNamespace) {
        qCDebug(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "disco#info of" << jid << "failed: status" << int(response.status);
        return;
    }
    if (isPubSubService(query)) {
        m_found.insert(jid);
    }
}

void PubSubServiceFinder::finishIfDone()
{
    if (!m_searching || m_itemsPending || !m_infoQueue->isIdle()) {
        return;
    }
    m_searching = false;
    m_services = QStringList(m_found.cbegin(), m_found.cend());
    m_services.sort();
    if (m_services.isEmpty() && m_itemsFailed) {
        Q_EMIT actionFailed(m_server, tr("Salon could not look for community services on %1: %2").arg(m_server, m_itemsFailure));
        return;
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "found" << m_services.size() << "PubSub services on" << m_server << ":"
                                             << m_services.join(QStringLiteral(", "));
    Q_EMIT servicesFound(m_server, m_services);
}

QString PubSubServiceFinder::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
