// Measures how many incoming stanzas per second the core parses, stores and shows in its models:
// 1:1 chat messages, presences, group chat messages and PubSub notifications of microblog posts.
// A replay server on 127.0.0.1 (ReplayServer, in a thread of its own) signs the account in over
// STARTTLS and then streams a workload generated with a fixed seed (IngestWorkload). A run ends
// when every message and post is in its model and in the store, and every presence is in the
// contact list. Each run uses a fresh SQLite file. Prints a table and JSON lines.
#include "Account.h"
#include "ChatService.h"
#include "ContactsModel.h"
#include "FeedModel.h"
#include "IngestWorkload.h"
#include "MessagesModel.h"
#include "ReplayServer.h"
#include "RoomMessageService.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "StreamReadGate.h"
#include "TestCertificates.h"
#include "store/Database.h"

#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

constexpr quint32 WorkloadSeed = 20261205;
constexpr int SetupTimeoutMs = 60000;
// Time without a stanza from the client after which the server has responded to every request of its sign-in.
constexpr qint64 QuietMs = 500;
const auto Password = QStringLiteral("replay-password");

struct Options
{
    IngestWorkloadSize size;
    int runs = 5;
    int timeoutS = 300;
    bool bare = false;
};

// What the store contains at the end of a run.
struct StoreCounts
{
    int chatMessages = -1;
    int roomMessages = -1;
    int posts = -1;
    QString error;
};

// What the models show during a run.
struct Progress
{
    int chatMessages = 0;
    int roomMessages = 0;
    int presences = 0;
    int posts = 0;

    bool reached(const IngestWorkload &workload) const
    {
        return chatMessages >= workload.chatMessages && roomMessages >= workload.roomMessages && presences >= workload.presences
            && posts >= workload.posts;
    }
};

struct RunResult
{
    double seconds = 0;
    QString error;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Streams incoming stanzas to an account and measures how many per second it stores and shows."));
    parser.addHelpOption();
    const QCommandLineOption stanzas(QStringLiteral("stanzas"), QStringLiteral("Stanzas per run (default 50000)."), QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs, each with a fresh store (default 5)."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds a run may take from the first stanza until all are stored (default 300)."),
                                     QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption bare(QStringLiteral("bare"),
                                  QStringLiteral("Also measures a plain QXmppClient that only counts the stanzas, without and with the stream read gate."));
    parser.addOptions({stanzas, runs, timeout, bare});
    parser.process(app);

    Options options;
    bool stanzasOk = false;
    bool runsOk = false;
    bool timeoutOk = false;
    options.size.stanzas = parser.value(stanzas).toInt(&stanzasOk);
    options.runs = parser.value(runs).toInt(&runsOk);
    options.timeoutS = parser.value(timeout).toInt(&timeoutOk);
    options.bare = parser.isSet(bare);
    if (!stanzasOk || options.size.stanzas < 1 || !runsOk || options.runs < 1 || !timeoutOk || options.timeoutS < 1) {
        std::fprintf(stderr, "--stanzas, --runs and --timeout take positive integers\n");
        return std::nullopt;
    }
    return options;
}

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

int joinedCount(const Account &account)
{
    const QVector<RoomEntry> rooms = account.roomList()->rooms();
    return int(std::count_if(rooms.cbegin(), rooms.cend(), [](const RoomEntry &room) {
        return room.state == RoomEntry::State::Joined;
    }));
}

int rowSum(const QVector<MessagesModel *> &models)
{
    int sum = 0;
    for (const MessagesModel *model : models) {
        sum += model->rowCount();
    }
    return sum;
}

// Reads the counts with a query that the database thread runs after every write queued before it.
void readStoreCounts(Database &database, const QString &account, QObject *context, std::function<void(StoreCounts)> done)
{
    database.run<StoreCounts>(context, [account](QSqlDatabase &db) {
        StoreCounts counts;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM messages WHERE account = ? AND kind = 'chat'), "
                                     "(SELECT COUNT(*) FROM messages WHERE account = ? AND kind = 'groupchat'), "
                                     "(SELECT COUNT(*) FROM feed_entries WHERE account = ?)"));
        query.addBindValue(account);
        query.addBindValue(account);
        query.addBindValue(account);
        if (!query.exec() || !query.next()) {
            counts.error = query.lastError().text();
            return counts;
        }
        counts.chatMessages = query.value(0).toInt();
        counts.roomMessages = query.value(1).toInt();
        counts.posts = query.value(2).toInt();
        return counts;
    }, std::move(done));
}

// Checks what the models show once every stanza was counted. Returns an empty string or what is wrong.
QString checkModels(const Account &account, const IngestWorkload &workload, const QVector<MessagesModel *> &chats, const QVector<MessagesModel *> &rooms)
{
    if (rowSum(chats) != workload.chatMessages) {
        return QStringLiteral("the conversations show %1 messages of %2").arg(rowSum(chats)).arg(workload.chatMessages);
    }
    if (rowSum(rooms) != workload.roomMessages) {
        return QStringLiteral("the rooms show %1 messages of %2").arg(rowSum(rooms)).arg(workload.roomMessages);
    }
    if (account.feed()->rowCount() != workload.posts) {
        return QStringLiteral("the feed shows %1 posts of %2").arg(account.feed()->rowCount()).arg(workload.posts);
    }
    const ContactsModel *contacts = account.contacts();
    for (int row = 0; row < contacts->rowCount(); ++row) {
        const QModelIndex index = contacts->index(row);
        const QString jid = contacts->data(index, ContactsModel::JidRole).toString();
        const QString expected = workload.lastStatus.value(jid);
        if (contacts->data(index, ContactsModel::StatusTextRole).toString() != expected) {
            return QStringLiteral("%1 shows the status \"%2\" instead of \"%3\"").arg(jid, contacts->data(index, ContactsModel::StatusTextRole).toString(), expected);
        }
    }
    return {};
}

QString checkStore(const StoreCounts &counts, const IngestWorkload &workload)
{
    if (!counts.error.isEmpty()) {
        return QStringLiteral("reading the store failed: %1").arg(counts.error);
    }
    if (counts.chatMessages != workload.chatMessages || counts.roomMessages != workload.roomMessages || counts.posts != workload.posts) {
        return QStringLiteral("the store has %1 of %2 chat messages, %3 of %4 room messages and %5 of %6 posts")
            .arg(counts.chatMessages)
            .arg(workload.chatMessages)
            .arg(counts.roomMessages)
            .arg(workload.roomMessages)
            .arg(counts.posts)
            .arg(workload.posts);
    }
    return {};
}

// Signs a fresh account in to the replay server and joins the rooms and opens the models that
// the stanzas go to. Returns an empty string or what failed.
QString prepareAccount(Account &account, const IngestWorkload &workload, const ReplayServer &server, QVector<MessagesModel *> &chats,
                       QVector<MessagesModel *> &rooms)
{
    if (!QTest::qWaitFor([&] { return account.state() == Account::State::Online && account.contacts()->rowCount() == workload.contacts.size(); },
                         SetupTimeoutMs)) {
        return QStringLiteral("the account did not sign in to the replay server (state %1, error \"%2\", %3 contacts)")
            .arg(Account::stateCode(account.state()), account.errorCode())
            .arg(account.contacts()->rowCount());
    }
    for (const QString &room : workload.rooms) {
        account.rooms()->join(room, workload.nick);
    }
    if (!QTest::qWaitFor([&] { return joinedCount(account) == workload.rooms.size(); }, SetupTimeoutMs)) {
        return QStringLiteral("%1 of %2 rooms were joined").arg(joinedCount(account)).arg(workload.rooms.size());
    }
    for (const QString &contact : workload.contacts) {
        chats.append(account.chats()->openConversation(contact));
    }
    for (const QString &room : workload.rooms) {
        rooms.append(account.roomMessages()->openRoom(room));
    }
    const auto settled = [&] {
        const auto loading = [](const MessagesModel *model) {
            return model->isLoading();
        };
        const bool quiet = QDateTime::currentMSecsSinceEpoch() - server.lastInputMs() > QuietMs;
        return quiet && std::none_of(chats.cbegin(), chats.cend(), loading) && std::none_of(rooms.cbegin(), rooms.cend(), loading);
    };
    if (!QTest::qWaitFor(settled, SetupTimeoutMs)) {
        return QStringLiteral("the conversations did not finish loading, or the client kept sending requests");
    }
    return {};
}

// Asks the server to stream the workload and runs \a loop until its receiver exits it with 0.
// Returns the seconds it took, or nothing when \a timeoutS passed first.
std::optional<double> streamUntilDone(QEventLoop &loop, ReplayServer &server, const IngestWorkload &workload, int timeoutS)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] {
        loop.exit(1);
    });

    QElapsedTimer timer;
    timer.start();
    timeout.start(timeoutS * 1000);
    QMetaObject::invokeMethod(&server, [&server, &workload] {
        server.streamStanzas(workload.stanzas);
    }, Qt::QueuedConnection);
    if (loop.exec() != 0) {
        return std::nullopt;
    }
    return timer.nsecsElapsed() / 1e9;
}

RunResult runOnce(const IngestWorkload &workload, const Options &options, ReplayServer &server, const ConnectionSettings &settings, const QString &databasePath)
{
    RunResult result;
    Database database(QStringLiteral("sqlite:") + databasePath);
    database.open();
    if (!QTest::qWaitFor([&database] { return database.isOpen(); }, SetupTimeoutMs)) {
        result.error = QStringLiteral("the database did not open: %1").arg(database.lastError());
        return result;
    }

    auto account = std::make_unique<Account>();
    account->setDatabase(&database);
    account->setConnectionSettings(settings);
    account->signIn(workload.accountJid, Password);
    QVector<MessagesModel *> chats;
    QVector<MessagesModel *> rooms;
    result.error = prepareAccount(*account, workload, server, chats, rooms);
    if (!result.error.isEmpty()) {
        return result;
    }

    QEventLoop loop;
    QObject context;
    Progress progress;
    bool storeQueried = false;
    const auto checkProgress = [&] {
        if (storeQueried || !progress.reached(workload)) {
            return;
        }
        storeQueried = true;
        readStoreCounts(database, workload.accountJid, &context, [&](const StoreCounts &counts) {
            result.error = checkStore(counts, workload);
            loop.exit(0);
        });
    };
    const auto countRows = [&](int *counter) {
        return [&, counter](const QModelIndex &, int first, int last) {
            *counter += last - first + 1;
            checkProgress();
        };
    };
    for (MessagesModel *model : qAsConst(chats)) {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, countRows(&progress.chatMessages));
    }
    for (MessagesModel *model : qAsConst(rooms)) {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, countRows(&progress.roomMessages));
    }
    QObject::connect(account->feed(), &QAbstractItemModel::rowsInserted, &context, countRows(&progress.posts));
    QObject::connect(account->contacts(), &QAbstractItemModel::dataChanged, &context,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QVector<int> &roles) {
                         if (roles.contains(ContactsModel::StatusTextRole)) {
                             progress.presences += bottomRight.row() - topLeft.row() + 1;
                             checkProgress();
                         }
                     });

    // Under valgrind --tool=callgrind --instr-atstart=no, only the streaming is profiled. Elsewhere these do nothing.
    CALLGRIND_START_INSTRUMENTATION;
    const std::optional<double> streamed = streamUntilDone(loop, server, workload, options.timeoutS);
    CALLGRIND_STOP_INSTRUMENTATION;

    if (!streamed) {
        result.error = QStringLiteral("not every stanza was stored and shown within %1 s: %2 of %3 stanzas streamed; shown: %4 of %5 chat messages, "
                                      "%6 of %7 room messages, %8 of %9 presences, %10 of %11 posts")
                           .arg(options.timeoutS)
                           .arg(server.streamedCount())
                           .arg(workload.stanzas.size())
                           .arg(progress.chatMessages)
                           .arg(workload.chatMessages)
                           .arg(progress.roomMessages)
                           .arg(workload.roomMessages)
                           .arg(progress.presences)
                           .arg(workload.presences)
                           .arg(progress.posts)
                           .arg(workload.posts);
        return result;
    }
    if (result.error.isEmpty()) {
        result.error = checkModels(*account, workload, chats, rooms);
    }
    result.seconds = *streamed;
    return result;
}

// Signs a plain QXmppClient, with QXmpp's default extensions, in to the replay server and counts
// the messages and presences it receives: what QXmpp alone spends on the workload. With
// \a gated, StreamReadGate reads its socket, as in the core.
RunResult runBareOnce(const IngestWorkload &workload, const Options &options, ReplayServer &server, const ConnectionSettings &settings, bool gated)
{
    RunResult result;
    QXmppClient client;
    if (gated) {
        new StreamReadGate(&client);
    }
    QXmppConfiguration config;
    config.setJid(workload.accountJid);
    config.setPassword(Password);
    config.setHost(settings.host);
    config.setPort(settings.port);
    config.setResource(settings.resource);
    config.setCaCertificates(settings.extraCaCertificates);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setAutoReconnectionEnabled(false);
    client.connectToServer(config);
    const auto settled = [&] {
        return client.isAuthenticated() && QDateTime::currentMSecsSinceEpoch() - server.lastInputMs() > QuietMs;
    };
    if (!QTest::qWaitFor(settled, SetupTimeoutMs)) {
        result.error = QStringLiteral("the plain QXmpp client did not sign in to the replay server");
        return result;
    }

    QEventLoop loop;
    int received = 0;
    const int expected = int(workload.stanzas.size());
    const auto count = [&] {
        if (++received == expected) {
            loop.exit(0);
        }
    };
    QObject::connect(&client, &QXmppClient::messageReceived, &loop, count);
    QObject::connect(&client, &QXmppClient::presenceReceived, &loop, count);
    const std::optional<double> streamed = streamUntilDone(loop, server, workload, options.timeoutS);
    if (!streamed) {
        result.error = QStringLiteral("the plain QXmpp client received %1 of %2 stanzas within %3 s").arg(received).arg(expected).arg(options.timeoutS);
        return result;
    }
    result.seconds = *streamed;
    client.disconnectFromServer();
    return result;
}

double median(const QVector<double> &sorted)
{
    const int size = sorted.size();
    return size % 2 == 1 ? sorted.at(size / 2) : (sorted.at(size / 2 - 1) + sorted.at(size / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app);
    if (!options) {
        return 2;
    }

    QTemporaryDir folder;
    TestCertificates certificates(folder.filePath(QStringLiteral("tls")));
    if (!folder.isValid() || !certificates.create()) {
        std::fprintf(stderr, "creating the TLS certificates failed: %s\n", qPrintable(certificates.lastError()));
        return 1;
    }

    QElapsedTimer generation;
    generation.start();
    const IngestWorkload workload = generateIngestWorkload(options->size, WorkloadSeed);
    const double generationMs = generation.nsecsElapsed() / 1e6;

    ReplayServer::Settings serverSettings;
    serverSettings.domain = workload.accountJid.section(QLatin1Char('@'), 1);
    serverSettings.mucDomain = workload.mucDomain;
    serverSettings.fullJid = workload.fullJid;
    serverSettings.contacts = workload.contacts;
    serverSettings.certificate = QSslCertificate::fromPath(certificates.certificatePath()).value(0);
    serverSettings.key = readKey(certificates.keyPath());
    if (serverSettings.certificate.isNull() || serverSettings.key.isNull()) {
        std::fprintf(stderr, "reading the server certificate or its key failed\n");
        return 1;
    }

    // The server runs in a thread of its own, as a real server runs in a process of its own.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("replay-server"));
    serverThread.start();
    QObject threadContext;
    threadContext.moveToThread(&serverThread);
    ReplayServer *server = nullptr;
    QMetaObject::invokeMethod(&threadContext, [&] {
        server = new ReplayServer(serverSettings);
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            std::fprintf(stderr, "the replay server failed to listen: %s\n", qPrintable(server->errorString()));
        }
    }, Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(&threadContext, [&] {
            delete server;
            server = nullptr;
        }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (!server->isListening()) {
        stopServer();
        return 1;
    }

    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server->serverPort();
    settings.resource = workload.fullJid.section(QLatin1Char('/'), 1);
    settings.extraCaCertificates = certificates.caCertificates();

    std::printf("Ingest benchmark: %d stanzas per run (%d chat messages, %d presences, %d room messages, %d microblog posts), %.1f MB; "
                "%d contacts, %d rooms; SQLite; %d runs\n",
                int(workload.stanzas.size()), workload.chatMessages, workload.presences, workload.roomMessages, workload.posts,
                workload.byteCount() / 1e6, int(workload.contacts.size()), int(workload.rooms.size()), options->runs);
    std::printf("Machine: %s, %d threads; workload generated in %.0f ms\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
                generationMs);
    std::printf("%-6s %12s %16s\n", "run", "seconds", "stanzas/s");
    std::fflush(stdout);

    QVector<double> rates;
    for (int run = 1; run <= options->runs; ++run) {
        const RunResult result = runOnce(workload, *options, *server, settings, folder.filePath(QStringLiteral("run-%1.sqlite").arg(run)));
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "run %d failed: %s\n", run, qPrintable(result.error));
            stopServer();
            return 1;
        }
        const double rate = workload.stanzas.size() / result.seconds;
        rates.append(rate);
        std::printf("%-6d %12.2f %16.0f\n", run, result.seconds, rate);
        std::fflush(stdout);
    }

    // The plain client's runs alternate with and without the gate, so a change of load affects both alike.
    QVector<double> bareRates;
    QVector<double> gatedRates;
    for (int run = 1; options->bare && run <= options->runs; ++run) {
        for (const bool gated : {false, true}) {
            const RunResult result = runBareOnce(workload, *options, *server, settings, gated);
            if (!result.error.isEmpty()) {
                std::fprintf(stderr, "plain client run %d failed: %s\n", run, qPrintable(result.error));
                stopServer();
                return 1;
            }
            const double rate = workload.stanzas.size() / result.seconds;
            (gated ? gatedRates : bareRates).append(rate);
            std::printf("%-6s %12.2f %16.0f\n", qPrintable((gated ? QStringLiteral("gate") : QStringLiteral("plain")) + QString::number(run)), result.seconds, rate);
            std::fflush(stdout);
        }
    }
    stopServer();

    const auto report = [&workload](const char *label, const char *metric, QVector<double> figures) {
        std::sort(figures.begin(), figures.end());
        const double medianRate = median(figures);
        std::printf("%-30s %12.0f %12.0f %12.0f\n", label, figures.first(), medianRate, figures.last());
        std::printf("{\"id\":\"B2\",\"metric\":\"%s\",\"value\":%.0f,\"min\":%.0f,\"median\":%.0f,\"max\":%.0f,\"runs\":%d,\"stanzas\":%d}\n",
                    metric, medianRate, figures.first(), medianRate, figures.last(), int(figures.size()), int(workload.stanzas.size()));
    };
    std::printf("%-30s %12s %12s %12s\n", "metric", "min", "median", "max");
    report("stanzas per second", "stanzas_per_s", rates);
    if (options->bare) {
        report("plain QXmpp client", "bare_stanzas_per_s", bareRates);
        report("plain client with the gate", "bare_gated_stanzas_per_s", gatedRates);
    }
    return 0;
}
