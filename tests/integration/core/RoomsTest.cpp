#include "Account.h"
#include "BookmarksModel.h"
#include "BookmarksService.h"
#include "ConversationsModel.h"
#include "MessagesModel.h"
#include "ContactPresences.h"
#include "DataFormModel.h"
#include "IqRequestExtension.h"
#include "OccupantsModel.h"
#include "RoomConfigurationService.h"
#include "RoomMessageService.h"
#include "RoomModeration.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "RosterService.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");

// Joins and requests on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString roomJid(const QString &name)
{
    return name + QStringLiteral("@conference.localhost");
}

QJsonObject rawStanza(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

QJsonObject joinPresence(const QString &room, const QString &nick)
{
    return rawStanza(QStringLiteral("<presence xmlns='jabber:client' to='%1/%2'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(room, nick));
}

QJsonObject leavePresence(const QString &room, const QString &nick)
{
    return rawStanza(QStringLiteral("<presence xmlns='jabber:client' type='unavailable' to='%1/%2'/>").arg(room, nick));
}

QJsonObject iqSet(const QString &to, const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), to}, {QStringLiteral("xml"), xml}};
}

// The owner's room configuration form (XEP-0045, section 10.2) with the fields given.
QJsonObject configure(const QString &room, const QList<std::pair<QString, QString>> &fields)
{
    QString form = QStringLiteral("<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>");
    for (const auto &[name, value] : fields) {
        form += QStringLiteral("<field var='%1'><value>%2</value></field>").arg(name, value);
    }
    return iqSet(room, QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'>%1</x></query>").arg(form));
}

QJsonObject adminItem(const QString &room, const QString &item)
{
    return iqSet(room, QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#admin'>%1</query>").arg(item));
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

TestPeer::EventFilter presenceFrom(const QString &from, int code = 0)
{
    return [from, code](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString() == from
            && (code == 0 || event.value(QStringLiteral("mucCodes")).toArray().contains(QJsonValue(code)));
    };
}

} // namespace

// RoomService against Prosody's MUC component, with a slixmpp peer as the other occupant.
class RoomsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
    }

    void cleanupTestCase()
    {
        m_bob.reset();
    }

    void createJoinAndTrackOccupants()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("team"));
        QAbstractItemModelTester roomsTester(alice->roomList(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        alice->rooms()->createRoom(room, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);

        OccupantsModel *occupants = alice->rooms()->occupants(room);
        QVERIFY(occupants);
        QAbstractItemModelTester occupantsTester(occupants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(occupants->rowCount(), 1);
        QCOMPARE(occupants->occupant(QStringLiteral("alice"))->affiliation, QStringLiteral("owner"));
        QCOMPARE(occupants->occupant(QStringLiteral("alice"))->role, QStringLiteral("moderator"));
        // The test server's rooms let moderators remove messages (mod_muc_moderation).
        QTRY_VERIFY_WITH_TIMEOUT(alice->roomList()->room(room)->messageModeration, TimeoutMs);
        QVERIFY(occupants->data(occupants->index(0, 0), OccupantsModel::SelfRole).toBool());

        // The instant configuration unlocked the room, so Bob can join it.
        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bob"))), qPrintable(m_bob->lastError()));
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(room + QStringLiteral("/bob"), 110), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(occupants->rowCount(), 2, TimeoutMs);
        QCOMPARE(occupants->occupant(QStringLiteral("bob"))->role, QStringLiteral("participant"));
        // Moderators see real JIDs in Prosody's default, semi-anonymous rooms.
        QCOMPARE(occupants->occupant(QStringLiteral("bob"))->realJid, BobJid);
        QCOMPARE(alice->roomList()->room(room)->occupantCount, 2);

        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bobby"))), qPrintable(m_bob->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bobby")).has_value(), TimeoutMs);
        QVERIFY(!occupants->occupant(QStringLiteral("bob")));
        QCOMPARE(occupants->rowCount(), 2);

        // Occupants never reach the contacts' presences.
        QVERIFY(alice->roster()->presences()->presences(room).isEmpty());

        QVERIFY2(m_bob->command(leavePresence(room, QStringLiteral("bobby"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(occupants->rowCount(), 1, TimeoutMs);

        alice->rooms()->setSubject(room, QStringLiteral("Deploy at noon"));
        QTRY_COMPARE_WITH_TIMEOUT(alice->roomList()->room(room)->subject, QStringLiteral("Deploy at noon"), TimeoutMs);

        alice->rooms()->changeNick(room, QStringLiteral("ali"));
        QTRY_COMPARE_WITH_TIMEOUT(alice->roomList()->room(room)->nick, QStringLiteral("ali"), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("ali")).has_value(), TimeoutMs);
        QCOMPARE(occupants->selfNick(), QStringLiteral("ali"));

        alice->rooms()->leave(room);
        QVERIFY(!alice->roomList()->room(room));
    }

    void joinErrorsExplained()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);

        alice->rooms()->join(roomJid(QStringLiteral("nowhere")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), roomJid(QStringLiteral("nowhere"))), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), roomJid(QStringLiteral("nowhere"))), RoomService::tr("This room does not exist."));

        const QString busy = roomJid(QStringLiteral("busy"));
        QVERIFY(bobCreates(busy, QStringLiteral("taken")));
        alice->rooms()->join(busy, QStringLiteral("taken"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), busy), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), busy), RoomService::tr("This nickname is taken in the room. Choose another one."));

        const QString locked = roomJid(QStringLiteral("locked"));
        QVERIFY(bobCreates(locked, QStringLiteral("bob"),
                           {{QStringLiteral("muc#roomconfig_passwordprotectedroom"), QStringLiteral("1")},
                            {QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("open sesame")}}));
        alice->rooms()->join(locked);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), locked), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), locked), RoomService::tr("This room needs a password."));
        alice->rooms()->join(locked, QString(), QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), locked), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), locked), RoomService::tr("The password is wrong."));
        alice->rooms()->join(locked, QString(), QStringLiteral("open sesame"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), locked), QStringLiteral("joined"), TimeoutMs);

        const QString club = roomJid(QStringLiteral("club"));
        QVERIFY(bobCreates(club, QStringLiteral("bob"), {{QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1")}}));
        alice->rooms()->join(club);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), club), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), club), RoomService::tr("This room is for members only."));

        const QString closed = roomJid(QStringLiteral("closed"));
        QVERIFY(bobCreates(closed, QStringLiteral("bob")));
        QVERIFY2(m_bob->command(adminItem(closed, QStringLiteral("<item jid='%1' affiliation='outcast'/>").arg(AliceJid))), qPrintable(m_bob->lastError()));
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("iqResponse"), {}, TimeoutMs).isEmpty());
        alice->rooms()->join(closed);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), closed), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), closed), RoomService::tr("You are banned from this room."));

        QSignalSpy failed(alice->rooms(), &RoomService::actionFailed);
        alice->rooms()->join(QStringLiteral("not a room"));
        QCOMPARE(failed.count(), 1);
    }

    void roleAndAffiliationSeenByPeer()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("staff"));
        alice->rooms()->createRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        OccupantsModel *occupants = alice->rooms()->occupants(room);
        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bob"))), qPrintable(m_bob->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);
        QSignalSpy failed(alice->roomModeration(), &RoomModeration::actionFailed);

        // Each change reaches Bob as a presence of his own occupant with the new role or affiliation.
        const auto bobsPresence = [this, room](const char *key, const QString &value) {
            return m_bob->waitForEvent(QStringLiteral("presence"), [room, key, value](const QJsonObject &event) {
                return event.value(QStringLiteral("from")).toString() == room + QStringLiteral("/bob")
                    && event.value(QLatin1String(key)).toString() == value;
            }, TimeoutMs);
        };
        alice->roomModeration()->setRole(room, QStringLiteral("bob"), QStringLiteral("visitor"), QString());
        QVERIFY(!bobsPresence("mucRole", QStringLiteral("visitor")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob"))->role, QStringLiteral("visitor"), TimeoutMs);
        alice->roomModeration()->setRole(room, QStringLiteral("bob"), QStringLiteral("moderator"), QString());
        QVERIFY(!bobsPresence("mucRole", QStringLiteral("moderator")).isEmpty());
        alice->roomModeration()->setAffiliation(room, BobJid, QStringLiteral("member"), QString());
        QVERIFY(!bobsPresence("mucAffiliation", QStringLiteral("member")).isEmpty());
        alice->roomModeration()->setAffiliation(room, BobJid, QStringLiteral("admin"), QString());
        QVERIFY(!bobsPresence("mucAffiliation", QStringLiteral("admin")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob"))->affiliation, QStringLiteral("admin"), TimeoutMs);
        QCOMPARE(failed.count(), 0);

        // The room refuses a role change for a nickname that is not in it, and Salon reports that.
        alice->roomModeration()->setRole(room, QStringLiteral("nobody-here"), QStringLiteral("visitor"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(1).toString(), RoomModeration::tr("The room does not allow you to do this."));

        // Destroying points the occupants to an alternate room, and the room's bookmark and row go away.
        QTRY_VERIFY_WITH_TIMEOUT(alice->bookmarks()->protocol() != BookmarksService::Protocol::Unknown, TimeoutMs);
        alice->bookmarks()->setBookmark(room, QStringLiteral("Staff"), QString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(alice->roomList()->room(room)->bookmarked, TimeoutMs);
        alice->roomModeration()->destroyRoom(room, QStringLiteral("Moved"), roomJid(QStringLiteral("staff2")));
        const QJsonObject leftPresence = m_bob->waitForEvent(QStringLiteral("presence"), [room](const QJsonObject &event) {
            return event.value(QStringLiteral("from")).toString() == room + QStringLiteral("/bob")
                && event.value(QStringLiteral("type")).toString() == QLatin1String("unavailable");
        }, TimeoutMs);
        QVERIFY(!leftPresence.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!alice->bookmarkedRooms()->bookmark(room).has_value(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->roomList()->room(room).has_value(), TimeoutMs);
    }

    void kickAndBanSeenByBothSides()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("ops"));
        alice->rooms()->createRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        OccupantsModel *occupants = alice->rooms()->occupants(room);

        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bob"))), qPrintable(m_bob->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);
        alice->roomModeration()->kick(room, QStringLiteral("bob"), QStringLiteral("Cool down"));
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(room + QStringLiteral("/bob"), 307), TimeoutMs).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);

        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bob"))), qPrintable(m_bob->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);
        alice->roomModeration()->ban(room, QStringLiteral("bob"), QStringLiteral("Spam"));
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(room + QStringLiteral("/bob"), 301), TimeoutMs).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);

        // The owner destroys the room, which then no longer exists.
        QSignalSpy destroyed(alice->roomModeration(), &RoomModeration::roomDestroyed);
        alice->roomModeration()->destroyRoom(room, QStringLiteral("Done"));
        QTRY_COMPARE_WITH_TIMEOUT(destroyed.count(), 1, TimeoutMs);
        QVERIFY(stateOf(alice.get(), room) != QLatin1String("joined"));
        alice->rooms()->join(room);
        QTRY_COMPARE_WITH_TIMEOUT(errorOf(alice.get(), room), RoomService::tr("This room does not exist."), TimeoutMs);

        // Now the other way round: Bob owns the room and removes Alice.
        const QString bobs = roomJid(QStringLiteral("bobs"));
        QVERIFY(bobCreates(bobs, QStringLiteral("bob")));
        alice->rooms()->join(bobs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), bobs), QStringLiteral("joined"), TimeoutMs);
        QVERIFY2(m_bob->command(adminItem(bobs, QStringLiteral("<item nick='alice' role='none'/>"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), bobs), QStringLiteral("left"), TimeoutMs);
        QCOMPARE(errorOf(alice.get(), bobs), RoomService::tr("A moderator removed you from the room."));
    }

    void autojoinBookmarksJoinInParallel()
    {
        // Rooms that exist, bookmarked with autojoin by one client.
        QStringList rooms;
        {
            auto phone = signedIn(QStringLiteral("phone"));
            QVERIFY(phone);
            QTRY_VERIFY_WITH_TIMEOUT(phone->bookmarks()->protocol() != BookmarksService::Protocol::Unknown, TimeoutMs);
            for (int number = 1; number <= 10; ++number) {
                const QString room = roomJid(QStringLiteral("auto%1").arg(number));
                rooms.append(room);
                QVERIFY(bobCreates(room, QStringLiteral("bob")));
                phone->bookmarks()->setBookmark(room, QStringLiteral("Auto %1").arg(number), QStringLiteral("alice"), true);
            }
            QTRY_COMPARE_WITH_TIMEOUT(phone->bookmarkedRooms()->rowCount(), 10, TimeoutMs);
        }

        // A new client starts every join before the first one ends.
        auto desk = std::make_unique<Account>();
        ConnectionSettings settings = testConnectionSettings(m_server);
        settings.resource = QStringLiteral("desk");
        desk->setConnectionSettings(settings);
        int maxJoining = 0;
        connect(desk->roomList(), &QAbstractItemModel::dataChanged, this, [&desk, &maxJoining] {
            int joining = 0;
            for (const RoomEntry &entry : desk->roomList()->rooms()) {
                joining += entry.state == RoomEntry::State::Joining ? 1 : 0;
            }
            maxJoining = std::max(maxJoining, joining);
        });
        QElapsedTimer timer;
        timer.start();
        desk->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(rooms.cbegin(), rooms.cend(),
                                             [&desk](const QString &room) {
                                                 return stateOf(desk.get(), room) == QLatin1String("joined");
                                             }),
                                 TimeoutMs);
        qInfo() << "signed in and joined" << rooms.size() << "autojoin rooms in" << timer.elapsed() << "ms";
        QCOMPARE(maxJoining, int(rooms.size()));

        // A bookmark marked autojoin on another client is joined here at once.
        const QString lobby = roomJid(QStringLiteral("lobby"));
        QVERIFY(bobCreates(lobby, QStringLiteral("bob")));
        auto laptop = signedIn(QStringLiteral("laptop"));
        QVERIFY(laptop);
        QTRY_VERIFY_WITH_TIMEOUT(laptop->bookmarks()->protocol() != BookmarksService::Protocol::Unknown, TimeoutMs);
        laptop->bookmarks()->setBookmark(lobby, QStringLiteral("Lobby"), QString(), true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(desk.get(), lobby), QStringLiteral("joined"), TimeoutMs);
        QCOMPARE(desk->roomList()->room(lobby)->name, QStringLiteral("Lobby"));
    }

    void roomMessagesLiveAndStoredOnce()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Database database(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("cache.sqlite")));
        database.open();
        const QString room = roomJid(QStringLiteral("talk"));
        QVERIFY(bobCreates(room, QStringLiteral("bob")));
        {
            auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("desk"), &database, TimeoutMs);
            QVERIFY(alice);
            alice->rooms()->join(room);
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
            MessagesModel *messages = alice->roomMessages()->openRoom(room);
            QVERIFY(messages);
            QAbstractItemModelTester tester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy mentioned(alice->roomMessages(), &RoomMessageService::mentionReceived);

            QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='bob-1'>"
                                                             "<body>Hello Alice, welcome</body></message>")
                                                  .arg(room))),
                     qPrintable(m_bob->lastError()));
            QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, TimeoutMs);
            QCOMPARE(messages->data(messages->index(0, 0), MessagesModel::SenderNickRole).toString(), QStringLiteral("bob"));
            QCOMPARE(messages->data(messages->index(0, 0), MessagesModel::DirectionRole).toString(), QStringLiteral("in"));
            QVERIFY(messages->data(messages->index(0, 0), MessagesModel::MentionsMeRole).toBool());
            QCOMPARE(alice->roomList()->room(room)->unreadCount, 1);
            QCOMPARE(alice->roomList()->room(room)->mentionCount, 1);
            QCOMPARE(mentioned.count(), 1);
            QCOMPARE(mentioned.first().at(2).toString(), QStringLiteral("bob"));

            // The room sends the user's message back: it shows once, delivered.
            alice->roomMessages()->sendMessage(room, QStringLiteral("Thanks, Bob"));
            const QJsonObject echoed = m_bob->waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
                return event.value(QStringLiteral("body")).toString() == QLatin1String("Thanks, Bob");
            }, TimeoutMs);
            QVERIFY(!echoed.isEmpty());
            QCOMPARE(echoed.value(QStringLiteral("type")).toString(), QStringLiteral("groupchat"));
            QTRY_COMPARE_WITH_TIMEOUT(messages->data(messages->index(1, 0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"), TimeoutMs);
            QCOMPARE(messages->rowCount(), 2);
            QCOMPARE(messages->data(messages->index(1, 0), MessagesModel::DirectionRole).toString(), QStringLiteral("out"));

            alice->roomMessages()->markRoomRead(room);
            QCOMPARE(alice->roomList()->room(room)->unreadCount, 0);
            QCOMPARE(alice->roomList()->room(room)->mentionCount, 0);

            // A group chat message that does not come from a room reaches no room and no conversation.
            QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='forged'>"
                                                             "<body>Not from a room</body></message>")
                                                  .arg(AliceJid))),
                     qPrintable(m_bob->lastError()));
            // A later message of the room proves that the forged one was handled before it.
            QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='bob-2'><body>Still here</body></message>")
                                                  .arg(room))),
                     qPrintable(m_bob->lastError()));
            QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, TimeoutMs);
            QCOMPARE(alice->conversations()->rowCount(), 0);

            // Written while signed out, sent once after the next join.
            alice->signOut();
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("left"), TimeoutMs);
            alice->roomMessages()->sendMessage(room, QStringLiteral("Written offline"));
            QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 4, TimeoutMs);
            QCOMPARE(messages->data(messages->index(3, 0), MessagesModel::StateRole).toString(), QStringLiteral("pending"));
            alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
            QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
                           return event.value(QStringLiteral("body")).toString() == QLatin1String("Written offline");
                       }, TimeoutMs).isEmpty());
            // Until the room sends it back, the message counts as unsent and would go out again after a restart.
            QTRY_COMPARE_WITH_TIMEOUT(messages->data(messages->index(3, 0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"), TimeoutMs);
        }

        // After a restart the room's messages come from the store, each once. Rooms without a
        // bookmark are not remembered, so the user joins again.
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("desk"), &database, TimeoutMs);
        QVERIFY(alice);
        alice->rooms()->join(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 4, TimeoutMs);
        QCOMPARE(messages->data(messages->index(3, 0), MessagesModel::BodyRole).toString(), QStringLiteral("Written offline"));
        QCOMPARE(messages->data(messages->index(3, 0), MessagesModel::StateRole).toString(), QStringLiteral("delivered"));
        QCOMPARE(alice->conversations()->rowCount(), 0);
        QVERIFY(m_bob->waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
                       return event.value(QStringLiteral("body")).toString() == QLatin1String("Written offline");
                   }, 500).isEmpty());
    }

    void archiveCatchUpOnJoinWithoutDuplicates()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Database database(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("cache.sqlite")));
        database.open();
        const QString room = roomJid(QStringLiteral("history"));
        QVERIFY(bobCreates(room, QStringLiteral("bob")));
        const auto bobSends = [this, &room](const QString &id, const QString &body) {
            return m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='%2'><body>%3</body></message>")
                                                .arg(room, id, body)));
        };
        for (int number = 1; number <= 3; ++number) {
            QVERIFY2(bobSends(QStringLiteral("before-%1").arg(number), QStringLiteral("Before %1").arg(number)), qPrintable(m_bob->lastError()));
        }
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
                       return event.value(QStringLiteral("body")).toString() == QLatin1String("Before 3");
                   }, TimeoutMs).isEmpty());

        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("desk"), &database, TimeoutMs);
        QVERIFY(alice);
        // The account also joins the autojoin rooms of earlier tests; only this room's catch-up counts.
        int caughtUp = -1;
        connect(alice->roomMessages(), &RoomMessageService::catchUpFinished, this, [&caughtUp, &room](const QString &jid, int count) {
            if (jid == room) {
                caughtUp = count;
            }
        });
        MessagesModel *messages = nullptr;
        const auto joinAndCatchUp = [&] {
            caughtUp = -1;
            alice->rooms()->join(room);
            return QTest::qWaitFor([&caughtUp] { return caughtUp >= 0; }, TimeoutMs);
        };

        // The first join reads the newest page as history: shown, but not unread.
        QVERIFY(joinAndCatchUp());
        QCOMPARE(caughtUp, 3);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, TimeoutMs);
        QCOMPARE(alice->roomList()->room(room)->unreadCount, 0);

        // What Bob writes while Alice is away is news at the next join.
        alice->rooms()->leave(room);
        for (int number = 1; number <= 2; ++number) {
            QVERIFY2(bobSends(QStringLiteral("away-%1").arg(number), QStringLiteral("While away %1").arg(number)), qPrintable(m_bob->lastError()));
        }
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
                       return event.value(QStringLiteral("body")).toString() == QLatin1String("While away 2");
                   }, TimeoutMs).isEmpty());
        QVERIFY(joinAndCatchUp());
        QCOMPARE(caughtUp, 2);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 5, TimeoutMs);
        QCOMPARE(alice->roomList()->room(room)->unreadCount, 2);
        QCOMPARE(messages->data(messages->index(4, 0), MessagesModel::BodyRole).toString(), QStringLiteral("While away 2"));

        // Nothing new: a third join duplicates nothing.
        alice->rooms()->leave(room);
        QVERIFY(joinAndCatchUp());
        QCOMPARE(caughtUp, 0);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 5, TimeoutMs);
    }

    void roomsJoinedAgainAfterConnectionDrop()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("resumed"));
        alice->rooms()->createRoom(room, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        QVERIFY2(m_bob->command(joinPresence(room, QStringLiteral("bob"))), qPrintable(m_bob->lastError()));
        OccupantsModel *occupants = alice->rooms()->occupants(room);
        QTRY_VERIFY_WITH_TIMEOUT(occupants->occupant(QStringLiteral("bob")).has_value(), TimeoutMs);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);

        // The connection drops without a closing stream. The account connects again, resuming the
        // session where the server allows it (XEP-0198), and the room is joined again either way.
        auto *socket = alice->client()->findChild<QSslSocket *>();
        QVERIFY(socket);
        socket->abort();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("left"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(alice->state(), Account::State::Online, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        QVERIFY(alice->rooms()->occupants(room)->occupant(QStringLiteral("bob")).has_value());

        QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='after-resume'><body>Still there?</body></message>")
                                              .arg(room))),
                 qPrintable(m_bob->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0
                                     && messages->data(messages->index(messages->rowCount() - 1, 0), MessagesModel::BodyRole).toString() == QLatin1String("Still there?"),
                                 TimeoutMs);
    }

    void olderRoomPagesFromArchive()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Database database(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("cache.sqlite")));
        database.open();
        const QString room = roomJid(QStringLiteral("chronicle"));
        QVERIFY(bobCreates(room, QStringLiteral("bob")));
        const int total = 120;
        for (int number = 1; number <= total; ++number) {
            QVERIFY2(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='old-%2'><body>Old %2</body></message>")
                                                  .arg(room)
                                                  .arg(number))),
                     qPrintable(m_bob->lastError()));
        }
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), [total](const QJsonObject &event) {
                       return event.value(QStringLiteral("body")).toString() == QStringLiteral("Old %1").arg(total);
                   }, TimeoutMs).isEmpty());

        // The join reads the newest page; scrolling up reads older pages from the room's archive
        // until its first message, each message once and in order.
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("desk"), &database, TimeoutMs);
        QVERIFY(alice);
        bool caughtUp = false;
        connect(alice->roomMessages(), &RoomMessageService::catchUpFinished, this, [&caughtUp, &room](const QString &jid) {
            caughtUp = caughtUp || jid == room;
        });
        alice->rooms()->join(room);
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp, TimeoutMs);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QAbstractItemModelTester tester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The catch-up's rows can reach the open model before its first page has loaded, and
        // the model offers older pages only after that.
        QTRY_VERIFY_WITH_TIMEOUT(!messages->property("loading").toBool(), TimeoutMs);
        QCOMPARE(messages->rowCount(), RoomMessageService::PageSize);
        while (messages->canFetchMore({})) {
            const int before = messages->rowCount();
            messages->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!messages->property("loading").toBool() && (messages->rowCount() > before || !messages->canFetchMore({})), TimeoutMs);
            QVERIFY(messages->rowCount() <= total);
        }
        QCOMPARE(messages->rowCount(), total);
        for (int row = 0; row < total; ++row) {
            QCOMPARE(messages->data(messages->index(row, 0), MessagesModel::BodyRole).toString(), QStringLiteral("Old %1").arg(row + 1));
        }
        // History from the archive is not news.
        QCOMPARE(alice->roomList()->room(room)->unreadCount, 0);

        // The pages are stored: a model opened again reads them from the store alone.
        alice->roomMessages()->closeRoom(room);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), RoomMessageService::PageSize, TimeoutMs);
        messages->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 2 * RoomMessageService::PageSize, TimeoutMs);
    }

    void presenceFloodBounded()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("flood"));
        alice->rooms()->createRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        OccupantsModel *occupants = alice->rooms()->occupants(room);

        // The presences of a crowd, fed as the room would send them; the 2,000 stay, beyond the
        // limit they are dropped. A forged real JID is not kept.
        QElapsedTimer timer;
        timer.start();
        const int crowd = OccupantsModel::MaxOccupants + 500;
        for (int number = 0; number < crowd; ++number) {
            QDomDocument document;
            document.setContent(QStringLiteral("<presence xmlns='jabber:client' from='%1/guest%2' to='%3/desk'>"
                                               "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='participant' jid='not a jid'/></x>"
                                               "</presence>")
                                    .arg(room)
                                    .arg(number)
                                    .arg(AliceJid),
                                true);
            QVERIFY(alice->rooms()->handleStanza(document.documentElement()));
            if (number == 1999) {
                qInfo() << "2000 occupant presences took" << timer.elapsed() << "ms";
                QCOMPARE(occupants->rowCount(), 2001);
            }
        }
        QCOMPARE(occupants->rowCount(), OccupantsModel::MaxOccupants);
        QVERIFY(occupants->occupant(QStringLiteral("guest0"))->realJid.isEmpty());

        // A presence of a room that the account does not know is left to others.
        QDomDocument foreign;
        foreign.setContent(QStringLiteral("<presence xmlns='jabber:client' from='other@conference.localhost/x'/>"), true);
        QVERIFY(!alice->rooms()->handleStanza(foreign.documentElement()));

        // A huge subject is cut.
        QDomDocument subject;
        subject.setContent(QStringLiteral("<message xmlns='jabber:client' type='groupchat' from='%1'><subject>%2</subject></message>")
                               .arg(room, QString(100 * 1024, QLatin1Char('s'))),
                           true);
        QVERIFY(alice->rooms()->handleStanza(subject.documentElement()));
        QCOMPARE(alice->roomList()->room(room)->subject.size(), RoomService::MaxSubjectLength + 1);
    }

    void configuredCreationSeenByOthers()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("bookclub"));
        RoomConfigurationService *configuration = alice->roomConfiguration();
        QSignalSpy formReady(configuration, &RoomConfigurationService::formReady);
        QSignalSpy saved(configuration, &RoomConfigurationService::saved);

        alice->rooms()->createRoom(room, QStringLiteral("alice"), true);

        QTRY_COMPARE_WITH_TIMEOUT(formReady.count(), 1, TimeoutMs);
        DataFormModel *form = configuration->form(room);
        QAbstractItemModelTester tester(form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(form->status(), QStringLiteral("ready"));
        QCOMPARE(stateOf(alice.get(), room), QStringLiteral("joined"));
        QVERIFY(alice->rooms()->isAwaitingConfiguration(room));
        QCOMPARE(form->field(QStringLiteral("muc#roomconfig_roomname")).type, QStringLiteral("text-single"));
        QCOMPARE(form->field(QStringLiteral("muc#roomconfig_roomsecret")).type, QStringLiteral("text-private"));
        QCOMPARE(form->field(QStringLiteral("muc#roomconfig_publicroom")).type, QStringLiteral("boolean"));

        // The locked room turns others away until it is configured (XEP-0045, section 10.1.3).
        auto carol = signedInCarol();
        QVERIFY(carol);
        carol->rooms()->join(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(carol.get(), room), QStringLiteral("failed"), TimeoutMs);

        // Prosody 0.12 has no muc#roomconfig_passwordprotectedroom field: a password protects the room.
        QVERIFY(form->field(QStringLiteral("muc#roomconfig_passwordprotectedroom")).var.isEmpty());
        const QVariantMap values{
            {QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Book club")},
            {QStringLiteral("muc#roomconfig_roomdesc"), QStringLiteral("One novel a month")},
            {QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("page 42")},
            {QStringLiteral("muc#roomconfig_membersonly"), false},
            {QStringLiteral("muc#roomconfig_publicroom"), true},
        };
        configuration->submit(room, values);
        QCOMPARE(form->status(), QStringLiteral("submitting"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TimeoutMs);
        QCOMPARE(form->status(), QStringLiteral("saved"));
        QVERIFY(!alice->rooms()->isAwaitingConfiguration(room));

        const QXmppDiscoveryIq info = discoInfo(carol.get(), room);
        QCOMPARE(info.type(), QXmppIq::Result);
        QVERIFY(info.features().contains(QStringLiteral("muc_passwordprotected")));
        QVERIFY(info.features().contains(QStringLiteral("muc_public")));
        QVERIFY(info.features().contains(QStringLiteral("muc_open")));
        QCOMPARE(info.identities().value(0).name(), QStringLiteral("Book club"));
        QString description;
        for (const QXmppDataForm::Field &field : info.form().fields()) {
            if (field.key() == QLatin1String("muc#roominfo_description")) {
                description = field.value().toString();
            }
        }
        QCOMPARE(description, QStringLiteral("One novel a month"));

        carol->rooms()->join(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(carol.get(), room), QStringLiteral("failed"), TimeoutMs);
        QCOMPARE(errorOf(carol.get(), room), RoomService::tr("This room needs a password."));
        carol->rooms()->join(room, QString(), QStringLiteral("page 42"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(carol.get(), room), QStringLiteral("joined"), TimeoutMs);
        QCOMPARE(carol->roomList()->room(room)->name, QStringLiteral("Book club"));
    }

    void ownerRenamesExistingRoom()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("renamed"));
        alice->rooms()->createRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        RoomConfigurationService *configuration = alice->roomConfiguration();
        QSignalSpy saved(configuration, &RoomConfigurationService::saved);

        configuration->requestForm(room);
        DataFormModel *form = configuration->form(room);
        QCOMPARE(form->status(), QStringLiteral("loading"));
        QTRY_COMPARE_WITH_TIMEOUT(form->status(), QStringLiteral("ready"), TimeoutMs);
        QVERIFY(form->setValue(QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Renamed room")));
        configuration->submit(room);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TimeoutMs);

        auto carol = signedInCarol();
        QVERIFY(carol);
        QCOMPARE(discoInfo(carol.get(), room).identities().value(0).name(), QStringLiteral("Renamed room"));

        // A field that the form does not have is rejected before anything is sent.
        QSignalSpy failed(configuration, &RoomConfigurationService::actionFailed);
        configuration->submit(room, QVariantMap{{QStringLiteral("no-such-field"), QStringLiteral("x")}});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(saved.count(), 1);

        // Prosody rejects a form of another type with bad-request and a text, which the error repeats.
        configuration->submit(room, QVariantMap{{QStringLiteral("FORM_TYPE"), QStringLiteral("urn:example:other")}});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, TimeoutMs);
        QCOMPARE(failed.last().at(1).toString(),
                 RoomConfigurationService::tr("The room rejected the configuration: %1").arg(QStringLiteral("Form is not of type room configuration")));
        QCOMPARE(form->status(), QStringLiteral("ready"));
        QCOMPARE(form->errorText(), failed.last().at(1).toString());
        QCOMPARE(saved.count(), 1);

        configuration->closeForm(room);
        alice->rooms()->leave(room);
    }

    void nonOwnerGetsForbidden()
    {
        const QString room = roomJid(QStringLiteral("bobsown"));
        QVERIFY(bobCreates(room, QStringLiteral("bob")));
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        alice->rooms()->join(room);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice.get(), room), QStringLiteral("joined"), TimeoutMs);
        RoomConfigurationService *configuration = alice->roomConfiguration();
        QSignalSpy failed(configuration, &RoomConfigurationService::actionFailed);

        configuration->requestForm(room);

        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), room);
        QCOMPARE(failed.first().at(1).toString(), RoomConfigurationService::tr("Only the room's owners may configure it."));
        QCOMPARE(configuration->form(room)->status(), QStringLiteral("failed"));
        QCOMPARE(configuration->form(room)->errorText(), RoomConfigurationService::tr("Only the room's owners may configure it."));

        configuration->submit(room);
        QCOMPARE(failed.count(), 2);

        // Creating with configuration a room that Bob made already joins it, and its form is refused.
        const QString taken = roomJid(QStringLiteral("bobstaken"));
        QVERIFY(bobCreates(taken, QStringLiteral("bob")));
        alice->rooms()->createRoom(taken, QString(), true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, TimeoutMs);
        QCOMPARE(failed.last().at(0).toString(), taken);
        QCOMPARE(stateOf(alice.get(), taken), QStringLiteral("joined"));
        QVERIFY(!alice->rooms()->isAwaitingConfiguration(taken));
        QCOMPARE(configuration->form(taken)->status(), QStringLiteral("failed"));
    }

    void cancelledCreationLeavesNoRoom()
    {
        auto alice = signedIn(QStringLiteral("desk"));
        QVERIFY(alice);
        const QString room = roomJid(QStringLiteral("neverland"));
        RoomConfigurationService *configuration = alice->roomConfiguration();
        QSignalSpy cancelled(configuration, &RoomConfigurationService::cancelled);
        QSignalSpy roomFailures(alice->rooms(), &RoomService::actionFailed);

        alice->rooms()->createRoom(room, QString(), true);
        QTRY_COMPARE_WITH_TIMEOUT(configuration->form(room)->status(), QStringLiteral("ready"), TimeoutMs);
        configuration->cancel(room);

        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, TimeoutMs);
        QCOMPARE(configuration->form(room)->status(), QStringLiteral("cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(!alice->roomList()->room(room), TimeoutMs);
        QCOMPARE(roomFailures.count(), 0);

        auto carol = signedInCarol();
        QVERIFY(carol);
        const QXmppDiscoveryIq info = discoInfo(carol.get(), room);
        QCOMPARE(info.type(), QXmppIq::Error);
        QCOMPARE(info.error().condition(), QXmppStanza::Error::ItemNotFound);
    }

private:
    std::unique_ptr<Account> signedIn(const QString &resource)
    {
        return signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), resource, nullptr, TimeoutMs);
    }

    // Bob creates room as nick, as an instant room or with the configuration fields given.
    bool bobCreates(const QString &room, const QString &nick, const QList<std::pair<QString, QString>> &fields = {})
    {
        if (!m_bob->command(joinPresence(room, nick))
            || m_bob->waitForEvent(QStringLiteral("presence"), presenceFrom(room + QLatin1Char('/') + nick, 110), TimeoutMs).isEmpty()) {
            qWarning() << "bob did not join" << room << m_bob->lastError();
            return false;
        }
        if (!m_bob->command(configure(room, fields))) {
            return false;
        }
        const QJsonObject response = m_bob->waitForEvent(QStringLiteral("iqResponse"), {}, TimeoutMs);
        if (response.value(QStringLiteral("type")).toString() != QLatin1String("result")) {
            qWarning() << "configuring" << room << "failed:" << response;
            return false;
        }
        return true;
    }

    // Carol is a second user who is not in Alice's rooms, for what others see of a room.
    std::unique_ptr<Account> signedInCarol()
    {
        if (!m_carolAdded) {
            if (!m_server.addAccount(QStringLiteral("carol"), chatTestPassword(QStringLiteral("carol")))) {
                qWarning() << "adding carol failed:" << m_server.lastError();
                return nullptr;
            }
            m_carolAdded = true;
        }
        return signedInAccount(m_server, CarolJid, chatTestPassword(QStringLiteral("carol")), QStringLiteral("desk"), nullptr, TimeoutMs);
    }

    // Requests the disco#info of room through account and returns the response, or an IQ of type get when none came.
    static QXmppDiscoveryIq discoInfo(Account *account, const QString &room)
    {
        auto *requests = new IqRequestExtension;
        account->client()->insertExtension(0, requests);
        QXmppDiscoveryIq request;
        request.setType(QXmppIq::Get);
        request.setQueryType(QXmppDiscoveryIq::InfoQuery);
        request.setTo(room);
        QXmppDiscoveryIq response;
        response.setType(QXmppIq::Get);
        bool done = false;
        requests->sendRequest(request, requests, [&response, &done](const IqResponse &result) {
            if (!result.element.isNull()) {
                response.parse(result.element);
            }
            done = true;
        });
        if (!QTest::qWaitFor([&done] {
                return done;
            }, TimeoutMs)) {
            qWarning() << "no disco#info response from" << room;
        }
        account->client()->removeExtension(requests);
        return response;
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    bool m_carolAdded = false;
};

QTEST_GUILESS_MAIN(RoomsTest)
#include "RoomsTest.moc"
