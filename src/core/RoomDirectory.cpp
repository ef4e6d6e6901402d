#include "RoomDirectory.h"

#include "DiscoInfoQueue.h"
#include "DiscoItemsPage.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "MucServiceFinder.h"
#include "RoomDirectoryModel.h"
#include "RoomListing.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto DiscoItemsNamespace = QStringLiteral("http://jabber.org/protocol/disco#items");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");
const auto ResultSetNamespace = QStringLiteral("http://jabber.org/protocol/rsm");
// Typed text longer than this is cut where an error message repeats it.
constexpr int MaxQuotedInputLength = 200;

// A disco#items request for a page of PageSize items after the RSM id \a after (XEP-0059, section 2.2).
XmlPayloadIq itemsRequest(const QString &service, const QString &after)
{
    return XmlPayloadIq(QXmppIq::Get, service, [after](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(DiscoItemsNamespace);
        writer->writeStartElement(QStringLiteral("set"));
        writer->writeDefaultNamespace(ResultSetNamespace);
        writer->writeTextElement(QStringLiteral("max"), QString::number(RoomDirectory::PageSize));
        if (!after.isEmpty()) {
            writer->writeTextElement(QStringLiteral("after"), after);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
}

} // namespace

RoomDirectory::RoomDirectory(QXmppClient *client, IqRequestExtension *requests, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_requests(requests)
    , m_rooms(new RoomDirectoryModel(this))
    , m_timeoutMs(IqRequestExtension::DefaultTimeoutMs)
{
    if (!m_requests) {
        m_requests = new IqRequestExtension;
        client->insertExtension(0, m_requests);
    }
    m_infoQueue = new DiscoInfoQueue(m_requests, MaxConcurrentInfoRequests, this, [this](const QString &jid, const IqResponse &response) {
        handleInfo(jid, response);
    });
    m_infoQueue->setTimeoutMs(DefaultInfoTimeoutMs);
    connect(m_infoQueue, &DiscoInfoQueue::finished, this, &RoomDirectory::finishIfDone);

    m_serviceFinder = new MucServiceFinder(client, m_requests, this);
    connect(m_serviceFinder, &MucServiceFinder::servicesFound, this, &RoomDirectory::mucServicesFound);
    connect(m_serviceFinder, &MucServiceFinder::actionFailed, this, &RoomDirectory::actionFailed);
}

RoomDirectory::~RoomDirectory() = default;

RoomDirectoryModel *RoomDirectory::rooms() const
{
    return m_rooms;
}

QStringList RoomDirectory::mucServices() const
{
    return m_serviceFinder->services();
}

void RoomDirectory::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_infoQueue->setTimeoutMs(timeoutMs);
}

void RoomDirectory::findMucServices()
{
    m_serviceFinder->find();
}

void RoomDirectory::requestRooms(const QString &service)
{
    const QString serviceJid = MucAddress::serviceFromUserInput(service);
    if (serviceJid.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected a room listing: invalid service address";
        Q_EMIT actionFailed(service, tr("“%1” is not a valid address of a group chat service.").arg(service.left(MaxQuotedInputLength)));
        return;
    }

    cancel();
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "listing the rooms of" << serviceJid;
    m_listing = std::make_unique<RoomListing>(serviceJid, MaxRooms);
    m_failedInfoRequests = 0;
    m_rooms->reset(serviceJid);
    m_rooms->setLoading(true);
    requestPage();
}

void RoomDirectory::cancel()
{
    ++m_run;
    m_infoQueue->clear();
    if (m_listing && m_rooms->isLoading()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "stopped listing the rooms of" << m_listing->service() << "after" << m_listing->size() << "rooms";
    }
    m_pagePending = false;
    m_rooms->setLoading(false);
}

void RoomDirectory::requestPage()
{
    m_pagePending = true;
    const QString service = m_listing->service();
    m_requests->sendRequest(itemsRequest(service, m_listing->nextAfter()), this, [this, run = m_run](const IqResponse &response) {
        if (run == m_run) {
            handlePage(response);
        }
    }, m_timeoutMs);
}

void RoomDirectory::handlePage(const IqResponse &response)
{
    m_pagePending = false;
    const QString service = m_listing->service();
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    if (!response.isResult() || query.namespaceURI() != DiscoItemsNamespace) {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "listing the rooms of" << service << "failed after" << m_listing->pageCount()
                                              << "pages: status" << int(response.status) << "condition" << int(response.error.condition());
        const QString message = m_listing->pageCount() == 0 ? tr("Salon could not list the rooms of %1: %2") : tr("Salon could list only some rooms of %1: %2");
        Q_EMIT actionFailed(service, message.arg(service, failureReason(response)));
        finishIfDone();
        return;
    }

    // Items that the listing drops still count against the rooms kept, so a page of invalid items
    // cannot make the directory copy an unbounded list.
    const DiscoItemsPage page = DiscoItemsPage::fromQuery(query, m_listing->remaining() + PageSize);
    const RoomListing::PageResult result = m_listing->addPage(page);
    const int ignored = result.invalid + result.duplicates + result.withoutJid + result.beyondLimit;
    if (ignored > 0) {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored" << ignored << "items of" << service << "- invalid:" << result.invalid
                                              << "duplicate:" << result.duplicates << "without JID:" << result.withoutJid << "over the limit:" << result.beyondLimit;
    }
    m_rooms->addRooms(result.rooms);
    for (const RoomInfo &room : result.rooms) {
        m_infoQueue->enqueue(room.jid);
    }

    if (!m_listing->isComplete()) {
        requestPage();
        return;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "listed" << m_listing->size() << "rooms of" << service << "in" << m_listing->pageCount() << "pages";
    finishIfDone();
}

void RoomDirectory::handleInfo(const QString &jid, const IqResponse &response)
{
    const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
    std::optional<RoomInfo> room = m_rooms->room(jid);
    if (!room) {
        return;
    }
    if (!response.isResult() || query.namespaceURI() != DiscoInfoNamespace) {
        ++m_failedInfoRequests;
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "disco#info of room" << jid << "failed: status" << int(response.status) << "condition"
                                            << int(response.error.condition());
        return;
    }
    room->readDiscoInfo(query);
    m_rooms->updateRoom(*room);
}

void RoomDirectory::finishIfDone()
{
    if (!m_rooms->isLoading() || m_pagePending || !m_infoQueue->isIdle()) {
        return;
    }
    if (m_failedInfoRequests > 0) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the info of" << m_failedInfoRequests << "rooms of" << m_listing->service() << "could not be read";
    }
    m_rooms->setLoading(false);
    Q_EMIT roomsListed(m_listing->service(), m_listing->size());
}

QString RoomDirectory::failureReason(const IqResponse &response)
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
        return tr("the service does not allow you to list its rooms.");
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::FeatureNotImplemented:
        return tr("the address is not a group chat service, or the service does not list its rooms.");
    default:
        break;
    }
    const QString details = response.error.text().left(200);
    return details.isEmpty() ? tr("the service reported an error.") : tr("the service reported an error: %1").arg(details);
}

QString RoomDirectory::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
