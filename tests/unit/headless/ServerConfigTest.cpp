#include "ServerConfig.h"
#include "TestCertificates.h"

#include <QDir>
#include <QProcess>
#include <QSslKey>
#include <QRegularExpression>
#include <QTemporaryDir>
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

    void newOptionDefaults();
    void newOptions();
    void invalidNewOptions_data();
    void invalidNewOptions();
    void domains();
    void configFile();
    void configFileErrors_data();
    void configFileErrors();
    void errorsListedTogether();
    void tlsCredentials();
    void tlsErrors_data();
    void tlsErrors();
    void helpDescribesEveryOption_data();
    void helpDescribesEveryOption();
    void checkConfigFlag();
    void checkEnvironment();
    void exampleFile();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_folder;
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
    TestCertificates certificates(m_folder.filePath(QStringLiteral("all-options")));
    QVERIFY2(certificates.create(), qPrintable(certificates.lastError()));
    QFile caFile(certificates.caCertificatePath());

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

QString ServerConfigTest::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_folder.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning() << "Cannot write" << path;
        return {};
    }
    file.write(content);
    return path;
}

void ServerConfigTest::newOptionDefaults()
{
    ServerConfig config;
    QCOMPARE(config.parse(arguments({})), ServerConfig::ParseResult::Ok);
    QVERIFY(config.configFile.isEmpty());
    QVERIFY(!config.checkOnly);
    QVERIFY(config.tlsCertificateFile.isEmpty());
    QVERIFY(config.tlsCredentials.isNull());
    QVERIFY(config.trustedProxies.isEmpty());
    QVERIFY(config.allowedDomains.isEmpty());
    QVERIFY(config.defaultDomain.isEmpty());
    QCOMPARE(config.idleTimeoutSeconds, 1800);
    QCOMPARE(config.awayDelaySeconds, 10);
    QCOMPARE(config.linkerMemoryLimitMib, 512);
    QCOMPARE(config.metricsAllowed.toStringList(), (QStringList{QStringLiteral("127.0.0.0/8"), QStringLiteral("::1/128")}));
    QVERIFY(config.metricsAllowed.contains(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(!config.metricsAllowed.contains(QHostAddress(QStringLiteral("10.0.0.1"))));
    QVERIFY(config.publicAccount.isEmpty());
    QVERIFY(config.publicAccountPasswordFile.isEmpty());
    QCOMPARE(config.publicCacheTtlSeconds, 300);
}

void ServerConfigTest::newOptions()
{
    const QString passwordFile = writeFile(QStringLiteral("new-options/password"), "secret\n");

    ServerConfig config;
    QCOMPARE(config.parse(arguments({
                 QStringLiteral("--trusted-proxies"),
                 QStringLiteral("10.0.0.0/8, ::1"),
                 QStringLiteral("--idle-timeout"),
                 QStringLiteral("60"),
                 QStringLiteral("--away-delay"),
                 QStringLiteral("0"),
                 QStringLiteral("--linker-memory-limit"),
                 QStringLiteral("256"),
                 QStringLiteral("--metrics-allowed"),
                 QStringLiteral("192.0.2.0/24"),
                 QStringLiteral("--public-account"),
                 QStringLiteral("Blogs@Example.ORG"),
                 QStringLiteral("--public-account-password-file"),
                 passwordFile,
                 QStringLiteral("--public-cache-ttl"),
                 QStringLiteral("30"),
             })),
             ServerConfig::ParseResult::Ok);

    QVERIFY(config.trustedProxies.contains(QHostAddress(QStringLiteral("10.1.2.3"))));
    QVERIFY(config.trustedProxies.contains(QHostAddress(QStringLiteral("::1"))));
    QVERIFY(!config.trustedProxies.contains(QHostAddress(QStringLiteral("127.0.0.1"))));
    QCOMPARE(config.idleTimeoutSeconds, 60);
    QCOMPARE(config.awayDelaySeconds, 0);
    QCOMPARE(config.linkerMemoryLimitMib, 256);
    QVERIFY(config.metricsAllowed.contains(QHostAddress(QStringLiteral("192.0.2.9"))));
    QVERIFY(!config.metricsAllowed.contains(QHostAddress(QStringLiteral("127.0.0.1"))));
    QCOMPARE(config.publicAccount, QStringLiteral("Blogs@example.org"));
    QCOMPARE(config.publicAccountPasswordFile, passwordFile);
    QCOMPARE(config.publicCacheTtlSeconds, 30);
}

void ServerConfigTest::invalidNewOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expectedError");

    const auto row = [](const char *name, const QStringList &options, const QString &expectedError) {
        QTest::newRow(name) << options << expectedError;
    };
    row("zero idle timeout", {QStringLiteral("--idle-timeout"), QStringLiteral("0")}, QStringLiteral("--idle-timeout: invalid value \"0\": expected a whole number of seconds"));
    row("idle timeout too long", {QStringLiteral("--idle-timeout"), QStringLiteral("3000000")}, QStringLiteral("from 1 to 2147483"));
    row("negative away delay", {QStringLiteral("--away-delay"), QStringLiteral("-1")}, QStringLiteral("--away-delay: invalid value \"-1\""));
    row("away delay with unit", {QStringLiteral("--away-delay"), QStringLiteral("10s")}, QStringLiteral("--away-delay"));
    row("zero memory limit", {QStringLiteral("--linker-memory-limit"), QStringLiteral("0")}, QStringLiteral("whole number of MiB"));
    row("zero cache TTL", {QStringLiteral("--public-cache-ttl"), QStringLiteral("0")}, QStringLiteral("--public-cache-ttl"));
    row("proxy host name", {QStringLiteral("--trusted-proxies"), QStringLiteral("proxy.example.org")}, QStringLiteral("\"proxy.example.org\" is not an IP address"));
    row("proxy prefix too long", {QStringLiteral("--trusted-proxies"), QStringLiteral("10.0.0.0/33")}, QStringLiteral("expected 0 to 32"));
    row("metrics prefix not a number", {QStringLiteral("--metrics-allowed"), QStringLiteral("::1/x")}, QStringLiteral("expected 0 to 128"));
    row("domain with underscore", {QStringLiteral("--allowed-domains"), QStringLiteral("example.org, bad_domain")}, QStringLiteral("\"bad_domain\" is not a domain name"));
    row("default domain with space", {QStringLiteral("--default-domain"), QStringLiteral("example org")}, QStringLiteral("expected a domain name"));
    row("default domain not allowed",
        {QStringLiteral("--allowed-domains"), QStringLiteral("example.org"), QStringLiteral("--default-domain"), QStringLiteral("example.net")},
        QStringLiteral("must be one of allowed-domains (example.org)"));
    row("public account without domain",
        {QStringLiteral("--public-account"), QStringLiteral("blogs"), QStringLiteral("--public-account-password-file"), QStringLiteral("/etc/hostname")},
        QStringLiteral("expected a bare JID"));
    row("public account with resource",
        {QStringLiteral("--public-account"), QStringLiteral("blogs@example.org/web"), QStringLiteral("--public-account-password-file"), QStringLiteral("/etc/hostname")},
        QStringLiteral("expected a bare JID"));
    row("public account without password", {QStringLiteral("--public-account"), QStringLiteral("blogs@example.org")},
        QStringLiteral("public-account-password-file is missing"));
    row("password file without account", {QStringLiteral("--public-account-password-file"), QStringLiteral("/etc/hostname")},
        QStringLiteral("public-account is missing"));
    row("missing password file",
        {QStringLiteral("--public-account"), QStringLiteral("blogs@example.org"), QStringLiteral("--public-account-password-file"), QStringLiteral("/nonexistent/password")},
        QStringLiteral("cannot read the password file \"/nonexistent/password\""));
    row("key without certificate", {QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem")}, QStringLiteral("tls-certificate is missing"));
}

void ServerConfigTest::invalidNewOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expectedError);

    ServerConfig config;
    QCOMPARE(config.parse(arguments(options)), ServerConfig::ParseResult::Error);
    QVERIFY2(config.errorString().contains(expectedError), qPrintable(config.errorString()));
}

void ServerConfigTest::domains()
{
    ServerConfig config;
    QCOMPARE(config.parse(arguments({
                 QStringLiteral("--allowed-domains"),
                 QStringLiteral(" Example.org,example.net,, example.org,bücher.example "),
                 QStringLiteral("--default-domain"),
                 QStringLiteral("EXAMPLE.NET"),
             })),
             ServerConfig::ParseResult::Ok);
    QCOMPARE(config.allowedDomains, (QStringList{QStringLiteral("example.org"), QStringLiteral("example.net"), QStringLiteral("bücher.example")}));
    QCOMPARE(config.defaultDomain, QStringLiteral("example.net"));

    QVERIFY(ServerConfig::isValidDomain(QStringLiteral("localhost")));
    QVERIFY(ServerConfig::isValidDomain(QStringLiteral("xn--bcher-kva.example")));
    QVERIFY(!ServerConfig::isValidDomain(QStringLiteral("-example.org")));
    QVERIFY(!ServerConfig::isValidDomain(QStringLiteral("example..org")));
    QVERIFY(!ServerConfig::isValidDomain(QString(64, QLatin1Char('a')) + QStringLiteral(".org")));
    QVERIFY(!ServerConfig::isValidDomain(QStringLiteral("user@example.org")));
}

void ServerConfigTest::configFile()
{
    const QString path = writeFile(QStringLiteral("config-file/salon-server.ini"),
                                   "# Settings of the test\n"
                                   "; another comment\n"
                                   "\n"
                                   "  listen = 127.0.0.1:9000  \n"
                                   "max-sessions=7\n"
                                   "log-level = warning\n"
                                   "linker = bin/salon-linker\n"
                                   "database = sqlite:cache/salon.sqlite\n"
                                   "idle-timeout = 120\n"
                                   "allowed-domains = example.org, example.net\n"
                                   "xmpp-host = xmpp#1.example.org\n");
    const QString folder = QFileInfo(path).absolutePath();

    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--config"), path, QStringLiteral("--max-sessions"), QStringLiteral("9")})),
             ServerConfig::ParseResult::Ok);

    QCOMPARE(config.configFile, path);
    QCOMPARE(config.listenAddress, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(config.listenPort, quint16(9000));
    // The command line overrides the file.
    QCOMPARE(config.maxSessions, 9);
    QCOMPARE(config.logLevel, QStringLiteral("warning"));
    // Relative paths in the file are relative to its folder.
    QCOMPARE(config.linkerPath, folder + QStringLiteral("/bin/salon-linker"));
    QCOMPARE(config.databaseUrl, QStringLiteral("sqlite:") + folder + QStringLiteral("/cache/salon.sqlite"));
    QCOMPARE(config.idleTimeoutSeconds, 120);
    QCOMPARE(config.allowedDomains, (QStringList{QStringLiteral("example.org"), QStringLiteral("example.net")}));
    // A '#' inside a value is part of the value.
    QCOMPARE(config.xmppHost, QStringLiteral("xmpp#1.example.org"));
}

void ServerConfigTest::configFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unknown key") << QByteArray("listen = 127.0.0.1:0\nmax-session = 5\n") << QStringLiteral("line 2: unknown key \"max-session\"");
    QTest::newRow("key with dashes") << QByteArray("--listen = 127.0.0.1:0\n") << QStringLiteral("line 1: unknown key \"--listen\"");
    QTest::newRow("config key") << QByteArray("config = other.ini\n") << QStringLiteral("line 1: unknown key \"config\"");
    QTest::newRow("check-config key") << QByteArray("check-config = true\n") << QStringLiteral("line 1: unknown key \"check-config\"");
    QTest::newRow("section") << QByteArray("[salon-server]\nlisten = 127.0.0.1:0\n") << QStringLiteral("line 1: sections such as \"[salon-server]\" are not used");
    QTest::newRow("line without equals sign") << QByteArray("\nlisten 127.0.0.1:0\n") << QStringLiteral("line 2: expected \"key = value\"");
    QTest::newRow("empty key") << QByteArray("= 5\n") << QStringLiteral("line 1: expected \"key = value\"");
    QTest::newRow("key twice") << QByteArray("max-sessions = 5\n\nmax-sessions = 6\n") << QStringLiteral("line 3: key \"max-sessions\" is set already on line 1");
    QTest::newRow("bad number") << QByteArray("# comment\nmax-sessions = many\n")
                                << QStringLiteral("line 2, key max-sessions: invalid value \"many\": expected a whole number of sessions from 1 to");
    QTest::newRow("bad listen") << QByteArray("listen = localhost:80\n")
                                << QStringLiteral("line 1, key listen: invalid value \"localhost:80\": expected an IP address and a port");
    QTest::newRow("bad database") << QByteArray("database = postgresql://salon:secret@127.0.0.1/salon\n")
                                  << QStringLiteral("line 1, key database: invalid database URL: the URL must not contain a password");
    QTest::newRow("missing CA file") << QByteArray("ca-certificates = missing-ca.pem\n") << QStringLiteral("missing-ca.pem\"");
}

void ServerConfigTest::configFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedError);

    const QString path = writeFile(QStringLiteral("errors/%1.ini").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), content);
    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--config"), path})), ServerConfig::ParseResult::Error);
    QVERIFY2(config.errorString().contains(path), qPrintable(config.errorString()));
    QVERIFY2(config.errorString().contains(expectedError), qPrintable(config.errorString()));
    QVERIFY2(!config.errorString().contains(QLatin1String("secret")), qPrintable(config.errorString()));
}

void ServerConfigTest::errorsListedTogether()
{
    ServerConfig unreadable;
    QCOMPARE(unreadable.parse(arguments({QStringLiteral("--config"), QStringLiteral("/nonexistent/salon-server.ini")})), ServerConfig::ParseResult::Error);
    QVERIFY2(unreadable.errorString().contains(QLatin1String("Cannot read the configuration file \"/nonexistent/salon-server.ini\"")),
             qPrintable(unreadable.errorString()));

    const QString path = writeFile(QStringLiteral("together.ini"), "max-sessions = 0\nbogus = 1\nlog-level = loud\n");
    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--config"), path, QStringLiteral("--idle-timeout"), QStringLiteral("never")})),
             ServerConfig::ParseResult::Error);
    const QStringList errors = config.errors();
    QCOMPARE(errors.size(), 4);
    QVERIFY2(errors.filter(QStringLiteral("key max-sessions")).size() == 1, qPrintable(config.errorString()));
    QVERIFY2(errors.filter(QStringLiteral("unknown key \"bogus\"")).size() == 1, qPrintable(config.errorString()));
    QVERIFY2(errors.filter(QStringLiteral("key log-level")).size() == 1, qPrintable(config.errorString()));
    QVERIFY2(errors.filter(QStringLiteral("--idle-timeout")).size() == 1, qPrintable(config.errorString()));
    QCOMPARE(config.errorString(), errors.join(QLatin1Char('\n')));
}

void ServerConfigTest::tlsCredentials()
{
    TestCertificates certificates(m_folder.filePath(QStringLiteral("tls")));
    QVERIFY2(certificates.create(), qPrintable(certificates.lastError()));

    // Paths relative to the configuration file's folder.
    const QDir folder(certificates.directory());
    const QString path = writeFile(QStringLiteral("tls/salon-server.ini"),
                                   "tls-certificate = " + folder.relativeFilePath(certificates.certificatePath()).toUtf8() + "\n"
                                   "tls-key = " + folder.relativeFilePath(certificates.keyPath()).toUtf8() + "\n");
    QCOMPARE(QFileInfo(path).absolutePath(), folder.absolutePath());

    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--config"), path})), ServerConfig::ParseResult::Ok);
    QCOMPARE(config.tlsCertificateFile, QFileInfo(certificates.certificatePath()).absoluteFilePath());
    QCOMPARE(config.tlsKeyFile, QFileInfo(certificates.keyPath()).absoluteFilePath());
    QVERIFY(!config.tlsCredentials.isNull());

    const QSslConfiguration ssl = config.tlsCredentials.serverConfiguration();
    QCOMPARE(ssl.localCertificate(), QSslCertificate::fromPath(certificates.certificatePath()).constFirst());
    QVERIFY(!ssl.privateKey().isNull());
    QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyNone);
}

void ServerConfigTest::tlsErrors_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedError");

    TestCertificates first(m_folder.filePath(QStringLiteral("tls-first")));
    TestCertificates second(m_folder.filePath(QStringLiteral("tls-second")));
    if (!first.create() || !second.create()) {
        QFAIL(qPrintable(first.lastError() + second.lastError()));
    }
    const QString notPem = writeFile(QStringLiteral("tls-errors/not-pem.txt"), "not a certificate\n");
    const QString encryptedKey = m_folder.filePath(QStringLiteral("tls-errors/encrypted.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), first.keyPath(), QStringLiteral("-out"), encryptedKey,
                   QStringLiteral("-passout"), QStringLiteral("pass:test-passphrase")});
    if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
        QFAIL("openssl could not encrypt the test key");
    }

    QTest::newRow("missing certificate") << QStringLiteral("/nonexistent/server.crt") << first.keyPath()
                                         << QStringLiteral("cannot read the TLS certificate file \"/nonexistent/server.crt\"");
    QTest::newRow("missing key") << first.certificatePath() << QStringLiteral("/nonexistent/server.key")
                                 << QStringLiteral("cannot read the TLS key file \"/nonexistent/server.key\"");
    QTest::newRow("certificate not PEM") << notPem << first.keyPath() << QStringLiteral("contains no PEM certificate");
    QTest::newRow("key not PEM") << first.certificatePath() << notPem << QStringLiteral("contains no unencrypted PEM private key");
    QTest::newRow("encrypted key") << first.certificatePath() << encryptedKey << QStringLiteral("contains no unencrypted PEM private key");
    QTest::newRow("key of another certificate") << first.certificatePath() << second.keyPath() << QStringLiteral("does not belong to the certificate");
}

void ServerConfigTest::tlsErrors()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, expectedError);

    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--tls-certificate"), certificate, QStringLiteral("--tls-key"), key})), ServerConfig::ParseResult::Error);
    QVERIFY2(config.errorString().contains(QLatin1String("--tls-certificate and --tls-key")), qPrintable(config.errorString()));
    QVERIFY2(config.errorString().contains(expectedError), qPrintable(config.errorString()));
    QVERIFY(config.tlsCredentials.isNull());
}

void ServerConfigTest::helpDescribesEveryOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("unit");

    // Every option with the unit or form of its value; flags have none.
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("config"), QStringLiteral("INI file")},
        {QStringLiteral("check-config"), QString()},
        {QStringLiteral("listen"), QStringLiteral("port")},
        {QStringLiteral("tls-certificate"), QStringLiteral("PEM file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM file")},
        {QStringLiteral("trusted-proxies"), QStringLiteral("CIDR subnets")},
        {QStringLiteral("request-timeout"), QStringLiteral("milliseconds")},
        {QStringLiteral("linker"), QStringLiteral("executable")},
        {QStringLiteral("max-sessions"), QStringLiteral("sessions")},
        {QStringLiteral("idle-timeout"), QStringLiteral("seconds")},
        {QStringLiteral("away-delay"), QStringLiteral("seconds")},
        {QStringLiteral("linker-memory-limit"), QStringLiteral("MiB")},
        {QStringLiteral("allowed-domains"), QStringLiteral("domains")},
        {QStringLiteral("default-domain"), QStringLiteral("Domain")},
        {QStringLiteral("xmpp-host"), QStringLiteral("host")},
        {QStringLiteral("xmpp-port"), QStringLiteral("port")},
        {QStringLiteral("ca-certificates"), QStringLiteral("PEM file")},
        {QStringLiteral("reconnect-delay"), QStringLiteral("milliseconds")},
        {QStringLiteral("database"), QStringLiteral("sqlite:PATH")},
        {QStringLiteral("log-level"), QStringLiteral("severity")},
        {QStringLiteral("metrics-allowed"), QStringLiteral("CIDR subnets")},
        {QStringLiteral("public-account"), QStringLiteral("Bare JID")},
        {QStringLiteral("public-account-password-file"), QStringLiteral("File")},
        {QStringLiteral("public-cache-ttl"), QStringLiteral("seconds")},
    };
    for (const auto &option : options) {
        QTest::newRow(qPrintable(option.first)) << option.first << option.second;
    }
}

void ServerConfigTest::helpDescribesEveryOption()
{
    QFETCH(QString, option);
    QFETCH(QString, unit);

    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--help")})), ServerConfig::ParseResult::HelpRequested);

    // The option's entry runs from its name to the next line that starts another option.
    const QString help = config.helpText();
    const QRegularExpression entryPattern(QStringLiteral("\n  --%1[ <].*?(?=\n  -|$)").arg(QRegularExpression::escape(option)),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch entry = entryPattern.match(help);
    QVERIFY2(entry.hasMatch(), qPrintable(help));
    const QString text = entry.captured().simplified();

    if (unit.isEmpty()) {
        return;
    }
    QVERIFY2(text.contains(unit), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("(default: ")), qPrintable(text));
}

void ServerConfigTest::checkConfigFlag()
{
    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--check-config")})), ServerConfig::ParseResult::Ok);
    QVERIFY(config.checkOnly);

    ServerConfig invalid;
    QCOMPARE(invalid.parse(arguments({QStringLiteral("--check-config"), QStringLiteral("--max-sessions"), QStringLiteral("0")})),
             ServerConfig::ParseResult::Error);
    QVERIFY(invalid.checkOnly);
}

void ServerConfigTest::checkEnvironment()
{
    ServerConfig valid;
    QCOMPARE(valid.parse(arguments({QStringLiteral("--linker"), QStringLiteral("/bin/true"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")})),
             ServerConfig::ParseResult::Ok);
    QCOMPARE(valid.checkEnvironment(), QStringList());

    const QString notExecutable = writeFile(QStringLiteral("not-executable"), "#!/bin/sh\n");
    ServerConfig linker;
    QCOMPARE(linker.parse(arguments({QStringLiteral("--linker"), notExecutable})), ServerConfig::ParseResult::Ok);
    const QStringList linkerProblems = linker.checkEnvironment();
    QCOMPARE(linkerProblems.size(), 1);
    QVERIFY2(linkerProblems.constFirst().contains(notExecutable + QStringLiteral(" is not an executable file")), qPrintable(linkerProblems.constFirst()));

    // 192.0.2.1 (TEST-NET-1, RFC 5737) belongs to no host, so it cannot be bound.
    ServerConfig address;
    QCOMPARE(address.parse(arguments({QStringLiteral("--linker"), QStringLiteral("/bin/true"), QStringLiteral("--listen"), QStringLiteral("192.0.2.1:8080")})),
             ServerConfig::ParseResult::Ok);
    const QStringList addressProblems = address.checkEnvironment();
    QCOMPARE(addressProblems.size(), 1);
    QVERIFY2(addressProblems.constFirst().contains(QLatin1String("Cannot listen on the address 192.0.2.1")), qPrintable(addressProblems.constFirst()));
}

void ServerConfigTest::exampleFile()
{
    const QString path = QStringLiteral(SALON_PACKAGING_DIR "/salon-server.ini");

    // Every setting is commented out, so the example file changes nothing.
    ServerConfig config;
    QCOMPARE(config.parse(arguments({QStringLiteral("--config"), path})), ServerConfig::ParseResult::Ok);
    QCOMPARE(config.maxSessions, 100);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());

    ServerConfig help;
    QCOMPARE(help.parse(arguments({QStringLiteral("--help")})), ServerConfig::ParseResult::HelpRequested);
    static const QRegularExpression optionPattern(QStringLiteral("\n  --([a-z-]+)"));
    auto options = optionPattern.globalMatch(help.helpText());
    int count = 0;
    while (options.hasNext()) {
        const QString option = options.next().captured(1);
        if (option == QLatin1String("help") || option == QLatin1String("help-all") || option == QLatin1String("version")
            || option == QLatin1String("config") || option == QLatin1String("check-config")) {
            continue;
        }
        ++count;
        QVERIFY2(text.contains(QStringLiteral("\n#%1 =").arg(option)), qPrintable(option));
    }
    QCOMPARE(count, 22);
}

QTEST_GUILESS_MAIN(ServerConfigTest)
#include "ServerConfigTest.moc"
