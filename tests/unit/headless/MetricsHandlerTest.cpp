// MetricsHandler: the Prometheus text it writes, its check of allowed clients,
// and the handler in an in-process HttpServer spoken to over loopback TCP.

#include "HttpServer.h"
#include "MetricsHandler.h"
#include "SessionManager.h"
#include "StaticFileHandler.h"
#include "TestHttp.h"
#include "WebSocketEndpoint.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int ResponseTimeoutMs = 10000;

using TestHttp::exchange;

/// An HttpServer with a MetricsHandler at /metrics and a SessionManager without linkers, on a loopback port once listening.
struct MetricsServer {
    explicit MetricsServer(const SubnetList &allowedClients = MetricsHandler::defaultAllowedClients())
        : files(emptyFolder.path())
        , server(&files, ResponseTimeoutMs)
        , sessions(QStringLiteral("/nonexistent/salon-linker"), {}, SessionSettings())
        , metrics(&sessions, &server, allowedClients)
    {
        server.addRoute(QByteArrayLiteral("/metrics"), &metrics);
    }

    QTemporaryDir emptyFolder;
    StaticFileHandler files;
    HttpServer server;
    SessionManager sessions;
    MetricsHandler metrics;
};

} // namespace

class MetricsHandlerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatTranscript();
    void allowedClients_data();
    void allowedClients();
    void residentMemoryRead();
    void servedToLoopbackClient();
    void forbiddenForOtherClient();
    void otherMethodsRejected();
};

void MetricsHandlerTest::formatTranscript()
{
    MetricsHandler::Values values;
    values.sessions = 3;
    values.runningLinkers = 4;
    values.openTabs = 5;
    values.framesFromTabs = 600;
    values.framesToTabs = 7000;
    values.signInFailures = 8;
    values.linkerFailures = 9;
    values.httpResponses[0] = 0;
    values.httpResponses[1] = 120;
    values.httpResponses[2] = 3;
    values.httpResponses[3] = 14;
    values.httpResponses[4] = 1;
    values.rejectedUpgrades = 2;
    values.residentMemoryBytes = 12345678;

    const QByteArray expected =
        "# HELP salon_sessions Sessions with a linker.\n"
        "# TYPE salon_sessions gauge\n"
        "salon_sessions 3\n"
        "# HELP salon_linkers_running Linker processes running.\n"
        "# TYPE salon_linkers_running gauge\n"
        "salon_linkers_running 4\n"
        "# HELP salon_tabs_open Browser tabs with an open WebSocket.\n"
        "# TYPE salon_tabs_open gauge\n"
        "salon_tabs_open 5\n"
        "# HELP salon_tab_frames_received_total Messages received from browser tabs.\n"
        "# TYPE salon_tab_frames_received_total counter\n"
        "salon_tab_frames_received_total 600\n"
        "# HELP salon_tab_frames_sent_total Messages sent to browser tabs.\n"
        "# TYPE salon_tab_frames_sent_total counter\n"
        "salon_tab_frames_sent_total 7000\n"
        "# HELP salon_sign_in_failures_total Sign-ins rejected by the account's server.\n"
        "# TYPE salon_sign_in_failures_total counter\n"
        "salon_sign_in_failures_total 8\n"
        "# HELP salon_linker_failures_total Linkers that failed to start, crashed, exited with an error or broke the frame protocol.\n"
        "# TYPE salon_linker_failures_total counter\n"
        "salon_linker_failures_total 9\n"
        "# HELP salon_http_responses_total HTTP responses by status class, WebSocket handshakes excepted.\n"
        "# TYPE salon_http_responses_total counter\n"
        "salon_http_responses_total{class=\"1xx\"} 0\n"
        "salon_http_responses_total{class=\"2xx\"} 120\n"
        "salon_http_responses_total{class=\"3xx\"} 3\n"
        "salon_http_responses_total{class=\"4xx\"} 14\n"
        "salon_http_responses_total{class=\"5xx\"} 1\n"
        "# HELP salon_websocket_upgrades_rejected_total WebSocket upgrade requests answered with an HTTP response instead of a handshake.\n"
        "# TYPE salon_websocket_upgrades_rejected_total counter\n"
        "salon_websocket_upgrades_rejected_total 2\n"
        "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
        "# TYPE process_resident_memory_bytes gauge\n"
        "process_resident_memory_bytes 12345678\n";
    QCOMPARE(MetricsHandler::format(values), expected);
}

void MetricsHandlerTest::allowedClients_data()
{
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("expected");

    const QString defaults = MetricsHandler::defaultAllowedClients().toStringList().join(QLatin1Char(','));
    QTest::newRow("default: 127.0.0.1") << defaults << "127.0.0.1" << true;
    QTest::newRow("default: 127.255.0.9") << defaults << "127.255.0.9" << true;
    QTest::newRow("default: ::1") << defaults << "::1" << true;
    QTest::newRow("default: mapped 127.0.0.1") << defaults << "::ffff:127.0.0.1" << true;
    QTest::newRow("default: 192.0.2.10") << defaults << "192.0.2.10" << false;
    QTest::newRow("default: 10.0.0.1") << defaults << "10.0.0.1" << false;
    QTest::newRow("default: ::2") << defaults << "::2" << false;
    QTest::newRow("default: mapped 10.0.0.1") << defaults << "::ffff:10.0.0.1" << false;
    QTest::newRow("subnet: inside") << "10.1.0.0/16" << "10.1.200.3" << true;
    QTest::newRow("subnet: outside") << "10.1.0.0/16" << "10.2.0.1" << false;
    QTest::newRow("subnet: loopback outside") << "10.1.0.0/16" << "127.0.0.1" << false;
    QTest::newRow("IPv6 subnet") << "2001:db8::/32" << "2001:db8:1::5" << true;
    QTest::newRow("empty list") << "" << "127.0.0.1" << false;
}

void MetricsHandlerTest::allowedClients()
{
    QFETCH(QString, allowed);
    QFETCH(QString, client);
    QFETCH(bool, expected);

    SubnetList subnets;
    QString error;
    QVERIFY2(subnets.parse(allowed, &error), qPrintable(error));
    MetricsHandler handler(nullptr, nullptr, subnets);
    QCOMPARE(handler.isAllowed(QHostAddress(client)), expected);
}

void MetricsHandlerTest::residentMemoryRead()
{
    const quint64 bytes = MetricsHandler::residentMemoryBytes();
    // A Qt test process is larger than 1 MiB and, here, smaller than 4 GiB.
    QVERIFY2(bytes > 1024 * 1024, qPrintable(QString::number(bytes)));
    QVERIFY2(bytes < quint64(4) * 1024 * 1024 * 1024, qPrintable(QString::number(bytes)));
}

void MetricsHandlerTest::servedToLoopbackClient()
{
    MetricsServer metricsServer;
    HttpServer &server = metricsServer.server;
    WebSocketEndpoint endpoint;
    server.setWebSocketEndpoint(&endpoint);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    // One 404 and one rejected WebSocket upgrade (wrong version) before the scrape.
    QVERIFY(exchange(server.serverPort(), "GET /missing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").startsWith("HTTP/1.1 404"));
    const QByteArray upgrade = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                               "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    QVERIFY(exchange(server.serverPort(), upgrade).startsWith("HTTP/1.1 426"));

    const QByteArray response = exchange(server.serverPort(), "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QVERIFY2(response.contains("\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"), response.constData());

    const QByteArray text = TestHttp::body(response);
    QCOMPARE(TestHttp::metricValue(text, "salon_sessions"), 0);
    QCOMPARE(TestHttp::metricValue(text, "salon_linkers_running"), 0);
    QCOMPARE(TestHttp::metricValue(text, "salon_tabs_open"), 0);
    QCOMPARE(TestHttp::metricValue(text, "salon_tab_frames_received_total"), 0);
    QCOMPARE(TestHttp::metricValue(text, "salon_http_responses_total{class=\"4xx\"}"), 2);
    QCOMPARE(TestHttp::metricValue(text, "salon_http_responses_total{class=\"2xx\"}"), 0);
    QCOMPARE(TestHttp::metricValue(text, "salon_websocket_upgrades_rejected_total"), 1);
    QVERIFY(TestHttp::metricValue(text, "process_resident_memory_bytes") > 0);
    QVERIFY(text.endsWith('\n'));

    // The scrape itself is counted from the next one on.
    const QByteArray again = TestHttp::body(exchange(server.serverPort(), "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QCOMPARE(TestHttp::metricValue(again, "salon_http_responses_total{class=\"2xx\"}"), 1);
}

void MetricsHandlerTest::forbiddenForOtherClient()
{
    SubnetList documentationNetwork;
    QString error;
    QVERIFY2(documentationNetwork.parse(QStringLiteral("192.0.2.0/24"), &error), qPrintable(error));
    MetricsServer metricsServer(documentationNetwork);
    HttpServer &server = metricsServer.server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("GET /metrics 403 client 127\\.0\\.0\\.1 is not allowed to read /metrics")));
    const QByteArray response = exchange(server.serverPort(), "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 403 Forbidden\r\n"), response.constData());
    QVERIFY2(!response.contains("salon_"), response.constData());
}

void MetricsHandlerTest::otherMethodsRejected()
{
    MetricsServer metricsServer;
    HttpServer &server = metricsServer.server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const QByteArray response = exchange(server.serverPort(), "POST /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 405"), response.constData());
    QVERIFY2(response.contains("\r\nAllow: GET, HEAD\r\n"), response.constData());

    const QByteArray head = exchange(server.serverPort(), "HEAD /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(head.startsWith("HTTP/1.1 200"), head.constData());
    QVERIFY(TestHttp::body(head).isEmpty());
}

QTEST_GUILESS_MAIN(MetricsHandlerTest)
#include "MetricsHandlerTest.moc"
