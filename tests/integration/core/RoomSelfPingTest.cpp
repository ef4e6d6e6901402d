#include "Account.h"
#include "OccupantsModel.h"
#include "RoomSelfPing.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");

// Joins and requests on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;
// Short self-ping timings, so that a test runs several intervals in a few seconds.
constexpr int IdleIntervalMs = 1000;
constexpr int PingTimeoutMs = 500;
constexpr int RetryDelayMs = 300;
constexpr int JoinTimeoutMs = 1500;

QJsonObject rawStanza(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

QJsonObject joinPresence(const QString &occupantJid)
{
    return rawStanza(QStringLiteral("<presence xmlns='jabber:client' to='%1'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(occupantJid));
}

QString stateOf(const Account *account, const QString &room)
{
    const std::optional<RoomEntry> entry = account->roomList()->room(room);
    return entry ? RoomEntry::stateCode(entry->state) : QString();
}

QString errorOf(const Account *account, const QString &room)
{
    const std::optional<RoomEntry> entry = account->roomList()->room(room);
    return entry ? entry->errorText : QString();
}

TestPeer::EventFilter availableFrom(const QString &from)
{
    return [from](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString() == from && event.value(QStringLiteral("type")).toString() == QLatin1String("available");
    };
}

// Counts the presences from occupantJid among the peer's queued events.
int presenceCount(const TestPeer &peer, const QString &occupantJid)
{
    int count = 0;
    const QList<QJsonObject> events = peer.events();
    for (const QJsonObject &event : events) {
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("presence") && event.value(QStringLiteral("from")).toString() == occupantJid) {
            ++count;
        }
    }
    return count;
}

QVector<RoomSelfPing::Outcome> outcomesOf(const QSignalSpy &finished)
{
    QVector<RoomSelfPing::Outcome> outcomes;
    for (const QList<QVariant> &arguments : finished) {
        outcomes.append(arguments.at(1).value<RoomSelfPing::Outcome>());
    }
    return outcomes;
}

// Records each new state of one room's row, such as joined, left, joining.
class StateRecorder : public QObject
{
public:
    StateRecorder(const Account *account, const QString &room)
    {
        const auto record = [this, account, room] {
            const QString state = stateOf(account, room);
            if (!state.isEmpty() && (states.isEmpty() || states.constLast() != state)) {
                states.append(state);
            }
        };
        connect(account->roomList(), &QAbstractItemModel::rowsInserted, this, record);
        connect(account->roomList(), &QAbstractItemModel::dataChanged, this, record);
    }

    QStringList states;
};

} // namespace

// RoomSelfPing and RoomService's rejoin against Prosody's MUC component and a stand-in service
// that stops responding, with a slixmpp peer as the other occupant.
class RoomSelfPingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RoomSelfPing::Outcome>();
        m_server.setSilentRoomServiceEnabled(true);
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
    }

    void cleanupTestCase()
    {
        m_bob.reset();
    }

    void selfPingKeepsJoinedRoom()
    {
        const QString room = QStringLiteral("quiet@conference.localhost");
        const QString aliceInRoom = room + QStringLiteral("/alice");
        QVERIFY(bobCreates(room));
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        RoomSelfPing *selfPing = alice->rooms()->selfPing();
        alice->rooms()->join(room, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), availableFrom(aliceInRoom), TimeoutMs).isEmpty());
        m_bob->clearEvents();
        QVERIFY(selfPing->isWatched(room));

        QSignalSpy sent(selfPing, &RoomSelfPing::pingSent);
        QSignalSpy finished(selfPing, &RoomSelfPing::pingFinished);
        QSignalSpy lost(selfPing, &RoomSelfPing::occupancyLost);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, TimeoutMs);
        for (const RoomSelfPing::Outcome outcome : outcomesOf(finished)) {
            QCOMPARE(outcome, RoomSelfPing::Outcome::Joined);
        }
        QCOMPARE(finished.first().at(0).toString(), room);
        QCOMPARE(lost.count(), 0);
        QCOMPARE(stateOf(alice.get(), room), QStringLiteral("joined"));
        QVERIFY(selfPing->pendingCount() <= 1);
        // Prosody replied to every self-ping itself: Bob saw Alice neither leave nor join again.
        QCOMPARE(presenceCount(*m_bob, aliceInRoom), 0);

        // A busy room needs no self-ping: each message restarts the idle interval.
        QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1'><body>tick</body></message>").arg(room))),
                 qPrintable(m_bob->lastError()));
        QTest::qWait(200);
        QTRY_COMPARE_WITH_TIMEOUT(selfPing->pendingCount(), 0, TimeoutMs);
        const int sentBeforeMessages = sent.count();
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 3 * IdleIntervalMs) {
            QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1'><body>tick</body></message>").arg(room))),
                     qPrintable(m_bob->lastError()));
            QTest::qWait(IdleIntervalMs / 5);
        }
        QCOMPARE(sent.count(), sentBeforeMessages);

        // Signing out leaves the rooms, which stops their self-pings.
        alice->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(selfPing->watchedCount(), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(selfPing->pendingCount(), 0, TimeoutMs);
    }

    void selfPingRejoinsForgottenRoom()
    {
        const QString room = QStringLiteral("forgetful@conference.localhost");
        const QString aliceInRoom = room + QStringLiteral("/alice");
        QVERIFY(bobCreates(room));
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        RoomSelfPing *selfPing = alice->rooms()->selfPing();
        alice->rooms()->join(room, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), availableFrom(aliceInRoom), TimeoutMs).isEmpty());
        m_bob->clearEvents();

        // Prosody drops Alice from the room without sending a presence to anyone.
        StateRecorder recorder(alice.get(), room);
        QSignalSpy finished(selfPing, &RoomSelfPing::pingFinished);
        QSignalSpy lost(selfPing, &RoomSelfPing::occupancyLost);
        QSignalSpy joined(alice->rooms(), &RoomService::roomJoined);
        const QJsonObject forget{
            {QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), m_server.mucDomain()},
            {QStringLiteral("xml"), QStringLiteral("<forget xmlns='urn:salon:test:muc-forget' room='%1' nick='alice'/>").arg(room)},
        };
        QVERIFY2(m_bob->command(forget), qPrintable(m_bob->lastError()));
        const QJsonObject forgotten = m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs);
        QCOMPARE(forgotten.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(presenceCount(*m_bob, aliceInRoom), 0);

        // The next self-ping gets not-acceptable, and Alice joins again under the same nickname.
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, TimeoutMs);
        QCOMPARE(lost.first().at(0).toString(), room);
        QVERIFY(outcomesOf(finished).contains(RoomSelfPing::Outcome::NotJoined));
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), availableFrom(aliceInRoom), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(joined.count(), 1, TimeoutMs);
        QCOMPARE(stateOf(alice.get(), room), QStringLiteral("joined"));
        QCOMPARE(alice->roomList()->room(room)->nick, QStringLiteral("alice"));
        QCOMPARE(recorder.states, (QStringList{QStringLiteral("left"), QStringLiteral("joining"), QStringLiteral("joined")}));
        QVERIFY(alice->rooms()->occupants(room)->occupant(QStringLiteral("bob")).has_value());

        // The self-pings go on, and Prosody replies to them again.
        finished.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), TimeoutMs);
        QCOMPARE(outcomesOf(finished).constFirst(), RoomSelfPing::Outcome::Joined);
        QCOMPARE(lost.count(), 1);
    }

    void selfPingTimeoutsEndInFailedJoin()
    {
        const QString room = QStringLiteral("mute@") + m_server.silentRoomDomain();
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        RoomSelfPing *selfPing = alice->rooms()->selfPing();
        alice->rooms()->setJoinTimeoutMs(JoinTimeoutMs);
        StateRecorder recorder(alice.get(), room);
        QSignalSpy sent(selfPing, &RoomSelfPing::pingSent);
        QSignalSpy finished(selfPing, &RoomSelfPing::pingFinished);
        QSignalSpy failures(alice->rooms(), &RoomService::actionFailed);

        // The maximum number of self-pings out at once, sampled while the test runs.
        int maxPending = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&maxPending, selfPing] {
            maxPending = std::max(maxPending, selfPing->pendingCount());
        });
        sampler.start(10);

        alice->rooms()->join(room, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);

        // Two self-pings time out, then the new join gets no response either.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), room), RoomService::tr("The room did not respond in time. Try again later."));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().at(1).toString(), RoomService::tr("The room did not respond in time. Try again later."));
        QCOMPARE(recorder.states,
                 (QStringList{QStringLiteral("joining"), QStringLiteral("joined"), QStringLiteral("left"), QStringLiteral("joining"), QStringLiteral("failed")}));
        QCOMPARE(sent.count(), 2);
        QCOMPARE(outcomesOf(finished), (QVector<RoomSelfPing::Outcome>{RoomSelfPing::Outcome::TimedOut, RoomSelfPing::Outcome::TimedOut}));

        // A failed room is not pinged: nothing goes out or waits over several intervals, and no timer is left.
        QVERIFY(!selfPing->isWatched(room));
        QTest::qWait(3 * IdleIntervalMs);
        QCOMPARE(sent.count(), 2);
        QCOMPARE(selfPing->watchedCount(), 0);
        QCOMPARE(selfPing->pendingCount(), 0);
        QVERIFY(selfPing->findChildren<QTimer *>().isEmpty());
        QCOMPARE(maxPending, 1);
    }

private:
    std::unique_ptr<Account> signedIn(const QString &resource)
    {
        auto account = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), resource, nullptr, TimeoutMs);
        if (account) {
            RoomSelfPing *selfPing = account->rooms()->selfPing();
            selfPing->setIdleIntervalMs(IdleIntervalMs);
            selfPing->setTimeoutMs(PingTimeoutMs);
            selfPing->setRetryDelayMs(RetryDelayMs);
        }
        return account;
    }

    // Bob creates room as "bob", as an instant room, and stays in it.
    bool bobCreates(const QString &room)
    {
        const QString bobInRoom = room + QStringLiteral("/bob");
        if (!m_bob->command(joinPresence(bobInRoom)) || m_bob->waitForEvent(QStringLiteral("presence"), availableFrom(bobInRoom), TimeoutMs).isEmpty()) {
            qWarning() << "bob did not join" << room << m_bob->lastError();
            return false;
        }
        const QJsonObject unlock{
            {QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), room},
            {QStringLiteral("xml"), QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'/></query>")},
        };
        if (!m_bob->command(unlock) || m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs).value(QStringLiteral("type")).toString() != QLatin1String("result")) {
            qWarning() << "bob could not unlock" << room << m_bob->lastError();
            return false;
        }
        return true;
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
};

QTEST_GUILESS_MAIN(RoomSelfPingTest)
#include "RoomSelfPingTest.moc"
