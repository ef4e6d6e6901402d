#include "RosterManager.h"

#include "XmlPayloadIq.h"
#include "salon_core_contacts_logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppStreamFeatures.h>
#include <QXmppUtils.h>

namespace {

const auto RosterNamespace = QStringLiteral("jabber:iq:roster");

} // namespace

RosterManager::RosterManager() = default;

RosterManager::~RosterManager() = default;

bool RosterManager::isRosterReceived() const
{
    return m_rosterReceived;
}

bool RosterManager::isRosterUnchanged() const
{
    return m_rosterUnchanged;
}

QStringList RosterManager::rosterBareJids() const
{
    return m_entries.keys();
}

QXmppRosterIq::Item RosterManager::rosterEntry(const QString &bareJid) const
{
    return m_entries.value(bareJid);
}

QString RosterManager::rosterVersion() const
{
    return m_version;
}

void RosterManager::setCachedRoster(const QString &accountJid, const QList<QXmppRosterIq::Item> &items, const QString &version)
{
    adoptAccount(accountJid);
    // The server's data is newer than any cache.
    if (m_hasServerData) {
        return;
    }

    m_entries.clear();
    for (const QXmppRosterIq::Item &item : items) {
        m_entries.insert(item.bareJid(), item);
    }
    m_version = version;
    qCDebug(SALON_CORE_CONTACTS).noquote() << accountJid << "cached roster has" << items.size() << "items at version" << version;
}

void RosterManager::clear()
{
    m_entries.clear();
    m_version.clear();
    m_rosterAccount.clear();
    m_hasServerData = false;
    m_rosterReceived = false;
    m_rosterUnchanged = false;
    m_requestId.clear();
}

void RosterManager::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    connect(client, &QXmppClient::connected, this, &RosterManager::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &RosterManager::handleDisconnected);
}

bool RosterManager::handleStanza(const QDomElement &stanza)
{
    // QXmpp passes every stream features element to the extensions before it handles it.
    if (QXmppStreamFeatures::isStreamFeatures(stanza)) {
        handleStreamFeatures(stanza);
        return false;
    }
    if (stanza.tagName() != QLatin1String("iq")) {
        return false;
    }

    const QString type = stanza.attribute(QStringLiteral("type"));
    const QString id = stanza.attribute(QStringLiteral("id"));
    // An empty result has no query element, so the response is recognized by its id.
    if (!m_requestId.isEmpty() && id == m_requestId && (type == QLatin1String("result") || type == QLatin1String("error"))) {
        // RFC 6120, section 8.1.2.1: the reply to a request without recipient comes from the account.
        const QString from = stanza.attribute(QStringLiteral("from"));
        if (!from.isEmpty() && QXmppUtils::jidToBareJid(from).toLower() != accountJid()) {
            return false;
        }
        handleRosterResponse(stanza);
        return true;
    }

    if (type == QLatin1String("set") && QXmppRosterIq::isRosterIq(stanza)) {
        // RFC 6121, section 2.1.6: a client ignores a push that does not come from the user's server.
        if (!isFromUserServer(stanza.attribute(QStringLiteral("from")))) {
            qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "ignored a roster push from" << stanza.attribute(QStringLiteral("from"));
            return false;
        }
        handlePush(stanza);
        return true;
    }
    return false;
}

void RosterManager::handleConnected()
{
    adoptAccount(accountJid());

    if (client()->streamManagementState() == QXmppClient::ResumedStream && m_rosterReceived) {
        qCDebug(SALON_CORE_CONTACTS).noquote() << accountJid() << "stream resumed; the roster stays as it is";
        return;
    }
    m_rosterReceived = false;
    requestRoster(m_versioningSupported);
}

void RosterManager::handleDisconnected()
{
    m_requestId.clear();
    m_versioningSupported = false;
    // Without stream management the next stream is new, and the roster must be requested again.
    if (client()->streamManagementState() == QXmppClient::NoStreamManagement) {
        m_rosterReceived = false;
    }
}

void RosterManager::handleStreamFeatures(const QDomElement &features)
{
    // Prosody 0.12 and ejabberd 23.01 announce the feature after authentication, so the last
    // features element before connected() decides.
    QXmppStreamFeatures parsed;
    parsed.parse(features);
    m_versioningSupported = parsed.rosterVersioningSupported();
}

void RosterManager::requestRoster(bool withVersion)
{
    const QString version = withVersion ? m_version : QString();
    XmlPayloadIq request(QXmppIq::Get, QString(), [withVersion, version](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(RosterNamespace);
        // RFC 6121, section 2.6.2: an empty version requests that the server start versioning.
        if (withVersion) {
            writer->writeAttribute(QStringLiteral("ver"), version);
        }
        writer->writeEndElement();
    });

    m_requestId = request.id();
    m_requestCarriedVersion = withVersion;
    m_requestedVersion = version;
    if (!withVersion) {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "requesting the whole roster: the server does not announce roster versioning";
    } else if (version.isEmpty()) {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "requesting the whole roster: no roster version is cached";
    } else {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "requesting the roster changes since version" << version;
    }

    if (!client()->sendPacket(request)) {
        qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "could not send the roster request";
        m_requestId.clear();
    }
}

void RosterManager::handleRosterResponse(const QDomElement &stanza)
{
    m_requestId.clear();

    if (stanza.attribute(QStringLiteral("type")) == QLatin1String("error")) {
        QXmppIq response;
        response.parse(stanza);
        qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster request failed with condition" << int(response.error().condition());
        // A server may reject a version it does not know, so the whole roster is requested once more.
        if (m_requestCarriedVersion) {
            requestRoster(false);
        }
        return;
    }

    m_hasServerData = true;
    m_rosterReceived = true;

    if (!QXmppRosterIq::isRosterIq(stanza)) {
        // RFC 6121, section 2.6.3: an empty result means that the roster is unchanged since the requested version.
        m_rosterUnchanged = true;
        if (m_requestedVersion.isEmpty()) {
            qCWarning(SALON_CORE_CONTACTS).noquote() << accountJid() << "the server replied to a request for the whole roster without a roster; keeping"
                                                     << m_entries.size() << "items";
        } else {
            qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster unchanged since version" << m_version << "with" << m_entries.size() << "items";
        }
        Q_EMIT rosterReceived();
        return;
    }

    QXmppRosterIq roster;
    roster.parse(stanza);
    m_rosterUnchanged = false;
    m_entries.clear();
    const QList<QXmppRosterIq::Item> items = roster.items();
    for (const QXmppRosterIq::Item &item : items) {
        m_entries.insert(item.bareJid(), item);
    }
    m_version = roster.version();
    qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster received with" << m_entries.size() << "items at version" << m_version;
    Q_EMIT rosterReceived();
}

void RosterManager::handlePush(const QDomElement &stanza)
{
    QXmppRosterIq push;
    push.parse(stanza);

    QXmppIq reply(QXmppIq::Result);
    reply.setId(push.id());
    reply.setTo(push.from());
    client()->sendPacket(reply);

    m_hasServerData = true;
    setVersionFromPush(push);

    const QList<QXmppRosterIq::Item> items = push.items();
    for (const QXmppRosterIq::Item &item : items) {
        const QString bareJid = item.bareJid();
        if (item.subscriptionType() == QXmppRosterIq::Item::Remove) {
            if (m_entries.remove(bareJid) > 0) {
                qCDebug(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster push removed" << bareJid;
                Q_EMIT itemRemoved(bareJid);
            }
            continue;
        }

        const bool added = !m_entries.contains(bareJid);
        m_entries.insert(bareJid, item);
        qCDebug(SALON_CORE_CONTACTS).noquote() << accountJid() << (added ? "roster push added" : "roster push changed") << bareJid;
        if (added) {
            Q_EMIT itemAdded(bareJid);
        } else {
            Q_EMIT itemChanged(bareJid);
        }
    }
}

void RosterManager::setVersionFromPush(const QXmppRosterIq &push)
{
    // A server with versioning puts the new version in every push (RFC 6121, section 2.6.1).
    // Without one, the roster held here is at no known version any more.
    if (push.version().isEmpty() && !m_version.isEmpty()) {
        qCInfo(SALON_CORE_CONTACTS).noquote() << accountJid() << "roster push without a version; the next request fetches the whole roster";
    }
    m_version = push.version();
}

void RosterManager::adoptAccount(const QString &accountJid)
{
    if (accountJid == m_rosterAccount) {
        return;
    }
    clear();
    m_rosterAccount = accountJid;
}

bool RosterManager::isFromUserServer(const QString &from)
{
    // RFC 6121, section 2.1.6: no sender, or the user's bare JID.
    return from.isEmpty() || from.toLower() == accountJid();
}

QString RosterManager::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
