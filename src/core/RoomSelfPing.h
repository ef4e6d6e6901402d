#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QXmppClientExtension.h>

class IqRequestExtension;
class QTimer;

/// MUC Self-Ping (XEP-0410): checks that the user is still an occupant of each joined room.
///
/// A room may drop an occupant without telling the client, for example after it restarted or
/// lost the user's session. For each watched room that sent nothing for idleIntervalMs(), this
/// extension sends an XMPP ping (XEP-0199) from the user's full JID to the user's own occupant
/// JID, at most one per room at a time. It interprets the response as XEP-0410 (version 1.1.0) specifies:
/// - a result, or the error service-unavailable or feature-not-implemented: still joined;
/// - the error remote-server-not-found or remote-server-timeout: the room's service is out of
///   reach for now, so it pings again after the next interval;
/// - any other error: not joined any more, so it emits occupancyLost().
///
/// A ping without a response within timeoutMs() is sent once more after retryDelayMs(). When
/// that one times out too, it emits occupancyLost().
///
/// Every stanza from a watched room counts as activity. The extension records only its time and
/// checks it when the room's timer fires, so a flood of presences restarts no timers. To see the
/// stanzas that other extensions take, it must be the client's first extension: install it last
/// with QXmppClient::insertExtension(0, …). It never takes a stanza.
///
/// \code
/// auto *selfPing = new RoomSelfPing(requests);
/// client->insertExtension(0, selfPing);
/// selfPing->watch(QStringLiteral("team@conference.example.org"), QStringLiteral("team@conference.example.org/alice"));
/// connect(selfPing, &RoomSelfPing::occupancyLost, rooms, &Rooms::rejoin);
/// \endcode
class RoomSelfPing : public QXmppClientExtension
{
    Q_OBJECT

public:
    /// The outcome of a self-ping.
    enum class Outcome {
        /// The user is still an occupant of the room.
        Joined,
        /// The room's service is out of reach (remote-server-not-found or remote-server-timeout).
        Unreachable,
        /// The user is no occupant of the room any more.
        NotJoined,
        /// No response arrived within timeoutMs().
        TimedOut,
    };
    Q_ENUM(Outcome)

    /// Time without any stanza from a room before it is pinged, in milliseconds.
    static constexpr int DefaultIdleIntervalMs = 5 * 60 * 1000;
    /// Time to wait for the response to a ping, in milliseconds.
    static constexpr int DefaultTimeoutMs = 30 * 1000;
    /// Time between a ping that timed out and the one retry, in milliseconds.
    static constexpr int DefaultRetryDelayMs = 10 * 1000;

    /// \a requests sends the pings and must outlive this extension.
    explicit RoomSelfPing(IqRequestExtension *requests);
    ~RoomSelfPing() override;

    /// Sets the idle interval, in milliseconds, for the rooms watched from now on and for the
    /// next check of the others.
    void setIdleIntervalMs(int milliseconds);
    int idleIntervalMs() const;
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const;
    void setRetryDelayMs(int milliseconds);
    int retryDelayMs() const;

    /// Starts watching \a room, where the user is the occupant \a occupantJid (room@service/nick).
    /// For a room that is already watched, only the occupant JID changes, for example after a
    /// nickname change.
    void watch(const QString &room, const QString &occupantJid);
    /// Stops watching \a room. A ping that is still out is ignored when its response arrives.
    void unwatch(const QString &room);

    bool isWatched(const QString &room) const;
    /// Number of watched rooms.
    int watchedCount() const;
    /// Number of pings that wait for a response, at most one per room.
    int pendingCount() const;

    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// A self-ping to the user's occupant JID in \a room went out.
    void pingSent(const QString &room);
    /// A self-ping to \a room ended with \a outcome. It is not emitted for a ping whose room was
    /// unwatched in the meantime, nor for one lost with the connection.
    void pingFinished(const QString &room, RoomSelfPing::Outcome outcome);
    /// The user is no occupant of \a room any more, or the room did not respond to two pings in a row.
    /// The room stays watched until the receiver unwatches it.
    void occupancyLost(const QString &room);

private:
    struct Watch {
        QString occupantJid;
        QTimer *timer = nullptr;
        /// Times on clock(), in milliseconds.
        qint64 lastActivityMs = 0;
        qint64 lastPingMs = 0;
        int consecutiveTimeouts = 0;
        /// Tells this watch from a later one of the same room, for late responses.
        quint64 serial = 0;
    };

    void handleTimer(const QString &room);
    void sendPing(const QString &room);
    void handleOutcome(const QString &room, quint64 serial, Outcome outcome);
    QString accountJid();

    IqRequestExtension *m_requests;
    QHash<QString, Watch> m_watches;
    /// Rooms with a ping that waits for its response, watched or not.
    QSet<QString> m_pending;
    QElapsedTimer m_clock;
    quint64 m_nextSerial = 1;
    int m_idleIntervalMs = DefaultIdleIntervalMs;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_retryDelayMs = DefaultRetryDelayMs;
};
