// HttpConnection::clientAddress() and isSecure() as a route handler reads them,
// with HttpServer in this process and QTcpSocket and QSslSocket clients on loopback.

#include "HttpConnection.h"
#include "HttpHandler.h"
#include "HttpResponse.h"
#include "HttpServer.h"
#include "StaticFileHandler.h"
#include "TestCertificates.h"
#include "TestHttp.h"
#include "TlsCredentials.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

constexpr int TimeoutMs = 10000;
constexpr int RequestTimeoutMs = 2000;

/// Route handler that records what the connection reports.
class ProbeHandler : public HttpHandler
{
public:
    void handleRequest(HttpConnection *connection, const HttpRequestHead &) override
    {
        clientAddress = connection->clientAddress();
        secure = connection->isSecure();
        peer = connection->peer();
        ++requests;
        connection->respond(HttpResponse(200));
    }

    QHostAddress clientAddress;
    bool secure = false;
    QString peer;
    int requests = 0;
};

SubnetList subnets(const QString &text)
{
    SubnetList list;
    QString errorString;
    if (!list.parse(text, &errorString)) {
        qWarning() << "Invalid subnets in the test:" << errorString;
    }
    return list;
}

} // namespace

class HttpConnectionSecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestInfo_data();
    void requestInfo();

private:
    /// Sends \a headers to /probe and returns the response's status line.
    QByteArray request(quint16 port, bool tls, const QByteArray &headers);

    QTemporaryDir m_folder;
    std::unique_ptr<TestCertificates> m_certificates;
    TlsCredentials m_credentials;
};

void HttpConnectionSecurityTest::initTestCase()
{
    m_certificates = std::make_unique<TestCertificates>(m_folder.filePath(QStringLiteral("certificates")));
    QVERIFY2(m_certificates->create(), qPrintable(m_certificates->lastError()));
    QString errorString;
    QVERIFY2(m_credentials.load(m_certificates->certificatePath(), m_certificates->keyPath(), &errorString), qPrintable(errorString));
}

QByteArray HttpConnectionSecurityTest::request(quint16 port, bool tls, const QByteArray &headers)
{
    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(m_certificates->caCertificates());
    socket.setSslConfiguration(configuration);

    if (tls) {
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForEncrypted(TimeoutMs)) {
            qWarning() << "TLS handshake failed:" << socket.errorString();
            return {};
        }
    } else {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(TimeoutMs)) {
            return {};
        }
    }

    socket.write("GET /probe HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n");
    QByteArray received;
    while (!received.contains("\r\n") && socket.waitForReadyRead(TimeoutMs)) {
        received += socket.readAll();
    }
    return TestHttp::statusLine(received);
}

void HttpConnectionSecurityTest::requestInfo_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("trustedProxies");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("clientAddress");
    QTest::addColumn<bool>("secure");

    QTest::newRow("plain HTTP") << false << QString() << QByteArray() << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("TLS") << true << QString() << QByteArray() << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("untrusted peer's headers ignored") << false << QStringLiteral("10.0.0.0/8")
                                                      << QByteArray("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n")
                                                      << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("trusted proxy with HTTPS client") << false << QStringLiteral("127.0.0.0/8")
                                                     << QByteArray("X-Forwarded-For: 192.0.2.66, 203.0.113.9\r\nX-Forwarded-Proto: https\r\n")
                                                     << QStringLiteral("203.0.113.9") << true;
    QTest::newRow("trusted proxy with HTTP client") << false << QStringLiteral("127.0.0.1")
                                                    << QByteArray("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: http\r\n")
                                                    << QStringLiteral("203.0.113.9") << false;
    QTest::newRow("TLS stays secure behind a proxy") << true << QStringLiteral("127.0.0.1")
                                                     << QByteArray("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: http\r\n")
                                                     << QStringLiteral("203.0.113.9") << true;
}

void HttpConnectionSecurityTest::requestInfo()
{
    QFETCH(bool, tls);
    QFETCH(QString, trustedProxies);
    QFETCH(QByteArray, headers);
    QFETCH(QString, clientAddress);
    QFETCH(bool, secure);

    StaticFileHandler files(QStringLiteral(":/nonexistent"));
    HttpServer server(&files, RequestTimeoutMs);
    ProbeHandler probe;
    server.addRoute(QByteArrayLiteral("/probe"), &probe);
    if (tls) {
        server.setSslConfiguration(m_credentials.serverConfiguration());
    }
    server.setTrustedProxies(TrustedProxies(subnets(trustedProxies)));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(server.isTlsEnabled(), tls);

    // The client blocks in waitFor...() calls, so it runs in its own thread while this one serves.
    QByteArray statusLine;
    std::atomic<bool> done{false};
    const quint16 port = server.serverPort();
    std::thread client([&] {
        statusLine = request(port, tls, headers);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, TimeoutMs * 2);
    client.join();

    QCOMPARE(statusLine, QByteArrayLiteral("HTTP/1.1 200 OK"));
    QCOMPARE(probe.requests, 1);
    QCOMPARE(probe.clientAddress, QHostAddress(clientAddress));
    QCOMPARE(probe.secure, secure);
    QCOMPARE(probe.peer.contains(QStringLiteral(" for ")), clientAddress != QLatin1String("127.0.0.1"));
}

QTEST_GUILESS_MAIN(HttpConnectionSecurityTest)
#include "HttpConnectionSecurityTest.moc"
