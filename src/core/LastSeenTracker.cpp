#include "LastSeenTracker.h"

#include "ContactPresences.h"
#include "RosterManager.h"

#include "IqRequestExtension.h"
#include "ProfilesModel.h"
#include "XmlPayloadIq.h"
#include "salon_core_profiles_logging.h"

#include <QDateTime>
#include <QXmlStreamWriter>
#include <QXmppClient.h>

#include <algorithm>

namespace {

const auto LastActivityNamespace = QStringLiteral("jabber:iq:last");

// Returns the seconds of a Last Activity result, or -1 when the reply has none or an invalid value.
qint64 secondsOf(const QDomElement &stanza)
{
    QDomElement query = stanza.firstChildElement(QStringLiteral("query"));
    while (!query.isNull() && query.namespaceURI() != LastActivityNamespace) {
        query = query.nextSiblingElement(QStringLiteral("query"));
    }
    bool ok = false;
    const qint64 seconds = query.attribute(QStringLiteral("seconds")).toLongLong(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

} // namespace

LastSeenTracker::LastSeenTracker(QXmppClient *client, ContactPresences *presences, IqRequestExtension *iqRequests, ProfilesModel *profiles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_presences(presences)
    , m_iqRequests(iqRequests)
    , m_profiles(profiles)
{
    connect(m_presences, &ContactPresences::presenceChanged, this, [this](const QString &bareJid, const QString &) {
        handlePresenceChanged(bareJid);
    });
    // The presences of the old session are gone, so a contact's next unavailable presence does not mark when it left.
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        m_onlineJids.clear();
    });
}

void LastSeenTracker::refresh(const QString &bareJid)
{
    if (!rosterManager()) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "the client has no roster manager, so no last-seen time is shown";
        return;
    }
    if (bareJid == accountJid()) {
        return;
    }
    if (isOnline(bareJid)) {
        m_onlineJids.insert(bareJid);
        m_profiles->setLastSeen(bareJid, {});
        return;
    }
    // Servers reply only to requesters that may see the contact's presence (Prosody 0.12 and
    // ejabberd 23.01 reject the others), so the query would only fail. A profile may open
    // before the server's roster arrives, because the front ends show the cached roster
    // first, and then the server decides.
    if (rosterManager()->isRosterReceived() && !sharesPresence(bareJid)) {
        qCDebug(SALON_CORE_PROFILES).noquote() << accountJid() << "no last activity query for" << bareJid << "- it does not share its presence";
        m_profiles->setLastSeen(bareJid, {});
        return;
    }

    const XmlPayloadIq iq(QXmppIq::Get, bareJid, [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(LastActivityNamespace);
        writer->writeEndElement();
    });
    qCDebug(SALON_CORE_PROFILES).noquote() << accountJid() << "querying the last activity of" << bareJid;
    m_iqRequests->sendRequest(iq, this, [this, bareJid](const IqResponse &response) {
        if (!response.isResult()) {
            qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "last activity of" << bareJid << "unknown: status" << int(response.status)
                                                  << "condition" << int(response.error.condition());
            return;
        }
        handleQueryResult(bareJid, QDateTime::currentDateTimeUtc(), secondsOf(response.element));
    }, QueryTimeoutMs);
}

void LastSeenTracker::handleQueryResult(const QString &bareJid, const QDateTime &receivedAt, qint64 seconds)
{
    // The contact came online while the query ran.
    if (isOnline(bareJid)) {
        m_profiles->setLastSeen(bareJid, {});
        return;
    }
    if (seconds < 0 || seconds > receivedAt.toSecsSinceEpoch()) {
        qCWarning(SALON_CORE_PROFILES).noquote() << accountJid() << "ignored an invalid last activity reply from" << bareJid;
        return;
    }
    // Prosody 0.12 also replies 0 when the contact left less than a second ago, and then
    // the time of its unavailable presence is already in the row.
    if (seconds == 0) {
        qCInfo(SALON_CORE_PROFILES).noquote() << accountJid() << "last activity of" << bareJid << "unknown: the server replied 0 seconds for an offline contact";
        return;
    }
    qCDebug(SALON_CORE_PROFILES).noquote() << accountJid() << bareJid << "was last online" << seconds << "s ago";
    m_profiles->setLastSeen(bareJid, receivedAt.addSecs(-seconds));
}

void LastSeenTracker::handlePresenceChanged(const QString &bareJid)
{
    const QString jid = bareJid.toLower();
    if (!m_profiles->contains(jid)) {
        return;
    }
    if (isOnline(jid)) {
        m_onlineJids.insert(jid);
        m_profiles->setLastSeen(jid, {});
    } else if (m_onlineJids.remove(jid)) {
        m_profiles->setLastSeen(jid, QDateTime::currentDateTimeUtc());
    }
}

bool LastSeenTracker::isOnline(const QString &bareJid) const
{
    const QMap<QString, QXmppPresence> presences = m_presences->presences(bareJid);
    return std::any_of(presences.cbegin(), presences.cend(), [](const QXmppPresence &presence) {
        return presence.type() == QXmppPresence::Available;
    });
}

bool LastSeenTracker::sharesPresence(const QString &bareJid) const
{
    const QXmppRosterIq::Item::SubscriptionType subscription = rosterManager()->rosterEntry(bareJid).subscriptionType();
    return subscription == QXmppRosterIq::Item::To || subscription == QXmppRosterIq::Item::Both;
}

RosterManager *LastSeenTracker::rosterManager() const
{
    return m_client->findExtension<RosterManager>();
}

QString LastSeenTracker::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}
