#include "RosterService.h"

#include "ContactsModel.h"
#include "salon_core_contacts_logging.h"

#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>

namespace {

Contact::Subscription subscriptionOf(QXmppRosterIq::Item::SubscriptionType type)
{
    switch (type) {
    case QXmppRosterIq::Item::From:
        return Contact::Subscription::From;
    case QXmppRosterIq::Item::To:
        return Contact::Subscription::To;
    case QXmppRosterIq::Item::Both:
        return Contact::Subscription::Both;
    default:
        return Contact::Subscription::None;
    }
}

Contact contactOf(const QXmppRosterIq::Item &item)
{
    Contact contact;
    contact.jid = item.bareJid();
    contact.name = item.name();
    contact.groups = QStringList(item.groups().cbegin(), item.groups().cend());
    contact.subscription = subscriptionOf(item.subscriptionType());
    return contact;
}

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

} // namespace

RosterService::RosterService(QXmppClient *client, ContactsModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rosterManager(client->findExtension<QXmppRosterManager>())
    , m_model(model)
{
    Q_ASSERT(m_rosterManager);

    connect(m_rosterManager, &QXmppRosterManager::rosterReceived, this, &RosterService::loadRoster);
    connect(m_rosterManager, &QXmppRosterManager::itemAdded, this, &RosterService::updateItem);
    connect(m_rosterManager, &QXmppRosterManager::itemChanged, this, &RosterService::updateItem);
    connect(m_rosterManager, &QXmppRosterManager::itemRemoved, m_model, &ContactsModel::removeRosterItem);
    connect(m_rosterManager, &QXmppRosterManager::presenceChanged, this, [this](const QString &bareJid) {
        updatePresence(bareJid);
    });
    connect(m_client, &QXmppClient::disconnected, m_model, &ContactsModel::clearPresences);
}

void RosterService::loadRoster()
{
    const QStringList jids = m_rosterManager->getRosterBareJids();

    QVector<Contact> items;
    items.reserve(jids.size());
    for (const QString &jid : jids) {
        items.append(contactOf(m_rosterManager->getRosterEntry(jid)));
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
    m_model->setRosterItem(contactOf(m_rosterManager->getRosterEntry(bareJid)));
    updatePresence(bareJid);
}

void RosterService::updatePresence(const QString &bareJid)
{
    const QMap<QString, QXmppPresence> presences = m_rosterManager->getAllPresencesForBareJid(bareJid);

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
