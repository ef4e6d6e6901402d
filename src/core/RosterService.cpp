#include "RosterService.h"

#include "BareJid.h"
#include "ContactPresences.h"
#include "ContactsModel.h"
#include "IqRequestExtension.h"
#include "RosterItemConversion.h"
#include "RosterManager.h"
#include "SubscriptionRequestsModel.h"
#include "salon_core_contacts_logging.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {

Contact::Presence presenceOf(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available) {
        return Contact::Presence::Offline;
    }

    switch (presence.availableStatusType()) {
    case QXmppPresence::Chat:
        return Contact::Presence::Chat;
    case QXmppPresence::Away:
        return Contact::Presence::Away;
    case QXmppPresence::XA:
        return Contact::Presence::ExtendedAway;
    case QXmppPresence::DND:
        return Contact::Presence::DoNotDisturb;
    default:
        return Contact::Presence::Online;
    }
}

// Orders presences for picking the one to show when a contact has several resources.
int availabilityRank(Contact::Presence presence)
{
    switch (presence) {
    case Contact::Presence::Chat:
        return 5;
    case Contact::Presence::Online:
        return 4;
    case Contact::Presence::Away:
        return 3;
    case Contact::Presence::DoNotDisturb:
        return 2;
    case Contact::Presence::ExtendedAway:
        return 1;
    case Contact::Presence::Offline:
        return 0;
    }
    return 0;
}

// Cleans up roster groups typed by the user: no surrounding spaces, no empty or repeated group.
QSet<QString> cleanGroups(const QStringList &groups)
{
    QSet<QString> cleaned;
    for (const QString &group : groups) {
        const QString trimmed = group.trimmed();
        if (!trimmed.isEmpty()) {
            cleaned.insert(trimmed);
        }
    }
    return cleaned;
}

QXmppRosterIq rosterSet(const QXmppRosterIq::Item &item)
{
    QXmppRosterIq iq;
    iq.setType(QXmppIq::Set);
    iq.addItem(item);
    return iq;
}

bool hasSubscriptionToContact(const QXmppRosterIq::Item &item)
{
    return item.subscriptionType() == QXmppRosterIq::Item::To || item.subscriptionType() == QXmppRosterIq::Item::Both;
}

bool hasSubscriptionFromContact(const QXmppRosterIq::Item &item)
{
    return item.subscriptionType() == QXmppRosterIq::Item::From || item.subscriptionType() == QXmppRosterIq::Item::Both;
}

} // namespace

RosterService::RosterService(QXmppClient *client, RosterManager *rosterManager, ContactsModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rosterManager(rosterManager)
    , m_presences(new ContactPresences(client, this))
    , m_iqRequests(new IqRequestExtension)
    , m_model(model)
    , m_requests(new SubscriptionRequestsModel(this))
{
    Q_ASSERT(m_rosterManager);
    // First in line, so that it receives the responses to its requests before the roster manager.
    m_client->insertExtension(0, m_iqRequests);

    connect(m_rosterManager, &RosterManager::rosterReceived, this, &RosterService::loadRoster);
    connect(m_rosterManager, &RosterManager::itemAdded, this, &RosterService::updateItem);
    connect(m_rosterManager, &RosterManager::itemChanged, this, &RosterService::updateItem);
    connect(m_rosterManager, &RosterManager::itemRemoved, m_model, &ContactsModel::removeRosterItem);
    connect(m_presences, &ContactPresences::presenceChanged, this, [this](const QString &bareJid) {
        updatePresence(bareJid);
    });
    connect(m_client, &QXmppClient::presenceReceived, this, &RosterService::handlePresence);
    connect(m_client, &QXmppClient::disconnected, m_model, &ContactsModel::clearPresences);
}

SubscriptionRequestsModel *RosterService::subscriptionRequests() const
{
    return m_requests;
}

ContactPresences *RosterService::presences() const
{
    return m_presences;
}

void RosterService::addContact(const QString &jid, const QString &name, const QString &group)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }

    QString itemName = name.trimmed();
    QStringList groups;
    const bool known = isInRoster(bareJid);
    const QXmppRosterIq::Item existing = m_rosterManager->rosterEntry(bareJid);
    if (known) {
        if (itemName.isEmpty()) {
            itemName = existing.name();
        }
        const QSet<QString> existingGroups = existing.groups();
        groups = QStringList(existingGroups.cbegin(), existingGroups.cend());
    }
    groups.append(group);

    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "adding contact" << bareJid;
    const bool subscribe = !known || (!hasSubscriptionToContact(existing) && existing.subscriptionStatus() != QLatin1String("subscribe"));
    sendItemSet(bareJid, itemName, groups, tr("Salon could not add %1 to your contacts: %2"), [this, bareJid, subscribe] {
        if (subscribe) {
            m_outgoingSubscriptions.insert(bareJid);
            sendSubscriptionPresence(bareJid, QXmppPresence::Subscribe);
        }
    });
}

void RosterService::acceptSubscription(const QString &jid)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }

    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "accepting the subscription request of" << bareJid;
    if (isInRoster(bareJid)) {
        approveAndSubscribeBack(bareJid);
        return;
    }

    // The contact goes into the roster first, so that it gets the name from the request.
    const QString name = m_requests->request(bareJid).name;
    sendItemSet(bareJid, name, {}, tr("Salon could not accept the request of %1: %2"), [this, bareJid] {
        approveAndSubscribeBack(bareJid);
    });
}

void RosterService::declineSubscription(const QString &jid)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }

    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "declining the subscription of" << bareJid;
    sendSubscriptionPresence(bareJid, QXmppPresence::Unsubscribed);
    m_requests->removeRequest(bareJid);
}

void RosterService::removeContact(const QString &jid)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }

    // The server decides whether the contact is in the roster, because the model may lag behind a push.
    QXmppRosterIq::Item item;
    item.setBareJid(bareJid);
    item.setSubscriptionType(QXmppRosterIq::Item::Remove);

    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "removing contact" << bareJid;
    sendRosterSet(rosterSet(item), bareJid, tr("Salon could not remove %1 from your contacts: %2"), [this, bareJid] {
        // The user removed the contact, so a pending request of the contact is no longer shown.
        m_requests->removeRequest(bareJid);
        m_outgoingSubscriptions.remove(bareJid);
    });
}

void RosterService::renameContact(const QString &jid, const QString &name)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }
    if (!isInRoster(bareJid)) {
        fail(bareJid, tr("%1 is not in your contacts, so it cannot be renamed.").arg(bareJid));
        return;
    }

    const QSet<QString> groups = m_rosterManager->rosterEntry(bareJid).groups();
    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "renaming contact" << bareJid;
    sendItemSet(bareJid, name.trimmed(), QStringList(groups.cbegin(), groups.cend()), tr("Salon could not rename %1: %2"), {});
}

void RosterService::setGroups(const QString &jid, const QStringList &groups)
{
    const QString bareJid = checkedContactJid(jid);
    if (bareJid.isEmpty()) {
        return;
    }
    if (!isInRoster(bareJid)) {
        fail(bareJid, tr("%1 is not in your contacts, so its groups cannot be changed.").arg(bareJid));
        return;
    }

    const QString name = m_rosterManager->rosterEntry(bareJid).name();
    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "setting the groups of contact" << bareJid;
    sendItemSet(bareJid, name, groups, tr("Salon could not change the groups of %1: %2"), {});
}

void RosterService::loadRoster()
{
    // A new session started. The server sends every pending subscription request again after
    // the initial presence, which QXmpp sends after the roster request.
    m_requests->clear();

    const QStringList jids = m_rosterManager->rosterBareJids();

    QVector<Contact> items;
    items.reserve(jids.size());
    for (const QString &jid : jids) {
        items.append(RosterItemConversion::toContact(m_rosterManager->rosterEntry(jid)));
    }
    m_model->setRosterItems(items);

    // Presences that arrived before the roster are applied now.
    for (const QString &jid : jids) {
        updatePresence(jid);
    }
    qCDebug(SALON_CORE_CONTACTS) << m_client->configuration().jidBare() << "roster received with" << items.size() << "items";
}

void RosterService::updateItem(const QString &bareJid)
{
    const QXmppRosterIq::Item item = m_rosterManager->rosterEntry(bareJid);
    m_model->setRosterItem(RosterItemConversion::toContact(item));
    updatePresence(bareJid);

    // Another client of the account accepted the request.
    if (hasSubscriptionFromContact(item) && m_requests->removeRequest(bareJid)) {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "the subscription request of" << bareJid << "was accepted elsewhere";
    }
}

void RosterService::updatePresence(const QString &bareJid)
{
    const QMap<QString, QXmppPresence> presences = m_presences->presences(bareJid);

    // The best resource has the highest priority, then the highest availability.
    Contact::Presence bestPresence = Contact::Presence::Offline;
    QString bestStatusText;
    int bestPriority = 0;
    for (const QXmppPresence &presence : presences) {
        const Contact::Presence candidate = presenceOf(presence);
        if (candidate == Contact::Presence::Offline) {
            continue;
        }
        const bool better = bestPresence == Contact::Presence::Offline
            || presence.priority() > bestPriority
            || (presence.priority() == bestPriority && availabilityRank(candidate) > availabilityRank(bestPresence));
        if (better) {
            bestPresence = candidate;
            bestStatusText = presence.statusText();
            bestPriority = presence.priority();
        }
    }

    m_model->setPresence(bareJid, bestPresence, bestStatusText);
}

void RosterService::handlePresence(const QXmppPresence &presence)
{
    const QString bareJid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    if (bareJid.isEmpty() || bareJid == accountJid()) {
        return;
    }

    switch (presence.type()) {
    case QXmppPresence::Subscribe:
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "received a subscription request from" << bareJid;
        // The status text of the request is the requester's message, so it is not logged.
        m_requests->addRequest(SubscriptionRequest::fromPresence(presence));
        break;
    case QXmppPresence::Unsubscribe:
        // The requester cancelled the request, or ended a subscription that was already approved.
        if (m_requests->removeRequest(bareJid)) {
            qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "the subscription request of" << bareJid << "was cancelled";
        }
        break;
    case QXmppPresence::Subscribed:
    case QXmppPresence::Unsubscribed:
        // The contact replied to the user's request, which was therefore delivered.
        m_outgoingSubscriptions.remove(bareJid);
        break;
    case QXmppPresence::Error:
        if (m_outgoingSubscriptions.remove(bareJid)) {
            qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "the subscription request to" << bareJid
                                                     << "failed with condition" << int(presence.error().condition());
            fail(bareJid, tr("Your request to see the presence of %1 could not be delivered: %2").arg(bareJid, reasonText({IqResponse::Status::Error, presence.error(), {}})));
        }
        break;
    default:
        break;
    }
}

QString RosterService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

QString RosterService::checkedContactJid(const QString &jid)
{
    const QString bareJid = BareJid::fromUserInput(jid);
    if (bareJid.isEmpty()) {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "rejected a contact action: invalid JID";
        fail(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return {};
    }
    if (bareJid == accountJid()) {
        fail(bareJid, tr("%1 is your own address. Choose the address of someone else.").arg(bareJid));
        return {};
    }
    if (!m_client->isAuthenticated()) {
        fail(bareJid, tr("You are offline. Change your contacts once Salon is connected again."));
        return {};
    }
    return bareJid;
}

bool RosterService::isInRoster(const QString &bareJid) const
{
    return !m_rosterManager->rosterEntry(bareJid).bareJid().isEmpty();
}

void RosterService::sendItemSet(const QString &bareJid, const QString &name, const QStringList &groups, const QString &failureText, ResultHandler onResult)
{
    QXmppRosterIq::Item item;
    item.setBareJid(bareJid);
    item.setName(name);
    item.setGroups(cleanGroups(groups));
    // The server keeps the subscription state, and a client must not send it in a roster set (RFC 6121, section 2.1.2.5).
    item.setSubscriptionType(QXmppRosterIq::Item::NotSet);
    sendRosterSet(rosterSet(item), bareJid, failureText, std::move(onResult));
}

void RosterService::sendRosterSet(const QXmppRosterIq &iq, const QString &bareJid, const QString &failureText, ResultHandler onResult)
{
    m_iqRequests->sendRequest(iq, this, [this, bareJid, failureText, onResult](const IqResponse &response) {
        if (!response.isResult()) {
            qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster change of" << bareJid << "failed: status" << int(response.status)
                                                     << "condition" << int(response.error.condition()) << response.error.text();
            fail(bareJid, failureText.arg(bareJid, reasonText(response)));
            return;
        }
        if (onResult) {
            onResult();
        }
    });
}

void RosterService::sendSubscriptionPresence(const QString &bareJid, QXmppPresence::Type type)
{
    QXmppPresence presence(type);
    presence.setTo(bareJid);
    m_client->sendPacket(presence);
}

void RosterService::approveAndSubscribeBack(const QString &bareJid)
{
    sendSubscriptionPresence(bareJid, QXmppPresence::Subscribed);

    // Right after adding the contact, the roster push may not have arrived, so the entry may be empty, with no subscription.
    const QXmppRosterIq::Item item = m_rosterManager->rosterEntry(bareJid);
    if (!hasSubscriptionToContact(item) && item.subscriptionStatus() != QLatin1String("subscribe")) {
        m_outgoingSubscriptions.insert(bareJid);
        sendSubscriptionPresence(bareJid, QXmppPresence::Subscribe);
    }
    m_requests->removeRequest(bareJid);
}

void RosterService::fail(const QString &jid, const QString &message)
{
    Q_EMIT actionFailed(jid, message);
}

QString RosterService::reasonText(const IqResponse &response)
{
    if (response.status != IqResponse::Status::Error) {
        return response.deliveryFailureText();
    }

    const QString reason = conditionText(response.error.condition());
    const QString serverText = response.error.text().trimmed();
    if (serverText.isEmpty()) {
        return reason;
    }
    // The server's own text is not translated, but it often names the cause, such as a disabled feature.
    return tr("%1 The server's explanation: \"%2\"").arg(reason, serverText);
}

QString RosterService::conditionText(QXmppStanza::Error::Condition condition)
{
    switch (condition) {
    case QXmppStanza::Error::ItemNotFound:
        return tr("the contact is not in your contact list.");
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::JidMalformed:
        return tr("the server does not accept this address.");
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
    case QXmppStanza::Error::PolicyViolation:
        return tr("the server does not allow it.");
    case QXmppStanza::Error::NotAcceptable:
        // RFC 6121, section 2.3.3: a name or a group longer than the server's limit.
        return tr("the server does not accept the name or the groups. Try shorter ones.");
    case QXmppStanza::Error::ResourceConstraint:
        return tr("the server has no room for more contacts.");
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        return tr("the contact's server cannot be reached. Check the address.");
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::RecipientUnavailable:
        return tr("the address does not accept requests. Check the address.");
    default:
        return tr("the server reported an error. Try again later.");
    }
}
