#include "Account.h"
#include "RoomDirectory.h"
#include "RoomDirectoryModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestRooms.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto Lounge = QStringLiteral("lounge@conference.localhost");
const auto Chess = QStringLiteral("chess@conference.localhost");
const auto Council = QStringLiteral("council@conference.localhost");
const auto Hideout = QStringLiteral("hideout@conference.localhost");
// Rooms of the paged stand-in service: more than RoomDirectory::MaxRooms.
constexpr int PagedRooms = 1250;

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QVariant roleOf(const RoomDirectoryModel *model, const QString &jid, int role)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (model->data(index, RoomDirectoryModel::JidRole).toString() == jid) {
            return model->data(index, role);
        }
    }
    return {};
}

} // namespace

// RoomDirectory against Prosody: the public rooms of its MUC component, which a slixmpp peer
// creates, and the rooms of a paged stand-in service (Result Set Management, XEP-0059).
class RoomDirectoryLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setRoomListSize(PagedRooms);
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        m_carol = std::make_unique<TestPeer>(m_server, QStringLiteral("carol"), chatTestPassword(QStringLiteral("carol")));
        QVERIFY2(m_carol->waitOnline(), qPrintable(m_carol->lastError()));

        // Prosody 0.12 hides new rooms from its list (muc_room_default_public is false), so the
        // listed ones are made public. The hideout keeps the default.
        createRoom(Lounge, {{QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Lounge")},
                            {QStringLiteral("muc#roomconfig_roomdesc"), QStringLiteral("Talk about anything")},
                            {QStringLiteral("muc#roomconfig_publicroom"), QStringLiteral("1")},
                            {QStringLiteral("muc#roomconfig_persistentroom"), QStringLiteral("1")}});
        createRoom(Chess, {{QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Chess Club")},
                           {QStringLiteral("muc#roomconfig_publicroom"), QStringLiteral("1")},
                           {QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("knight")}});
        createRoom(Council, {{QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Council")},
                             {QStringLiteral("muc#roomconfig_publicroom"), QStringLiteral("1")},
                             {QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1")},
                             {QStringLiteral("muc#roomconfig_moderatedroom"), QStringLiteral("1")}});
        createRoom(Hideout, {{QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Hideout")}});
        QVERIFY(!QTest::currentTestFailed());
        const QString joined = joinRoom(*m_carol, Lounge, QStringLiteral("carol"), TimeoutMs);
        QVERIFY2(joined.isEmpty(), qPrintable(joined));

        m_alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QString(), nullptr, TimeoutMs);
        QVERIFY(m_alice);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_carol.reset();
        m_bob.reset();
    }

    void publicRoomsListed()
    {
        RoomDirectory directory(m_alice->client());
        RoomDirectoryModel *rooms = directory.rooms();
        QAbstractItemModelTester tester(rooms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
        QSignalSpy failed(&directory, &RoomDirectory::actionFailed);

        directory.requestRooms(QStringLiteral(" Conference.Localhost "));
        QVERIFY(rooms->isLoading());
        QCOMPARE(rooms->service(), QStringLiteral("conference.localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!rooms->isLoading());
        QCOMPARE(listed.first().at(1).toInt(), 3);

        QCOMPARE(rooms->rowCount(), 3);
        QCOMPARE(rooms->data(rooms->index(0), RoomDirectoryModel::JidRole).toString(), Chess);
        QCOMPARE(rooms->data(rooms->index(1), RoomDirectoryModel::JidRole).toString(), Council);
        QCOMPARE(rooms->data(rooms->index(2), RoomDirectoryModel::JidRole).toString(), Lounge);
        QVERIFY(!rooms->room(Hideout));

        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::NameRole).toString(), QStringLiteral("Lounge"));
        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::DescriptionRole).toString(), QStringLiteral("Talk about anything"));
        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::OccupantsRole).toInt(), 2);
        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::PersistentRole).toBool(), true);
        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::PublicRole).toBool(), true);
        QCOMPARE(roleOf(rooms, Lounge, RoomDirectoryModel::PasswordProtectedRole).toBool(), false);
        QCOMPARE(roleOf(rooms, Chess, RoomDirectoryModel::DisplayNameRole).toString(), QStringLiteral("Chess Club"));
        QCOMPARE(roleOf(rooms, Chess, RoomDirectoryModel::OccupantsRole).toInt(), 1);
        QCOMPARE(roleOf(rooms, Chess, RoomDirectoryModel::PasswordProtectedRole).toBool(), true);
        QCOMPARE(roleOf(rooms, Council, RoomDirectoryModel::MembersOnlyRole).toBool(), true);
        QCOMPARE(roleOf(rooms, Council, RoomDirectoryModel::ModeratedRole).toBool(), true);
        for (const QString &room : {Lounge, Chess, Council}) {
            QCOMPARE(roleOf(rooms, room, RoomDirectoryModel::InfoLoadedRole).toBool(), true);
        }

        rooms->setFilter(QStringLiteral("ANYTHING"));
        QCOMPARE(rooms->rowCount(), 1);
        QCOMPARE(rooms->data(rooms->index(0), RoomDirectoryModel::JidRole).toString(), Lounge);
        rooms->setFilter(QStringLiteral("chess"));
        QCOMPARE(rooms->rowCount(), 1);
        rooms->setFilter(QString());
        QCOMPARE(rooms->rowCount(), 3);
    }

    void pagedListStopsAtLimit()
    {
        RoomDirectory directory(m_alice->client());
        RoomDirectoryModel *rooms = directory.rooms();
        QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
        QSignalSpy failed(&directory, &RoomDirectory::actionFailed);

        directory.requestRooms(m_server.roomListDomain());
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 60000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(rooms->totalCount(), RoomDirectory::MaxRooms);
        QCOMPARE(rooms->rowCount(), RoomDirectory::MaxRooms);

        // The pages came in order: the first MaxRooms rooms, each with its info.
        for (int index : {1, 100, 101, 999, 1000}) {
            const std::optional<RoomInfo> room = rooms->room(QStringLiteral("room%1@%2").arg(index, 3, 10, QLatin1Char('0')).arg(m_server.roomListDomain()));
            QVERIFY2(room, qPrintable(QString::number(index)));
            QVERIFY(room->infoLoaded);
            QCOMPARE(room->name, QStringLiteral("Room %1").arg(index));
            QCOMPARE(room->occupants, index % 10);
        }
        QVERIFY(!rooms->room(QStringLiteral("room1001@%1").arg(m_server.roomListDomain())));
    }

    void servicesFound()
    {
        RoomDirectory directory(m_alice->client());
        QSignalSpy found(&directory, &RoomDirectory::mucServicesFound);
        directory.findMucServices();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, TimeoutMs);
        const QStringList expected{QStringLiteral("conference.localhost"), m_server.roomListDomain()};
        QCOMPARE(found.first().at(0).toStringList(), expected);
        QCOMPARE(directory.mucServices(), expected);
    }

    void unknownServiceReported()
    {
        RoomDirectory directory(m_alice->client());
        QSignalSpy failed(&directory, &RoomDirectory::actionFailed);
        QSignalSpy listed(&directory, &RoomDirectory::roomsListed);

        directory.requestRooms(QStringLiteral("nowhere.localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("nowhere.localhost"));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("nowhere.localhost")));
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QVERIFY(!directory.rooms()->isLoading());
        QCOMPARE(directory.rooms()->rowCount(), 0);
    }

    void invalidServiceRejected()
    {
        RoomDirectory directory(m_alice->client());
        QSignalSpy failed(&directory, &RoomDirectory::actionFailed);
        directory.requestRooms(QStringLiteral("bob@localhost"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!directory.rooms()->isLoading());
    }

    void newListingReplacesRunningOne()
    {
        RoomDirectory directory(m_alice->client());
        QSignalSpy listed(&directory, &RoomDirectory::roomsListed);
        directory.requestRooms(m_server.roomListDomain());
        directory.requestRooms(m_server.mucDomain());
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QCOMPARE(listed.first().at(0).toString(), m_server.mucDomain());
        QCOMPARE(directory.rooms()->totalCount(), 3);
        // Responses to the replaced listing are ignored.
        QTest::qWait(500);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(directory.rooms()->totalCount(), 3);
    }

private:
    void createRoom(const QString &room, const RoomConfiguration &configuration)
    {
        const QString joined = joinRoom(*m_bob, room, QStringLiteral("bob"), TimeoutMs);
        QVERIFY2(joined.isEmpty(), qPrintable(joined));
        const QString configured = configureRoom(*m_bob, room, configuration, TimeoutMs);
        QVERIFY2(configured.isEmpty(), qPrintable(configured));
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<TestPeer> m_carol;
    std::unique_ptr<Account> m_alice;
};

QTEST_GUILESS_MAIN(RoomDirectoryLiveTest)
#include "RoomDirectoryLiveTest.moc"
