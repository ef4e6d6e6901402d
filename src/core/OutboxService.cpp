#include "OutboxService.h"

#include "StoredStanza.h"
#include "salon_core_outbox_logging.h"

#include <QDateTime>
#include <QXmppClient.h>
#include <QXmppIq.h>
#include <QXmppPingIq.h>
#include <QXmppUtils.h>

namespace {

QString jidOf(QXmppClient *client)
{
    return client->configuration().jidBare();
}

} // namespace

OutboxService::OutboxService(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &QXmppClient::connected, this, &OutboxService::transmitPending);
    connect(m_client, &QXmppClient::disconnected, this, &OutboxService::handleDisconnected);
    connect(m_client, &QXmppClient::iqReceived, this, &OutboxService::handleIq);
}

OutboxService::~OutboxService() = default;

void OutboxService::setStore(std::unique_ptr<OutboxStore> store)
{
    m_store = std::move(store);
    if (!m_store) {
        return;
    }

    m_loading = true;
    const int generation = ++m_storeGeneration;
    m_store->load(this, [this, generation](const QVector<OutboxItem> &stored) {
        // Items of a store that was replaced meanwhile belong to another address.
        if (generation != m_storeGeneration) {
            return;
        }
        m_loading = false;
        mergeStored(stored);
        transmitPending();
    });
}

QString OutboxService::send(QXmppStanza &stanza, const QString &kind)
{
    if (stanza.id().isEmpty()) {
        stanza.setId(QXmppUtils::generateStanzaUuid());
    }

    OutboxItem item;
    item.kind = kind;
    item.stanzaId = stanza.id();
    item.payload = StoredStanza::serialize(stanza);
    item.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    enqueue(item);
    return item.stanzaId;
}

int OutboxService::pendingCount() const
{
    return int(m_items.size());
}

void OutboxService::discardAll()
{
    ++m_storeGeneration;
    m_store.reset();
    m_loading = false;
    m_items.clear();
    m_transmitted.clear();
    m_stanzasCoveredByPing.clear();
    Q_EMIT pendingCountChanged();
}

void OutboxService::enqueue(const OutboxItem &item)
{
    m_items.append(item);
    if (m_store) {
        m_store->add(item);
    }
    Q_EMIT pendingCountChanged();
    transmitPending();
}

void OutboxService::mergeStored(const QVector<OutboxItem> &stored)
{
    // Stored items are older than anything queued since start-up, so they go first.
    QVector<OutboxItem> merged;
    for (const OutboxItem &item : stored) {
        if (indexOf(item.stanzaId) < 0) {
            merged.append(item);
        }
    }
    if (merged.isEmpty()) {
        return;
    }
    qCInfo(SALON_CORE_OUTBOX).noquote() << jidOf(m_client) << merged.size() << "stored outbox items to send";
    m_items = merged + m_items;
    Q_EMIT pendingCountChanged();
}

void OutboxService::transmitPending()
{
    if (m_loading || !m_client->isAuthenticated()) {
        return;
    }

    QStringList unacknowledged;
    for (OutboxItem &item : m_items) {
        if (m_transmitted.contains(item.stanzaId)) {
            continue;
        }
        if (!m_client->sendPacket(StoredStanza(item.payload))) {
            qCWarning(SALON_CORE_OUTBOX).noquote() << jidOf(m_client) << "sending outbox item" << item.stanzaId << "failed; it stays queued";
            break;
        }
        m_transmitted.insert(item.stanzaId);
        ++item.attempts;
        if (m_store) {
            m_store->countAttempt(item.stanzaId);
        }
        if (item.kind != QLatin1String("iq")) {
            unacknowledged.append(item.stanzaId);
        }
    }

    if (!unacknowledged.isEmpty()) {
        QXmppPingIq ping;
        ping.setTo(m_client->configuration().domain());
        m_stanzasCoveredByPing.insert(ping.id(), unacknowledged);
        m_client->sendPacket(ping);
    }
}

void OutboxService::handleIq(const QXmppIq &iq)
{
    if (iq.type() != QXmppIq::Result && iq.type() != QXmppIq::Error) {
        return;
    }

    // Any reply to the ping, even an error, shows that the stanzas sent before it arrived.
    const QStringList covered = m_stanzasCoveredByPing.take(iq.id());
    for (const QString &stanzaId : covered) {
        acknowledge(stanzaId);
    }

    const int index = indexOf(iq.id());
    if (index < 0 || m_items.at(index).kind != QLatin1String("iq") || !m_transmitted.contains(iq.id())) {
        return;
    }
    if (iq.type() == QXmppIq::Error) {
        reject(iq.id(), iq.error().text());
    } else {
        acknowledge(iq.id());
    }
}

void OutboxService::handleDisconnected()
{
    if (!m_transmitted.isEmpty()) {
        qCInfo(SALON_CORE_OUTBOX).noquote() << jidOf(m_client) << "connection closed;" << m_items.size() << "outbox items wait for the next sign-in";
    }
    m_transmitted.clear();
    m_stanzasCoveredByPing.clear();
}

void OutboxService::acknowledge(const QString &stanzaId)
{
    if (takeItem(stanzaId)) {
        Q_EMIT acknowledged(stanzaId);
    }
}

void OutboxService::reject(const QString &stanzaId, const QString &errorText)
{
    if (takeItem(stanzaId)) {
        qCWarning(SALON_CORE_OUTBOX).noquote() << jidOf(m_client) << "server rejected outbox item" << stanzaId;
        Q_EMIT rejected(stanzaId, errorText);
    }
}

bool OutboxService::takeItem(const QString &stanzaId)
{
    const int index = indexOf(stanzaId);
    if (index < 0) {
        return false;
    }
    m_items.remove(index);
    m_transmitted.remove(stanzaId);
    if (m_store) {
        m_store->remove(stanzaId);
    }
    Q_EMIT pendingCountChanged();
    return true;
}

int OutboxService::indexOf(const QString &stanzaId) const
{
    for (int index = 0; index < m_items.size(); ++index) {
        if (m_items.at(index).stanzaId == stanzaId) {
            return index;
        }
    }
    return -1;
}
