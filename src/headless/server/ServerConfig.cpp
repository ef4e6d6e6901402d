#include "ServerConfig.h"

#include "IniFile.h"
#include "LogLevel.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>

namespace {

// Largest number of seconds that still fits a QTimer interval in milliseconds (an int).
constexpr int MaxTimerSeconds = std::numeric_limits<int>::max() / 1000;

const QString defaultMetricsAllowed = QStringLiteral("127.0.0.1/8, ::1");

bool parsePort(const QString &text, bool allowZero, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535 || (!allowZero && value == 0)) {
        return false;
    }
    *port = quint16(value);
    return true;
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server-cache.sqlite");
}

QString translate(const char *text)
{
    return QCoreApplication::translate("ServerConfig", text);
}

// Checks the form of a database URL, which the linkers open. A SQLite path becomes absolute against \a baseFolder.
bool parseDatabaseUrl(QString *url, const QString &baseFolder, QString *problem)
{
    if (url->startsWith(QLatin1String("sqlite:"))) {
        const QString path = url->mid(int(qstrlen("sqlite:")));
        if (path.isEmpty()) {
            *problem = translate("sqlite: needs a file path, such as sqlite:/var/lib/salon/cache.sqlite");
            return false;
        }
        *url = QStringLiteral("sqlite:") + QDir::cleanPath(QDir(baseFolder).absoluteFilePath(path));
        return true;
    }

    const QUrl parsed(*url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("postgresql") || parsed.host().isEmpty() || parsed.path().size() < 2) {
        *problem = translate("expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME");
        return false;
    }
    // The URL is passed to every linker as an argument, which other local users can read.
    if (!parsed.password().isEmpty()) {
        *problem = translate("the URL must not contain a password: put it in the ~/.pgpass file of the user that runs salon-server");
        return false;
    }
    return true;
}

bool isReadableFile(const QString &path)
{
    const QFileInfo file(path);
    return file.isFile() && file.isReadable();
}

// The options of salon-server with their help texts. Each help text names the unit and the default.
QList<QCommandLineOption> serverOptions()
{
    const auto option = [](const char *name, const QString &description, const QString &valueName = {}) {
        return QCommandLineOption(QString::fromLatin1(name), description, valueName);
    };

    return {
        option("config",
               translate("INI file of settings: one \"key = value\" per line, keys named like the long options without "
                         "dashes, no sections, '#' starts a comment line. Options on the command line override it. "
                         "Relative paths in it are relative to its folder (default: none)."),
               translate("FILE")),
        option("check-config",
               translate("Checks the settings, the files they name and the linker, prints \"configuration is valid\" "
                         "and exits 0, or lists every problem and exits 1. The port is not opened, so this works "
                         "next to a running server.")),
        option("listen",
               translate("Address and port for HTTP and WebSocket connections (HTTPS and WSS with a TLS certificate); "
                         "port 0 chooses a free port (default: 127.0.0.1:8080)."),
               translate("ADDRESS:PORT")),
        option("tls-certificate",
               translate("PEM file with the server certificate, followed by any intermediate certificates; with "
                         "--tls-key the port speaks only HTTPS and WSS (default: none, plain HTTP)."),
               translate("FILE")),
        option("tls-key", translate("PEM file with the unencrypted private key of --tls-certificate (default: none)."), translate("FILE")),
        option("trusted-proxies",
               translate("Comma-separated IP addresses or CIDR subnets of reverse proxies whose X-Forwarded-For and "
                         "X-Forwarded-Proto headers are honoured (default: none)."),
               translate("LIST")),
        option("request-timeout",
               translate("Time a client has to finish the TLS handshake and send a complete HTTP request head, in "
                         "milliseconds (default: 10000)."),
               translate("MS")),
        option("linker", translate("Linker executable started for each session (default: salon-linker next to salon-server, else %1).").arg(QStringLiteral(SALON_INSTALLED_LINKER)), translate("PATH")),
        option("max-sessions", translate("Maximum number of signed-in sessions, each with one linker process (default: 100)."), translate("N")),
        option("idle-timeout",
               translate("Time a session without open browser tabs stays signed in, in seconds (default: 1800)."),
               translate("SECONDS")),
        option("away-delay",
               translate("Time after the last browser tab of a session closes until the account shows as away, in "
                         "seconds (default: 10)."),
               translate("SECONDS")),
        option("linker-memory-limit", translate("Memory limit of each linker process, in MiB (default: 512)."), translate("MIB")),
        option("allowed-domains",
               translate("Comma-separated domains whose accounts may sign in, such as example.org (default: none, "
                         "every domain)."),
               translate("LIST")),
        option("default-domain",
               translate("Domain that the sign-in page completes user names without '@' with; must be one of "
                         "--allowed-domains when that is set (default: none)."),
               translate("DOMAIN")),
        option("xmpp-host",
               translate("XMPP server host for every account, instead of the SRV lookup of the JID's domain "
                         "(default: none, the SRV lookup)."),
               translate("HOST")),
        option("xmpp-port", translate("XMPP server port for every account, from 1 to 65535 (default: 5222 or the SRV record's port)."), translate("PORT")),
        option("ca-certificates",
               translate("PEM file of certificate authorities that linkers trust in addition to the system's "
                         "(default: none)."),
               translate("FILE")),
        option("reconnect-delay",
               translate("Delay before a linker's first reconnection attempt, in milliseconds (default: the linker's own)."),
               translate("MS")),
        option("database",
               translate("Cache shared by all sessions: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME; put a "
                         "PostgreSQL password in ~/.pgpass, not in the URL (default: sqlite:%1).")
                   .arg(defaultDatabasePath()),
               translate("URL")),
        option("log-level", translate("Lowest severity logged: debug, info, warning or critical (default: info)."), translate("LEVEL")),
        option("metrics-allowed",
               translate("Comma-separated IP addresses or CIDR subnets of clients that may read /metrics (default: %1).").arg(defaultMetricsAllowed),
               translate("LIST")),
        option("public-account",
               translate("Bare JID of the account that fetches public blogs for /blog/ pages (default: none; the pages "
                         "then show only the posts that users' sessions cached)."),
               translate("JID")),
        option("public-account-password-file",
               translate("File whose first line is the password of --public-account; keep it readable by "
                         "salon-server only (default: none)."),
               translate("FILE")),
        option("public-cache-ttl", translate("Time a fetched public page stays cached, in seconds (default: 300)."), translate("SECONDS")),
    };
}

// Options that only make sense on the command line.
bool isCommandLineOnly(const QString &name)
{
    return name == QLatin1String("config") || name == QLatin1String("check-config");
}

} // namespace

ServerConfig::ServerConfig()
{
    QString unused;
    metricsAllowed.parse(defaultMetricsAllowed, &unused);
}

ServerConfig::ParseResult ServerConfig::parse(const QStringList &arguments)
{
    m_errors.clear();
    m_settings.clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves Salon's web front end and starts one linker process per signed-in browser session."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QList<QCommandLineOption> options = serverOptions();
    parser.addOptions(options);
    m_helpText = parser.helpText()
        + tr("\nEnvironment:\n"
             "  SALON_EVENT_DISPATCHER                 Event dispatcher of the main thread:\n"
             "                                         epoll (default), or qt for Qt's own,\n"
             "                                         whose cost per event loop iteration\n"
             "                                         grows with the number of open sockets\n"
             "                                         and linker processes.\n");

    if (!parser.parse(arguments)) {
        m_errors.append(parser.errorText());
        return ParseResult::Error;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        return ParseResult::HelpRequested;
    }
    if (parser.isSet(versionOption)) {
        return ParseResult::VersionRequested;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_errors.append(tr("Unexpected argument: %1.").arg(parser.positionalArguments().constFirst()));
        return ParseResult::Error;
    }
    checkOnly = parser.isSet(QStringLiteral("check-config"));

    QStringList keys;
    for (const QCommandLineOption &option : options) {
        keys.append(option.names().constFirst());
    }
    if (parser.isSet(QStringLiteral("config"))) {
        readConfigFile(parser.value(QStringLiteral("config")), keys);
    }

    // The command line overrides the file.
    for (const QString &key : qAsConst(keys)) {
        if (parser.isSet(key) && !isCommandLineOnly(key)) {
            m_settings.insert(key, Setting{parser.value(key), QStringLiteral("--") + key, QDir::currentPath()});
        }
    }

    applySettings();
    return m_errors.isEmpty() ? ParseResult::Ok : ParseResult::Error;
}

void ServerConfig::readConfigFile(const QString &path, const QStringList &knownKeys)
{
    configFile = QFileInfo(path).absoluteFilePath();
    IniFile file;
    if (!file.read(configFile)) {
        m_errors.append(file.errors());
    }

    const QString folder = QFileInfo(configFile).absolutePath();
    const QVector<IniFile::Entry> entries = file.entries();
    for (const IniFile::Entry &entry : entries) {
        if (!knownKeys.contains(entry.key) || isCommandLineOnly(entry.key)) {
            m_errors.append(tr("%1 line %2: unknown key \"%3\"; the keys are the long options of salon-server --help without "
                               "dashes, except config and check-config.")
                                .arg(configFile)
                                .arg(entry.line)
                                .arg(entry.key));
            continue;
        }
        const QString origin = tr("%1 line %2, key %3").arg(configFile).arg(entry.line).arg(entry.key);
        m_settings.insert(entry.key, Setting{entry.value, origin, folder});
    }
}

void ServerConfig::addError(const Setting &setting, const QString &problem)
{
    m_errors.append(tr("%1: invalid value \"%2\": %3.").arg(setting.origin, setting.value, problem));
}

QString ServerConfig::absolutePath(const Setting &setting) const
{
    return QDir::cleanPath(QDir(setting.baseFolder).absoluteFilePath(setting.value));
}

bool ServerConfig::readInteger(const QString &key, int minimum, int maximum, const QString &unit, int *target)
{
    if (!m_settings.contains(key)) {
        return true;
    }
    const Setting setting = m_settings.value(key);
    bool ok = false;
    const int value = setting.value.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        addError(setting, tr("expected a whole number of %1 from %2 to %3").arg(unit).arg(minimum).arg(maximum));
        return false;
    }
    *target = value;
    return true;
}

bool ServerConfig::readSubnets(const QString &key, SubnetList *target)
{
    if (!m_settings.contains(key)) {
        return true;
    }
    const Setting setting = m_settings.value(key);
    QString problem;
    SubnetList subnets;
    if (!subnets.parse(setting.value, &problem)) {
        addError(setting, problem);
        return false;
    }
    *target = subnets;
    return true;
}

void ServerConfig::applySettings()
{
    const int maxInt = std::numeric_limits<int>::max();

    if (m_settings.contains(QStringLiteral("listen"))) {
        const Setting setting = m_settings.value(QStringLiteral("listen"));
        m_listenValid = parseListenAddress(setting.value, &listenAddress, &listenPort);
        if (!m_listenValid) {
            addError(setting, tr("expected an IP address and a port, such as 127.0.0.1:8080 or [::1]:8080"));
        }
    }

    if (m_settings.contains(QStringLiteral("linker"))) {
        linkerPath = absolutePath(m_settings.value(QStringLiteral("linker")));
    } else {
        // Next to salon-server in a build folder; installed, in the folder of internal programs.
        const QString besideServer = QCoreApplication::applicationDirPath() + QStringLiteral("/salon-linker");
        linkerPath = QFileInfo::exists(besideServer) ? besideServer : QStringLiteral(SALON_INSTALLED_LINKER);
    }

    xmppHost = m_settings.value(QStringLiteral("xmpp-host")).value;
    if (m_settings.contains(QStringLiteral("xmpp-port"))) {
        const Setting setting = m_settings.value(QStringLiteral("xmpp-port"));
        if (!parsePort(setting.value, false, &xmppPort)) {
            addError(setting, tr("expected a port from 1 to 65535"));
        }
    }

    if (m_settings.contains(QStringLiteral("ca-certificates"))) {
        const Setting setting = m_settings.value(QStringLiteral("ca-certificates"));
        // Linkers run with another working directory in mind, so they get an absolute path.
        caCertificatesFile = absolutePath(setting);
        if (!isReadableFile(caCertificatesFile)) {
            addError(setting, tr("cannot read the CA certificates file \"%1\"").arg(caCertificatesFile));
        } else if (QSslCertificate::fromPath(caCertificatesFile, QSsl::Pem).isEmpty()) {
            addError(setting, tr("\"%1\" contains no PEM certificate").arg(caCertificatesFile));
        }
    }

    databaseUrl = QStringLiteral("sqlite:") + defaultDatabasePath();
    if (m_settings.contains(QStringLiteral("database"))) {
        const Setting setting = m_settings.value(QStringLiteral("database"));
        QString url = setting.value;
        QString problem;
        if (parseDatabaseUrl(&url, setting.baseFolder, &problem)) {
            databaseUrl = url;
        } else {
            // Only the origin is named: the URL may contain a password.
            m_errors.append(tr("%1: invalid database URL: %2.").arg(setting.origin, problem));
        }
    }

    readInteger(QStringLiteral("reconnect-delay"), 1, maxInt, tr("milliseconds"), &reconnectDelayMs);
    readInteger(QStringLiteral("max-sessions"), 1, maxInt, tr("sessions"), &maxSessions);
    readInteger(QStringLiteral("request-timeout"), 1, maxInt, tr("milliseconds"), &requestTimeoutMs);
    readInteger(QStringLiteral("idle-timeout"), 1, MaxTimerSeconds, tr("seconds"), &idleTimeoutSeconds);
    readInteger(QStringLiteral("away-delay"), 0, MaxTimerSeconds, tr("seconds"), &awayDelaySeconds);
    // The upper bound is 1 TiB, which keeps the limit in bytes far from overflowing.
    readInteger(QStringLiteral("linker-memory-limit"), 1, 1024 * 1024, tr("MiB"), &linkerMemoryLimitMib);
    readInteger(QStringLiteral("public-cache-ttl"), 1, MaxTimerSeconds, tr("seconds"), &publicCacheTtlSeconds);

    if (m_settings.contains(QStringLiteral("log-level"))) {
        const Setting setting = m_settings.value(QStringLiteral("log-level"));
        if (LogLevel::isValid(setting.value.toLower())) {
            logLevel = setting.value.toLower();
        } else {
            addError(setting, tr("expected debug, info, warning or critical"));
        }
    }

    readSubnets(QStringLiteral("trusted-proxies"), &trustedProxies);
    readSubnets(QStringLiteral("metrics-allowed"), &metricsAllowed);

    applyTlsSettings();
    applyDomainSettings();
    applyPublicAccountSettings();
}

void ServerConfig::applyTlsSettings()
{
    const bool hasCertificate = m_settings.contains(QStringLiteral("tls-certificate"));
    const bool hasKey = m_settings.contains(QStringLiteral("tls-key"));
    if (!hasCertificate && !hasKey) {
        return;
    }
    if (hasCertificate != hasKey) {
        const Setting given = m_settings.value(hasCertificate ? QStringLiteral("tls-certificate") : QStringLiteral("tls-key"));
        m_errors.append(tr("%1 is set, but %2 is missing: a TLS port needs both the certificate and its private key.")
                            .arg(given.origin, hasCertificate ? QStringLiteral("tls-key") : QStringLiteral("tls-certificate")));
        return;
    }

    const Setting certificate = m_settings.value(QStringLiteral("tls-certificate"));
    const Setting key = m_settings.value(QStringLiteral("tls-key"));
    tlsCertificateFile = absolutePath(certificate);
    tlsKeyFile = absolutePath(key);
    QString problem;
    if (!tlsCredentials.load(tlsCertificateFile, tlsKeyFile, &problem)) {
        m_errors.append(tr("%1 and %2: %3.").arg(certificate.origin, key.origin, problem));
    }
}

void ServerConfig::applyDomainSettings()
{
    if (m_settings.contains(QStringLiteral("allowed-domains"))) {
        const Setting setting = m_settings.value(QStringLiteral("allowed-domains"));
        const QStringList entries = setting.value.split(QLatin1Char(','));
        QStringList domains;
        for (const QString &entry : entries) {
            const QString domain = entry.trimmed().toLower();
            if (domain.isEmpty()) {
                continue;
            }
            if (!isValidDomain(domain)) {
                addError(setting, tr("\"%1\" is not a domain name; expected a comma-separated list such as example.org, example.net").arg(domain));
                return;
            }
            if (!domains.contains(domain)) {
                domains.append(domain);
            }
        }
        allowedDomains = domains;
    }

    if (m_settings.contains(QStringLiteral("default-domain"))) {
        const Setting setting = m_settings.value(QStringLiteral("default-domain"));
        const QString domain = setting.value.trimmed().toLower();
        if (!domain.isEmpty() && !isValidDomain(domain)) {
            addError(setting, tr("expected a domain name such as example.org"));
        } else if (!domain.isEmpty() && !allowedDomains.isEmpty() && !allowedDomains.contains(domain)) {
            addError(setting, tr("the default domain must be one of allowed-domains (%1)").arg(allowedDomains.join(QStringLiteral(", "))));
        } else {
            defaultDomain = domain;
        }
    }
}

void ServerConfig::applyPublicAccountSettings()
{
    const bool hasAccount = m_settings.contains(QStringLiteral("public-account"));
    const bool hasPasswordFile = m_settings.contains(QStringLiteral("public-account-password-file"));

    if (hasAccount) {
        const Setting setting = m_settings.value(QStringLiteral("public-account"));
        const QString jid = setting.value.trimmed();
        const int at = jid.indexOf(QLatin1Char('@'));
        static const QRegularExpression forbiddenInLocalPart(QStringLiteral("[\\s\"&'/:<>@]"));
        if (at <= 0 || jid.mid(at + 1).contains(QLatin1Char('/')) || jid.left(at).contains(forbiddenInLocalPart) || !isValidDomain(jid.mid(at + 1))) {
            addError(setting, tr("expected a bare JID such as blogs@example.org"));
        } else {
            publicAccount = jid.left(at) + QLatin1Char('@') + jid.mid(at + 1).toLower();
        }
        if (!hasPasswordFile) {
            m_errors.append(tr("%1 is set, but public-account-password-file is missing.").arg(setting.origin));
        }
    }

    if (hasPasswordFile) {
        const Setting setting = m_settings.value(QStringLiteral("public-account-password-file"));
        publicAccountPasswordFile = absolutePath(setting);
        if (!isReadableFile(publicAccountPasswordFile)) {
            addError(setting, tr("cannot read the password file \"%1\"").arg(publicAccountPasswordFile));
        }
        if (!hasAccount) {
            m_errors.append(tr("%1 is set, but public-account is missing.").arg(setting.origin));
        }
    }
}

QString ServerConfig::errorString() const
{
    return m_errors.join(QLatin1Char('\n'));
}

QStringList ServerConfig::errors() const
{
    return m_errors;
}

QString ServerConfig::helpText() const
{
    return m_helpText;
}

QStringList ServerConfig::checkEnvironment() const
{
    QStringList problems;

    const QFileInfo linker(linkerPath);
    if (!linker.isFile() || !linker.isExecutable()) {
        problems.append(tr("The linker %1 is not an executable file; set it with --linker or the linker key.").arg(linkerPath));
    }

    // Port 0 binds without disturbing a server that runs on the configured port already.
    if (m_listenValid) {
        QTcpServer probe;
        if (!probe.listen(listenAddress, 0)) {
            problems.append(tr("Cannot listen on the address %1: %2.").arg(listenAddress.toString(), probe.errorString()));
        }
    }

    return problems;
}

QStringList ServerConfig::linkerArguments() const
{
    QStringList arguments;
    if (!xmppHost.isEmpty()) {
        arguments << QStringLiteral("--xmpp-host") << xmppHost;
    }
    if (xmppPort != 0) {
        arguments << QStringLiteral("--xmpp-port") << QString::number(xmppPort);
    }
    if (!caCertificatesFile.isEmpty()) {
        arguments << QStringLiteral("--ca-certificates") << caCertificatesFile;
    }
    if (reconnectDelayMs > 0) {
        arguments << QStringLiteral("--reconnect-delay") << QString::number(reconnectDelayMs);
    }
    arguments << QStringLiteral("--database") << databaseUrl;
    arguments << QStringLiteral("--log-level") << logLevel;
    return arguments;
}

QString ServerConfig::loggingFilterRules() const
{
    return LogLevel::filterRules(logLevel);
}

bool ServerConfig::parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = text;
    QString portText;

    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return false;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                return false;
            }
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        const int colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }

    QHostAddress parsedAddress;
    if (!parsedAddress.setAddress(host)) {
        return false;
    }
    quint16 parsedPort = *port;
    if (!portText.isNull() && !parsePort(portText, true, &parsedPort)) {
        return false;
    }

    *address = parsedAddress;
    *port = parsedPort;
    return true;
}

bool ServerConfig::isValidDomain(const QString &domain)
{
    // Internationalized names are checked in their ASCII form (RFC 5891), which is the form DNS uses.
    const QByteArray ascii = QUrl::toAce(domain);
    static const QRegularExpression label(QStringLiteral("^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$"));
    if (ascii.isEmpty() || ascii.size() > 253) {
        return false;
    }
    const QList<QByteArray> labels = ascii.split('.');
    for (const QByteArray &part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch()) {
            return false;
        }
    }
    return true;
}
