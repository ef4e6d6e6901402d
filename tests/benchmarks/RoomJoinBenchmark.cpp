// Measures how long an account with 50 rooms bookmarked for autojoin takes from sign-in until
// every room is joined, against a local Prosody. The rooms must join in parallel, so the time
// should stay close to a single join. Prints a table and JSON lines.
#include "Account.h"
#include "BookmarksModel.h"
#include "BookmarksService.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestConnection.h"
#include "TestXmppServer.h"

#include <QCoreApplication>
#include <QTest>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int RoomCount = 50;
constexpr int Runs = 3;
constexpr int TimeoutMs = 60000;
const auto AliceJid = QStringLiteral("alice@localhost");

QString roomJid(int number)
{
    return QStringLiteral("bench%1@conference.localhost").arg(number);
}

int joinedCount(const Account &account)
{
    const QVector<RoomEntry> rooms = account.roomList()->rooms();
    return int(std::count_if(rooms.cbegin(), rooms.cend(), [](const RoomEntry &room) {
        return room.state == RoomEntry::State::Joined;
    }));
}

std::unique_ptr<Account> signedIn(const TestXmppServer &server, const QString &resource)
{
    return signedInAccount(server, AliceJid, chatTestPassword(QStringLiteral("alice")), resource, nullptr, TimeoutMs);
}

// Creates the rooms and bookmarks them with autojoin. Returns the account that created them,
// whose presence keeps the rooms (which are not persistent) alive, or null after printing why it failed.
std::unique_ptr<Account> prepareRooms(const TestXmppServer &server)
{
    auto setup = signedIn(server, QStringLiteral("setup"));
    if (!setup || !QTest::qWaitFor([&setup] { return setup->bookmarks()->protocol() != BookmarksService::Protocol::Unknown; }, TimeoutMs)) {
        std::fprintf(stderr, "the setup account did not sign in\n");
        return nullptr;
    }
    for (int number = 1; number <= RoomCount; ++number) {
        setup->rooms()->createRoom(roomJid(number), QStringLiteral("alice"));
    }
    if (!QTest::qWaitFor([&setup] { return joinedCount(*setup) == RoomCount; }, TimeoutMs)) {
        std::fprintf(stderr, "created %d rooms of %d\n", joinedCount(*setup), RoomCount);
        return nullptr;
    }
    for (int number = 1; number <= RoomCount; ++number) {
        setup->bookmarks()->setBookmark(roomJid(number), QStringLiteral("Bench %1").arg(number), QStringLiteral("alice"), true);
    }
    if (!QTest::qWaitFor([&setup] { return setup->bookmarkedRooms()->rowCount() == RoomCount; }, TimeoutMs)) {
        std::fprintf(stderr, "bookmarked %d rooms of %d\n", setup->bookmarkedRooms()->rowCount(), RoomCount);
        return nullptr;
    }
    return setup;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestXmppServer server;
    const QString error = chatServerStarted(server, {});
    if (!error.isEmpty()) {
        std::fprintf(stderr, "starting Prosody failed: %s\n", qPrintable(error));
        return 1;
    }
    const std::unique_ptr<Account> setup = prepareRooms(server);
    if (!setup) {
        return 1;
    }

    QVector<double> times;
    for (int run = 0; run < Runs; ++run) {
        Account account;
        ConnectionSettings settings = testConnectionSettings(server);
        settings.resource = QStringLiteral("run%1").arg(run);
        account.setConnectionSettings(settings);
        QElapsedTimer timer;
        timer.start();
        account.signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        if (!QTest::qWaitFor([&account] { return joinedCount(account) == RoomCount; }, TimeoutMs)) {
            std::fprintf(stderr, "run %d joined %d rooms of %d\n", run, joinedCount(account), RoomCount);
            return 1;
        }
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());

    std::printf("Room join benchmark: sign-in until %d autojoin rooms are joined; local Prosody 0.12; %d runs\n", RoomCount, Runs);
    std::printf("Machine: %s, %d threads\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("%-40s %10s %10s\n", "metric", "min", "median");
    std::printf("%-40s %10.1f %10.1f\n", "sign-in to 50 rooms joined (ms)", times.first(), times.at(Runs / 2));
    std::printf("{\"id\":\"rooms\",\"metric\":\"autojoin_50_ms\",\"min\":%.1f,\"median\":%.1f}\n", times.first(), times.at(Runs / 2));
    return 0;
}
