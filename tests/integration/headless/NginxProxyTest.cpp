// salon-server behind the nginx example of packaging/nginx, both started as
// real processes on loopback ports chosen at run time. The test derives its
// nginx configuration from the example by replacing ports, paths and the
// certificate, so the example itself is what is tested.

#include "TestCertificates.h"
#include "TestHttp.h"
#include "TestServerProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int ResponseTimeoutMs = 10000;
// A documentation address (RFC 5737) that the test client claims through a test-only header, as a remote client.
const QByteArray remoteClientAddress = QByteArrayLiteral("192.0.2.10");

/// Status code, header fields and body of one HTTP response.
struct Response {
    int statusCode = 0;
    QByteArray body;
    QByteArray raw;

    QByteArray header(const QByteArray &name) const
    {
        return TestHttp::header(raw, name);
    }
};

Response parseResponse(const QByteArray &raw)
{
    Response response;
    response.raw = raw;
    if (!raw.contains("\r\n\r\n")) {
        return response;
    }
    response.statusCode = TestHttp::statusCode(raw);
    response.body = TestHttp::body(raw);
    return response;
}

/// A text frame with \a payload of less than 126 bytes, masked with the 4 bytes of \a mask as a client sends it (RFC 6455, section 5.3).
QByteArray maskedTextFrame(const QByteArray &payload, const QByteArray &mask)
{
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | payload.size()));
    frame.append(mask);
    for (int i = 0; i < payload.size(); ++i) {
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    }
    return frame;
}

/// Reads from \a socket until a response head is complete or the response timeout passes, and returns what arrived.
QByteArray readResponseHead(QAbstractSocket *socket)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!received.contains("\r\n\r\n") && timer.elapsed() < ResponseTimeoutMs) {
        socket->waitForReadyRead(100);
        received += socket->readAll();
    }
    return received;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return server.serverPort();
}

/// A salon-server process with the fake linker, on a port that the system chooses.
class ServerProcess : public TestServerProcess
{
public:
    ServerProcess()
        : TestServerProcess(QStringLiteral(SALON_SERVER_PATH))
    {
    }

    bool start(const QString &databaseUrl)
    {
        return TestServerProcess::start({
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--linker"),
            QStringLiteral(SALON_FAKE_LINKER_PATH),
            QStringLiteral("--database"),
            databaseUrl,
            // As docs/reverse-proxy.md sets it up. Only ::1 may read /metrics, so that a client
            // that nginx lets through (127.0.0.1) is forbidden by salon-server itself.
            QStringLiteral("--trusted-proxies"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--metrics-allowed"),
            QStringLiteral("::1"),
        });
    }
};

} // namespace

class NginxProxyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exampleConfigurationIsValid();
    void plainHttpRedirectsToHttps();
    void staticPageThroughProxy();
    void healthThroughProxy();
    void metricsForAllowedClient();
    void metricsForbiddenByDaemon();
    void metricsForbiddenByNginx();
    void largeRequestBodyRejected();
    void webSocketUpgradeReachesDaemon();
    void signedInTabThroughProxy();

private:
    QString nginxPath() const;
    bool writeConfiguration(QString *error);
    QStringList nginxArguments() const;
    bool startNginx(QString *error);
    bool stopNginx();

    QSslSocket *connectTls();
    Response exchangeTls(const QByteArray &request);
    QByteArray hostHeader() const;

    QTemporaryDir m_directory;
    std::unique_ptr<TestCertificates> m_certificates;
    ServerProcess m_server;
    QProcess m_nginx;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
};

QString NginxProxyTest::nginxPath() const
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    return path.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nginx")) : path;
}

void NginxProxyTest::initTestCase()
{
    if (nginxPath().isEmpty()) {
        QSKIP("nginx is not installed: install the Debian package nginx-light (./dev deps) to run this test");
    }
    QVERIFY2(m_directory.isValid(), qPrintable(m_directory.errorString()));

    m_certificates = std::make_unique<TestCertificates>(m_directory.filePath(QStringLiteral("certificates")));
    QVERIFY2(m_certificates->create(), qPrintable(m_certificates->lastError()));

    QVERIFY(m_server.start(QStringLiteral("sqlite:") + m_directory.filePath(QStringLiteral("cache.sqlite"))));

    // Another process may take a port between freePort() and nginx's start, so a few fresh pairs are tried.
    QString error;
    bool started = false;
    for (int attempt = 0; attempt < 3 && !started; ++attempt) {
        QVERIFY2(writeConfiguration(&error), qPrintable(error));
        started = startNginx(&error);
        if (!started && !error.contains(QLatin1String("Address already in use"))) {
            break;
        }
    }
    QVERIFY2(started, qPrintable(error));
}

void NginxProxyTest::cleanupTestCase()
{
    QVERIFY(stopNginx());
    QVERIFY2(m_server.stop(), m_server.log().constData());
}

bool NginxProxyTest::writeConfiguration(QString *error)
{
    QFile example(QStringLiteral(SALON_NGINX_EXAMPLE));
    if (!example.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(example.fileName(), example.errorString());
        return false;
    }
    QString site = QString::fromUtf8(example.readAll());

    m_httpPort = freePort();
    m_httpsPort = freePort();
    const QString folder = m_directory.path();

    // Each replaced text must be in the example, so the example and this test cannot drift apart.
    const QList<QPair<QString, QString>> replacements = {
        {QStringLiteral("    listen [::]:80;\n"), QString()},
        {QStringLiteral("    listen [::]:443 ssl http2;\n"), QString()},
        {QStringLiteral("listen 80;"), QStringLiteral("listen 127.0.0.1:%1;").arg(m_httpPort)},
        {QStringLiteral("listen 443 ssl http2;"), QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_httpsPort)},
        {QStringLiteral("server 127.0.0.1:8080;"), QStringLiteral("server 127.0.0.1:%1;").arg(m_server.port())},
        {QStringLiteral("/etc/letsencrypt/live/salon.example.org/fullchain.pem"), m_certificates->certificatePath()},
        {QStringLiteral("/etc/letsencrypt/live/salon.example.org/privkey.pem"), m_certificates->keyPath()},
        {QStringLiteral("/var/log/nginx/"), folder + QLatin1Char('/')},
        // Test only: the client may claim another address, so one loopback client can act as a remote one.
        {QStringLiteral("    ssl_protocols TLSv1.2 TLSv1.3;\n"),
         QStringLiteral("    ssl_protocols TLSv1.2 TLSv1.3;\n    set_real_ip_from 127.0.0.1;\n    real_ip_header X-Test-Client-Address;\n")},
    };
    for (const auto &replacement : replacements) {
        if (!site.contains(replacement.first)) {
            *error = QStringLiteral("the nginx example no longer contains \"%1\"; update this test").arg(replacement.first.trimmed());
            return false;
        }
        site.replace(replacement.first, replacement.second);
    }

    // nginx as root switches its workers to another user; root's test folder is private, so they stay root here.
    const QString user = geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    const QString main = QStringLiteral(
                             "daemon off;\n"
                             "%1"
                             "worker_processes 1;\n"
                             "pid %2/nginx.pid;\n"
                             "error_log %2/error.log info;\n"
                             "events {\n    worker_connections 64;\n}\n"
                             "http {\n"
                             "    access_log %2/access.log;\n"
                             "    client_body_temp_path %2/client-body;\n"
                             "    proxy_temp_path %2/proxy;\n"
                             "    fastcgi_temp_path %2/fastcgi;\n"
                             "    uwsgi_temp_path %2/uwsgi;\n"
                             "    scgi_temp_path %2/scgi;\n"
                             "    include %2/salon-server.conf;\n"
                             "}\n")
                             .arg(user, folder);

    for (const auto &file : {qMakePair(QStringLiteral("salon-server.conf"), site), qMakePair(QStringLiteral("nginx.conf"), main)}) {
        QFile output(m_directory.filePath(file.first));
        if (!output.open(QIODevice::WriteOnly) || output.write(file.second.toUtf8()) < 0) {
            *error = QStringLiteral("cannot write %1: %2").arg(output.fileName(), output.errorString());
            return false;
        }
    }
    return true;
}

QStringList NginxProxyTest::nginxArguments() const
{
    // -e sets the error log before the configuration is read, so nginx never opens /var/log/nginx.
    return {QStringLiteral("-p"),
            m_directory.path() + QLatin1Char('/'),
            QStringLiteral("-c"),
            m_directory.filePath(QStringLiteral("nginx.conf")),
            QStringLiteral("-e"),
            m_directory.filePath(QStringLiteral("error.log"))};
}

bool NginxProxyTest::startNginx(QString *error)
{
    const QString pidFile = m_directory.filePath(QStringLiteral("nginx.pid"));
    QFile::remove(pidFile);

    // setpriv replaces itself with nginx, so the process id is nginx's master process. Its
    // parent-death signal stops nginx even if this test is killed.
    m_nginx.setProgram(QStringLiteral("setpriv"));
    m_nginx.setArguments(QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("TERM"), QStringLiteral("--"), nginxPath()} + nginxArguments());
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start();
    if (!m_nginx.waitForStarted(StartTimeoutMs)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_nginx.errorString());
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < StartTimeoutMs && m_nginx.state() == QProcess::Running) {
        // nginx writes its pid file only after it has bound every listening socket.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_httpsPort);
        if (QFile::exists(pidFile) && probe.waitForConnected(200)) {
            return true;
        }
        QTest::qWait(50);
    }

    QFile log(m_directory.filePath(QStringLiteral("error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx did not accept connections on port %1; output: %2; error log: %3")
                 .arg(m_httpsPort)
                 .arg(QString::fromUtf8(m_nginx.readAll()), QString::fromUtf8(log.readAll()));
    return false;
}

bool NginxProxyTest::stopNginx()
{
    if (m_nginx.state() == QProcess::NotRunning) {
        return true;
    }
    // SIGTERM is nginx's fast shutdown; its workers exit with the master.
    m_nginx.terminate();
    if (m_nginx.waitForFinished(StartTimeoutMs)) {
        return true;
    }
    m_nginx.kill();
    m_nginx.waitForFinished(StartTimeoutMs);
    return false;
}

QByteArray NginxProxyTest::hostHeader() const
{
    return "127.0.0.1:" + QByteArray::number(m_httpsPort);
}

QSslSocket *NginxProxyTest::connectTls()
{
    auto *socket = new QSslSocket(this);
    QSslConfiguration configuration = socket->sslConfiguration();
    configuration.setCaCertificates(m_certificates->caCertificates());
    socket->setSslConfiguration(configuration);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_httpsPort);
    if (!socket->waitForEncrypted(ResponseTimeoutMs)) {
        qWarning() << "TLS connection to nginx failed:" << socket->errorString() << socket->sslHandshakeErrors();
        delete socket;
        return nullptr;
    }
    return socket;
}

Response NginxProxyTest::exchangeTls(const QByteArray &request)
{
    std::unique_ptr<QSslSocket> socket(connectTls());
    if (!socket) {
        return {};
    }
    socket->write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < ResponseTimeoutMs) {
        socket->waitForReadyRead(100);
        received += socket->readAll();
    }
    received += socket->readAll();
    return parseResponse(received);
}

void NginxProxyTest::exampleConfigurationIsValid()
{
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(nginxPath(), QStringList{QStringLiteral("-t")} + nginxArguments());
    QVERIFY(check.waitForFinished(StartTimeoutMs));
    const QByteArray output = check.readAll();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("test is successful"), output.constData());
}

void NginxProxyTest::plainHttpRedirectsToHttps()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_httpPort);
    QVERIFY(socket.waitForConnected(ResponseTimeoutMs));
    socket.write("GET /index.html HTTP/1.1\r\nHost: salon.example.org\r\nConnection: close\r\n\r\n");
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(ResponseTimeoutMs)) {
        received += socket.readAll();
    }
    received += socket.readAll();

    const Response response = parseResponse(received);
    QCOMPARE(response.statusCode, 301);
    QCOMPARE(response.header("Location"), QByteArray("https://salon.example.org/index.html"));
}

void NginxProxyTest::staticPageThroughProxy()
{
    QFile index(QStringLiteral(SALON_WEB_DIR "/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));

    const Response response = exchangeTls("GET / HTTP/1.1\r\nHost: " + hostHeader() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 200);
    QVERIFY2(response.header("Content-Type").startsWith("text/html"), response.header("Content-Type").constData());
    QCOMPARE(response.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
    QCOMPARE(response.body, index.readAll());
}

void NginxProxyTest::healthThroughProxy()
{
    const Response response = exchangeTls("GET /healthz HTTP/1.1\r\nHost: " + hostHeader() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(response.body, QByteArray(R"({"status":"ok","database":"ok"})"));
}

void NginxProxyTest::metricsForAllowedClient()
{
    // nginx connects from 127.0.0.1, which may not read /metrics, so a 200 shows that salon-server took the client from X-Forwarded-For.
    const Response response = exchangeTls("GET /metrics HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Test-Client-Address: ::1\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY2(response.body.contains("# TYPE salon_sessions gauge\nsalon_sessions "), response.body.constData());
}

void NginxProxyTest::metricsForbiddenByDaemon()
{
    // nginx lets 127.0.0.1 through, and salon-server forbids it: the response has the daemon's headers, not nginx's HTML page.
    const Response response = exchangeTls("GET /metrics HTTP/1.1\r\nHost: " + hostHeader() + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 403);
    QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(response.body, QByteArray("403 Forbidden\n"));

    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains("GET /metrics 403 client 127.0.0.1 is not allowed to read /metrics"), ResponseTimeoutMs);
}

void NginxProxyTest::metricsForbiddenByNginx()
{
    const Response response = exchangeTls("GET /metrics HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Test-Client-Address: " + remoteClientAddress
                                          + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 403);
    QVERIFY2(response.body.contains("<center>nginx"), response.body.constData());
    QVERIFY2(!response.body.contains("salon_sessions"), response.body.constData());

    // The same remote client still reaches the rest of the site.
    const Response health = exchangeTls("GET /healthz HTTP/1.1\r\nHost: " + hostHeader() + "\r\nX-Test-Client-Address: " + remoteClientAddress
                                        + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(health.statusCode, 200);
}

void NginxProxyTest::largeRequestBodyRejected()
{
    const Response response =
        exchangeTls("POST /api/session HTTP/1.1\r\nHost: " + hostHeader() + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n");
    QCOMPARE(response.statusCode, 413);
}

void NginxProxyTest::webSocketUpgradeReachesDaemon()
{
    std::unique_ptr<QSslSocket> socket(connectTls());
    QVERIFY(socket);

    QByteArray nonce(16, Qt::Uninitialized);
    for (char &byte : nonce) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    const QByteArray key = nonce.toBase64();
    socket->write("GET /ws HTTP/1.1\r\nHost: " + hostHeader() + "\r\nOrigin: https://" + hostHeader()
                  + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + key + "\r\n\r\n");

    const QByteArray received = readResponseHead(socket.get());
    const Response response = parseResponse(received);

    // The daemon either completes the handshake or rejects it itself: nginx's own
    // error pages are HTML and lack the daemon's Cache-Control and nosniff headers.
    if (response.statusCode == 403) {
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(response.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        return;
    }
    QCOMPARE(response.statusCode, 101);
    // RFC 6455, section 4.2.2: only the daemon can compute the accept value from the key.
    const QByteArray expectedAccept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
    QCOMPARE(response.header("Sec-WebSocket-Accept"), expectedAccept);

    // A masked text frame goes through the tunnel, and the daemon's reply comes back.
    const QByteArray payload = R"({"type":"openConversation"})";
    const QByteArray mask = "\x12\x34\x56\x78";
    socket->write(maskedTextFrame(payload, mask));

    QByteArray reply = response.body;
    QElapsedTimer timer;
    timer.start();
    while ((reply.size() < 2 || reply.size() < 2 + (reply.at(1) & 0x7f)) && timer.elapsed() < ResponseTimeoutMs) {
        socket->waitForReadyRead(100);
        reply += socket->readAll();
    }
    QVERIFY2(reply.size() >= 2, reply.toHex().constData());
    QCOMPARE(quint8(reply.at(0)), quint8(0x81));
    const int length = reply.at(1) & 0x7f;
    QVERIFY2(length < 126, "the reply is longer than this test reads");
    QVERIFY2(reply.mid(2, length).contains(R"("type":"error")"), reply.constData());
}

/// Returns the payloads of the complete unmasked server frames at the start of \a data and removes those frames from \a data.
static QList<QByteArray> takeServerFrames(QByteArray *data)
{
    QList<QByteArray> payloads;
    for (;;) {
        if (data->size() < 2) {
            return payloads;
        }
        qint64 length = quint8(data->at(1)) & 0x7f;
        int headerSize = 2;
        if (length == 126) {
            if (data->size() < 4) {
                return payloads;
            }
            length = (quint8(data->at(2)) << 8) | quint8(data->at(3));
            headerSize = 4;
        } else if (length == 127) {
            // Longer than this test's messages; a sign of a broken stream.
            payloads.append(QByteArray());
            data->clear();
            return payloads;
        }
        if (data->size() < headerSize + length) {
            return payloads;
        }
        payloads.append(data->mid(headerSize, int(length)));
        data->remove(0, headerSize + int(length));
    }
}

void NginxProxyTest::signedInTabThroughProxy()
{
    const QByteArray body = R"({"jid":"good@test","password":"proxy-pw-1c9d"})";
    const QByteArray signInRequest = "POST /api/session HTTP/1.1\r\nHost: " + hostHeader() + "\r\nOrigin: https://" + hostHeader()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    const Response signIn = exchangeTls(signInRequest);
    QVERIFY2(signIn.statusCode == 200, signIn.raw.constData());
    // nginx sets X-Forwarded-Proto https, which the daemon trusts from 127.0.0.1.
    const QByteArray setCookie = signIn.header("Set-Cookie");
    QVERIFY2(setCookie.endsWith("; HttpOnly; SameSite=Strict; Secure"), setCookie.constData());
    const QByteArray cookie = setCookie.split(';').constFirst();
    QVERIFY(cookie.startsWith("salon_session="));

    // The same sign-in straight to the daemon over plain HTTP gets a cookie without Secure.
    const QByteArray directReceived = TestHttp::exchange(m_server.port(),
                                                         TestHttp::apiRequest(m_server.port(), "POST", "/api/session", body, "Connection: close\r\n"),
                                                         ResponseTimeoutMs);
    const Response directSignIn = parseResponse(directReceived);
    QVERIFY2(directSignIn.statusCode == 200, directSignIn.raw.constData());
    QVERIFY2(directSignIn.header("Set-Cookie").endsWith("; HttpOnly; SameSite=Strict"), directSignIn.raw.constData());
    QVERIFY(!directSignIn.header("Set-Cookie").contains("Secure"));

    // The WebSocket with the cookie through nginx is a tab of the session.
    std::unique_ptr<QSslSocket> socket(connectTls());
    QVERIFY(socket);
    const QByteArray key = QByteArrayLiteral("c2Fsb24tbmdpbngtdGFiIQ==");
    socket->write("GET /ws HTTP/1.1\r\nHost: " + hostHeader() + "\r\nOrigin: https://" + hostHeader() + "\r\nCookie: " + cookie
                  + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + key + "\r\n\r\n");
    const QByteArray received = readResponseHead(socket.get());
    const Response upgrade = parseResponse(received);
    QVERIFY2(upgrade.statusCode == 101, received.constData());

    const QByteArray payload = R"({"type":"echo","text":"through nginx"})";
    const QByteArray mask = "\x21\x43\x65\x07";
    socket->write(maskedTextFrame(payload, mask));

    // The fake linker sends the account message first, then the echo.
    QByteArray stream = upgrade.body;
    QList<QByteArray> messages;
    QElapsedTimer timer;
    timer.start();
    const auto hasEcho = [&messages] {
        return std::any_of(messages.cbegin(), messages.cend(), [](const QByteArray &message) {
            return message.contains(R"("text":"through nginx")");
        });
    };
    while (!hasEcho() && timer.elapsed() < ResponseTimeoutMs) {
        socket->waitForReadyRead(100);
        stream += socket->readAll();
        messages += takeServerFrames(&stream);
    }
    QVERIFY2(hasEcho(), messages.join('\n').constData());
    QVERIFY(messages.constFirst().contains(R"("type":"account")"));

    // The password never reaches the daemon's log.
    QVERIFY(!m_server.log().contains("proxy-pw-1c9d"));
}

QTEST_GUILESS_MAIN(NginxProxyTest)
#include "NginxProxyTest.moc"
