// salon-server tested as a user meets it: a process on a loopback port that
// the system chooses, spoken to over raw TCP and WebSockets.

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include "TestHttp.h"
#include "TestServerProcess.h"
#include "TestTab.h"
#include "TestXmppServer.h"

#include <memory>

#include <csignal>
#include <sys/types.h>

namespace {

constexpr int MessageTimeoutMs = 10000;
// The request timeout given to the servers under test.
constexpr int RequestTimeoutMs = 800;
const QString password = QStringLiteral("correct horse battery staple");

/// salon-server with the fake linker and the options every case shares.
class ServerProcess : public TestServerProcess
{
public:
    ServerProcess()
        : TestServerProcess(QStringLiteral(SALON_SERVER_PATH))
    {
    }

    bool start(const QStringList &extraArguments = {})
    {
        return TestServerProcess::start(QStringList{
                                            QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"),
                                            QStringLiteral("--linker"),
                                            QStringLiteral(SALON_FAKE_LINKER_PATH),
                                            QStringLiteral("--xmpp-host"),
                                            QStringLiteral("xmpp.example.org"),
                                            QStringLiteral("--xmpp-port"),
                                            QStringLiteral("15222"),
                                            QStringLiteral("--log-level"),
                                            QStringLiteral("debug"),
                                            QStringLiteral("--request-timeout"),
                                            QString::number(RequestTimeoutMs),
                                        }
                                        + extraArguments);
    }
};

using Tab = TestTab;
using TestHttp::apiRequest;
using TestHttp::exchange;
using TestHttp::exchangeHead;
using TestHttp::jsonBody;
using TestHttp::processExists;
using TestHttp::sessionCookie;
using TestHttp::statusLine;

QByteArray upgradeRequest(quint16 port, const QByteArray &origin)
{
    QByteArray request = "GET /ws HTTP/1.1\r\n"
                         "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n"
                         "Upgrade: websocket\r\n"
                         "Connection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n";
    if (!origin.isEmpty()) {
        request += "Origin: " + origin + "\r\n";
    }
    return request + "\r\n";
}

QByteArray signInBody(const QString &jid, const QString &accountPassword = password)
{
    return TestHttp::signInBody(jid, accountPassword);
}

/// Signs in with POST /api/session and returns the whole response.
QByteArray signIn(quint16 port, const QString &jid)
{
    return exchange(port, TestHttp::signInRequest(port, jid, password));
}

} // namespace

class ServerProcessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void indexHtmlServed();
    void otherFileServed();
    void headWithoutBody();
    void httpErrors_data();
    void httpErrors();
    void silentClientDropped();
    void slowClientDropped();
    void crossOriginUpgradeRejected();
    void upgradeWithoutSessionRejected();
    void sameOriginUpgradeAccepted();
    void oversizedWebSocketMessageClosesSocket();
    void nonObjectMessageClosesTab();
    void cookieAttributes();
    void configApi();
    void signInErrors_data();
    void signInErrors();
    void failedSignInLeavesNoLinker();
    void bodyLimits_data();
    void bodyLimits();
    void sessionRoutesBothWays();
    void signInOverWebSocketRejected();
    void twoTabsShareSession();
    void reloadResumesSession();
    void swappedCookiesReachOwnSession();
    void brokenLinkerEndsOnlyItsSession_data();
    void brokenLinkerEndsOnlyItsSession();
    void killedLinkerEndsEveryTab();
    void signOutEndsSession();
    void deleteEndsSession();
    void floodingTabClosed();
    void sessionLimit();
    void realLinkerAgainstProsody();
    void connectionsDoNotLeak();
    void eventDispatcherSelection();
    void shutdownEndsSessions();

private:
    ServerProcess m_server;
};

void ServerProcessTest::initTestCase()
{
    QVERIFY(m_server.start());
}

void ServerProcessTest::cleanup()
{
    if (QTest::currentTestFailed()) {
        qWarning().noquote() << "salon-server log so far:\n" << QString::fromUtf8(m_server.log().right(6000));
    }
}

void ServerProcessTest::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
    QVERIFY2(!m_server.log().contains(password.toUtf8()), "the password appears in the server's log");
}

void ServerProcessTest::indexHtmlServed()
{
    QFile index(QStringLiteral(SALON_WEB_DIR "/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray expected = index.readAll();

    const QByteArray response = exchange(m_server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(TestHttp::header(response, "Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(TestHttp::header(response, "X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(TestHttp::header(response, "Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(TestHttp::header(response, "Content-Length"), QByteArray::number(expected.size()));
    QCOMPARE(TestHttp::body(response), expected);

    const QByteArray byName = exchange(m_server.port(), "GET /index.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(TestHttp::body(byName), expected);
}

void ServerProcessTest::otherFileServed()
{
    QFile style(QStringLiteral(SALON_WEB_DIR "/style.css"));
    if (!style.exists()) {
        QSKIP("resources/web has no style.css");
    }
    QVERIFY(style.open(QIODevice::ReadOnly));

    const QByteArray response = exchange(m_server.port(), "GET /style.css HTTP/1.0\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(TestHttp::header(response, "Content-Type"), QByteArray("text/css; charset=utf-8"));
    QCOMPARE(TestHttp::body(response), style.readAll());
}

void ServerProcessTest::headWithoutBody()
{
    const QByteArray response = exchange(m_server.port(), "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(TestHttp::header(response, "Content-Length").toInt() > 0);
    QVERIFY(TestHttp::body(response).isEmpty());
}

void ServerProcessTest::httpErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expectedStatus");
    QTest::addColumn<QByteArray>("expectedAllow");

    const QByteArray host = "Host: 127.0.0.1\r\n\r\n";
    QTest::newRow("unknown file") << "GET /missing.js HTTP/1.1\r\n" + host << QByteArray("404 Not Found") << QByteArray();
    QTest::newRow("double slash") << "GET //index.html HTTP/1.1\r\n" + host << QByteArray("404 Not Found") << QByteArray();
    QTest::newRow("parent path") << "GET /../etc/passwd HTTP/1.1\r\n" + host << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("encoded parent path") << "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + host << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("encoded NUL") << "GET /index.html%00 HTTP/1.1\r\n" + host << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("POST") << "POST /index.html HTTP/1.1\r\nContent-Length: 2\r\n" + host + "{}" << QByteArray("405 Method Not Allowed")
                          << QByteArray("GET, HEAD");
    QTest::newRow("DELETE") << "DELETE / HTTP/1.1\r\n" + host << QByteArray("405 Method Not Allowed") << QByteArray("GET, HEAD");
    QTest::newRow("invalid method") << "GE<T / HTTP/1.1\r\n" + host << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: 127.0.0.1\n\n") << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("400 Bad Request") << QByteArray();
    QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\n" + host << QByteArray("505 HTTP Version Not Supported") << QByteArray();
    QTest::newRow("long request line") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n" + host << QByteArray("414 URI Too Long") << QByteArray();
    QTest::newRow("large headers") << "GET / HTTP/1.1\r\nCookie: " + QByteArray(20000, 'c') + "\r\n" + host << QByteArray("431 Request Header Fields Too Large")
                                   << QByteArray();
    QTest::newRow("WebSocket path without upgrade") << "GET /ws HTTP/1.1\r\n" + host << QByteArray("426 Upgrade Required") << QByteArray();
    QTest::newRow("WebSocket path with POST") << "POST /ws HTTP/1.1\r\n" + host << QByteArray("405 Method Not Allowed") << QByteArray("GET");
}

void ServerProcessTest::httpErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expectedStatus);
    QFETCH(QByteArray, expectedAllow);

    const QByteArray response = exchange(m_server.port(), request);
    QCOMPARE(statusLine(response), "HTTP/1.1 " + expectedStatus);
    QCOMPARE(TestHttp::header(response, "Connection"), QByteArray("close"));
    QCOMPARE(TestHttp::header(response, "Allow"), expectedAllow);
    QCOMPARE(TestHttp::body(response), expectedStatus + '\n');

    // Each error is logged with its status.
    QTRY_VERIFY(m_server.log().contains(" " + expectedStatus.left(3) + " "));
}

void ServerProcessTest::silentClientDropped()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray response = exchange(m_server.port(), QByteArray());
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(timer.elapsed() >= RequestTimeoutMs - 50);
}

void ServerProcessTest::slowClientDropped()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(5000));

    // One byte every 100 ms keeps the connection busy, but the head never completes in time.
    const QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QByteArray response;
    for (int i = 0; i < request.size() - 1 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(request.mid(i, 1));
        socket.waitForReadyRead(100);
        response += socket.readAll();
    }
    if (socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForDisconnected(5000);
    }
    response += socket.readAll();
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void ServerProcessTest::crossOriginUpgradeRejected()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@origin")));
    QVERIFY(!cookie.isEmpty());
    const QByteArray cookieHeader = "Cookie: " + cookie + "\r\n";

    QByteArray request = upgradeRequest(m_server.port(), "http://evil.example");
    request.insert(request.size() - 2, cookieHeader);
    QCOMPARE(statusLine(exchange(m_server.port(), request)), QByteArray("HTTP/1.1 403 Forbidden"));
    QTRY_VERIFY(m_server.log().contains("cross-origin WebSocket upgrade from http://evil.example"));

    QByteArray otherPort = upgradeRequest(m_server.port(), "http://127.0.0.1:1");
    otherPort.insert(otherPort.size() - 2, cookieHeader);
    QCOMPARE(statusLine(exchange(m_server.port(), otherPort)), QByteArray("HTTP/1.1 403 Forbidden"));

    QByteArray withoutOrigin = upgradeRequest(m_server.port(), QByteArray());
    withoutOrigin.insert(withoutOrigin.size() - 2, cookieHeader);
    QCOMPARE(statusLine(exchange(m_server.port(), withoutOrigin)), QByteArray("HTTP/1.1 403 Forbidden"));
    QTRY_VERIFY(m_server.log().contains("WebSocket upgrade without an Origin header"));

    Tab tab(QStringLiteral("http://evil.example"), cookie);
    QVERIFY(!tab.open(m_server.port()));
    // The reason is logged, the cookie never.
    QVERIFY(!m_server.log().contains(cookie.mid(cookie.indexOf('=') + 1)));
}

void ServerProcessTest::upgradeWithoutSessionRejected()
{
    QCOMPARE(statusLine(exchange(m_server.port(), upgradeRequest(m_server.port(), m_server.origin().toUtf8()))), QByteArray("HTTP/1.1 403 Forbidden"));
    QTRY_VERIFY(m_server.log().contains("WebSocket upgrade without a session cookie"));

    // A token of the right form that no sign-in issued.
    Tab forged(m_server.origin(), "salon_session=" + QByteArray(43, 'A'));
    QVERIFY(!forged.open(m_server.port()));
    QTRY_VERIFY(m_server.log().contains("WebSocket upgrade with an unknown or ended session"));
    Tab withoutCookie(m_server.origin());
    QVERIFY(!withoutCookie.open(m_server.port()));
}

void ServerProcessTest::sameOriginUpgradeAccepted()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@upgrade")));
    QByteArray request = upgradeRequest(m_server.port(), m_server.origin().toUtf8());
    request.insert(request.size() - 2, "Cookie: " + cookie + "\r\n");

    // The connection stays open as a WebSocket, so only the response head is read.
    const QByteArray response = exchangeHead(m_server.port(), request);
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 101 Switching Protocols"));
    // RFC 6455, section 1.3: the accept value for the key "dGhlIHNhbXBsZSBub25jZQ==".
    QCOMPARE(TestHttp::header(response, "Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

    Tab tab(m_server.origin(), cookie);
    QVERIFY(tab.open(m_server.port()));
}

void ServerProcessTest::oversizedWebSocketMessageClosesSocket()
{
    Tab tab(m_server.origin(), sessionCookie(signIn(m_server.port(), QStringLiteral("good@oversized"))));
    QVERIFY(tab.open(m_server.port()));

    tab.socket().sendTextMessage(QStringLiteral("{\"type\":\"x\",\"pad\":\"%1\"}").arg(QString(70 * 1024, QLatin1Char('p'))));
    QVERIFY(tab.waitForDisconnected());
    QCOMPARE(tab.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
}

void ServerProcessTest::nonObjectMessageClosesTab()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@nonobject")));
    Tab tab(m_server.origin(), cookie);
    QVERIFY(tab.open(m_server.port()));

    tab.socket().sendTextMessage(QStringLiteral("[\"signIn\"]"));
    const QJsonObject ended = tab.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("protocolError"));
    QVERIFY(tab.waitForDisconnected());

    // Only the tab is closed; the session takes a new one.
    Tab next(m_server.origin(), cookie);
    QVERIFY(next.open(m_server.port()));
    QCOMPARE(next.echo(QStringLiteral("after")).value(QStringLiteral("text")).toString(), QStringLiteral("after"));
}

void ServerProcessTest::cookieAttributes()
{
    const QByteArray response = signIn(m_server.port(), QStringLiteral("good@cookie"));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(TestHttp::header(response, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(TestHttp::header(response, "Cache-Control"), QByteArray("no-store"));
    QCOMPARE(jsonBody(response).value(QStringLiteral("jid")).toString(), QStringLiteral("good@cookie"));

    const QByteArray setCookie = TestHttp::header(response, "Set-Cookie");
    static const QRegularExpression format(QStringLiteral("^salon_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict$"));
    QVERIFY2(format.match(QString::fromLatin1(setCookie)).hasMatch(), setCookie.constData());
    // Plain HTTP: a Secure cookie would never come back.
    QVERIFY(!setCookie.contains("Secure"));

    const QByteArray cookieHeader = "Cookie: " + sessionCookie(response) + "\r\n";
    const QByteArray query = exchange(m_server.port(), apiRequest(m_server.port(), "GET", "/api/session", {}, cookieHeader));
    QCOMPARE(statusLine(query), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(jsonBody(query).value(QStringLiteral("jid")).toString(), QStringLiteral("good@cookie"));

    const QByteArray withoutCookie = exchange(m_server.port(), apiRequest(m_server.port(), "GET", "/api/session"));
    QCOMPARE(statusLine(withoutCookie), QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(jsonBody(withoutCookie).value(QStringLiteral("error")).toString(), QStringLiteral("noSession"));

    // Two sign-ins of the same account get different tokens.
    QVERIFY(sessionCookie(signIn(m_server.port(), QStringLiteral("good@cookie"))) != sessionCookie(response));
}

void ServerProcessTest::configApi()
{
    const QByteArray response = exchange(m_server.port(), "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    const QJsonObject config = jsonBody(response);
    QVERIFY(config.value(QStringLiteral("defaultDomain")).isString());
    QVERIFY(config.value(QStringLiteral("allowedDomains")).isArray());
}

void ServerProcessTest::signInErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expectedStatus");
    QTest::addColumn<QString>("expectedError");

    const quint16 port = m_server.port();
    QTest::newRow("cross origin") << apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("good@test")), {}, "http://evil.example")
                                  << QByteArray("403 Forbidden") << QStringLiteral("forbidden");
    QTest::newRow("not JSON") << apiRequest(port, "POST", "/api/session", "jid=good@test") << QByteArray("400 Bad Request") << QStringLiteral("badRequest");
    QTest::newRow("no password") << apiRequest(port, "POST", "/api/session", "{\"jid\":\"good@test\"}") << QByteArray("400 Bad Request")
                                 << QStringLiteral("badRequest");
    QTest::newRow("no domain") << apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("good"))) << QByteArray("400 Bad Request")
                               << QStringLiteral("badRequest");
    QTest::newRow("line break in JID") << apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("good@test\nforged log line")))
                                       << QByteArray("400 Bad Request") << QStringLiteral("badRequest");
    QTest::newRow("wrong password") << apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("failed@test"))) << QByteArray("401 Unauthorized")
                                    << QStringLiteral("wrongPassword");
    QTest::newRow("linker crash") << apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("crashearly@test"))) << QByteArray("502 Bad Gateway")
                                  << QStringLiteral("linkerFailed");

    QByteArray wrongType = apiRequest(port, "POST", "/api/session", signInBody(QStringLiteral("good@test")));
    wrongType.replace("application/json", "text/plain");
    QTest::newRow("text/plain") << wrongType << QByteArray("400 Bad Request") << QStringLiteral("badRequest");
}

void ServerProcessTest::signInErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expectedStatus);
    QFETCH(QString, expectedError);

    const QByteArray response = exchange(m_server.port(), request);
    QCOMPARE(statusLine(response), "HTTP/1.1 " + expectedStatus);
    QCOMPARE(jsonBody(response).value(QStringLiteral("error")).toString(), expectedError);
    QVERIFY(!jsonBody(response).value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(TestHttp::header(response, "Set-Cookie").isNull());
}

void ServerProcessTest::failedSignInLeavesNoLinker()
{
    const QByteArray response = signIn(m_server.port(), QStringLiteral("failed@nolinker"));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(jsonBody(response).value(QStringLiteral("message")).toString(), QStringLiteral("Wrong address or password."));

    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(failed@nolinker\\)"));
    QCOMPARE(pids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.first()).toUtf8()), MessageTimeoutMs);
    QTRY_VERIFY(!processExists(pids.first()));
}

void ServerProcessTest::bodyLimits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expectedStatus");

    const QByteArray head = "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:1\r\nOrigin: http://127.0.0.1:1\r\nContent-Type: application/json\r\n";
    QTest::newRow("too large") << head + "Content-Length: 4097\r\n\r\n" + QByteArray(4097, ' ') << QByteArray("413 Content Too Large");
    QTest::newRow("no length") << head + "\r\n{}" << QByteArray("411 Length Required");
    QTest::newRow("chunked") << head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" << QByteArray("400 Bad Request");
    QTest::newRow("invalid length") << head + "Content-Length: -2\r\n\r\n{}" << QByteArray("400 Bad Request");
    // The head is complete but the body never arrives.
    QTest::newRow("body too slow") << head + "Content-Length: 20\r\n\r\n{\"jid\":" << QByteArray("408 Request Timeout");
}

void ServerProcessTest::bodyLimits()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expectedStatus);

    const QByteArray response = exchange(m_server.port(), request);
    QCOMPARE(statusLine(response), "HTTP/1.1 " + expectedStatus);
    QVERIFY(TestHttp::header(response, "Set-Cookie").isNull());
}

void ServerProcessTest::sessionRoutesBothWays()
{
    const QByteArray response = signIn(m_server.port(), QStringLiteral("good@test"));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    Tab tab(m_server.origin(), sessionCookie(response));
    QVERIFY(tab.open(m_server.port()));

    const QJsonObject account = tab.take(QStringLiteral("account"));
    QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    const QJsonObject snapshot = tab.take(QStringLiteral("model"));
    QCOMPARE(snapshot.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    QCOMPARE(snapshot.value(QStringLiteral("rows")).toArray().size(), 1);

    const QJsonObject echo = tab.echo(QStringLiteral("héllo"));
    QCOMPARE(echo.value(QStringLiteral("text")).toString(), QStringLiteral("héllo"));

    // Connection settings reach the linker as arguments; the password only in the signIn frame.
    const QJsonArray arguments = echo.value(QStringLiteral("arguments")).toArray();
    QVERIFY(arguments.contains(QStringLiteral("--xmpp-host")));
    QVERIFY(arguments.contains(QStringLiteral("xmpp.example.org")));
    QVERIFY(arguments.contains(QStringLiteral("15222")));
    QVERIFY(arguments.contains(QStringLiteral("--away-delay")));
    QCOMPARE(echo.value(QStringLiteral("passwordLeaked")).toBool(true), false);

    // The linker's standard error reaches the server's log, tagged with the linker's process id.
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@test\\)"));
    QVERIFY(!pids.isEmpty());
    QTRY_VERIFY(m_server.log().contains(QStringLiteral("[linker %1] fake linker for good@test behaves as good").arg(pids.last()).toUtf8()));
}

void ServerProcessTest::signInOverWebSocketRejected()
{
    Tab tab(m_server.origin(), sessionCookie(signIn(m_server.port(), QStringLiteral("good@twice"))));
    QVERIFY(tab.open(m_server.port()));
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());

    tab.send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("signIn")},
        {QStringLiteral("jid"), QStringLiteral("good@other")},
        {QStringLiteral("password"), password},
    });
    QVERIFY(!tab.take(QStringLiteral("error")).isEmpty());
    QCOMPARE(tab.echo(QStringLiteral("still here")).value(QStringLiteral("text")).toString(), QStringLiteral("still here"));
}

void ServerProcessTest::twoTabsShareSession()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@twotabs")));
    Tab first(m_server.origin(), cookie);
    Tab second(m_server.origin(), cookie);
    QVERIFY(first.open(m_server.port()));
    QVERIFY(second.open(m_server.port()));

    // Each tab gets its own snapshot.
    QCOMPARE(first.take(QStringLiteral("model")).value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    QCOMPARE(second.take(QStringLiteral("model")).value(QStringLiteral("op")).toString(), QStringLiteral("reset"));

    const QJsonObject firstEcho = first.echo(QStringLiteral("one"));
    const QJsonObject secondEcho = second.echo(QStringLiteral("two"));
    QCOMPARE(firstEcho.value(QStringLiteral("text")).toString(), QStringLiteral("one"));
    QCOMPARE(secondEcho.value(QStringLiteral("text")).toString(), QStringLiteral("two"));
    QCOMPARE(firstEcho.value(QStringLiteral("pid")).toDouble(), secondEcho.value(QStringLiteral("pid")).toDouble());
    QVERIFY(firstEcho.value(QStringLiteral("tab")).toDouble() != secondEcho.value(QStringLiteral("tab")).toDouble());
    QCOMPARE(m_server.linkerPids(QStringLiteral("session \\d+ \\(good@twotabs\\)")).size(), 1);
}

void ServerProcessTest::reloadResumesSession()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@reload")));
    auto tab = std::make_unique<Tab>(m_server.origin(), cookie);
    QVERIFY(tab->open(m_server.port()));
    const double pid = tab->echo(QStringLiteral("before")).value(QStringLiteral("pid")).toDouble();
    const double tabId = tab->echo(QStringLiteral("before")).value(QStringLiteral("tab")).toDouble();

    tab->socket().close();
    QVERIFY(tab->waitForDisconnected());
    tab.reset();

    Tab reloaded(m_server.origin(), cookie);
    QVERIFY(reloaded.open(m_server.port()));
    QCOMPARE(reloaded.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    const QJsonObject echo = reloaded.echo(QStringLiteral("after"));
    QCOMPARE(echo.value(QStringLiteral("pid")).toDouble(), pid);
    // Tab numbers are never reused.
    QVERIFY(echo.value(QStringLiteral("tab")).toDouble() > tabId);
    QCOMPARE(m_server.linkerPids(QStringLiteral("session \\d+ \\(good@reload\\)")).size(), 1);
}

void ServerProcessTest::swappedCookiesReachOwnSession()
{
    const QByteArray aliceCookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@alice")));
    const QByteArray bobCookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@bob")));
    const qint64 alicePid = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@alice\\)")).value(0);
    const qint64 bobPid = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@bob\\)")).value(0);
    QVERIFY(alicePid > 0 && bobPid > 0 && alicePid != bobPid);

    // Each cookie reaches the linker of the sign-in that issued it.
    Tab aliceTab(m_server.origin(), aliceCookie);
    Tab bobTab(m_server.origin(), bobCookie);
    QVERIFY(aliceTab.open(m_server.port()));
    QVERIFY(bobTab.open(m_server.port()));
    QCOMPARE(qint64(aliceTab.echo(QStringLiteral("a")).value(QStringLiteral("pid")).toDouble()), alicePid);
    QCOMPARE(qint64(bobTab.echo(QStringLiteral("b")).value(QStringLiteral("pid")).toDouble()), bobPid);

    // Forged cookies: a changed character, both cookies in one header, a second cookie name.
    QByteArray changed = aliceCookie;
    changed[changed.size() - 1] = changed.at(changed.size() - 1) == 'A' ? 'B' : 'A';
    Tab changedTab(m_server.origin(), changed);
    QVERIFY(!changedTab.open(m_server.port()));
    Tab prefixTab(m_server.origin(), "x" + aliceCookie);
    QVERIFY(!prefixTab.open(m_server.port()));
    const QByteArray query = exchange(m_server.port(), apiRequest(m_server.port(), "GET", "/api/session", {}, "Cookie: " + changed + "\r\n"));
    QCOMPARE(statusLine(query), QByteArray("HTTP/1.1 401 Unauthorized"));
}

void ServerProcessTest::brokenLinkerEndsOnlyItsSession_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("logLine");

    QTest::newRow("oversized frame") << QStringLiteral("oversized@test") << QStringLiteral("protocolError")
                                     << QByteArray("frame payload of 2097152 bytes exceeds the maximum of 1048576 bytes");
    QTest::newRow("malformed frame") << QStringLiteral("malformed@test") << QStringLiteral("protocolError") << QByteArray("malformed frame of 16 bytes");
    QTest::newRow("array frame") << QStringLiteral("notobject@test") << QStringLiteral("protocolError") << QByteArray("JSON value is an array, not an object");
    QTest::newRow("truncated frame") << QStringLiteral("truncated@test") << QStringLiteral("protocolError")
                                     << QByteArray("stream ended inside a length prefix");
    QTest::newRow("crash") << QStringLiteral("crash@test") << QStringLiteral("linkerCrashed") << QByteArray("lost its linker: linker killed by signal 6");
}

void ServerProcessTest::brokenLinkerEndsOnlyItsSession()
{
    QFETCH(QString, jid);
    QFETCH(QString, reason);
    QFETCH(QByteArray, logLine);

    Tab good(m_server.origin(), sessionCookie(signIn(m_server.port(), QStringLiteral("good@test"))));
    QVERIFY(good.open(m_server.port()));
    QCOMPARE(good.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));

    // The broken linker goes online, then breaks when its tabs open.
    const QByteArray brokenCookie = sessionCookie(signIn(m_server.port(), jid));
    QVERIFY(!brokenCookie.isEmpty());
    Tab broken(m_server.origin(), brokenCookie);
    QVERIFY(broken.open(m_server.port()));
    const QJsonObject ended = broken.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!ended.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(broken.waitForDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains(logLine), MessageTimeoutMs);

    // The broken linker is gone: killed by the server, or exited by itself. Its cookie is forgotten.
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(%1\\)").arg(QRegularExpression::escape(jid)));
    QVERIFY(!pids.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.last()), MessageTimeoutMs);
    Tab afterwards(m_server.origin(), brokenCookie);
    QVERIFY(!afterwards.open(m_server.port()));

    // The other session still routes both ways.
    QCOMPARE(good.echo(jid).value(QStringLiteral("text")).toString(), jid);
    QCOMPARE(good.socket().state(), QAbstractSocket::ConnectedState);
}

void ServerProcessTest::killedLinkerEndsEveryTab()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@killed")));
    Tab first(m_server.origin(), cookie);
    Tab second(m_server.origin(), cookie);
    QVERIFY(first.open(m_server.port()));
    QVERIFY(second.open(m_server.port()));
    const qint64 pid = qint64(first.echo(QStringLiteral("ready")).value(QStringLiteral("pid")).toDouble());
    QVERIFY(pid > 0);

    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    for (Tab *tab : {&first, &second}) {
        QCOMPARE(tab->take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("linkerCrashed"));
        QVERIFY(tab->waitForDisconnected());
    }
    QTRY_VERIFY(m_server.log().contains("(good@killed) lost its linker: linker killed by signal 9"));
    Tab afterwards(m_server.origin(), cookie);
    QVERIFY(!afterwards.open(m_server.port()));
}

void ServerProcessTest::signOutEndsSession()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@signout")));
    Tab tab(m_server.origin(), cookie);
    Tab other(m_server.origin(), cookie);
    QVERIFY(tab.open(m_server.port()));
    QVERIFY(other.open(m_server.port()));
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());

    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
    for (Tab *each : {&tab, &other}) {
        QCOMPARE(each->take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("signedOut"));
        QVERIFY(each->waitForDisconnected());
    }
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@signout\\)"));
    QCOMPARE(pids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.first()), MessageTimeoutMs);

    Tab afterwards(m_server.origin(), cookie);
    QVERIFY(!afterwards.open(m_server.port()));
}

void ServerProcessTest::deleteEndsSession()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@delete")));
    Tab tab(m_server.origin(), cookie);
    QVERIFY(tab.open(m_server.port()));
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@delete\\)"));
    QCOMPARE(pids.size(), 1);

    const QByteArray cookieHeader = "Cookie: " + cookie + "\r\n";
    // Another site cannot sign the user out.
    const QByteArray crossOrigin = exchange(m_server.port(), apiRequest(m_server.port(), "DELETE", "/api/session", {}, cookieHeader, "http://evil.example"));
    QCOMPARE(statusLine(crossOrigin), QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(tab.echo(QStringLiteral("still signed in")).value(QStringLiteral("text")).toString(), QStringLiteral("still signed in"));

    const QByteArray response = exchange(m_server.port(), apiRequest(m_server.port(), "DELETE", "/api/session", {}, cookieHeader));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(TestHttp::header(response, "Set-Cookie"), QByteArray("salon_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"));
    QCOMPARE(tab.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("signedOut"));
    QVERIFY(tab.waitForDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.first()), MessageTimeoutMs);

    const QByteArray query = exchange(m_server.port(), apiRequest(m_server.port(), "GET", "/api/session", {}, cookieHeader));
    QCOMPARE(statusLine(query), QByteArray("HTTP/1.1 401 Unauthorized"));
}

void ServerProcessTest::floodingTabClosed()
{
    const QByteArray cookie = sessionCookie(signIn(m_server.port(), QStringLiteral("good@flood")));
    Tab flooding(m_server.origin(), cookie);
    Tab quiet(m_server.origin(), cookie);
    QVERIFY(flooding.open(m_server.port()));
    QVERIFY(quiet.open(m_server.port()));

    // Far more than the burst of 400 frames, faster than 200 frames per second.
    for (int i = 0; i < 2000 && flooding.socket().state() == QAbstractSocket::ConnectedState; ++i) {
        flooding.socket().sendTextMessage(QStringLiteral("{\"type\":\"echo\",\"text\":\"flood\"}"));
    }
    QCOMPARE(flooding.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("tabFlooding"));
    QVERIFY(flooding.waitForDisconnected());
    QTRY_VERIFY(m_server.log().contains("closed: more than 200 frames per second with a burst of 400"));

    // The session and its other tab stay.
    QCOMPARE(quiet.echo(QStringLiteral("calm")).value(QStringLiteral("text")).toString(), QStringLiteral("calm"));
    Tab next(m_server.origin(), cookie);
    QVERIFY(next.open(m_server.port()));
}

void ServerProcessTest::sessionLimit()
{
    ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--max-sessions"), QStringLiteral("1")}));

    const QByteArray first = signIn(server.port(), QStringLiteral("good@test"));
    QCOMPARE(statusLine(first), QByteArray("HTTP/1.1 200 OK"));

    const QByteArray second = signIn(server.port(), QStringLiteral("good@test"));
    QCOMPARE(statusLine(second), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QCOMPARE(jsonBody(second).value(QStringLiteral("error")).toString(), QStringLiteral("serverFull"));
    QVERIFY(TestHttp::header(second, "Set-Cookie").isNull());

    // Once the first session has ended and its linker has exited, its slot is free again.
    const QByteArray cookieHeader = "Cookie: " + sessionCookie(first) + "\r\n";
    QCOMPARE(statusLine(exchange(server.port(), apiRequest(server.port(), "DELETE", "/api/session", {}, cookieHeader))), QByteArray("HTTP/1.1 200 OK"));
    const QList<qint64> pids = server.linkerPids(QStringLiteral("session \\d+ \\(good@test\\)"));
    QCOMPARE(pids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QStringLiteral("linker %1 exited").arg(pids.first()).toUtf8()), MessageTimeoutMs);
    QCOMPARE(statusLine(signIn(server.port(), QStringLiteral("good@test"))), QByteArray("HTTP/1.1 200 OK"));

    QCOMPARE(server.terminate(), 0);
}

void ServerProcessTest::realLinkerAgainstProsody()
{
    TestXmppServer xmpp;
    const QString accountPassword = QStringLiteral("real-linker-pw-5e0b7f");
    QVERIFY(xmpp.addAccount(QStringLiteral("alice"), accountPassword));
    QVERIFY2(xmpp.start(), qPrintable(xmpp.lastError()));

    ServerProcess server;
    QVERIFY(server.start(QStringList{QStringLiteral("--linker"), QStringLiteral(SALON_LINKER_PATH)} + TestServerProcess::xmppArguments(xmpp)));
    const quint16 port = server.port();
    const QString jid = xmpp.jid(QStringLiteral("alice"));

    const QByteArray rejected = exchange(port, apiRequest(port, "POST", "/api/session", signInBody(jid, QStringLiteral("not-the-password"))));
    QCOMPARE(statusLine(rejected), QByteArray("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(jsonBody(rejected).value(QStringLiteral("error")).toString(), QStringLiteral("wrongPassword"));
    QVERIFY(TestHttp::header(rejected, "Set-Cookie").isNull());

    const QByteArray response = exchange(port, apiRequest(port, "POST", "/api/session", signInBody(jid, accountPassword)));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    const QByteArray cookie = sessionCookie(response);
    Tab first(server.origin(), cookie);
    Tab second(server.origin(), cookie);
    QVERIFY(first.open(server.port()));
    QVERIFY(second.open(server.port()));
    for (Tab *tab : {&first, &second}) {
        QCOMPARE(tab->take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));
        QCOMPARE(tab->take(QStringLiteral("model")).value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    }
    const QList<qint64> pids = server.linkerPids(QStringLiteral("session \\d+ \\(%1\\)").arg(QRegularExpression::escape(jid)));
    QCOMPARE(pids.size(), 2);

    const QByteArray signOut = exchange(port, apiRequest(port, "DELETE", "/api/session", {}, "Cookie: " + cookie + "\r\n"));
    QCOMPARE(statusLine(signOut), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(first.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("signedOut"));
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.last()), MessageTimeoutMs);
    QCOMPARE(server.terminate(), 0);

    // The daemon's log, with the linkers' lines at debug level, never contains the passwords.
    QVERIFY(server.log().contains(QStringLiteral("[linker %1]").arg(pids.last()).toUtf8()));
    QVERIFY(!server.log().contains(accountPassword.toUtf8()));
    QVERIFY(!server.log().contains("not-the-password"));
}

void ServerProcessTest::connectionsDoNotLeak()
{
    ServerProcess server;
    QVERIFY(server.start());
    const QStringList openFilesAtStart = server.openFiles();
    QVERIFY(!openFilesAtStart.isEmpty());

    for (int i = 0; i < 20; ++i) {
        QCOMPARE(statusLine(exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(statusLine(exchange(server.port(), "GET /.. HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")), QByteArray("HTTP/1.1 400 Bad Request"));

        Tab rejected(server.origin());
        QVERIFY(!rejected.open(server.port()));

        const QByteArray cookie = sessionCookie(signIn(server.port(), QStringLiteral("good@test")));
        Tab signedIn(server.origin(), cookie);
        QVERIFY(signedIn.open(server.port()));
        QVERIFY(!signedIn.take(QStringLiteral("account")).isEmpty());
        signedIn.socket().close();
        QVERIFY(signedIn.waitForDisconnected());
        const QByteArray signOut = exchange(server.port(), apiRequest(server.port(), "DELETE", "/api/session", {}, "Cookie: " + cookie + "\r\n"));
        QCOMPARE(statusLine(signOut), QByteArray("HTTP/1.1 200 OK"));
    }

    // Sockets and linker pipes are all closed again once the linkers have exited.
    QElapsedTimer timer;
    timer.start();
    while (server.openFiles().size() != openFilesAtStart.size() && timer.elapsed() < MessageTimeoutMs) {
        QTest::qWait(50);
    }
    const QStringList openFilesAtEnd = server.openFiles();
    QVERIFY2(openFilesAtEnd.size() == openFilesAtStart.size(),
             qPrintable(QStringLiteral("open at start: %1\nopen at end: %2\nlog: %3")
                            .arg(openFilesAtStart.join(QLatin1Char(' ')), openFilesAtEnd.join(QLatin1Char(' ')), QString::fromUtf8(server.log().right(3000)))));
    QCOMPARE(server.terminate(), 0);
}

void ServerProcessTest::eventDispatcherSelection()
{
    // Every other case runs on the epoll dispatcher, the default.
    QVERIFY(m_server.log().contains("Event dispatcher of the main thread: epoll"));

    // SALON_EVENT_DISPATCHER=qt selects Qt's own, and frames still travel both ways.
    qputenv("SALON_EVENT_DISPATCHER", "qt");
    ServerProcess qtServer;
    const bool started = qtServer.start();
    qunsetenv("SALON_EVENT_DISPATCHER");
    QVERIFY(started);
    QVERIFY2(qtServer.log().contains("Event dispatcher of the main thread: Qt's own"), qtServer.log().constData());
    {
        const QByteArray response = signIn(qtServer.port(), QStringLiteral("good@qt-dispatcher"));
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
        Tab tab(qtServer.origin(), sessionCookie(response));
        QVERIFY(tab.open(qtServer.port()));
        QCOMPARE(tab.echo(QStringLiteral("over Qt's dispatcher")).value(QStringLiteral("text")).toString(), QStringLiteral("over Qt's dispatcher"));
    }
    QCOMPARE(qtServer.terminate(), 0);

    // An unknown value stops the server before it listens.
    QProcess invalid;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SALON_EVENT_DISPATCHER"), QStringLiteral("poll"));
    invalid.setProcessEnvironment(environment);
    invalid.start(QStringLiteral(SALON_SERVER_PATH), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(invalid.waitForFinished(10000));
    QCOMPARE(invalid.exitStatus(), QProcess::NormalExit);
    QCOMPARE(invalid.exitCode(), 1);
    const QByteArray error = invalid.readAllStandardError();
    QVERIFY2(error.contains("invalid SALON_EVENT_DISPATCHER value \"poll\"; expected epoll or qt"), error.constData());
}

void ServerProcessTest::shutdownEndsSessions()
{
    ServerProcess server;
    QVERIFY(server.start());

    Tab tab(server.origin(), sessionCookie(signIn(server.port(), QStringLiteral("good@test"))));
    QVERIFY(tab.open(server.port()));
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());
    const QList<qint64> pids = server.linkerPids(QStringLiteral("session \\d+ \\(good@test\\)"));
    QCOMPARE(pids.size(), 1);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(server.terminate(), 0);
    // The linker exits on signOut at once, so the server does not wait for the kill timeout.
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!processExists(pids.first()));

    QCOMPARE(tab.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("serverShutdown"));
    QVERIFY(server.log().contains("All sessions ended; stopped"));
}

QTEST_GUILESS_MAIN(ServerProcessTest)
#include "ServerProcessTest.moc"
