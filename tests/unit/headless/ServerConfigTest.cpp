#include "ServerConfig.h"

#include <QDir>
#include <QTemporaryFile>
#include <QTest>

Q_DECLARE_METATYPE(ServerConfig::ParseResult)

class ServerConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void allOptions();
    void databaseUrl_data();
    void databaseUrl();
    void listenAddress_data();
    void listenAddress();
    void invalidArguments_data();
    void invalidArguments();
    void helpAndVersion();
    void loggingRules();
};

namespace {

QStringList arguments(const QStringList &options)
{
    return QStringList{QStringLiteral("salon-server")} + options;
}

} // namespace

void ServerConfigTest::defaults()
{
    ServerConfig config;
    QCOMPARE(config.parse(arguments({})), ServerConfig::ParseResult::Ok);
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.listenPort, quint16(8080));
    QCOMPARE(config.linkerPath, QCoreApplication::applicationDirPath() + QStringLiteral("/salon-linker"));
    QCOMPARE(config.maxSessions, 100);
    QCOMPARE(config.logLevel, QStringLiteral("info"));
    QVERIFY2(config.databaseUrl.startsWith(QLatin1String("sqlite:/")), qPrintable(config.databaseUrl));
    QVERIFY(config.databaseUrl.endsWith(QLatin1String("/server-cache.sqlite")));
    QCOMPARE(config.linkerArguments(),
             (QStringList{QStringLiteral("--database"), config.databaseUrl, QStringLiteral("--log-level"), QStringLiteral("info")}));
}

void ServerConfigTest::databaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("absolute SQLite path") << QStringLiteral("sqlite:/var/lib/salon/cache.sqlite") << true << QStringLiteral("sqlite:/var/lib/salon/cache.sqlite");
    QTest::newRow("relative SQLite path") << QStringLiteral("sqlite:cache.sqlite") << true
                                          << QStringLiteral("sqlite:") + QDir::current().absoluteFilePath(QStringLiteral("cache.sqlite"));
    QTest::newRow("PostgreSQL") << QStringLiteral("postgresql://salon@127.0.0.1:5432/salon") << true
                                << QStringLiteral("postgresql://salon@127.0.0.1:5432/salon");
    QTest::newRow("SQLite without path") << QStringLiteral("sqlite:") << false << QString();
    QTest::newRow("PostgreSQL with password") << QStringLiteral("postgresql://salon:secret@127.0.0.1/salon") << false << QString();
    QTest::newRow("PostgreSQL without database") << QStringLiteral("postgresql://salon@127.0.0.1") << false << QString();
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://salon@127.0.0.1/salon") << false << QString();
}

void ServerConfigTest::databaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    ServerConfig config;
    const ServerConfig::ParseResult result = config.parse(arguments({QStringLiteral("--database"), url}));

    if (!valid) {
        QCOMPARE(result, ServerConfig::ParseResult::Error);
        QVERIFY(config.errorString().contains(QLatin1String("--database")));
        QVERIFY(!config.errorString().contains(QLatin1String("secret")));
        return;
    }
    QCOMPARE(result, ServerConfig::ParseResult::Ok);
    QCOMPARE(config.databaseUrl, expected);
}

void ServerConfigTest::allOptions()
{
    QTemporaryFile caFile;
    QVERIFY(caFile.open());

    ServerConfig config;
    QCOMPARE(config.parse(arguments({
                 QStringLiteral("--listen"),
                 QStringLiteral("[::1]:0"),
                 QStringLiteral("--linker"),
                 QStringLiteral("/opt/salon/linker"),
                 QStringLiteral("--xmpp-host"),
                 QStringLiteral("xmpp.example.org"),
                 QStringLiteral("--xmpp-port"),
                 QStringLiteral("15222"),
                 QStringLiteral("--ca-certificates"),
                 caFile.fileName(),
                 QStringLiteral("--reconnect-delay"),
                 QStringLiteral("250"),
                 QStringLiteral("--database"),
                 QStringLiteral("sqlite:/tmp/salon-cache.sqlite"),
                 QStringLiteral("--max-sessions"),
                 QStringLiteral("3"),
                 QStringLiteral("--log-level"),
                 QStringLiteral("DEBUG"),
                 QStringLiteral("--request-timeout"),
                 QStringLiteral("500"),
             })),
             ServerConfig::ParseResult::Ok);

    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(config.listenPort, quint16(0));
    QCOMPARE(config.linkerPath, QStringLiteral("/opt/salon/linker"));
    QCOMPARE(config.maxSessions, 3);
    QCOMPARE(config.logLevel, QStringLiteral("debug"));
    QCOMPARE(config.requestTimeoutMs, 500);
    QCOMPARE(config.linkerArguments(),
             (QStringList{
                 QStringLiteral("--xmpp-host"),
                 QStringLiteral("xmpp.example.org"),
                 QStringLiteral("--xmpp-port"),
                 QStringLiteral("15222"),
                 QStringLiteral("--ca-certificates"),
                 QFileInfo(caFile.fileName()).absoluteFilePath(),
                 QStringLiteral("--reconnect-delay"),
                 QStringLiteral("250"),
                 QStringLiteral("--database"),
                 QStringLiteral("sqlite:/tmp/salon-cache.sqlite"),
                 QStringLiteral("--log-level"),
                 QStringLiteral("debug"),
             }));
}

void ServerConfigTest::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    QTest::newRow("IPv4 and port") << QStringLiteral("127.0.0.1:9000") << true << QStringLiteral("127.0.0.1") << 9000;
    QTest::newRow("any address") << QStringLiteral("0.0.0.0:80") << true << QStringLiteral("0.0.0.0") << 80;
    QTest::newRow("address only") << QStringLiteral("127.0.0.2") << true << QStringLiteral("127.0.0.2") << 8080;
    QTest::newRow("bracketed IPv6") << QStringLiteral("[::1]:9000") << true << QStringLiteral("::1") << 9000;
    QTest::newRow("bare IPv6") << QStringLiteral("::1") << true << QStringLiteral("::1") << 8080;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << true << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("host name") << QStringLiteral("localhost:80") << false << QString() << 0;
    QTest::newRow("port too large") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("127.0.0.1:") << false << QString() << 0;
    QTest::newRow("port with letters") << QStringLiteral("127.0.0.1:80a") << false << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:80") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void ServerConfigTest::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, address);
    QFETCH(int, port);

    QHostAddress parsedAddress;
    quint16 parsedPort = 8080;
    QCOMPARE(ServerConfig::parseListenAddress(text, &parsedAddress, &parsedPort), valid);
    if (valid) {
        QCOMPARE(parsedAddress, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    }
}

void ServerConfigTest::invalidArguments_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("missing value") << QStringList{QStringLiteral("--listen")} << QStringLiteral("listen");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << QStringLiteral("--listen");
    QTest::newRow("XMPP port 0") << QStringList{QStringLiteral("--xmpp-port"), QStringLiteral("0")} << QStringLiteral("--xmpp-port");
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("--ca-certificates"), QStringLiteral("/nonexistent/ca.pem")}
                                     << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("zero sessions") << QStringList{QStringLiteral("--max-sessions"), QStringLiteral("0")} << QStringLiteral("--max-sessions");
    QTest::newRow("bad log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")} << QStringLiteral("--log-level");
    QTest::newRow("negative delay") << QStringList{QStringLiteral("--reconnect-delay"), QStringLiteral("-5")} << QStringLiteral("--reconnect-delay");
    QTest::newRow("positional argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
}

void ServerConfigTest::invalidArguments()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expectedError);

    ServerConfig config;
    QCOMPARE(config.parse(arguments(options)), ServerConfig::ParseResult::Error);
    QVERIFY2(config.errorString().contains(expectedError), qPrintable(config.errorString()));
}

void ServerConfigTest::helpAndVersion()
{
    ServerConfig help;
    QCOMPARE(help.parse(arguments({QStringLiteral("--help")})), ServerConfig::ParseResult::HelpRequested);
    QVERIFY(help.helpText().contains(QLatin1String("--max-sessions")));

    ServerConfig version;
    QCOMPARE(version.parse(arguments({QStringLiteral("--version")})), ServerConfig::ParseResult::VersionRequested);
}

void ServerConfigTest::loggingRules()
{
    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--log-level"), QStringLiteral("warning")})), ServerConfig::ParseResult::Ok);
    QCOMPARE(config.loggingFilterRules(), QStringLiteral("salon.*.debug=false\nsalon.*.info=false\nsalon.*.warning=true\nsalon.*.critical=true"));
}

QTEST_GUILESS_MAIN(ServerConfigTest)
#include "ServerConfigTest.moc"
