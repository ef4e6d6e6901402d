#include "RosterCache.h"

#include "ContactsModel.h"
#include "RosterItemConversion.h"
#include "RosterManager.h"
#include "salon_core_contacts_logging.h"

RosterCache::RosterCache(RosterManager *rosterManager, ContactsModel *model, std::unique_ptr<ContactStore> store, QObject *parent)
    : QObject(parent)
    , m_rosterManager(rosterManager)
    , m_model(model)
    , m_store(std::move(store))
{
    connect(m_rosterManager, &RosterManager::rosterReceived, this, &RosterCache::saveRoster);
    connect(m_rosterManager, &RosterManager::itemAdded, this, &RosterCache::saveItem);
    connect(m_rosterManager, &RosterManager::itemChanged, this, &RosterCache::saveItem);
    connect(m_rosterManager, &RosterManager::itemRemoved, this, [this](const QString &bareJid) {
        m_serverDataReceived = true;
        m_store->remove(bareJid, m_rosterManager->rosterVersion());
    });

    // The database thread runs both reads in order, so the version read second names the contacts read first.
    m_store->load(this, [this](const QVector<Contact> &cached) {
        m_cached = cached;
    });
    m_store->loadVersion(this, [this](const QString &version) {
        showCached(version);
    });
}

RosterCache::~RosterCache() = default;

bool RosterCache::foundCachedRoster() const
{
    return m_foundCachedRoster;
}

void RosterCache::showCached(const QString &version)
{
    // A roster received before has a version row, even when it has no contacts. A server that
    // does not version rosters (RFC 6121, section 2.6) leaves no such row, so then the contacts count.
    m_foundCachedRoster = !version.isEmpty() || !m_cached.isEmpty();

    // The server's data is newer than the cache, so a cache that arrives after it is dropped.
    // The roster manager then requested the whole roster, because it had no cached version.
    if (!m_serverDataReceived) {
        m_model->setRosterItems(m_cached);

        QList<QXmppRosterIq::Item> items;
        items.reserve(m_cached.size());
        for (const Contact &contact : qAsConst(m_cached)) {
            items.append(RosterItemConversion::toRosterItem(contact));
        }
        m_rosterManager->setCachedRoster(m_store->accountJid(), items, version);
        qCDebug(SALON_CORE_CONTACTS).noquote() << m_store->accountJid() << "showing" << m_cached.size() << "cached contacts";
    }
    m_cached.clear();
    Q_EMIT loaded();
}

void RosterCache::saveRoster()
{
    m_serverDataReceived = true;
    // An empty result confirmed the roster that came from this cache, with the pushes saved since.
    if (m_rosterManager->isRosterUnchanged()) {
        return;
    }

    const QStringList jids = m_rosterManager->rosterBareJids();
    QVector<Contact> contacts;
    contacts.reserve(jids.size());
    for (const QString &jid : jids) {
        contacts.append(RosterItemConversion::toContact(m_rosterManager->rosterEntry(jid)));
    }
    m_store->replaceAll(contacts, m_rosterManager->rosterVersion());
}

void RosterCache::saveItem(const QString &bareJid)
{
    m_serverDataReceived = true;
    m_store->save(RosterItemConversion::toContact(m_rosterManager->rosterEntry(bareJid)), m_rosterManager->rosterVersion());
}
