// salon-server's options and features, tested through the real daemon and real salon-linker
// processes against the test Prosody. Each case starts the daemon with command-line options and
// checks the effect where it shows: the API, /metrics, /proc, a slixmpp peer, the database or the log.

#include "TestHttp.h"
#include "TestPeer.h"
#include "TestServerProcess.h"
#include "TestTab.h"
#include "TestXmppServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

namespace {

constexpr int MessageTimeoutMs = 15000;
const QString Password = QStringLiteral("wiring-pw-7f3a21");
const QString ReaderPassword = QStringLiteral("reader-pw-b81e0c");
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");

/// salon-server with real linkers against the test Prosody.
class ServerProcess : public TestServerProcess
{
public:
    ServerProcess()
        : TestServerProcess(QStringLiteral(SALON_SERVER_PATH))
    {
    }

    /// Starts the daemon against \a xmpp with the database \a databaseUrl and \a extraArguments.
    bool start(const TestXmppServer &xmpp, const QString &databaseUrl, const QStringList &extraArguments = {})
    {
        return TestServerProcess::start(QStringList{
                                            QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--linker"),
                                            QStringLiteral(SALON_LINKER_PATH),
                                            QStringLiteral("--database"),
                                            databaseUrl,
                                            QStringLiteral("--log-level"),
                                            QStringLiteral("debug"),
                                        }
                                        + xmppArguments(xmpp) + extraArguments);
    }

    /// Sends SIGTERM and returns the exit code, or -1 if the daemon crashed or did not exit in time.
    int terminate(int timeoutMs = 15000)
    {
        return TestServerProcess::terminate(timeoutMs);
    }

    /// Returns the process ids of the linkers started for \a jid, waiting until the log names one.
    QList<qint64> linkerPids(const QString &jid) const
    {
        return TestServerProcess::linkerPids(QStringLiteral("session \\d+ \\(%1\\)").arg(QRegularExpression::escape(jid)), MessageTimeoutMs);
    }
};

/// A browser tab of \a server with the session cookie. Its handshake starts at once.
class Tab : public TestTab
{
public:
    Tab(const ServerProcess &server, const QByteArray &cookie)
        : TestTab(server.origin(), cookie, MessageTimeoutMs)
    {
        startOpening(server.port());
    }
};

using TestHttp::jsonBody;
using TestHttp::processExists;
using TestHttp::sessionCookie;
using TestHttp::statusLine;

/// Sends \a request over a new TCP connection and returns everything the daemon sends until it closes.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    // A sign-in waits for the account to go online.
    return TestHttp::exchange(port, request, 40000);
}

/// Builds an HTTP/1.1 request with the Host and a same-origin Origin of \a port.
QByteArray request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body = {}, const QByteArray &cookie = {})
{
    const QByteArray cookieHeader = cookie.isEmpty() ? QByteArray() : "Cookie: " + cookie + "\r\n";
    return TestHttp::apiRequest(port, method, path, body, "Connection: close\r\n" + cookieHeader);
}

/// Signs in with POST /api/session and returns the whole response.
QByteArray signIn(quint16 port, const QString &jid, const QString &password = Password)
{
    return exchange(port, TestHttp::signInRequest(port, jid, password));
}

/// Returns the value of the metric \a name without labels in GET /metrics, or -1 if it is missing.
qint64 metric(quint16 port, const QByteArray &name)
{
    return TestHttp::metricValue(TestHttp::body(exchange(port, request(port, "GET", "/metrics"))), name);
}

QString atomEntry(const QString &title, const QString &published)
{
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>%1</title><content type='html'>&lt;p&gt;%1&lt;/p&gt;</content>"
                          "<id>tag:example.org,2026:%1</id><published>%2</published><updated>%2</updated></entry>")
        .arg(title, published);
}

/// A guard that resumes a process stopped with SIGSTOP when it goes out of scope.
struct ResumeOnExit {
    qint64 pid;

    ~ResumeOnExit()
    {
        ::kill(pid_t(pid), SIGCONT);
    }
};

} // namespace

class ServerWiringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void domainOptionsReachSignIn();
    void sessionOptionsReachLinker();
    void metricsFollowSessions();
    void publicPageWithServiceAccount();
    void shutdownKeepsOutbox();
    void shutdownWithFrozenServer();

private:
    QString databaseUrl(const QString &name) const;
    ServerProcess &newServer();

    TestXmppServer m_xmpp;
    QTemporaryDir m_folder;
    // The daemon of the running case, whose log a failure prints.
    std::unique_ptr<ServerProcess> m_server;
};

void ServerWiringTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    // Alice and Bob are each other's contacts, so Bob's peer receives Alice's presence.
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("writer"), QStringLiteral("reader")}) {
        QVERIFY(m_xmpp.addAccount(user, user == QLatin1String("reader") ? ReaderPassword : Password));
    }
    QVERIFY(m_xmpp.setRoster(QStringLiteral("alice"), {TestRosterItem{m_xmpp.jid(QStringLiteral("bob")), QStringLiteral("Bob"), {}}}));
    QVERIFY(m_xmpp.setRoster(QStringLiteral("bob"), {TestRosterItem{m_xmpp.jid(QStringLiteral("alice")), QStringLiteral("Alice"), {}}}));
    QVERIFY2(m_xmpp.start(), qPrintable(m_xmpp.lastError()));
}

void ServerWiringTest::cleanup()
{
    if (QTest::currentTestFailed() && m_server) {
        qWarning().noquote() << "salon-server log:\n" << QString::fromUtf8(m_server->log().right(8000));
    }
    m_server.reset();
}

ServerProcess &ServerWiringTest::newServer()
{
    m_server = std::make_unique<ServerProcess>();
    return *m_server;
}

QString ServerWiringTest::databaseUrl(const QString &name) const
{
    return QStringLiteral("sqlite:") + m_folder.filePath(name);
}

void ServerWiringTest::domainOptionsReachSignIn()
{
    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, databaseUrl(QStringLiteral("domains.sqlite")),
                         {QStringLiteral("--allowed-domains"), m_xmpp.domain() + QStringLiteral(",example.org"), QStringLiteral("--default-domain"),
                          m_xmpp.domain()}));

    const QByteArray config = exchange(server.port(), request(server.port(), "GET", "/api/config"));
    QCOMPARE(statusLine(config), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(jsonBody(config).value(QStringLiteral("defaultDomain")).toString(), m_xmpp.domain());
    QCOMPARE(jsonBody(config).value(QStringLiteral("allowedDomains")).toArray(), (QJsonArray{m_xmpp.domain(), QStringLiteral("example.org")}));

    const QByteArray rejected = signIn(server.port(), QStringLiteral("alice@elsewhere.example"));
    QCOMPARE(statusLine(rejected), QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(jsonBody(rejected).value(QStringLiteral("error")).toString(), QStringLiteral("domainNotAllowed"));
    QVERIFY(TestHttp::header(rejected, "Set-Cookie").isNull());
    QVERIFY(!server.log().contains("started linker"));

    const QByteArray accepted = signIn(server.port(), m_xmpp.jid(QStringLiteral("alice")));
    QCOMPARE(statusLine(accepted), QByteArray("HTTP/1.1 200 OK"));

    QCOMPARE(server.terminate(), 0);
    QVERIFY(!server.log().contains(Password.toUtf8()));
}

void ServerWiringTest::sessionOptionsReachLinker()
{
    const QString alice = m_xmpp.jid(QStringLiteral("alice"));
    TestPeer bob(m_xmpp, QStringLiteral("bob"), Password);
    QVERIFY2(bob.start() && bob.waitOnline(), qPrintable(bob.lastError()));

    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, databaseUrl(QStringLiteral("options.sqlite")),
                         {QStringLiteral("--away-delay"), QStringLiteral("1"), QStringLiteral("--idle-timeout"), QStringLiteral("4"),
                          QStringLiteral("--linker-memory-limit"), QStringLiteral("300"), QStringLiteral("--max-sessions"), QStringLiteral("1")}));

    const QByteArray response = signIn(server.port(), alice);
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    const QList<qint64> pids = server.linkerPids(alice);
    QCOMPARE(pids.size(), 1);

    // --linker-memory-limit reaches the linker's data segment limit: 300 MiB, soft and hard.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pids.first()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray limitsText = limits.readAll();
    static const QRegularExpression dataLimit(QStringLiteral("Max data size\\s+(\\S+)\\s+(\\S+)\\s+bytes"));
    const QRegularExpressionMatch match = dataLimit.match(QString::fromUtf8(limitsText));
    QVERIFY2(match.hasMatch(), limitsText.constData());
    QCOMPARE(match.captured(1), QString::number(300 * 1024 * 1024));
    QCOMPARE(match.captured(2), QString::number(300 * 1024 * 1024));

    // --max-sessions 1: a second sign-in is rejected while the first session lives.
    const QByteArray second = signIn(server.port(), m_xmpp.jid(QStringLiteral("bob")));
    QCOMPARE(statusLine(second), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QCOMPARE(jsonBody(second).value(QStringLiteral("error")).toString(), QStringLiteral("serverFull"));

    // Waits for a presence of Alice's linker that \a show and \a type describe, as Bob's peer receives it.
    const auto waitForAlice = [&bob, &alice](const QString &type, const QString &show) {
        return bob.waitForEvent(
            QStringLiteral("presence"),
            [&alice, type, show](const QJsonObject &event) {
                return event.value(QStringLiteral("from")).toString().startsWith(alice + QLatin1Char('/'))
                    && event.value(QStringLiteral("type")).toString() == type && event.value(QStringLiteral("show")).toString() == show;
            },
            MessageTimeoutMs);
    };
    const QString available = QStringLiteral("available");

    // With a tab open, Bob receives Alice's available presence.
    {
        Tab tab(server, sessionCookie(response));
        QVERIFY(tab.waitForConnected());
        QCOMPARE(tab.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QVERIFY2(!waitForAlice(available, QString()).isEmpty(), "Bob did not see Alice available");
        bob.clearEvents();
    }

    // --away-delay 1: about a second after the last tab closed, Bob receives Alice's away presence.
    QElapsedTimer sinceClose;
    sinceClose.start();
    QVERIFY2(!waitForAlice(available, QStringLiteral("away")).isEmpty(), "Bob did not see Alice away");
    const qint64 awayAfterMs = sinceClose.elapsed();
    qInfo() << "Bob saw Alice away" << awayAfterMs << "ms after her last tab closed";
    QVERIFY2(awayAfterMs < 3500, qPrintable(QString::number(awayAfterMs)));

    // A new tab brings Alice back, and closing it starts the away delay and the idle timeout again.
    {
        Tab tab(server, sessionCookie(response));
        QVERIFY(tab.waitForConnected());
        QVERIFY2(!waitForAlice(available, QString()).isEmpty(), "Bob did not see Alice available again");
    }
    sinceClose.restart();
    QVERIFY2(!waitForAlice(available, QStringLiteral("away")).isEmpty(), "Bob did not see Alice away again");

    // --idle-timeout 4: the daemon signs the linker out, Bob receives Alice's unavailable presence, and the cookie stops working.
    QVERIFY2(!waitForAlice(QStringLiteral("unavailable"), QString()).isEmpty(), "Bob did not see Alice go offline");
    const qint64 offlineAfterMs = sinceClose.elapsed();
    qInfo() << "Bob saw Alice offline" << offlineAfterMs << "ms after her last tab closed";
    // Qt's coarse timers may fire up to 5 % early, so the lower bound has a margin.
    QVERIFY2(offlineAfterMs >= 3000 && offlineAfterMs < 9000, qPrintable(QString::number(offlineAfterMs)));
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.first()), MessageTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.first()).toUtf8()), MessageTimeoutMs);
    const QByteArray query = exchange(server.port(), request(server.port(), "GET", "/api/session", {}, sessionCookie(response)));
    QCOMPARE(statusLine(query), QByteArray("HTTP/1.1 401 Unauthorized"));

    // The slot of --max-sessions is free again.
    const QString bobJid = m_xmpp.jid(QStringLiteral("bob"));
    QCOMPARE(statusLine(signIn(server.port(), bobJid)), QByteArray("HTTP/1.1 200 OK"));

    // A session whose tab never opens ends after the idle timeout too.
    const QList<qint64> bobPids = server.linkerPids(bobJid);
    QCOMPARE(bobPids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(bobPids.first()), MessageTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QStringLiteral("(%1) had no open tab for 4000 ms").arg(bobJid).toUtf8()), MessageTimeoutMs);

    QCOMPARE(server.terminate(), 0);
    bob.stop();
    QVERIFY(!server.log().contains(Password.toUtf8()));
}

void ServerWiringTest::metricsFollowSessions()
{
    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, databaseUrl(QStringLiteral("metrics.sqlite"))));
    const quint16 port = server.port();
    QCOMPARE(metric(port, "salon_sessions"), 0);
    QCOMPARE(metric(port, "salon_tabs_open"), 0);
    const qint64 receivedAtStart = metric(port, "salon_tab_frames_received_total");
    const qint64 sentAtStart = metric(port, "salon_tab_frames_sent_total");
    QCOMPARE(receivedAtStart, 0);
    QCOMPARE(sentAtStart, 0);

    QCOMPARE(metric(port, "salon_sign_in_failures_total"), 0);
    const QByteArray rejected = signIn(port, m_xmpp.jid(QStringLiteral("alice")), QStringLiteral("not-the-password"));
    QCOMPARE(statusLine(rejected), QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(metric(port, "salon_sign_in_failures_total"), 1);
    // The rejected sign-in's linker has exited.
    QTRY_COMPARE_WITH_TIMEOUT(metric(port, "salon_linkers_running"), 0, MessageTimeoutMs);

    const QByteArray response = signIn(port, m_xmpp.jid(QStringLiteral("alice")));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    const QByteArray cookie = sessionCookie(response);
    Tab tab(server, cookie);
    QVERIFY(tab.waitForConnected());
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());
    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("invoke")},
                         {QStringLiteral("object"), QStringLiteral("roster")},
                         {QStringLiteral("method"), QStringLiteral("noSuchMethod")},
                         {QStringLiteral("id"), 1}});
    QCOMPARE(tab.take(QStringLiteral("invokeResult")).value(QStringLiteral("error")).toString(), QStringLiteral("unknownMethod"));

    QCOMPARE(metric(port, "salon_sessions"), 1);
    QCOMPARE(metric(port, "salon_linkers_running"), 1);
    QCOMPARE(metric(port, "salon_tabs_open"), 1);
    const qint64 received = metric(port, "salon_tab_frames_received_total");
    const qint64 sent = metric(port, "salon_tab_frames_sent_total");
    QVERIFY2(received >= 1, qPrintable(QString::number(received)));
    // The account message, the snapshots and the invoke result.
    QVERIFY2(sent >= 3, qPrintable(QString::number(sent)));
    qInfo() << "With one tab:" << received << "frames received from tabs," << sent << "sent to tabs";

    const QByteArray signOut = exchange(port, request(port, "DELETE", "/api/session", {}, cookie));
    QCOMPARE(statusLine(signOut), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(!tab.take(QStringLiteral("sessionEnded")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(metric(port, "salon_tabs_open"), 0, MessageTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(metric(port, "salon_sessions"), 0, MessageTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(metric(port, "salon_linkers_running"), 0, MessageTimeoutMs);
    // Counters only grow: the sessionEnded message counts as sent.
    QVERIFY(metric(port, "salon_tab_frames_received_total") >= received);
    QVERIFY(metric(port, "salon_tab_frames_sent_total") > sent);

    QCOMPARE(server.terminate(), 0);
}

void ServerWiringTest::publicPageWithServiceAccount()
{
    const QString writer = m_xmpp.jid(QStringLiteral("writer"));
    TestPeer peer(m_xmpp, QStringLiteral("writer"), Password);
    QVERIFY2(peer.start() && peer.waitOnline(), qPrintable(peer.lastError()));
    QVERIFY2(peer.command({{QStringLiteral("command"), QStringLiteral("publish")},
                           {QStringLiteral("node"), MicroblogNode},
                           {QStringLiteral("itemId"), QStringLiteral("wired")},
                           {QStringLiteral("accessModel"), QStringLiteral("open")},
                           {QStringLiteral("maxItems"), QStringLiteral("max")},
                           {QStringLiteral("payload"), atomEntry(QStringLiteral("Wired post"), QStringLiteral("2026-12-03T09:00:00Z"))}}),
             qPrintable(peer.lastError()));

    // The password file, with a trailing newline as editors write it.
    const QString passwordFile = m_folder.filePath(QStringLiteral("reader-password"));
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ReaderPassword.toUtf8() + '\n');
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, databaseUrl(QStringLiteral("public.sqlite")),
                         {QStringLiteral("--public-account"), m_xmpp.jid(QStringLiteral("reader")), QStringLiteral("--public-account-password-file"), passwordFile,
                          QStringLiteral("--public-cache-ttl"), QStringLiteral("1")}));
    const quint16 port = server.port();

    // The writer's first sign-in through the daemon gives the account a public page.
    const QByteArray response = signIn(port, writer);
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    Tab tab(server, sessionCookie(response));
    QVERIFY(tab.waitForConnected());
    const QJsonObject publicPages = tab.take(QStringLiteral("object"), [](const QJsonObject &message) {
        return message.value(QStringLiteral("object")).toString() == QLatin1String("publicPages")
            && message.value(QStringLiteral("properties")).toObject().value(QStringLiteral("available")).toBool();
    });
    QVERIFY2(!publicPages.isEmpty(), "the account got no public page");

    // The reader serves the cache until the service account is online and has fetched the posts.
    QByteArray page;
    QElapsedTimer timer;
    timer.start();
    while (!TestHttp::body(page).contains("Wired post") && timer.elapsed() < 30000) {
        page = exchange(port, request(port, "GET", "/blog/" + writer.toUtf8()));
        if (!TestHttp::body(page).contains("Wired post")) {
            QTest::qWait(500);
        }
    }
    QCOMPARE(statusLine(page), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY2(TestHttp::body(page).contains("<h2>Wired post</h2>"), page.constData());

    const QByteArray feed = exchange(port, request(port, "GET", "/blog/" + writer.toUtf8() + "/feed.atom"));
    QCOMPARE(statusLine(feed), QByteArray("HTTP/1.1 200 OK"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, json, feedparser\n"
                                 "d = feedparser.parse(sys.stdin.buffer.read())\n"
                                 "print(json.dumps({'bozo': d.bozo, 'version': d.version, 'titles': [e.title for e in d.entries]}))\n")});
    QVERIFY(python.waitForStarted());
    python.write(TestHttp::body(feed));
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(parsed.value(QStringLiteral("bozo")).toInt(), 0);
    QCOMPARE(parsed.value(QStringLiteral("version")).toString(), QStringLiteral("atom10"));
    QCOMPARE(parsed.value(QStringLiteral("titles")).toArray(), QJsonArray{QStringLiteral("Wired post")});

    // --public-cache-ttl 1: a post published later shows within seconds, not after the default 300 seconds.
    QVERIFY2(peer.command({{QStringLiteral("command"), QStringLiteral("publish")},
                           {QStringLiteral("node"), MicroblogNode},
                           {QStringLiteral("itemId"), QStringLiteral("later")},
                           {QStringLiteral("accessModel"), QStringLiteral("open")},
                           {QStringLiteral("maxItems"), QStringLiteral("max")},
                           {QStringLiteral("payload"), atomEntry(QStringLiteral("Later post"), QStringLiteral("2026-12-04T09:00:00Z"))}}),
             qPrintable(peer.lastError()));
    timer.restart();
    while (!TestHttp::body(page).contains("Later post") && timer.elapsed() < 15000) {
        QTest::qWait(250);
        page = exchange(port, request(port, "GET", "/blog/" + writer.toUtf8()));
    }
    qInfo() << "The later post showed on the page after" << timer.elapsed() << "ms";
    QVERIFY2(TestHttp::body(page).contains("<h2>Later post</h2>"), page.constData());

    // The reader gets the password in its signIn frame, not on its command line, which every local user can read.
    static const QRegularExpression readerStarted(QStringLiteral("public reader started linker (\\d+)"));
    // The log arrives through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(readerStarted.match(QString::fromUtf8(server.log())).hasMatch(), MessageTimeoutMs);
    const QRegularExpressionMatch reader = readerStarted.match(QString::fromUtf8(server.log()));
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(reader.captured(1)));
    QVERIFY(commandLine.open(QIODevice::ReadOnly));
    const QByteArray readerArguments = commandLine.readAll();
    QVERIFY(readerArguments.contains("--public-reader"));
    QVERIFY(!readerArguments.contains(ReaderPassword.toUtf8()));

    QCOMPARE(server.terminate(), 0);
    peer.stop();

    // Neither the service account's password nor the user's appears in any log line, at debug level.
    QVERIFY(server.log().contains("[linker "));
    QVERIFY2(!server.log().contains(ReaderPassword.toUtf8()), "the password file's content appears in the log");
    QVERIFY2(!server.log().contains(Password.toUtf8()), "the user's password appears in the log");
}

void ServerWiringTest::shutdownKeepsOutbox()
{
    const QString alice = m_xmpp.jid(QStringLiteral("alice"));
    const QString bob = m_xmpp.jid(QStringLiteral("bob"));
    const QString databasePath = m_folder.filePath(QStringLiteral("outbox.sqlite"));
    const QString body = QStringLiteral("Sent while the server was away");

    {
        ServerProcess &server = newServer();
        QVERIFY(server.start(m_xmpp, QStringLiteral("sqlite:") + databasePath, {QStringLiteral("--reconnect-delay"), QStringLiteral("60000")}));
        const QByteArray response = signIn(server.port(), alice);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
        const QList<qint64> pids = server.linkerPids(alice);
        QCOMPARE(pids.size(), 1);
        Tab tab(server, sessionCookie(response));
        QVERIFY(tab.waitForConnected());
        QCOMPARE(tab.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));

        // Without its server, the account cannot send, so the message waits in the outbox.
        m_xmpp.stop();
        const QJsonObject disconnected = tab.take(QStringLiteral("account"), [](const QJsonObject &message) {
            return message.value(QStringLiteral("state")).toString() != QLatin1String("online");
        });
        QVERIFY2(!disconnected.isEmpty(), "the account did not notice that its server stopped");
        tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("invoke")},
                             {QStringLiteral("object"), QStringLiteral("chats")},
                             {QStringLiteral("method"), QStringLiteral("sendMessage")},
                             {QStringLiteral("args"), QJsonArray{bob, body}},
                             {QStringLiteral("id"), 1}});
        const QJsonObject result = tab.take(QStringLiteral("invokeResult"));
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(), QJsonDocument(result).toJson().constData());

        QElapsedTimer shutdown;
        shutdown.start();
        QCOMPARE(server.terminate(), 0);
        qInfo() << "The daemon exited" << shutdown.elapsed() << "ms after SIGTERM";
        QCOMPARE(tab.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("serverShutdown"));
        QVERIFY(server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.first()).toUtf8()));
        QVERIFY(!processExists(pids.first()));
        QVERIFY(!server.log().contains(body.toUtf8()));
    }

    // The message is still in the outbox of the database.
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outbox check"));
        database.setDatabaseName(databasePath);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.prepare(QStringLiteral("SELECT payload FROM outbox WHERE account = ?")));
        query.addBindValue(alice);
        QVERIFY(query.exec());
        QStringList payloads;
        while (query.next()) {
            payloads.append(query.value(0).toString());
        }
        QCOMPARE(payloads.size(), 1);
        qInfo() << "Outbox row after shutdown:" << payloads.first().size() << "characters of payload";
        QVERIFY2(payloads.first().contains(body), qPrintable(payloads.first()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outbox check"));

    // After Prosody is back, a new daemon's session sends it once.
    QVERIFY2(m_xmpp.start(), qPrintable(m_xmpp.lastError()));
    TestPeer bobPeer(m_xmpp, QStringLiteral("bob"), Password);
    QVERIFY2(bobPeer.start() && bobPeer.waitOnline(), qPrintable(bobPeer.lastError()));
    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, QStringLiteral("sqlite:") + databasePath));
    QCOMPARE(statusLine(signIn(server.port(), alice)), QByteArray("HTTP/1.1 200 OK"));
    const auto isTheMessage = [&body](const QJsonObject &event) {
        return event.value(QStringLiteral("body")).toString() == body;
    };
    QVERIFY2(!bobPeer.waitForEvent(QStringLiteral("message"), isTheMessage, MessageTimeoutMs).isEmpty(), "Bob did not receive the message");
    // No second copy follows.
    QVERIFY(bobPeer.waitForEvent(QStringLiteral("message"), isTheMessage, 2000).isEmpty());
    QCOMPARE(server.terminate(), 0);
    bobPeer.stop();
}

void ServerWiringTest::shutdownWithFrozenServer()
{
    const QString alice = m_xmpp.jid(QStringLiteral("alice"));
    const QString databasePath = m_folder.filePath(QStringLiteral("frozen.sqlite"));
    const QString body = QStringLiteral("Sent while the server was frozen");
    const qint64 prosody = m_xmpp.pid();
    QVERIFY(prosody > 0);

    ServerProcess &server = newServer();
    QVERIFY(server.start(m_xmpp, QStringLiteral("sqlite:") + databasePath));
    const QByteArray response = signIn(server.port(), alice);
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    const QList<qint64> pids = server.linkerPids(alice);
    QCOMPARE(pids.size(), 1);
    Tab tab(server, sessionCookie(response));
    QVERIFY(tab.waitForConnected());
    QCOMPARE(tab.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));

    // A stopped Prosody keeps the connection open but acknowledges nothing, so the account stays online
    // and the message stays in the outbox. The guard resumes Prosody whatever happens below.
    QCOMPARE(::kill(pid_t(prosody), SIGSTOP), 0);
    const ResumeOnExit resumeProsody{prosody};
    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("invoke")},
                         {QStringLiteral("object"), QStringLiteral("chats")},
                         {QStringLiteral("method"), QStringLiteral("sendMessage")},
                         {QStringLiteral("args"), QJsonArray{m_xmpp.jid(QStringLiteral("bob")), body}},
                         {QStringLiteral("id"), 1}});
    const QJsonObject result = tab.take(QStringLiteral("invokeResult"));
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), QJsonDocument(result).toJson().constData());
    // Time for the linker to write the stanza to the silent socket.
    QTest::qWait(500);

    QElapsedTimer shutdown;
    shutdown.start();
    QCOMPARE(server.terminate(), 0);
    qInfo() << "With Prosody stopped, the daemon exited" << shutdown.elapsed() << "ms after SIGTERM";
    QCOMPARE(tab.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("serverShutdown"));
    QVERIFY(server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.first()).toUtf8()));
    QVERIFY(!server.log().contains(body.toUtf8()));

    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("frozen check"));
        database.setDatabaseName(databasePath);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT payload FROM outbox")));
        QStringList payloads;
        while (query.next()) {
            payloads.append(query.value(0).toString());
        }
        QCOMPARE(payloads.size(), 1);
        QVERIFY(payloads.first().contains(body));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("frozen check"));
}

QTEST_GUILESS_MAIN(ServerWiringTest)
#include "ServerWiringTest.moc"
