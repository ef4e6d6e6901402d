// salon-server tested as a user meets it: a process on a loopback port that
// the system chooses, spoken to over raw TCP and WebSockets.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int MessageTimeoutMs = 10000;
// The request timeout given to the servers under test.
constexpr int RequestTimeoutMs = 800;
const QString password = QStringLiteral("correct horse battery staple");

/// A salon-server process with its log.
class ServerProcess
{
public:
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &extraArguments = {})
    {
        m_process.setProgram(QStringLiteral(SALON_SERVER_PATH));
        m_process.setArguments(QStringList{
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
        m_process.setReadChannel(QProcess::StandardError);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            m_log += m_process.readAllStandardError();
        });
        m_process.start();
        if (!m_process.waitForStarted(StartTimeoutMs)) {
            qWarning() << "salon-server did not start:" << m_process.errorString();
            return false;
        }

        // With port 0 the system chooses the port, and the server logs it.
        static const QRegularExpression listening(QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)/"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < StartTimeoutMs && m_process.state() == QProcess::Running) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_log));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            m_process.waitForReadyRead(100);
            m_log += m_process.readAllStandardError();
        }
        qWarning() << "salon-server did not report its port; log:" << m_log;
        return false;
    }

    /// Sends SIGTERM and returns the exit code, or -1 if the server did not exit in time.
    int terminate(int timeoutMs = 10000)
    {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs)) {
            return -1;
        }
        m_log += m_process.readAllStandardError();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    quint16 port() const
    {
        return m_port;
    }

    /// Targets of the file descriptors the server has open, such as "socket:[1234]".
    QStringList openFiles() const
    {
        const QDir folder(QStringLiteral("/proc/%1/fd").arg(m_process.processId()));
        QStringList targets;
        const QFileInfoList entries = folder.entryInfoList(QDir::NoDotAndDotDot | QDir::System | QDir::Files);
        for (const QFileInfo &entry : entries) {
            targets.append(entry.symLinkTarget().isEmpty() ? QFile::symLinkTarget(entry.filePath()) : entry.symLinkTarget());
        }
        return targets;
    }

    QString origin() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    }

    QByteArray log() const
    {
        return m_log;
    }

    /// Process ids of the linkers the server started for \a sessionLabelPattern, such as "session \\d+ \\(good@test\\)".
    QList<qint64> linkerPids(const QString &sessionLabelPattern) const
    {
        const QRegularExpression started(sessionLabelPattern + QStringLiteral(" started linker (\\d+)"));
        QList<qint64> pids;
        auto matches = started.globalMatch(QString::fromUtf8(m_log));
        while (matches.hasNext()) {
            pids.append(matches.next().captured(1).toLongLong());
        }
        return pids;
    }

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
};

/// A browser tab's WebSocket: collects the messages it receives.
class Tab
{
public:
    explicit Tab(const QString &origin = {})
        : m_socket(origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
    }

    /// Opens the socket; returns false if the handshake fails or times out.
    bool open(const ServerProcess &server)
    {
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port())));
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.state() != QAbstractSocket::UnconnectedState
               && timer.elapsed() < MessageTimeoutMs) {
            QTest::qWait(10);
        }
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }

    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    void signIn(const QString &jid)
    {
        send(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("signIn")},
            {QStringLiteral("jid"), jid},
            {QStringLiteral("password"), password},
        });
    }

    /// Waits for the next message of \a type and removes it and the messages before it.
    QJsonObject take(const QString &type)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            for (int i = 0; i < m_messages.size(); ++i) {
                if (m_messages.at(i).value(QStringLiteral("type")).toString() == type) {
                    const QJsonObject message = m_messages.at(i);
                    m_messages.erase(m_messages.begin(), m_messages.begin() + i + 1);
                    return message;
                }
            }
            if (timer.elapsed() > MessageTimeoutMs) {
                return {};
            }
            QTest::qWait(20);
        }
    }

    bool waitForDisconnected()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState) {
            return true;
        }
        QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
        return disconnected.wait(MessageTimeoutMs) || !disconnected.isEmpty();
    }

    QWebSocket &socket()
    {
        return m_socket;
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
};

/// Sends \a request over a new TCP connection and returns everything the server sends until it closes,
/// or only the response head if \a headOnly is set.
QByteArray exchange(quint16 port, const QByteArray &request, bool headOnly = false)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write(request);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        response += socket.readAll();
        if (headOnly && response.contains("\r\n\r\n")) {
            return response;
        }
    }
    return response + socket.readAll();
}

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

QByteArray responseHeader(const QByteArray &response, const QByteArray &name)
{
    const QList<QByteArray> lines = response.left(response.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

QByteArray responseBody(const QByteArray &response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

bool processExists(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    // A zombie has exited; only its parent has not reaped it yet.
    return !status.readAll().contains("State:\tZ");
}

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
    void sameOriginUpgradeAccepted();
    void oversizedWebSocketMessageClosesSocket();
    void nonObjectMessageClosesSocket();
    void requestBeforeSignIn();
    void sessionRoutesBothWays();
    void secondSignInRejected();
    void brokenLinkerEndsOnlyItsSession_data();
    void brokenLinkerEndsOnlyItsSession();
    void failedSignInEndsSession();
    void signOutEndsSession();
    void closedSocketStopsLinker();
    void sessionLimit();
    void connectionsDoNotLeak();
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
    QCOMPARE(responseHeader(response, "Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(responseHeader(response, "X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(responseHeader(response, "Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(responseHeader(response, "Content-Length"), QByteArray::number(expected.size()));
    QCOMPARE(responseBody(response), expected);

    const QByteArray byName = exchange(m_server.port(), "GET /index.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(responseBody(byName), expected);
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
    QCOMPARE(responseHeader(response, "Content-Type"), QByteArray("text/css; charset=utf-8"));
    QCOMPARE(responseBody(response), style.readAll());
}

void ServerProcessTest::headWithoutBody()
{
    const QByteArray response = exchange(m_server.port(), "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(responseHeader(response, "Content-Length").toInt() > 0);
    QVERIFY(responseBody(response).isEmpty());
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
    QCOMPARE(responseHeader(response, "Connection"), QByteArray("close"));
    QCOMPARE(responseHeader(response, "Allow"), expectedAllow);
    QCOMPARE(responseBody(response), expectedStatus + '\n');

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
    const QByteArray response = exchange(m_server.port(), upgradeRequest(m_server.port(), "http://evil.example"));
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 403 Forbidden"));
    QTRY_VERIFY(m_server.log().contains("cross-origin WebSocket upgrade from http://evil.example"));

    const QByteArray otherPort = exchange(m_server.port(), upgradeRequest(m_server.port(), "http://127.0.0.1:1"));
    QCOMPARE(statusLine(otherPort), QByteArray("HTTP/1.1 403 Forbidden"));

    Tab tab(QStringLiteral("http://evil.example"));
    QVERIFY(!tab.open(m_server));
}

void ServerProcessTest::sameOriginUpgradeAccepted()
{
    // The connection stays open as a WebSocket, so only the response head is read.
    const QByteArray response = exchange(m_server.port(), upgradeRequest(m_server.port(), m_server.origin().toUtf8()), true);
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 101 Switching Protocols"));
    // RFC 6455, section 1.3: the accept value for the key "dGhlIHNhbXBsZSBub25jZQ==".
    QCOMPARE(responseHeader(response, "Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));
    Tab withoutOrigin;
    QVERIFY(withoutOrigin.open(m_server));
}

void ServerProcessTest::oversizedWebSocketMessageClosesSocket()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));

    tab.socket().sendTextMessage(QStringLiteral("{\"type\":\"x\",\"pad\":\"%1\"}").arg(QString(70 * 1024, QLatin1Char('p'))));
    QVERIFY(tab.waitForDisconnected());
    QCOMPARE(tab.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
}

void ServerProcessTest::nonObjectMessageClosesSocket()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));

    tab.socket().sendTextMessage(QStringLiteral("[\"signIn\"]"));
    const QJsonObject ended = tab.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("protocolError"));
    QVERIFY(tab.waitForDisconnected());
}

void ServerProcessTest::requestBeforeSignIn()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));

    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("echo")}});
    const QJsonObject error = tab.take(QStringLiteral("error"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signIn")}});
    QVERIFY(!tab.take(QStringLiteral("error")).isEmpty());
    QCOMPARE(tab.socket().state(), QAbstractSocket::ConnectedState);
}

void ServerProcessTest::sessionRoutesBothWays()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));
    tab.signIn(QStringLiteral("good@test"));

    const QJsonObject account = tab.take(QStringLiteral("account"));
    QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    const QJsonObject snapshot = tab.take(QStringLiteral("model"));
    QCOMPARE(snapshot.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    QCOMPARE(snapshot.value(QStringLiteral("rows")).toArray().size(), 1);

    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("echo")}, {QStringLiteral("text"), QStringLiteral("héllo")}});
    const QJsonObject echo = tab.take(QStringLiteral("echo"));
    QCOMPARE(echo.value(QStringLiteral("text")).toString(), QStringLiteral("héllo"));

    // Connection settings reach the linker as arguments; the password only in the signIn frame.
    const QJsonArray arguments = echo.value(QStringLiteral("arguments")).toArray();
    QVERIFY(arguments.contains(QStringLiteral("--xmpp-host")));
    QVERIFY(arguments.contains(QStringLiteral("xmpp.example.org")));
    QVERIFY(arguments.contains(QStringLiteral("15222")));
    QCOMPARE(echo.value(QStringLiteral("passwordLeaked")).toBool(true), false);

    // The linker's standard error reaches the server's log, tagged with the linker's process id.
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@test\\)"));
    QVERIFY(!pids.isEmpty());
    QTRY_VERIFY(m_server.log().contains(QStringLiteral("[linker %1] fake linker for good@test behaves as good").arg(pids.last()).toUtf8()));
}

void ServerProcessTest::secondSignInRejected()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));
    tab.signIn(QStringLiteral("good@test"));
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());

    tab.signIn(QStringLiteral("good@other"));
    QVERIFY(!tab.take(QStringLiteral("error")).isEmpty());
    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("echo")}, {QStringLiteral("text"), QStringLiteral("still here")}});
    QCOMPARE(tab.take(QStringLiteral("echo")).value(QStringLiteral("text")).toString(), QStringLiteral("still here"));
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
    QTest::newRow("crash") << QStringLiteral("crash@test") << QStringLiteral("linkerCrashed") << QByteArray("was killed by signal 6");
}

void ServerProcessTest::brokenLinkerEndsOnlyItsSession()
{
    QFETCH(QString, jid);
    QFETCH(QString, reason);
    QFETCH(QByteArray, logLine);

    Tab good(m_server.origin());
    QVERIFY(good.open(m_server));
    good.signIn(QStringLiteral("good@test"));
    QCOMPARE(good.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));

    Tab broken(m_server.origin());
    QVERIFY(broken.open(m_server));
    broken.signIn(jid);
    const QJsonObject ended = broken.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!ended.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(broken.waitForDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains(logLine), MessageTimeoutMs);

    // The broken linker is gone: killed by the server, or exited by itself.
    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(%1\\)").arg(QRegularExpression::escape(jid)));
    QVERIFY(!pids.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pids.last()), MessageTimeoutMs);

    // The other session still routes both ways.
    good.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("echo")}, {QStringLiteral("text"), jid}});
    QCOMPARE(good.take(QStringLiteral("echo")).value(QStringLiteral("text")).toString(), jid);
    QCOMPARE(good.socket().state(), QAbstractSocket::ConnectedState);
}

void ServerProcessTest::failedSignInEndsSession()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));
    tab.signIn(QStringLiteral("failed@test"));

    // The account message reaches the browser before the session ends.
    const QJsonObject account = tab.take(QStringLiteral("account"));
    QCOMPARE(account.value(QStringLiteral("error")).toString(), QStringLiteral("wrongPassword"));
    const QJsonObject ended = tab.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("signInFailed"));
    QVERIFY(tab.waitForDisconnected());

    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(failed@test\\)"));
    QVERIFY(!pids.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.last()).toUtf8()), MessageTimeoutMs);
}

void ServerProcessTest::signOutEndsSession()
{
    Tab tab(m_server.origin());
    QVERIFY(tab.open(m_server));
    tab.signIn(QStringLiteral("good@test"));
    QVERIFY(!tab.take(QStringLiteral("account")).isEmpty());

    tab.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
    const QJsonObject ended = tab.take(QStringLiteral("sessionEnded"));
    QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("signedOut"));
    QVERIFY(tab.waitForDisconnected());
}

void ServerProcessTest::closedSocketStopsLinker()
{
    auto tab = std::make_unique<Tab>(m_server.origin());
    QVERIFY(tab->open(m_server));
    tab->signIn(QStringLiteral("good@closing"));
    QVERIFY(!tab->take(QStringLiteral("account")).isEmpty());

    const QList<qint64> pids = m_server.linkerPids(QStringLiteral("session \\d+ \\(good@closing\\)"));
    QCOMPARE(pids.size(), 1);
    QVERIFY(processExists(pids.first()));

    tab->socket().close();
    QVERIFY(tab->waitForDisconnected());
    tab.reset();

    // The linker gets signOut and exits by itself, well before the server would kill it.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains(QStringLiteral("linker %1 exited with status 0").arg(pids.first()).toUtf8()), MessageTimeoutMs);
    QTRY_VERIFY(!processExists(pids.first()));
}

void ServerProcessTest::sessionLimit()
{
    ServerProcess server;
    QVERIFY(server.start({QStringLiteral("--max-sessions"), QStringLiteral("1")}));

    Tab first(server.origin());
    QVERIFY(first.open(server));
    first.signIn(QStringLiteral("good@test"));
    QVERIFY(!first.take(QStringLiteral("account")).isEmpty());

    Tab second(server.origin());
    QVERIFY(second.open(server));
    second.signIn(QStringLiteral("good@test"));
    QCOMPARE(second.take(QStringLiteral("sessionEnded")).value(QStringLiteral("reason")).toString(), QStringLiteral("serverFull"));

    // Once the first session has ended, its slot is free again.
    first.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
    QVERIFY(!first.take(QStringLiteral("sessionEnded")).isEmpty());
    Tab third(server.origin());
    QVERIFY(third.open(server));
    third.signIn(QStringLiteral("good@test"));
    QCOMPARE(third.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));

    QCOMPARE(server.terminate(), 0);
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

        Tab idle(server.origin());
        QVERIFY(idle.open(server));
        idle.socket().close();
        QVERIFY(idle.waitForDisconnected());

        Tab signedIn(server.origin());
        QVERIFY(signedIn.open(server));
        signedIn.signIn(QStringLiteral("good@test"));
        QVERIFY(!signedIn.take(QStringLiteral("account")).isEmpty());
        signedIn.socket().close();
        QVERIFY(signedIn.waitForDisconnected());
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

void ServerProcessTest::shutdownEndsSessions()
{
    ServerProcess server;
    QVERIFY(server.start());

    Tab tab(server.origin());
    QVERIFY(tab.open(server));
    tab.signIn(QStringLiteral("good@test"));
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
