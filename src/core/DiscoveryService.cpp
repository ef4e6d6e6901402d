#include "DiscoveryService.h"

#include "EntityCapabilities.h"
#include "ServerFeatures.h"
#include "salon_core_discovery_logging.h"
#include "store/DiscoveryStore.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppPresence.h>

namespace {

DiscoveryInfo infoFromIq(const QXmppDiscoveryIq &iq)
{
    DiscoveryInfo info;
    const auto identities = iq.identities();
    for (const QXmppDiscoveryIq::Identity &identity : identities) {
        info.identities.append({identity.category(), identity.type(), identity.language(), identity.name()});
    }
    info.features = iq.features();
    info.fetchedAtMs = QDateTime::currentMSecsSinceEpoch();
    return info;
}

} // namespace

DiscoveryService::DiscoveryService()
    : m_serverFeatures(new ServerFeatures(this))
{
}

DiscoveryService::~DiscoveryService() = default;

void DiscoveryService::setDatabase(Database *database)
{
    m_store = database ? std::make_unique<DiscoveryStore>(database) : nullptr;
}

ServerFeatures *DiscoveryService::serverFeatures() const
{
    return m_serverFeatures;
}

bool DiscoveryService::hasCapabilities(const QString &hashName, const QString &ver) const
{
    return m_knownCapabilities.contains(capabilitiesKey(hashName, ver));
}

void DiscoveryService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, &DiscoveryService::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &DiscoveryService::handleDisconnected);
    connect(client, &QXmppClient::presenceReceived, this, &DiscoveryService::handlePresence);
}

bool DiscoveryService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    const QString id = stanza.attribute(QStringLiteral("id"));
    if ((type != QLatin1String("result") && type != QLatin1String("error")) || !m_pending.contains(id)) {
        return false;
    }

    // A response comes from the address that the request went to (RFC 6120). The user's server
    // may reply without a from attribute.
    const Request request = m_pending.value(id);
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!from.isEmpty() && from.compare(request.jid, Qt::CaseInsensitive) != 0) {
        qCWarning(SALON_CORE_DISCOVERY).noquote() << accountJid() << "ignored a disco#info response from" << from << "instead of" << request.jid;
        return false;
    }

    m_pending.remove(id);
    handleResponse(request, stanza);
    return true;
}

void DiscoveryService::handleConnected()
{
    const QString domain = client()->configuration().domain();
    if (!m_store) {
        requestInfo({domain, {}, {}, {}});
        return;
    }

    m_store->loadByJid(domain, {}, this, [this, domain](const std::optional<DiscoveryInfo> &cached) {
        if (!client()->isConnected()) {
            return;
        }
        if (cached) {
            m_serverFeatures->setInfo(*cached);
        }
        const qint64 ageMs = cached ? QDateTime::currentMSecsSinceEpoch() - cached->fetchedAtMs : -1;
        if (cached && ageMs >= 0 && ageMs < ServerInfoMaxAgeMs) {
            qCInfo(SALON_CORE_DISCOVERY).noquote() << accountJid() << "using the cached disco#info result of" << domain << "from" << ageMs / 1000 << "s ago";
            Q_EMIT serverInfoReady();
            return;
        }
        requestInfo({domain, {}, {}, {}});
    });
}

void DiscoveryService::handleDisconnected()
{
    m_pending.clear();
    m_lookups.clear();
}

void DiscoveryService::handlePresence(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available || presence.capabilityVer().isEmpty()) {
        return;
    }
    // The client's own presences come back from the server; its capabilities need no lookup.
    if (presence.from() == client()->configuration().jid()) {
        return;
    }
    const QString hashName = presence.capabilityHash().toLower();
    // QXmpp 1.4 decodes the base64 ver attribute into the raw hash.
    const QString ver = QString::fromLatin1(presence.capabilityVer().toBase64());
    // Legacy caps (without a hash attribute) and unknown algorithms cannot be verified.
    if (!EntityCapabilities::isSupportedHash(hashName)) {
        qCDebug(SALON_CORE_DISCOVERY).noquote() << accountJid() << "ignored capabilities with the hash" << hashName << "from" << presence.from();
        return;
    }
    lookUpCapabilities(presence.from(), hashName, ver, presence.capabilityNode());
}

void DiscoveryService::lookUpCapabilities(const QString &jid, const QString &hashName, const QString &ver, const QString &node)
{
    const QString key = capabilitiesKey(hashName, ver);
    if (m_knownCapabilities.contains(key) || m_lookups.contains(key)) {
        return;
    }
    m_lookups.insert(key);

    // XEP-0115: the request goes to the announcing entity, for the node "node#ver".
    const Request request{jid, node + QLatin1Char('#') + ver, hashName, ver};
    if (!m_store) {
        requestInfo(request);
        return;
    }
    m_store->loadByVer(hashName, ver, this, [this, request, key](const std::optional<DiscoveryInfo> &cached) {
        if (cached) {
            m_lookups.remove(key);
            m_knownCapabilities.insert(key);
            qCDebug(SALON_CORE_DISCOVERY).noquote() << accountJid() << "found the capabilities" << request.ver << "in the cache";
            Q_EMIT capabilitiesKnown(request.hashName, request.ver);
            return;
        }
        if (!client()->isConnected()) {
            m_lookups.remove(key);
            return;
        }
        requestInfo(request);
    });
}

void DiscoveryService::requestInfo(const Request &request)
{
    QXmppDiscoveryIq iq;
    iq.setType(QXmppIq::Get);
    iq.setQueryType(QXmppDiscoveryIq::InfoQuery);
    iq.setTo(request.jid);
    iq.setQueryNode(request.node);

    // NOTE: a request without response is dropped at the next disconnection, not after a timeout.
    if (!client()->sendPacket(iq)) {
        qCWarning(SALON_CORE_DISCOVERY).noquote() << accountJid() << "could not send a disco#info request to" << request.jid;
        m_lookups.remove(capabilitiesKey(request.hashName, request.ver));
        return;
    }
    m_pending.insert(iq.id(), request);
    qCDebug(SALON_CORE_DISCOVERY).noquote() << accountJid() << "requested disco#info of" << request.jid << request.node;
    Q_EMIT infoRequested(request.jid, request.node);
}

void DiscoveryService::handleResponse(const Request &request, const QDomElement &stanza)
{
    const bool isServer = request.hashName.isEmpty();
    if (!isServer) {
        m_lookups.remove(capabilitiesKey(request.hashName, request.ver));
    }

    QXmppDiscoveryIq iq;
    iq.parse(stanza);
    if (iq.type() == QXmppIq::Error) {
        qCWarning(SALON_CORE_DISCOVERY).noquote() << accountJid() << "disco#info of" << request.jid << "failed with condition" << int(iq.error().condition());
        return;
    }

    if (isServer) {
        handleServerInfo(infoFromIq(iq));
    } else {
        handleCapabilities(request, iq);
    }
}

void DiscoveryService::handleServerInfo(const DiscoveryInfo &info)
{
    const QString domain = client()->configuration().domain();
    qCInfo(SALON_CORE_DISCOVERY).noquote() << accountJid() << "received disco#info of" << domain << "with" << info.features.size() << "features";
    m_serverFeatures->setInfo(info);
    if (m_store) {
        m_store->saveByJid(domain, {}, info);
    }
    Q_EMIT serverInfoReady();
}

void DiscoveryService::handleCapabilities(const Request &request, const QXmppDiscoveryIq &iq)
{
    const QByteArray computed = EntityCapabilities::verificationString(iq, request.hashName);
    if (QString::fromLatin1(computed) != request.ver) {
        // XEP-0115: a result that does not match must not be cached under the ver.
        qCWarning(SALON_CORE_DISCOVERY).noquote() << accountJid() << "disco#info of" << request.jid << "does not match its capabilities"
                                                  << request.hashName << request.ver << "(computed" << computed << "); not cached";
        Q_EMIT capabilitiesRejected(request.jid, request.ver);
        return;
    }

    const QString key = capabilitiesKey(request.hashName, request.ver);
    m_knownCapabilities.insert(key);
    if (m_store) {
        m_store->saveByVer(request.hashName, request.ver, infoFromIq(iq));
    }
    qCInfo(SALON_CORE_DISCOVERY).noquote() << accountJid() << "cached the capabilities" << request.ver << "of" << request.jid;
    Q_EMIT capabilitiesKnown(request.hashName, request.ver);
}

QString DiscoveryService::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}

QString DiscoveryService::capabilitiesKey(const QString &hashName, const QString &ver)
{
    return hashName.toLower() + QLatin1Char(' ') + ver;
}
