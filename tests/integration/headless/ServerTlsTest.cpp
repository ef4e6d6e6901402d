// salon-server's administration settings as an administrator meets them: a
// configuration file, --check-config, and an HTTPS and WSS port with a
// certificate from a throwaway CA, spoken to over loopback.

#include "TestCertificates.h"
#include "TestServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int ResponseTimeoutMs = 10000;
// The request timeout given to the servers under test, which also bounds the TLS handshake.
constexpr int RequestTimeoutMs = 800;

/// A salon-server process, by default of the build tree's salon-server.
class ServerProcess : public TestServerProcess
{
public:
    explicit ServerProcess(const QString &program = QStringLiteral(SALON_SERVER_PATH))
        : TestServerProcess(program)
    {
    }
};

/// Result of running salon-server until it exits.
struct RunResult {
    int exitCode = -1;
    QString output;
    QString errorOutput;
};

RunResult runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SALON_SERVER_PATH), arguments);
    RunResult result;
    if (!process.waitForFinished(StartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errorOutput = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// Waits until \a condition holds, for at most \a timeoutMs.
template<typename Condition>
bool waitFor(Condition condition, int timeoutMs = ResponseTimeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs) {
        QTest::qWait(10);
    }
    return condition();
}

} // namespace

class ServerTlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkConfigValid();
    void checkConfigListsProblems();
    void plainStartWithDefaults();
    void httpsPage();
    void webSocketUpgradeOverTls();
    void plainHttpToTlsPort();
    void unfinishedHandshakeDropped();
    void forwardedClientLogged();

private:
    QString writeConfig(const QString &name, const QByteArray &content);
    QStringList tlsServerArguments(const QStringList &extra = {}) const;
    /// Sends \a request over TLS and returns the bytes received until the server closes the connection.
    QByteArray exchange(quint16 port, const QByteArray &request, bool *encrypted);

    QTemporaryDir m_folder;
    std::unique_ptr<TestCertificates> m_certificates;
    QString m_configFile;
};

void ServerTlsTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_folder.filePath(QStringLiteral("certificates")));
    QVERIFY2(m_certificates->create(), qPrintable(m_certificates->lastError()));

    // The certificate and key are given relative to the file's folder.
    m_configFile = writeConfig(QStringLiteral("certificates/salon-server.ini"),
                               "# Test settings; the command line adds --listen.\n"
                               "listen = 127.0.0.1:1\n"
                               "linker = " SALON_FAKE_LINKER_PATH "\n"
                               "tls-certificate = "
                                   + QFileInfo(m_certificates->certificatePath()).fileName().toUtf8()
                                   + "\n"
                                     "tls-key = "
                                   + QFileInfo(m_certificates->keyPath()).fileName().toUtf8()
                                   + "\n"
                                     "request-timeout = "
                                   + QByteArray::number(RequestTimeoutMs)
                                   + "\n"
                                     "trusted-proxies = 127.0.0.1\n"
                                     "log-level = debug\n");
}

QString ServerTlsTest::writeConfig(const QString &name, const QByteArray &content)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning() << "Cannot write" << path;
        return {};
    }
    file.write(content);
    return path;
}

QStringList ServerTlsTest::tlsServerArguments(const QStringList &extra) const
{
    return QStringList{
               QStringLiteral("--config"),
               m_configFile,
               QStringLiteral("--listen"),
               QStringLiteral("127.0.0.1:0"),
               QStringLiteral("--database"),
               QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite")),
           }
    + extra;
}

QByteArray ServerTlsTest::exchange(quint16 port, const QByteArray &request, bool *encrypted)
{
    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(m_certificates->caCertificates());
    socket.setSslConfiguration(configuration);

    QByteArray received;
    QObject::connect(&socket, &QSslSocket::readyRead, [&socket, &received] {
        received += socket.readAll();
    });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    *encrypted = socket.waitForEncrypted(ResponseTimeoutMs);
    if (!*encrypted) {
        qWarning() << "TLS handshake failed:" << socket.errorString() << socket.sslHandshakeErrors();
        return {};
    }
    socket.write(request);
    waitFor([&socket] {
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    return received;
}

void ServerTlsTest::checkConfigValid()
{
    const RunResult result = runServer(tlsServerArguments({QStringLiteral("--check-config")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.errorOutput));
    QCOMPARE(result.output, QStringLiteral("salon-server: configuration is valid\n"));
}

void ServerTlsTest::checkConfigListsProblems()
{
    TestCertificates other(m_folder.filePath(QStringLiteral("other")));
    QVERIFY2(other.create(), qPrintable(other.lastError()));
    const QString config = writeConfig(QStringLiteral("broken.ini"),
                                       "max-sessions = none\n"
                                       "trusted-proxie = 127.0.0.1\n"
                                       "linker = /nonexistent/salon-linker\n");

    const RunResult result = runServer({
        QStringLiteral("--config"),
        config,
        QStringLiteral("--check-config"),
        QStringLiteral("--tls-certificate"),
        m_certificates->certificatePath(),
        QStringLiteral("--tls-key"),
        other.keyPath(),
    });

    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.output.contains(QLatin1String("configuration is valid")));
    const QStringList lines = result.errorOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.filter(QStringLiteral("broken.ini line 1, key max-sessions: invalid value \"none\"")).size() == 1, qPrintable(result.errorOutput));
    QVERIFY2(lines.filter(QStringLiteral("broken.ini line 2: unknown key \"trusted-proxie\"")).size() == 1, qPrintable(result.errorOutput));
    QVERIFY2(lines.filter(QStringLiteral("does not belong to the certificate")).size() == 1, qPrintable(result.errorOutput));
    QVERIFY2(lines.filter(QStringLiteral("The linker /nonexistent/salon-linker is not an executable file")).size() == 1, qPrintable(result.errorOutput));
}

void ServerTlsTest::plainStartWithDefaults()
{
    // Without --linker the server uses salon-linker next to itself: a copy of the server gets the fake linker there.
    const QString folder = m_folder.filePath(QStringLiteral("installed"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(QStringLiteral(SALON_SERVER_PATH), folder + QStringLiteral("/salon-server")));
    QVERIFY(QFile::copy(QStringLiteral(SALON_FAKE_LINKER_PATH), folder + QStringLiteral("/salon-linker")));

    ServerProcess server(folder + QStringLiteral("/salon-server"));
    QVERIFY(server.start({
        QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--database"),
        QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("defaults.sqlite")),
    }));
    QCOMPARE(server.scheme(), QStringLiteral("http"));

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(socket.waitForConnected(ResponseTimeoutMs));
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(ResponseTimeoutMs));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    QCOMPARE(server.terminate(), 0);
}

void ServerTlsTest::httpsPage()
{
    ServerProcess server;
    QVERIFY(server.start(tlsServerArguments()));
    QCOMPARE(server.scheme(), QStringLiteral("https"));

    bool encrypted = false;
    const QByteArray response = exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &encrypted);
    QVERIFY(encrypted);
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(200).constData());
    QVERIFY(response.contains("<html"));
    QCOMPARE(server.terminate(), 0);
}

void ServerTlsTest::webSocketUpgradeOverTls()
{
    ServerProcess server;
    QVERIFY(server.start(tlsServerArguments()));

    const QByteArray origin = "https://127.0.0.1:" + QByteArray::number(server.port());
    const QByteArray request = "GET /ws HTTP/1.1\r\n"
                               "Host: 127.0.0.1:"
        + QByteArray::number(server.port())
        + "\r\n"
          "Origin: "
        + origin
        + "\r\n"
          "Upgrade: websocket\r\n"
          "Connection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\n\r\n";

    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(m_certificates->caCertificates());
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY2(socket.waitForEncrypted(ResponseTimeoutMs), qPrintable(socket.errorString()));
    socket.write(request);

    QByteArray received;
    QVERIFY(waitFor([&socket, &received] {
        received += socket.readAll();
        return received.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
    }));
    // The WebSocket handshake went through the TLS port's HTTP parser: 101 today, 403 once
    // upgrades need a session cookie. Either is an HTTP response over TLS.
    QVERIFY2(received.startsWith("HTTP/1.1 101") || received.startsWith("HTTP/1.1 403"), received.constData());
    if (received.startsWith("HTTP/1.1 101")) {
        QVERIFY2(received.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), received.constData());
    }
    QCOMPARE(server.terminate(), 0);
}

void ServerTlsTest::plainHttpToTlsPort()
{
    ServerProcess server;
    QVERIFY(server.start(tlsServerArguments()));

    QTcpSocket plain;
    QByteArray received;
    QObject::connect(&plain, &QTcpSocket::readyRead, [&plain, &received] {
        received += plain.readAll();
    });
    plain.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(plain.waitForConnected(ResponseTimeoutMs));
    plain.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    // The server ends the handshake with a TLS alert at most, never with an HTTP response.
    QVERIFY(waitFor([&plain] {
        return plain.state() == QAbstractSocket::UnconnectedState;
    }));
    QVERIFY2(!received.startsWith("HTTP/"), received.constData());
    QVERIFY(waitFor([&server] {
        return server.log().contains("TLS handshake failed");
    }));

    // The server goes on serving HTTPS.
    bool encrypted = false;
    QVERIFY(exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &encrypted).startsWith("HTTP/1.1 200"));
    QVERIFY(encrypted);
    QCOMPARE(server.terminate(), 0);
}

void ServerTlsTest::unfinishedHandshakeDropped()
{
    ServerProcess server;
    QVERIFY(server.start(tlsServerArguments()));

    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(silent.waitForConnected(ResponseTimeoutMs));

    // Meanwhile another client is served: the waiting handshake does not block the event loop.
    bool encrypted = false;
    QVERIFY(exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &encrypted).startsWith("HTTP/1.1 200"));

    QVERIFY(waitFor(
        [&silent] {
            return silent.state() == QAbstractSocket::UnconnectedState;
        },
        RequestTimeoutMs * 5));
    QVERIFY(server.log().contains("did not finish the TLS handshake in time; connection dropped"));
    QCOMPARE(server.terminate(), 0);
}

void ServerTlsTest::forwardedClientLogged()
{
    ServerProcess server;
    QVERIFY(server.start(tlsServerArguments()));

    // 127.0.0.1 is a trusted proxy in the test's configuration file.
    bool encrypted = false;
    const QByteArray response = exchange(server.port(), "GET /nonexistent HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.66, 203.0.113.9\r\n\r\n", &encrypted);
    QVERIFY(response.startsWith("HTTP/1.1 404"));
    QVERIFY(waitFor([&server] {
        return server.log().contains("for 203.0.113.9 GET /nonexistent 404");
    }));
    QVERIFY(!server.log().contains("192.0.2.66"));
    QCOMPARE(server.terminate(), 0);
}

QTEST_GUILESS_MAIN(ServerTlsTest)
#include "ServerTlsTest.moc"
