#include "CommunityDirectory.h"

#include "CommunityDirectoryModel.h"
#include "CommunityListing.h"
#include "DiscoInfoQueue.h"
#include "DiscoItemsPage.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "PubSubClient.h"
#include "PubSubResult.h"
#include "PubSubServiceFinder.h"
#include "XmlPayloadIq.h"
#include "salon_core_communities_logging.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace {

const auto DiscoItemsNamespace = QStringLiteral("http://jabber.org/protocol/disco#items");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");
const auto ResultSetNamespace = QStringLiteral("http://jabber.org/protocol/rsm");
// Typed text longer than this is cut where an error message repeats it.
constexpr int MaxQuotedInputLength = 200;

// A disco#items request for a page of PageSize items after the RSM id \a after (XEP-0059).
XmlPayloadIq itemsRequest(const QString &service, const QString &after)
{
    return XmlPayloadIq(QXmppIq::Get, service, [after](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(DiscoItemsNamespace);
        writer->writeStartElement(QStringLiteral("set"));
        writer->writeDefaultNamespace(ResultSetNamespace);
        writer->writeTextElement(QStringLiteral("max"), QString::number(CommunityDirectory::PageSize));
        if (!after.isEmpty()) {
            writer->writeTextElement(QStringLiteral("after"), after);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
}

} // namespace

CommunityDirectory::CommunityDirectory(QXmppClient *client, IqRequestExtension *requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(requests)
    , m_communities(new CommunityDirectoryModel(this))
    , m_serviceFinder(new PubSubServiceFinder(client, requests, this))
    , m_timeoutMs(IqRequestExtension::DefaultTimeoutMs)
{
    m_infoQueue = new DiscoInfoQueue(m_requests, MaxConcurrentInfoRequests, this, [this](const QString &, const QString &node, const IqResponse &response) {
        handleInfo(node, response);
    });
    m_infoQueue->setTimeoutMs(DefaultInfoTimeoutMs);
    connect(m_infoQueue, &DiscoInfoQueue::finished, this, &CommunityDirectory::finishIfDone);
    connect(m_serviceFinder, &PubSubServiceFinder::servicesFound, this, &CommunityDirectory::servicesFound);
    connect(m_serviceFinder, &PubSubServiceFinder::actionFailed, this, &CommunityDirectory::actionFailed);
}

CommunityDirectory::~CommunityDirectory() = default;

CommunityDirectoryModel *CommunityDirectory::communities() const
{
    return m_communities;
}

QStringList CommunityDirectory::services() const
{
    return m_serviceFinder->services();
}

void CommunityDirectory::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_infoQueue->setTimeoutMs(timeoutMs);
}

void CommunityDirectory::setPubSubClient(PubSubClient *pubsub)
{
    m_pubsub = pubsub;
}

void CommunityDirectory::findServices(const QString &server)
{
    m_serviceFinder->find(server);
}

void CommunityDirectory::requestCommunities(const QString &service)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty()) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "rejected a community listing: invalid service address";
        Q_EMIT actionFailed(service, tr("“%1” is not a valid address of a community service.").arg(service.left(MaxQuotedInputLength)));
        return;
    }

    cancel();
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "listing the communities of" << serviceJid;
    m_listing = std::make_unique<CommunityListing>(serviceJid, MaxCommunities);
    m_failedInfoRequests = 0;
    m_communities->reset(serviceJid);
    m_communities->setLoading(true);
    requestPage();
    requestOwnership();
}

void CommunityDirectory::refresh()
{
    if (m_listing) {
        requestCommunities(m_listing->service());
    }
}

void CommunityDirectory::refreshCommunity(const QString &node)
{
    if (m_listing && m_communities->contains(node)) {
        m_infoQueue->enqueue(m_listing->service(), node);
    }
}

void CommunityDirectory::cancel()
{
    ++m_run;
    m_infoQueue->clear();
    if (m_listing && m_communities->isLoading()) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "stopped listing the communities of" << m_listing->service() << "after"
                                                 << m_listing->size() << "nodes";
    }
    m_pagePending = false;
    m_communities->setLoading(false);
    m_checkEachNode = false;
    m_serviceAffiliationsPending = false;
    m_ownershipQueue.clear();
    m_ownershipChecksQueued = 0;
    m_activeOwnershipChecks = 0;
}

void CommunityDirectory::requestPage()
{
    m_pagePending = true;
    m_requests->sendRequest(itemsRequest(m_listing->service(), m_listing->nextAfter()), this, [this, run = m_run](const IqResponse &response) {
        if (run == m_run) {
            handlePage(response);
        }
    }, m_timeoutMs);
}

void CommunityDirectory::handlePage(const IqResponse &response)
{
    m_pagePending = false;
    const QString service = m_listing->service();
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoItemsNamespace) {
        qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "listing the communities of" << service << "failed after" << m_listing->pageCount()
                                                    << "pages: status" << int(response.status) << "condition" << int(response.error.condition());
        const QString message = m_listing->pageCount() == 0 ? tr("Salon could not list the communities of %1: %2")
                                                            : tr("Salon could list only some communities of %1: %2");
        Q_EMIT actionFailed(service, message.arg(service, failureReason(response)));
        finishIfDone();
        return;
    }

    // Items that the listing drops still count against the nodes kept, so a page of invalid items
    // cannot make the directory copy an unbounded list.
    const DiscoItemsPage page = DiscoItemsPage::fromQuery(query, m_listing->remaining() + PageSize);
    const CommunityListing::PageResult result = m_listing->addPage(page);
    const int ignored = result.invalid + result.duplicates + result.withoutJid + result.beyondLimit;
    if (ignored > 0) {
        qCWarning(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "ignored" << ignored << "items of" << service << "- invalid:" << result.invalid
                                                    << "duplicate:" << result.duplicates << "without JID:" << result.withoutJid
                                                    << "over the limit:" << result.beyondLimit;
    }
    if (result.commentNodes > 0) {
        qCDebug(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "skipped" << result.commentNodes << "comment nodes of" << service;
    }
    for (const CommunityInfo &community : result.communities) {
        m_communities->setCommunity(community);
        m_infoQueue->enqueue(service, community.node);
        checkOwnership(community.node);
    }

    if (!m_listing->isComplete()) {
        requestPage();
        return;
    }
    qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "listed" << m_listing->size() << "communities of" << service << "in"
                                             << m_listing->pageCount() << "pages";
    finishIfDone();
}

void CommunityDirectory::handleInfo(const QString &node, const IqResponse &response)
{
    std::optional<CommunityInfo> community = m_communities->community(node);
    if (!community) {
        return;
    }
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoInfoNamespace) {
        ++m_failedInfoRequests;
        qCDebug(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "disco#info of node" << node << "of" << community->service
                                                  << "failed: status" << int(response.status) << "condition" << int(response.error.condition());
        return;
    }
    community->readDiscoInfo(query);
    m_communities->setCommunity(*community);
}

void CommunityDirectory::finishIfDone()
{
    const bool checkingOwnership = m_serviceAffiliationsPending || m_activeOwnershipChecks > 0 || !m_ownershipQueue.isEmpty();
    if (!m_communities->isLoading() || m_pagePending || !m_infoQueue->isIdle() || checkingOwnership) {
        return;
    }
    if (m_failedInfoRequests > 0) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "the info of" << m_failedInfoRequests << "nodes of" << m_listing->service()
                                                 << "could not be read";
    }
    m_communities->setLoading(false);
    Q_EMIT communitiesListed(m_listing->service(), m_listing->size());
}

void CommunityDirectory::requestOwnership()
{
    if (!m_pubsub) {
        return;
    }
    m_serviceAffiliationsPending = true;
    m_pubsub->requestAffiliations(m_listing->service(), this, [this, run = m_run](const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations) {
        if (run != m_run) {
            return;
        }
        m_serviceAffiliationsPending = false;
        handleServiceAffiliations(result, affiliations);
        finishIfDone();
    });
}

void CommunityDirectory::handleServiceAffiliations(const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations)
{
    const QString service = m_listing->service();
    if (result.isOk()) {
        int owned = 0;
        for (const PubSubAffiliation &affiliation : affiliations) {
            if (affiliation.affiliation == QLatin1String("owner") && !affiliation.node.isEmpty()) {
                m_communities->setOwned(affiliation.node, true);
                ++owned;
            }
        }
        qCDebug(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "owns" << owned << "nodes of" << service;
        return;
    }

    qCDebug(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "affiliations with the nodes of" << service << "unavailable (" << result.code()
                                              << "); requesting the affiliations of each listed node";
    m_checkEachNode = true;
    for (int row = 0; row < m_communities->rowCount(); ++row) {
        checkOwnership(m_communities->data(m_communities->index(row), CommunityDirectoryModel::NodeRole).toString());
    }
}

void CommunityDirectory::checkOwnership(const QString &node)
{
    if (!m_checkEachNode || !m_pubsub || m_ownershipChecksQueued >= MaxOwnershipChecks) {
        return;
    }
    ++m_ownershipChecksQueued;
    if (m_ownershipChecksQueued == MaxOwnershipChecks) {
        qCInfo(SALON_CORE_COMMUNITIES).noquote() << accountJid() << "checks the ownership of the first" << MaxOwnershipChecks << "nodes of"
                                                 << m_listing->service() << "only";
    }
    m_ownershipQueue.append(node);
    sendOwnershipChecks();
}

void CommunityDirectory::sendOwnershipChecks()
{
    while (m_activeOwnershipChecks < MaxConcurrentOwnershipChecks && !m_ownershipQueue.isEmpty()) {
        const QString node = m_ownershipQueue.takeFirst();
        ++m_activeOwnershipChecks;
        const auto handle = [this, node, run = m_run](const PubSubResult &result, const QVector<PubSubAffiliation> &affiliations) {
            if (run != m_run) {
                return;
            }
            --m_activeOwnershipChecks;
            // Only an owner may read a node's affiliations, so any error means "not the owner".
            const QString account = accountJid();
            const bool owner = result.isOk() && std::any_of(affiliations.cbegin(), affiliations.cend(), [&account](const PubSubAffiliation &affiliation) {
                return affiliation.affiliation == QLatin1String("owner") && QXmppUtils::jidToBareJid(affiliation.jid).toLower() == account;
            });
            if (owner) {
                m_communities->setOwned(node, true);
            }
            sendOwnershipChecks();
            finishIfDone();
        };
        m_pubsub->requestNodeAffiliations(m_listing->service(), node, this, handle);
    }
}

QString CommunityDirectory::failureReason(const IqResponse &response)
{
    const QString deliveryFailure = response.deliveryFailureText();
    if (!deliveryFailure.isEmpty()) {
        return deliveryFailure;
    }
    if (response.status == IqResponse::Status::Result) {
        return tr("the service sent an invalid response.");
    }
    switch (response.error.condition()) {
    case QXmppStanza::Error::ItemNotFound:
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::Gone:
        return tr("the service was not found. Check the address.");
    case QXmppStanza::Error::RemoteServerTimeout:
        return tr("the service's server did not respond in time. Try again later.");
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
    case QXmppStanza::Error::RegistrationRequired:
    case QXmppStanza::Error::SubscriptionRequired:
        return tr("the service does not allow you to list its communities.");
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::FeatureNotImplemented:
        return tr("the address is not a community service, or the service does not list its communities.");
    default:
        break;
    }
    const QString details = response.error.text().left(200);
    return details.isEmpty() ? tr("the service reported an error.") : tr("the service reported an error: %1").arg(details);
}

QString CommunityDirectory::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
