// Measures sign-in to ready (B1): from the start of a fresh process until the roster is in the
// contacts model, the bookmarks are loaded, every autojoin room is joined and the feed's sign-in
// fetch has filled its first page. The account has 400 contacts (online, with avatars), 50 rooms
// bookmarked with autojoin, 2,000 microblog posts on its own and its contacts' nodes and, in the
// warm cache, 20,000 chat messages. Against a local Prosody, it compares Salon's core with a warm
// cache, with a cold (new) cache, and a plain QXmpp client (BareSignInClient) that does the same
// protocol work. Each is a child process; the runs alternate. After the runs it reads the memory
// (B3) of the desktop app and of salon-linkers beside bare clients, all idle with this account
// (SignInMemory.cpp). Prints tables and JSON lines.
//
// Run without arguments. With --salon-child the binary is the measured Salon process instead.
#include "ChatMessage.h"
#include "SignInChildOutput.h"
#include "SignInMemory.h"
#include "SignInSalonChild.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <sys/resource.h>

namespace {

constexpr int ContactCount = 400;
constexpr int RoomCount = 50;
constexpr int ContactPostCount = 1800;
constexpr int OwnPostCount = 200;
constexpr int MessageCount = 20000;
// The messages spread over this many conversations.
constexpr int ConversationCount = 100;
constexpr int DefaultRuns = 5;
// Linkers and bare clients signed in at once for the memory comparison.
constexpr int DefaultMemoryClients = 20;
// The fixtures took 145 s on 2 cores at a load average of 8, and 453 s at 15 to 20.
constexpr int FixtureTimeoutMs = 600000;
constexpr int ChildTimeoutMs = 150000;
// The first start stays signed in this long after it is ready, so the cache also gets what comes
// after readiness (avatars, presences), as it would in a session of some minutes.
constexpr int PrimingStayMs = 8000;
// Pause between two runs, so Prosody has ended the previous session.
constexpr int PauseMs = 1000;

const auto Owner = QStringLiteral("alice");
const auto ContactPrefix = QStringLiteral("contact");

QString password(const QString &user)
{
    return user + QStringLiteral("-bench");
}

enum class Client {
    SalonWarm,
    SalonCold,
    Bare,
};

const char *clientName(Client client)
{
    switch (client) {
    case Client::SalonWarm:
        return "salon_warm";
    case Client::SalonCold:
        return "salon_cold";
    case Client::Bare:
        return "bare";
    }
    return "";
}

/// One child run: the time to ready and the time of each phase, in milliseconds from before
/// QProcess::start().
struct RunResult {
    double readyMs = 0;
    QMap<QString, double> phases;
    /// CPU time (user and system) of the child from start to exit, and of Prosody in the same span.
    double childCpuMs = 0;
    double serverCpuMs = 0;
};

/// Returns the CPU time (user and system) of the ended children that were waited for, in milliseconds.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/// The contacts: sign_in_crowd.py, which keeps them online and made the PubSub fixtures.
class Crowd
{
public:
    ~Crowd()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

    /// Starts the script and waits until it reports its fixtures. Returns how long they took, in seconds.
    std::optional<double> start(const TestXmppServer &server, const QString &logPath, bool noLastItem)
    {
        m_process.setStandardErrorFile(logPath);
        QStringList arguments{QStringLiteral(SALON_BENCHMARKS_DIR "/sign_in_crowd.py"), QStringLiteral("--host"), server.host(), QStringLiteral("--port"),
                         QString::number(server.clientPort()), QStringLiteral("--ca-file"), server.caCertificatePath(), QStringLiteral("--domain"),
                         server.domain(), QStringLiteral("--muc-domain"), server.mucDomain(), QStringLiteral("--prefix"), ContactPrefix,
                         QStringLiteral("--contacts"), QString::number(ContactCount), QStringLiteral("--contact-posts"), QString::number(ContactPostCount),
                         QStringLiteral("--owner"), Owner, QStringLiteral("--owner-posts"), QString::number(OwnPostCount), QStringLiteral("--rooms"),
                         QString::number(RoomCount)};
        if (noLastItem) {
            arguments.append(QStringLiteral("--no-last-item"));
        }
        m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < FixtureTimeoutMs) {
            if (m_process.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(m_process.readLine()).object();
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("ready")) {
                    return event.value(QStringLiteral("seconds")).toDouble();
                }
                continue;
            }
            if (m_process.state() == QProcess::NotRunning) {
                std::fprintf(stderr, "sign_in_crowd.py exited with code %d; see %s\n", m_process.exitCode(), qPrintable(logPath));
                return std::nullopt;
            }
            m_process.waitForReadyRead(100);
        }
        std::fprintf(stderr, "sign_in_crowd.py did not finish the fixtures within %d s; see %s\n", FixtureTimeoutMs / 1000, qPrintable(logPath));
        return std::nullopt;
    }

private:
    QProcess m_process;
};

/// Writes the account and its contacts into Prosody's storage, with mutual subscriptions, and starts it.
bool startServer(TestXmppServer &server)
{
    QList<QPair<QString, QString>> accounts{{Owner, password(Owner)}};
    QList<TestRosterItem> ownerRoster;
    for (int number = 1; number <= ContactCount; ++number) {
        const QString user = ContactPrefix + QString::number(number);
        accounts.append({user, password(user)});
        ownerRoster.append({server.jid(user), QStringLiteral("Contact %1").arg(number), {QStringLiteral("Group %1").arg(number % 8)}});
        if (!server.setRoster(user, {{server.jid(Owner), QStringLiteral("Alice"), {}}})) {
            std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
            return false;
        }
    }
    if (!server.addAccounts(accounts) || !server.setRoster(Owner, ownerRoster) || !server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.lastError()));
        return false;
    }
    return true;
}

/// Stores the chat messages of the warm cache through the core's MessageStore, which writes them in
/// batches of one transaction each.
bool storeMessages(const QString &databaseUrl, const QString &accountJid, const TestXmppServer &server)
{
    Database database(databaseUrl);
    database.open();
    if (!QTest::qWaitFor([&database] { return database.isOpen(); }, 30000)) {
        std::fprintf(stderr, "opening %s failed: %s\n", qPrintable(databaseUrl), qPrintable(database.lastError()));
        return false;
    }
    MessageStore store(&database, accountJid);
    QObject context;
    int done = 0;
    const qint64 newestMs = QDateTime::currentMSecsSinceEpoch() - 60000;
    for (int index = 0; index < MessageCount; ++index) {
        ChatMessage message;
        message.peer = server.jid(ContactPrefix + QString::number(index % ConversationCount + 1));
        message.direction = index % 3 == 0 ? ChatMessage::Direction::Outgoing : ChatMessage::Direction::Incoming;
        message.state = message.direction == ChatMessage::Direction::Outgoing ? ChatMessage::State::Read : ChatMessage::State::Displayed;
        message.originId = QStringLiteral("bench-%1").arg(index);
        message.stanzaId = QStringLiteral("bench-archive-%1").arg(index);
        message.body = QStringLiteral("Message %1 of the benchmark, about as long as a short chat message.").arg(index);
        // One message a minute, the newest last.
        message.timestampMs = newestMs - qint64(MessageCount - index) * 60000;
        store.add(message, &context, [&done](const std::optional<ChatMessage> &) { ++done; });
    }
    return QTest::qWaitFor([&done] { return done == MessageCount; }, 120000);
}

/// Runs one child process and reads its events. Returns nothing after printing why it failed.
std::optional<RunResult> runChild(const QString &program, QStringList arguments, const QString &logPath, qint64 serverPid)
{
    QProcess process;
    process.setStandardErrorFile(logPath, QIODevice::Append);
    RunResult result;
    bool ready = false;
    QString failure;

    const double childrenCpuBefore = childrenCpuMs();
    const double serverCpuBefore = processCpuMs(serverPid);
    const qint64 startNs = SignInChildOutput::monotonicNs();
    arguments << QStringLiteral("--start-ns") << QString::number(startNs);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (timer.elapsed() < ChildTimeoutMs && !ready && failure.isEmpty()) {
        if (!process.canReadLine()) {
            if (process.state() == QProcess::NotRunning) {
                failure = QStringLiteral("exited with code %1").arg(process.exitCode());
                break;
            }
            process.waitForReadyRead(20);
            continue;
        }
        // "phase NAME MS", "ready all MS" or "failed TEXT".
        const QStringList fields = QString::fromUtf8(process.readLine()).trimmed().split(QLatin1Char(' '));
        if (fields.value(0) == QLatin1String("ready")) {
            result.readyMs = fields.value(2).toDouble();
            ready = true;
        } else if (fields.value(0) == QLatin1String("phase")) {
            result.phases.insert(fields.value(1), fields.value(2).toDouble());
        } else if (fields.value(0) == QLatin1String("failed")) {
            failure = fields.mid(1).join(QLatin1Char(' '));
        }
    }
    if (!process.waitForFinished(ChildTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.childCpuMs = childrenCpuMs() - childrenCpuBefore;
    result.serverCpuMs = processCpuMs(serverPid) - serverCpuBefore;
    if (!ready) {
        std::fprintf(stderr, "%s did not become ready: %s; see %s\n", qPrintable(program),
                     qPrintable(failure.isEmpty() ? QStringLiteral("timed out") : failure), qPrintable(logPath));
        return std::nullopt;
    }
    return result;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double minimum(const QVector<double> &values)
{
    return *std::min_element(values.cbegin(), values.cend());
}

/// How long the fixtures took, in seconds: in all, Prosody with the accounts, and sign_in_crowd.py.
struct FixtureTimes {
    double total = 0;
    double server = 0;
    double crowd = 0;
};

/// Prints the table for people and the JSON lines.
void printReport(const QMap<Client, QVector<RunResult>> &results, const QVector<Client> &clients, int runs, const FixtureTimes &fixtures, bool noLastItem)
{
    const auto readyTimes = [&results](Client client) {
        QVector<double> times;
        for (const RunResult &result : results.value(client)) {
            times.append(result.readyMs);
        }
        return times;
    };
    const auto phaseMedian = [&results](Client client, const QString &phase) {
        QVector<double> times;
        for (const RunResult &result : results.value(client)) {
            if (result.phases.contains(phase)) {
                times.append(result.phases.value(phase));
            }
        }
        return times.isEmpty() ? -1.0 : median(times);
    };
    const QVector<double> warm = readyTimes(Client::SalonWarm);
    const QVector<double> cold = readyTimes(Client::SalonCold);
    const QVector<double> bareTimes = readyTimes(Client::Bare);
    QVector<double> ratios;
    for (int run = 0; run < runs; ++run) {
        ratios.append(warm.at(run) / bareTimes.at(run));
    }
    const double ratio = median(warm) / median(bareTimes);

    std::printf("Sign-in to ready (B1): %d contacts online with avatars, %d autojoin rooms, %d posts, %d cached messages; local Prosody 0.12; %d runs each\n",
                ContactCount, RoomCount, ContactPostCount + OwnPostCount, MessageCount, runs);
    if (noLastItem) {
        std::printf("The contacts' avatar and microblog nodes do not send their last item when the account comes online (--no-last-item)\n");
    }
    std::printf("Machine: %s, %d threads; fixtures %.1f s (Prosody and accounts %.1f s, contacts and PubSub %.1f s)\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), fixtures.total, fixtures.server, fixtures.crowd);
    std::printf("%-28s %10s %10s %10s\n", "ready (ms from process start)", "min", "median", "max");
    for (const Client client : clients) {
        const QVector<double> times = readyTimes(client);
        std::printf("%-28s %10.1f %10.1f %10.1f\n", clientName(client), minimum(times), median(times), *std::max_element(times.cbegin(), times.cend()));
    }
    std::printf("%-28s %10.2f %10.2f\n", "ratio warm / bare", minimum(ratios), ratio);
    std::printf("\nMedian CPU time from start to exit (ms)\n%-14s %12s %12s\n", "client", "client", "Prosody");
    for (const Client client : clients) {
        QVector<double> clientCpu;
        QVector<double> serverCpu;
        for (const RunResult &result : results.value(client)) {
            clientCpu.append(result.childCpuMs);
            serverCpu.append(result.serverCpuMs);
        }
        std::printf("%-14s %12.0f %12.0f\n", clientName(client), median(clientCpu), median(serverCpu));
    }
    std::printf("\nMedian time of each phase (ms from process start; -1: not reported)\n%-14s", "phase");
    for (const Client client : clients) {
        std::printf(" %12s", clientName(client));
    }
    std::printf("\n");
    for (const char *phase : {"main", "online", "contacts", "bookmarks", "feed_page", "feed_fetched", "rooms"}) {
        std::printf("%-14s", phase);
        for (const Client client : clients) {
            std::printf(" %12.1f", phaseMedian(client, QString::fromLatin1(phase)));
        }
        std::printf("\n");
    }

    // Figures measured without the push of the last items are marked, so they are not taken for the target's.
    const char *mode = noLastItem ? ",\"last_item_push\":false" : "";
    const auto printJson = [mode](const char *metric, const QVector<double> &values, double value) {
        std::printf("{\"id\":\"B1\",\"metric\":\"%s\",\"value\":%.2f,\"min\":%.2f,\"median\":%.2f,\"runs\":%d%s}\n", metric, value, minimum(values),
                    median(values), int(values.size()), mode);
    };
    printJson("ready_ms", warm, median(warm));
    printJson("ready_cold_ms", cold, median(cold));
    printJson("bare_ms", bareTimes, median(bareTimes));
    // The ratio of the medians, as the target defines it. min and median are those of the per-run ratios.
    printJson("ratio_to_bare", ratios, ratio);
    std::printf("{\"id\":\"B1\",\"metric\":\"fixture_s\",\"value\":%.1f}\n", fixtures.total);
}

/// Measures and prints the memory figures (B3): the desktop app with the account, and its linkers
/// beside bare clients. Returns false after printing why a measurement failed.
bool measureMemory(const MemoryRunSettings &settings, int clients)
{
    const QString linkerPath = QStringLiteral(SALON_LINKER_PATH);
    const QString desktopPath = QStringLiteral(SALON_DESKTOP_PATH);
    const QString barePath = QCoreApplication::applicationDirPath() + QStringLiteral("/BareSignInClient");

    std::printf("\nMemory of idle signed-in processes with the account above (MiB, from /proc/PID/smaps_rollup)\n");
    std::printf("%-36s %10s %10s %10s %14s\n", "process", "PSS mean", "min", "max", "private dirty");
    bool measured = true;
    if (desktopPath.isEmpty()) {
        std::printf("desktop app: not built (SALON_BUILD_DESKTOP is off)\n");
    } else if (const std::optional<ProcessMemory> desktop = measureDesktopApp(settings, desktopPath)) {
        std::printf("%-36s %10.2f %10s %10s %14.2f\n", "salon (software renderer, warm cache)", desktop->pssMiB, "", "", desktop->privateDirtyMiB);
        std::printf("{\"id\":\"B3\",\"metric\":\"desktop_pss_mb\",\"value\":%.2f,\"private_dirty_mb\":%.2f,\"renderer\":\"software\"}\n",
                    desktop->pssMiB, desktop->privateDirtyMiB);
    } else {
        measured = false;
    }

    if (linkerPath.isEmpty()) {
        std::printf("linkers: not built (SALON_BUILD_SERVER is off)\n");
        return measured;
    }
    MemoryFigures linkers;
    MemoryFigures bareClients;
    if (!measureLinkersBesideBareClients(settings, linkerPath, barePath, clients, &linkers, &bareClients)) {
        std::printf("salon-linker beside bare clients: not measured, see the messages above\n");
        return false;
    }
    const auto printRow = [](const char *name, const MemoryFigures &figures) {
        std::printf("%-36s %10.2f %10.2f %10.2f %14.2f\n", name, figures.pssMeanMiB(), figures.pssMinMiB(), figures.pssMaxMiB(), figures.privateDirtyMeanMiB());
    };
    printRow(qPrintable(QStringLiteral("salon-linker (%1 running)").arg(clients)), linkers);
    printRow(qPrintable(QStringLiteral("bare QXmpp client (%1 running)").arg(clients)), bareClients);
    const auto printJson = [clients](const char *metric, const MemoryFigures &figures) {
        std::printf("{\"id\":\"B3\",\"metric\":\"%s\",\"value\":%.2f,\"min\":%.2f,\"max\":%.2f,\"private_dirty_mb\":%.2f,\"processes\":%d}\n", metric,
                    figures.pssMeanMiB(), figures.pssMinMiB(), figures.pssMaxMiB(), figures.privateDirtyMeanMiB(), clients);
    };
    printJson("b1_linker_pss_mb", linkers);
    printJson("b1_bare_pss_mb", bareClients);
    std::printf("{\"id\":\"B3\",\"metric\":\"b1_linker_to_bare\",\"value\":%.2f}\n", linkers.pssMeanMiB() / bareClients.pssMeanMiB());
    return measured;
}

int runSalonChildFromArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    const QStringList names{QStringLiteral("host"),     QStringLiteral("port"),     QStringLiteral("ca"),       QStringLiteral("jid"),
                            QStringLiteral("password"), QStringLiteral("database"), QStringLiteral("contacts"), QStringLiteral("rooms"),
                            QStringLiteral("start-ns"), QStringLiteral("stay-ms")};
    for (const QString &name : names) {
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("VALUE")));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("salon-child")));
    parser.process(app);

    SalonChildOptions options;
    options.host = parser.value(QStringLiteral("host"));
    options.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    options.caCertificatePath = parser.value(QStringLiteral("ca"));
    options.jid = parser.value(QStringLiteral("jid"));
    options.password = parser.value(QStringLiteral("password"));
    options.databaseUrl = parser.value(QStringLiteral("database"));
    options.contacts = parser.value(QStringLiteral("contacts")).toInt();
    options.rooms = parser.value(QStringLiteral("rooms")).toInt();
    options.startNs = parser.value(QStringLiteral("start-ns")).toLongLong();
    options.stayMs = parser.value(QStringLiteral("stay-ms")).toInt();
    return runSalonChild(options);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--salon-child"))) {
        return runSalonChildFromArguments(app);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures sign-in to ready of Salon's core and of a plain QXmpp client; see docs/benchmarks.md."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each client (default %1).").arg(DefaultRuns), QStringLiteral("N"),
                                        QString::number(DefaultRuns));
    const QCommandLineOption holdOption(QStringLiteral("hold"),
                                        QStringLiteral("Makes the fixtures and the warm cache, prints the command lines of the clients and keeps "
                                                       "the server and the contacts running until stdin ends, for profiling a client; measures nothing."));
    const QCommandLineOption noLastItemOption(QStringLiteral("no-last-item"),
                                              QStringLiteral("Configures the contacts' avatar and microblog nodes so that Prosody does not send "
                                                             "their last item when the account comes online, to measure what that push costs."));
    const QCommandLineOption memoryOption(QStringLiteral("memory-clients"),
                                          QStringLiteral("Linkers and bare clients signed in at once for the memory figures, after the runs "
                                                         "(default %1; 0 skips the memory figures, and the desktop app's).")
                                              .arg(DefaultMemoryClients),
                                          QStringLiteral("N"), QString::number(DefaultMemoryClients));
    parser.addOptions({runsOption, holdOption, noLastItemOption, memoryOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (runs < 1) {
        std::fprintf(stderr, "Invalid --runs value \"%s\": expected a positive number\n", qPrintable(parser.value(runsOption)));
        return 2;
    }
    bool memoryClientsValid = false;
    const int memoryClients = parser.value(memoryOption).toInt(&memoryClientsValid);
    if (!memoryClientsValid || memoryClients < 0) {
        std::fprintf(stderr, "Invalid --memory-clients value \"%s\": expected 0 or a positive number\n", qPrintable(parser.value(memoryOption)));
        return 2;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "creating a temporary folder failed: %s\n", qPrintable(work.errorString()));
        return 1;
    }
    const QString logDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-logs");
    QDir().mkpath(logDir);

    // Fixtures.
    QElapsedTimer fixtureTimer;
    fixtureTimer.start();
    TestXmppServer server;
    if (!startServer(server)) {
        return 1;
    }
    const double serverSeconds = fixtureTimer.elapsed() / 1000.0;
    Crowd crowd;
    const std::optional<double> crowdSeconds = crowd.start(server, logDir + QStringLiteral("/sign-in-crowd.log"), parser.isSet(noLastItemOption));
    if (!crowdSeconds) {
        return 1;
    }

    const QString salonLog = logDir + QStringLiteral("/sign-in-salon.log");
    const QString bareLog = logDir + QStringLiteral("/sign-in-bare.log");
    QFile::remove(salonLog);
    QFile::remove(bareLog);
    const QString accountJid = server.jid(Owner);
    const QStringList connection{QStringLiteral("--host"), server.host(),         QStringLiteral("--port"), QString::number(server.clientPort()),
                                 QStringLiteral("--ca"),   server.caCertificatePath(), QStringLiteral("--jid"),  accountJid,
                                 QStringLiteral("--password"), password(Owner), QStringLiteral("--rooms"), QString::number(RoomCount)};
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/BareSignInClient");
    const auto salonArguments = [&](const QString &databasePath, int stayMs) {
        return QStringList{QStringLiteral("--salon-child"), QStringLiteral("--database"), QStringLiteral("sqlite:") + databasePath, QStringLiteral("--contacts"),
                           QString::number(ContactCount), QStringLiteral("--stay-ms"), QString::number(stayMs)}
            + connection;
    };

    // The warm cache: a first start fills it, then the messages go in.
    const QString warmDatabase = work.filePath(QStringLiteral("warm.sqlite"));
    if (!runChild(self, salonArguments(warmDatabase, PrimingStayMs), salonLog, server.pid()) || !storeMessages(QStringLiteral("sqlite:") + warmDatabase, accountJid, server)) {
        return 1;
    }
    const double fixtureSeconds = fixtureTimer.elapsed() / 1000.0;
    std::fprintf(stderr, "fixtures made in %.1f s\n", fixtureSeconds);
    if (parser.isSet(holdOption)) {
        std::fprintf(stderr, "Salon, warm cache:\n%s %s --start-ns 0\nBare client:\n%s %s --start-ns 0\nHolding until stdin ends\n", qPrintable(self),
                     qPrintable(salonArguments(warmDatabase, 0).join(QLatin1Char(' '))), qPrintable(bare), qPrintable(connection.join(QLatin1Char(' '))));
        // Blocks the event loop, which nothing needs meanwhile: Prosody and the script log to files.
        char line[256];
        while (std::fgets(line, sizeof line, stdin)) {
        }
        return 0;
    }
    QTest::qWait(PauseMs);

    // The runs, in a rotating order so that no client always follows the same one.
    QMap<Client, QVector<RunResult>> results;
    const QVector<Client> clients{Client::SalonWarm, Client::SalonCold, Client::Bare};
    for (int run = 0; run < runs; ++run) {
        for (int slot = 0; slot < clients.size(); ++slot) {
            const Client client = clients.at((run + slot) % clients.size());
            std::optional<RunResult> result;
            if (client == Client::Bare) {
                result = runChild(bare, connection, bareLog, server.pid());
            } else if (client == Client::SalonWarm) {
                result = runChild(self, salonArguments(warmDatabase, 0), salonLog, server.pid());
            } else {
                const QString coldDatabase = work.filePath(QStringLiteral("cold%1.sqlite").arg(run));
                result = runChild(self, salonArguments(coldDatabase, 0), salonLog, server.pid());
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                    QFile::remove(coldDatabase + suffix);
                }
            }
            if (!result) {
                return 1;
            }
            std::fprintf(stderr, "run %d %s: ready after %.1f ms; CPU of the client %.0f ms, of Prosody %.0f ms\n", run + 1, clientName(client), result->readyMs,
                         result->childCpuMs, result->serverCpuMs);
            results[client].append(*result);
            QTest::qWait(PauseMs);
        }
    }

    const FixtureTimes fixtureTimes{fixtureSeconds, serverSeconds, *crowdSeconds};
    printReport(results, clients, runs, fixtureTimes, parser.isSet(noLastItemOption));
    if (memoryClients == 0) {
        return 0;
    }
    MemoryRunSettings memorySettings;
    memorySettings.host = server.host();
    memorySettings.port = server.clientPort();
    memorySettings.caCertificatePath = server.caCertificatePath();
    memorySettings.jid = accountJid;
    memorySettings.password = password(Owner);
    memorySettings.rooms = RoomCount;
    memorySettings.warmDatabasePath = warmDatabase;
    memorySettings.workDir = work.path();
    memorySettings.logDir = logDir;
    return measureMemory(memorySettings, memoryClients) ? 0 : 1;
}
