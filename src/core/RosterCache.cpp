#include "RosterCache.h"

#include "ContactsModel.h"
#include "RosterItemConversion.h"
#include "salon_core_contacts_logging.h"

#include <QXmppClient.h>
#include <QXmppRosterManager.h>

RosterCache::RosterCache(QXmppClient *client, ContactsModel *model, std::unique_ptr<ContactStore> store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rosterManager(client->findExtension<QXmppRosterManager>())
    , m_model(model)
    , m_store(std::move(store))
{
    connect(m_rosterManager, &QXmppRosterManager::rosterReceived, this, &RosterCache::saveRoster);
    connect(m_rosterManager, &QXmppRosterManager::itemAdded, this, &RosterCache::saveItem);
    connect(m_rosterManager, &QXmppRosterManager::itemChanged, this, &RosterCache::saveItem);
    connect(m_rosterManager, &QXmppRosterManager::itemRemoved, this, [this](const QString &bareJid) {
        m_store->remove(bareJid);
    });

    m_store->load(this, [this](const QVector<Contact> &cached) {
        // The server's roster is newer than the cache, so a cache that arrives after it is dropped.
        if (!m_serverRosterReceived) {
            m_model->setRosterItems(cached);
            qCDebug(SALON_CORE_CONTACTS) << "Showing" << cached.size() << "cached contacts";
        }
        Q_EMIT loaded();
    });
}

RosterCache::~RosterCache() = default;

void RosterCache::saveRoster()
{
    m_serverRosterReceived = true;

    const QStringList jids = m_rosterManager->getRosterBareJids();
    QVector<Contact> contacts;
    contacts.reserve(jids.size());
    for (const QString &jid : jids) {
        contacts.append(RosterItemConversion::toContact(m_rosterManager->getRosterEntry(jid)));
    }
    m_store->replaceAll(contacts);
}

void RosterCache::saveItem(const QString &bareJid)
{
    m_store->save(RosterItemConversion::toContact(m_rosterManager->getRosterEntry(bareJid)));
}
