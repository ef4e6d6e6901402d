// Self-test of the throwaway PostgreSQL server of the test harness.

#include "TestPostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace {
const auto ConnectionName = QStringLiteral("tst_testpostgresserver");

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

// Returns the real user id of a running process from /proc, or -1.
qint64 processUserId(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs a query that returns one value through the Qt PostgreSQL driver,
// connecting with the settings of the server's Database URL.
QString queryValue(const QString &url, const QString &statement, QString *error)
{
    QString value;
    {
        const QUrl parsed(url);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), ConnectionName);
        database.setHostName(parsed.host());
        database.setPort(parsed.port());
        database.setUserName(parsed.userName());
        database.setDatabaseName(parsed.path().mid(1));
        if (!database.open()) {
            *error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            if (query.exec(statement) && query.next())
                value = query.value(0).toString();
            else
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(ConnectionName);
    return value;
}
}

class TestPostgresServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverAcceptsQueries();
    void serverRunsUnprivileged();
    void createDatabaseRejectsDuplicate();
    void dropDatabaseRemovesIt();
    void restartKeepsPortAndData();
    void startFailsWhenPortTaken();
    void destructorRemovesFolder();

private:
    TestPostgresServer m_server;
};

void TestPostgresServerTest::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("The Qt PostgreSQL driver is missing; install the Debian package libqt5sql5-psql");

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    qInfo("PostgreSQL cluster created and started in %lld ms", timer.elapsed());

    QVERIFY(m_server.isRunning());
    QVERIFY(m_server.port() != 0);
    QVERIFY(m_server.processId() != 0);
    QVERIFY2(m_server.createDatabase(QStringLiteral("cache")), qPrintable(m_server.lastError()));
}

void TestPostgresServerTest::serverAcceptsQueries()
{
    const QString url = m_server.url(QStringLiteral("cache"));
    QCOMPARE(url, QStringLiteral("postgresql://salon@127.0.0.1:%1/cache").arg(m_server.port()));

    QString error;
    QCOMPARE(queryValue(url, QStringLiteral("SELECT current_user"), &error), QStringLiteral("salon"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(queryValue(url, QStringLiteral("SELECT current_database()"), &error), QStringLiteral("cache"));
    QCOMPARE(queryValue(url, QStringLiteral("SHOW listen_addresses"), &error), QStringLiteral("127.0.0.1"));
    QCOMPARE(queryValue(url, QStringLiteral("SHOW fsync"), &error), QStringLiteral("off"));
    QCOMPARE(queryValue(url, QStringLiteral("SHOW server_encoding"), &error), QStringLiteral("UTF8"));
    QCOMPARE(queryValue(url, QStringLiteral("SELECT current_setting('server_version_num')::int >= 120000"), &error), QStringLiteral("true"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The Unix socket lives in the server's folder, not in /var/run/postgresql.
    QCOMPARE(queryValue(url, QStringLiteral("SHOW unix_socket_directories"), &error), m_server.socketPath());
    QVERIFY(QFileInfo::exists(m_server.socketPath() + QStringLiteral("/.s.PGSQL.%1").arg(m_server.port())));
    QVERIFY(m_server.directory().startsWith(QDir::tempPath()) || m_server.directory().contains(QStringLiteral("/tests/run/")));
}

void TestPostgresServerTest::serverRunsUnprivileged()
{
    const qint64 userId = processUserId(m_server.processId());
    QVERIFY(userId >= 0);
    QVERIFY2(userId != 0, "PostgreSQL runs as root");
    if (geteuid() == 0) {
        const passwd *postgres = getpwnam("postgres");
        QVERIFY(postgres);
        QCOMPARE(userId, qint64(postgres->pw_uid));
    } else {
        QCOMPARE(userId, qint64(geteuid()));
    }
}

void TestPostgresServerTest::createDatabaseRejectsDuplicate()
{
    QVERIFY(!m_server.createDatabase(QStringLiteral("cache")));
    QVERIFY2(m_server.lastError().contains(QStringLiteral("already exists")), qPrintable(m_server.lastError()));
}

void TestPostgresServerTest::dropDatabaseRemovesIt()
{
    QVERIFY2(m_server.createDatabase(QStringLiteral("scratch")), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.dropDatabase(QStringLiteral("scratch")), qPrintable(m_server.lastError()));

    QString error;
    queryValue(m_server.url(QStringLiteral("scratch")), QStringLiteral("SELECT 1"), &error);
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestPostgresServerTest::restartKeepsPortAndData()
{
    const quint16 port = m_server.port();
    QElapsedTimer timer;
    timer.start();
    m_server.stop();
    qInfo("PostgreSQL stopped in %lld ms", timer.elapsed());
    QVERIFY(!m_server.isRunning());
    QCOMPARE(m_server.processId(), 0);
    QVERIFY(!portAcceptsConnections(port));
    QVERIFY(!m_server.createDatabase(QStringLiteral("other")));
    QVERIFY2(m_server.lastError().contains(QStringLiteral("not running")), qPrintable(m_server.lastError()));

    timer.restart();
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    qInfo("PostgreSQL restarted in %lld ms", timer.elapsed());
    QCOMPARE(m_server.port(), port);

    QString error;
    QCOMPARE(queryValue(m_server.url(QStringLiteral("cache")), QStringLiteral("SELECT current_database()"), &error), QStringLiteral("cache"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPostgresServerTest::startFailsWhenPortTaken()
{
    const quint16 port = m_server.port();
    m_server.stop();

    // Once a client may know the port, start() keeps it and fails instead of moving.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, port));
    QVERIFY(!m_server.start(5000));
    QVERIFY(!m_server.isRunning());
    QVERIFY2(m_server.lastError().contains(QStringLiteral("another process uses it")), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.lastError().contains(QStringLiteral("postgres.log")), qPrintable(m_server.lastError()));

    squatter.close();
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QCOMPARE(m_server.port(), port);
}

void TestPostgresServerTest::destructorRemovesFolder()
{
    if (qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER"))
        QSKIP("SALON_KEEP_TEST_SERVER is set, so test server folders are kept");

    QString directory;
    quint16 port = 0;
    {
        TestPostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        directory = server.directory();
        port = server.port();
        QVERIFY(QFileInfo::exists(server.dataPath() + QStringLiteral("/PG_VERSION")));
    }
    QVERIFY(!QFileInfo::exists(directory));
    QVERIFY(!portAcceptsConnections(port));
}

QTEST_GUILESS_MAIN(TestPostgresServerTest)
#include "tst_testpostgresserver.moc"
