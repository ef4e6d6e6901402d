#include "ServerConfig.h"

#include "LogLevel.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace {

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

bool parsePositiveInt(const QString &text, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed <= 0) {
        return false;
    }
    *value = parsed;
    return true;
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server-cache.sqlite");
}

// Checks the form of a database URL, which the linkers open. A SQLite path becomes absolute, like the CA file.
bool parseDatabaseUrl(QString *url, QString *error)
{
    const auto translate = [](const char *text) {
        return QCoreApplication::translate("ServerConfig", text);
    };

    if (url->startsWith(QLatin1String("sqlite:"))) {
        const QString path = url->mid(int(qstrlen("sqlite:")));
        if (path.isEmpty()) {
            *error = translate("Invalid --database value: sqlite: needs a file path, such as sqlite:/var/lib/salon/cache.sqlite.");
            return false;
        }
        *url = QStringLiteral("sqlite:") + QFileInfo(path).absoluteFilePath();
        return true;
    }

    const QUrl parsed(*url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("postgresql") || parsed.host().isEmpty() || parsed.path().size() < 2) {
        *error = translate("Invalid --database value: expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.");
        return false;
    }
    // The URL is passed to every linker as an argument, which other local users can read.
    if (!parsed.password().isEmpty()) {
        *error = translate("The --database URL must not contain a password: put it in the ~/.pgpass file of the user that runs salon-server.");
        return false;
    }
    return true;
}

} // namespace

ServerConfig::ParseResult ServerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves Salon's web front end and starts one linker process per signed-in browser session."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Address and port to listen on for HTTP and WebSocket "
                                             "connections; port 0 chooses a free port (default: 127.0.0.1:8080)."),
                                          tr("ADDRESS:PORT"));
    const QCommandLineOption linkerOption(QStringLiteral("linker"),
                                          tr("Linker executable started for each session "
                                             "(default: salon-linker next to salon-server)."),
                                          tr("PATH"));
    const QCommandLineOption xmppHostOption(QStringLiteral("xmpp-host"),
                                            tr("XMPP server host for every account, instead of the "
                                               "SRV lookup of the JID's domain."),
                                            tr("HOST"));
    const QCommandLineOption xmppPortOption(QStringLiteral("xmpp-port"),
                                            tr("XMPP server port for every account (default: 5222 "
                                               "or the SRV record's port)."),
                                            tr("PORT"));
    const QCommandLineOption caOption(QStringLiteral("ca-certificates"),
                                      tr("PEM file of certificate authorities trusted in addition "
                                         "to the system's."),
                                      tr("FILE"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Cache shared by all sessions: sqlite:PATH (default: "
                                               "sqlite:%1) or postgresql://USER@HOST:PORT/DBNAME. Put a "
                                               "PostgreSQL password in ~/.pgpass, not in the URL.")
                                                .arg(defaultDatabasePath()),
                                            tr("URL"));
    const QCommandLineOption reconnectOption(QStringLiteral("reconnect-delay"),
                                             tr("Delay before a linker's first reconnection attempt, "
                                                "in milliseconds."),
                                             tr("MS"));
    const QCommandLineOption maxSessionsOption(QStringLiteral("max-sessions"),
                                               tr("Maximum number of signed-in sessions (default: %1).").arg(maxSessions),
                                               tr("N"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                            tr("Lowest severity logged: debug, info, warning or "
                                               "critical (default: %1).")
                                                .arg(logLevel),
                                            tr("LEVEL"));
    const QCommandLineOption requestTimeoutOption(QStringLiteral("request-timeout"),
                                                  tr("Time a client has to send a complete HTTP "
                                                     "request head, in milliseconds (default: %1).")
                                                      .arg(requestTimeoutMs),
                                                  tr("MS"));
    parser.addOptions(
        {listenOption, linkerOption, xmppHostOption, xmppPortOption, caOption, databaseOption, reconnectOption, maxSessionsOption, logLevelOption,
         requestTimeoutOption});
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        m_errorString = parser.errorText();
        return ParseResult::Error;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        return ParseResult::HelpRequested;
    }
    if (parser.isSet(versionOption)) {
        return ParseResult::VersionRequested;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_errorString = tr("Unexpected argument: %1.").arg(parser.positionalArguments().constFirst());
        return ParseResult::Error;
    }

    if (parser.isSet(listenOption) && !parseListenAddress(parser.value(listenOption), &listenAddress, &listenPort)) {
        m_errorString = tr("Invalid --listen value \"%1\": expected an IP address and a port, such as "
                           "127.0.0.1:8080 or [::1]:8080.")
                            .arg(parser.value(listenOption));
        return ParseResult::Error;
    }

    linkerPath = parser.isSet(linkerOption) ? parser.value(linkerOption) : QCoreApplication::applicationDirPath() + QStringLiteral("/salon-linker");

    xmppHost = parser.value(xmppHostOption);
    if (parser.isSet(xmppPortOption) && !parsePort(parser.value(xmppPortOption), false, &xmppPort)) {
        m_errorString = tr("Invalid --xmpp-port value \"%1\": expected a port from 1 to 65535.").arg(parser.value(xmppPortOption));
        return ParseResult::Error;
    }

    if (parser.isSet(caOption)) {
        const QFileInfo file(parser.value(caOption));
        if (!file.isFile() || !file.isReadable()) {
            m_errorString = tr("Cannot read the CA certificates file \"%1\".").arg(parser.value(caOption));
            return ParseResult::Error;
        }
        // Linkers run with another working directory in mind, so they get an absolute path.
        caCertificatesFile = file.absoluteFilePath();
    }

    databaseUrl = parser.isSet(databaseOption) ? parser.value(databaseOption) : QStringLiteral("sqlite:") + defaultDatabasePath();
    if (!parseDatabaseUrl(&databaseUrl, &m_errorString)) {
        return ParseResult::Error;
    }

    if (parser.isSet(reconnectOption) && !parsePositiveInt(parser.value(reconnectOption), &reconnectDelayMs)) {
        m_errorString = tr("Invalid --reconnect-delay value \"%1\": expected a positive number of "
                           "milliseconds.")
                            .arg(parser.value(reconnectOption));
        return ParseResult::Error;
    }

    if (parser.isSet(maxSessionsOption) && !parsePositiveInt(parser.value(maxSessionsOption), &maxSessions)) {
        m_errorString = tr("Invalid --max-sessions value \"%1\": expected a positive number.").arg(parser.value(maxSessionsOption));
        return ParseResult::Error;
    }

    if (parser.isSet(logLevelOption)) {
        logLevel = parser.value(logLevelOption).toLower();
        if (!LogLevel::isValid(logLevel)) {
            m_errorString = tr("Invalid --log-level value \"%1\": expected debug, info, warning or critical.").arg(parser.value(logLevelOption));
            return ParseResult::Error;
        }
    }

    if (parser.isSet(requestTimeoutOption) && !parsePositiveInt(parser.value(requestTimeoutOption), &requestTimeoutMs)) {
        m_errorString = tr("Invalid --request-timeout value \"%1\": expected a positive number of "
                           "milliseconds.")
                            .arg(parser.value(requestTimeoutOption));
        return ParseResult::Error;
    }

    return ParseResult::Ok;
}

QString ServerConfig::errorString() const
{
    return m_errorString;
}

QString ServerConfig::helpText() const
{
    return m_helpText;
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
