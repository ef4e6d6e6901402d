#include "RoomSelfPing.h"

#include "IqRequestExtension.h"
#include "salon_core_rooms_selfping_logging.h"

#include <QDomElement>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppPingIq.h>
#include <QXmppUtils.h>

namespace {

RoomSelfPing::Outcome outcomeOf(const IqResponse &response)
{
    if (response.status == IqResponse::Status::Timeout) {
        return RoomSelfPing::Outcome::TimedOut;
    }
    if (response.isResult()) {
        return RoomSelfPing::Outcome::Joined;
    }
    switch (response.error.condition()) {
    // The room passed the ping on to one of the user's clients, which does not support pings.
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::FeatureNotImplemented:
        return RoomSelfPing::Outcome::Joined;
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        return RoomSelfPing::Outcome::Unreachable;
    default:
        return RoomSelfPing::Outcome::NotJoined;
    }
}

} // namespace

RoomSelfPing::RoomSelfPing(IqRequestExtension *requests)
    : m_requests(requests)
{
    m_clock.start();
}

RoomSelfPing::~RoomSelfPing() = default;

void RoomSelfPing::setIdleIntervalMs(int milliseconds)
{
    m_idleIntervalMs = milliseconds;
}

int RoomSelfPing::idleIntervalMs() const
{
    return m_idleIntervalMs;
}

void RoomSelfPing::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

int RoomSelfPing::timeoutMs() const
{
    return m_timeoutMs;
}

void RoomSelfPing::setRetryDelayMs(int milliseconds)
{
    m_retryDelayMs = milliseconds;
}

int RoomSelfPing::retryDelayMs() const
{
    return m_retryDelayMs;
}

void RoomSelfPing::watch(const QString &room, const QString &occupantJid)
{
    const auto existing = m_watches.find(room);
    if (existing != m_watches.end()) {
        existing->occupantJid = occupantJid;
        return;
    }

    Watch watch;
    watch.occupantJid = occupantJid;
    watch.lastActivityMs = m_clock.elapsed();
    watch.serial = m_nextSerial++;
    watch.timer = new QTimer(this);
    watch.timer->setSingleShot(true);
    connect(watch.timer, &QTimer::timeout, this, [this, room] {
        handleTimer(room);
    });
    watch.timer->start(m_idleIntervalMs);
    m_watches.insert(room, watch);
    qCDebug(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "watching" << room << "every" << m_idleIntervalMs << "ms";
}

void RoomSelfPing::unwatch(const QString &room)
{
    const Watch watch = m_watches.take(room);
    if (!watch.timer) {
        return;
    }
    // The timer may be the sender of the call that ends here.
    watch.timer->stop();
    watch.timer->deleteLater();
    qCDebug(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "stopped watching" << room;
}

bool RoomSelfPing::isWatched(const QString &room) const
{
    return m_watches.contains(room);
}

int RoomSelfPing::watchedCount() const
{
    return int(m_watches.size());
}

int RoomSelfPing::pendingCount() const
{
    return int(m_pending.size());
}

bool RoomSelfPing::handleStanza(const QDomElement &stanza)
{
    if (m_watches.isEmpty()) {
        return false;
    }
    const QString room = QXmppUtils::jidToBareJid(stanza.attribute(QStringLiteral("from"))).toLower();
    const auto watch = m_watches.find(room);
    if (watch != m_watches.end()) {
        watch->lastActivityMs = m_clock.elapsed();
    }
    return false;
}

void RoomSelfPing::handleTimer(const QString &room)
{
    const auto watch = m_watches.find(room);
    if (watch == m_watches.end()) {
        return;
    }
    if (m_pending.contains(room)) {
        // The ping of an earlier watch of this room is still out.
        watch->timer->start(m_idleIntervalMs);
        return;
    }

    if (watch->consecutiveTimeouts > 0) {
        if (watch->lastActivityMs > watch->lastPingMs) {
            // The room sent stanzas after the ping that timed out, so it still has the user.
            qCInfo(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << room << "is active again after a ping timed out";
            watch->consecutiveTimeouts = 0;
            watch->timer->start(m_idleIntervalMs);
            return;
        }
        sendPing(room);
        return;
    }

    const qint64 idleMs = m_clock.elapsed() - watch->lastActivityMs;
    if (idleMs < m_idleIntervalMs) {
        watch->timer->start(int(m_idleIntervalMs - idleMs));
        return;
    }
    sendPing(room);
}

void RoomSelfPing::sendPing(const QString &room)
{
    Watch &watch = m_watches[room];
    const quint64 serial = watch.serial;
    QXmppPingIq ping;
    ping.setTo(watch.occupantJid);
    watch.lastPingMs = m_clock.elapsed();
    m_pending.insert(room);
    qCDebug(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "pinging the own occupant JID in" << room;
    Q_EMIT pingSent(room);

    m_requests->sendRequest(ping, this, [this, room, serial](const IqResponse &response) {
        m_pending.remove(room);
        const auto watch = m_watches.constFind(room);
        if (watch == m_watches.cend() || watch->serial != serial) {
            qCDebug(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "ignored the answer to a self-ping of" << room << "that is no longer watched";
            return;
        }
        if (response.status == IqResponse::Status::Disconnected || response.status == IqResponse::Status::NotSent) {
            // The connection is gone. RoomService leaves the rooms and watches them again after they are joined.
            qCInfo(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "the self-ping of" << room << "got no answer: status" << int(response.status);
            watch->timer->start(m_idleIntervalMs);
            return;
        }
        handleOutcome(room, serial, outcomeOf(response));
    }, m_timeoutMs);
}

void RoomSelfPing::handleOutcome(const QString &room, quint64 serial, Outcome outcome)
{
    Watch &watch = m_watches[room];
    bool lost = outcome == Outcome::NotJoined;
    switch (outcome) {
    case Outcome::Joined:
        qCDebug(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "still joined to" << room;
        watch.consecutiveTimeouts = 0;
        watch.timer->start(m_idleIntervalMs);
        break;
    case Outcome::Unreachable:
        qCInfo(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "the service of" << room << "cannot be reached, trying again in" << m_idleIntervalMs << "ms";
        watch.consecutiveTimeouts = 0;
        watch.timer->start(m_idleIntervalMs);
        break;
    case Outcome::NotJoined:
        qCInfo(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "is no longer an occupant of" << room;
        // Checked again after the interval, unless the receiver of occupancyLost() unwatches the room.
        watch.timer->start(m_idleIntervalMs);
        break;
    case Outcome::TimedOut:
        ++watch.consecutiveTimeouts;
        if (watch.consecutiveTimeouts < 2) {
            qCInfo(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "the self-ping of" << room << "timed out, trying again in" << m_retryDelayMs << "ms";
            watch.timer->start(m_retryDelayMs);
        } else {
            qCWarning(SALON_CORE_ROOMS_SELFPING).noquote() << accountJid() << "the self-pings of" << room << "timed out" << watch.consecutiveTimeouts << "times in a row";
            watch.consecutiveTimeouts = 0;
            watch.timer->start(m_idleIntervalMs);
            lost = true;
        }
        break;
    }

    Q_EMIT pingFinished(room, outcome);
    // A receiver of pingFinished may have unwatched the room, or watched it again.
    const auto current = m_watches.constFind(room);
    if (current == m_watches.cend() || current->serial != serial) {
        return;
    }
    if (lost) {
        Q_EMIT occupancyLost(room);
    }
}

QString RoomSelfPing::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
