// HealthHandler in an in-process HttpServer, against real SQLite files and a
// throwaway PostgreSQL server (TestPostgresServer), spoken to over loopback TCP.

#include "HealthHandler.h"
#include "HttpServer.h"
#include "StaticFileHandler.h"
#include "TestHttp.h"
#include "TestPostgresServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int ResponseTimeoutMs = 10000;

/// Status code and body of one response.
struct Response {
    int statusCode = 0;
    QByteArray head;
    QByteArray body;
};

/// HttpServer with only the handler under test, on a loopback port that the system chooses.
class HealthServer
{
public:
    HealthServer(const QString &databaseUrl, int cacheMs, int probeTimeoutMs = HealthHandler::DefaultProbeTimeoutMs)
        : m_files(m_emptyFolder.path())
        , m_server(&m_files, ResponseTimeoutMs)
        , m_health(databaseUrl, cacheMs, probeTimeoutMs)
    {
        m_server.addRoute(QByteArrayLiteral("/healthz"), &m_health);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    /// Sends \a method /healthz and runs the event loop until the server closes the connection.
    Response request(const QByteArray &method = QByteArrayLiteral("GET"))
    {
        const QByteArray received = TestHttp::exchange(m_server.serverPort(), method + " /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", ResponseTimeoutMs);

        Response response;
        response.head = received.left(received.indexOf("\r\n\r\n"));
        response.body = TestHttp::body(received);
        response.statusCode = TestHttp::statusCode(received);
        return response;
    }

private:
    QTemporaryDir m_emptyFolder;
    StaticFileHandler m_files;
    HttpServer m_server;
    HealthHandler m_health;
};

const QByteArray okBody = R"({"status":"ok","database":"ok"})";
const QByteArray unreachableBody = R"({"status":"unavailable","database":"unreachable"})";

} // namespace

class HealthHandlerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDatabase();
    void sqliteFileReachable();
    void sqliteFileCreatedWhenMissing();
    void sqliteFileNotADatabase();
    void sqliteFolderCannotBeCreated();
    void resultCachedForCacheTime();
    void headAndOtherMethods();
    void postgresqlReachableThenStopped();
    void postgresqlClosedPort();
    void postgresqlSilentHostDoesNotBlock();

private:
    QTemporaryDir m_directory;
};

void HealthHandlerTest::noDatabase()
{
    HealthServer server(QString(), 0);
    const Response response = server.request();
    QCOMPARE(response.statusCode, 200);
    QVERIFY2(response.head.contains("Content-Type: application/json"), response.head.constData());
    QCOMPARE(response.body, QByteArray(R"({"status":"ok","database":"none"})"));
}

void HealthHandlerTest::sqliteFileReachable()
{
    const QString path = m_directory.filePath(QStringLiteral("reachable.sqlite"));
    {
        HealthServer creator(QStringLiteral("sqlite:") + path, 0);
        QCOMPARE(creator.request().statusCode, 200);
    }

    HealthServer server(QStringLiteral("sqlite:") + path, 0);
    const Response response = server.request();
    QCOMPARE(response.statusCode, 200);
    QCOMPARE(response.body, okBody);
}

void HealthHandlerTest::sqliteFileCreatedWhenMissing()
{
    const QString path = m_directory.filePath(QStringLiteral("new/folder/cache.sqlite"));
    HealthServer server(QStringLiteral("sqlite:") + path, 0);
    QCOMPARE(server.request().statusCode, 200);
    QVERIFY(QFile::exists(path));
}

void HealthHandlerTest::sqliteFileNotADatabase()
{
    const QString path = m_directory.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    HealthServer server(QStringLiteral("sqlite:") + path, 0);
    const Response response = server.request();
    QCOMPARE(response.statusCode, 503);
    QCOMPARE(response.body, unreachableBody);
}

void HealthHandlerTest::sqliteFolderCannotBeCreated()
{
    // A folder cannot be made below a regular file, even by root.
    const QString file = m_directory.filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();

    HealthServer server(QStringLiteral("sqlite:") + file + QStringLiteral("/cache.sqlite"), 0);
    QCOMPARE(server.request().statusCode, 503);
}

void HealthHandlerTest::resultCachedForCacheTime()
{
    const QString path = m_directory.filePath(QStringLiteral("cached.sqlite"));
    HealthServer server(QStringLiteral("sqlite:") + path, 60 * 1000);
    QCOMPARE(server.request().statusCode, 200);

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(4096, 'x'));
    file.close();

    QCOMPARE(server.request().statusCode, 200);
    HealthServer uncached(QStringLiteral("sqlite:") + path, 0);
    QCOMPARE(uncached.request().statusCode, 503);
}

void HealthHandlerTest::headAndOtherMethods()
{
    HealthServer server(QStringLiteral("sqlite:") + m_directory.filePath(QStringLiteral("methods.sqlite")), 0);

    const Response head = server.request(QByteArrayLiteral("HEAD"));
    QCOMPARE(head.statusCode, 200);
    QVERIFY(head.body.isEmpty());

    const Response post = server.request(QByteArrayLiteral("POST"));
    QCOMPARE(post.statusCode, 405);
    QVERIFY2(post.head.contains("Allow: GET, HEAD"), post.head.constData());
}

void HealthHandlerTest::postgresqlReachableThenStopped()
{
    TestPostgresServer postgres;
    QVERIFY2(postgres.start(), qPrintable(postgres.lastError()));
    QVERIFY2(postgres.createDatabase(QStringLiteral("health")), qPrintable(postgres.lastError()));

    HealthServer server(postgres.url(QStringLiteral("health")), 0);
    Response response = server.request();
    QCOMPARE(response.statusCode, 200);
    QCOMPARE(response.body, okBody);

    postgres.stop();
    response = server.request();
    QCOMPARE(response.statusCode, 503);
    QCOMPARE(response.body, unreachableBody);

    QVERIFY2(postgres.start(), qPrintable(postgres.lastError()));
    QCOMPARE(server.request().statusCode, 200);
}

void HealthHandlerTest::postgresqlClosedPort()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    HealthServer server(QStringLiteral("postgresql://salon@127.0.0.1:%1/health").arg(port), 0);
    const Response response = server.request();
    QCOMPARE(response.statusCode, 503);
    QCOMPARE(response.body, unreachableBody);
}

void HealthHandlerTest::postgresqlSilentHostDoesNotBlock()
{
    // Accepts connections but never responds, like a PostgreSQL host that hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));

    constexpr int ProbeTimeoutMs = 1000;
    auto server = std::make_unique<HealthServer>(QStringLiteral("postgresql://salon@127.0.0.1:%1/health").arg(silent.serverPort()), 0, ProbeTimeoutMs);

    // The event loop keeps running while the probe waits: this timer keeps firing.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] {
        ++ticks;
    });
    ticker.start(10);

    QElapsedTimer timer;
    timer.start();
    const Response response = server->request();
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(response.statusCode, 503);
    QVERIFY2(elapsed >= ProbeTimeoutMs - 50, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < ProbeTimeoutMs + 1000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 50, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed)));

    // The handler waits for the hanging probe, which libpq's connect timeout of 2 s ends.
    timer.restart();
    server.reset();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(HealthHandlerTest)
#include "HealthHandlerTest.moc"
