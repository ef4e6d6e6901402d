#include "Account.h"
#include "BookmarksModel.h"
#include "BookmarksService.h"
#include "TestConnection.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto TeamRoom = QStringLiteral("team@conference.localhost");
const auto CoffeeRoom = QStringLiteral("coffee@conference.localhost");

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

} // namespace

// BookmarksService against Prosody: PEP Native Bookmarks (XEP-0402) kept in sync between two
// clients of one account, and private XML storage (XEP-0048) on a server without PEP.
class BookmarksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = chatServerStarted(m_server, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_storageServer.setPepEnabled(false);
        const QString storageError = chatServerStarted(m_storageServer, {});
        QVERIFY2(storageError.isEmpty(), qPrintable(storageError));
    }

    void nativeBookmarksSyncBetweenClients()
    {
        auto desk = signedInWithBookmarks(m_server, QStringLiteral("desk"));
        QVERIFY(desk);
        auto phone = signedInWithBookmarks(m_server, QStringLiteral("phone"));
        QVERIFY(phone);
        QCOMPARE(desk->bookmarks()->protocol(), BookmarksService::Protocol::Native);
        QAbstractItemModelTester tester(phone->bookmarkedRooms(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A bookmark set on the desk reaches the phone live.
        desk->bookmarks()->setBookmark(TeamRoom, QStringLiteral("Team"), QStringLiteral("ali"), true, QStringLiteral("s3cret"));
        QTRY_COMPARE_WITH_TIMEOUT(phone->bookmarkedRooms()->rowCount(), 1, TimeoutMs);
        const std::optional<Bookmark> team = phone->bookmarkedRooms()->bookmark(TeamRoom);
        QVERIFY(team);
        QCOMPARE(team->name, QStringLiteral("Team"));
        QCOMPARE(team->nick, QStringLiteral("ali"));
        QCOMPARE(team->password, QStringLiteral("s3cret"));
        QVERIFY(team->autojoin);
        QCOMPARE(desk->bookmarkedRooms()->rowCount(), 1);

        // A second bookmark sorts by name; a change replaces the row.
        desk->bookmarks()->setBookmark(CoffeeRoom, QStringLiteral("Coffee"), QString(), false);
        QTRY_COMPARE_WITH_TIMEOUT(phone->bookmarkedRooms()->rowCount(), 2, TimeoutMs);
        QCOMPARE(phone->bookmarkedRooms()->data(phone->bookmarkedRooms()->index(0, 0), BookmarksModel::JidRole).toString(), CoffeeRoom);
        phone->bookmarks()->setBookmark(TeamRoom, QStringLiteral("Team"), QStringLiteral("alice"), false);
        QTRY_COMPARE_WITH_TIMEOUT(desk->bookmarkedRooms()->bookmark(TeamRoom)->nick, QStringLiteral("alice"), TimeoutMs);
        QVERIFY(!desk->bookmarkedRooms()->bookmark(TeamRoom)->autojoin);

        // A new sign-in reads them from the node.
        auto laptop = signedInWithBookmarks(m_server, QStringLiteral("laptop"));
        QVERIFY(laptop);
        QCOMPARE(laptop->bookmarkedRooms()->rowCount(), 2);

        desk->bookmarks()->removeBookmark(CoffeeRoom);
        QTRY_COMPARE_WITH_TIMEOUT(phone->bookmarkedRooms()->rowCount(), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(laptop->bookmarkedRooms()->rowCount(), 1, TimeoutMs);
        QVERIFY(!phone->bookmarkedRooms()->bookmark(CoffeeRoom));
    }

    void invalidRoomRejected()
    {
        auto desk = signedInWithBookmarks(m_server, QStringLiteral("desk"));
        QVERIFY(desk);
        QSignalSpy failed(desk->bookmarks(), &BookmarksService::actionFailed);
        desk->bookmarks()->setBookmark(QStringLiteral("not a room"), QString(), QString(), true);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void storageUsedWithoutPep()
    {
        {
            auto desk = signedInWithBookmarks(m_storageServer, QStringLiteral("desk"));
            QVERIFY(desk);
            QCOMPARE(desk->bookmarks()->protocol(), BookmarksService::Protocol::Storage);
            QCOMPARE(desk->bookmarkedRooms()->rowCount(), 0);
            desk->bookmarks()->setBookmark(TeamRoom, QStringLiteral("Team"), QStringLiteral("ali"), true);
            desk->bookmarks()->setBookmark(CoffeeRoom, QString(), QString(), false);
            QTRY_COMPARE_WITH_TIMEOUT(desk->bookmarkedRooms()->rowCount(), 2, TimeoutMs);
            desk->bookmarks()->removeBookmark(CoffeeRoom);
            QTRY_COMPARE_WITH_TIMEOUT(desk->bookmarkedRooms()->rowCount(), 1, TimeoutMs);
        }

        auto phone = signedInWithBookmarks(m_storageServer, QStringLiteral("phone"));
        QVERIFY(phone);
        QCOMPARE(phone->bookmarkedRooms()->rowCount(), 1);
        const std::optional<Bookmark> team = phone->bookmarkedRooms()->bookmark(TeamRoom);
        QVERIFY(team);
        QCOMPARE(team->name, QStringLiteral("Team"));
        QCOMPARE(team->nick, QStringLiteral("ali"));
        QVERIFY(team->autojoin);
    }

private:
    // Signs Alice in on resource and waits until her bookmarks are read.
    std::unique_ptr<Account> signedInWithBookmarks(TestXmppServer &server, const QString &resource)
    {
        auto account = std::make_unique<Account>();
        ConnectionSettings settings = testConnectionSettings(server);
        settings.resource = resource;
        account->setConnectionSettings(settings);
        QSignalSpy loaded(account->bookmarks(), &BookmarksService::bookmarksLoaded);
        account->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        if (!QTest::qWaitFor([&loaded] { return loaded.count() > 0; }, TimeoutMs)) {
            qWarning() << "the bookmarks of alice on" << resource << "were not read:" << account->errorCode();
            return nullptr;
        }
        return account;
    }

    TestXmppServer m_server;
    TestXmppServer m_storageServer;
};

QTEST_GUILESS_MAIN(BookmarksTest)
#include "BookmarksTest.moc"
