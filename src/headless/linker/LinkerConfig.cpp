#include "LinkerConfig.h"

#include "LogLevel.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>

namespace {

// 1 TiB: a larger limit is no limit in practice, and the byte count stays far from overflow.
constexpr int MaxMemoryLimitMib = 1024 * 1024;

} // namespace

LinkerConfig::ParseResult LinkerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs Salon's core for one account on behalf of salon-server. Frames of the server's protocol "
           "arrive on standard input and leave on standard output; the log goes to standard error. "
           "The first frame must be signIn."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption xmppHostOption(QStringLiteral("xmpp-host"), tr("XMPP server host, instead of the SRV lookup of the JID's domain."), tr("HOST"));
    const QCommandLineOption xmppPortOption(QStringLiteral("xmpp-port"), tr("XMPP server port (default: 5222 or the SRV record's port)."), tr("PORT"));
    const QCommandLineOption caOption(QStringLiteral("ca-certificates"),
                                      tr("PEM file of certificate authorities trusted in addition to the system's."),
                                      tr("FILE"));
    const QCommandLineOption reconnectOption(QStringLiteral("reconnect-delay"),
                                             tr("Delay before the first reconnection attempt, in milliseconds "
                                                "(default: %1).")
                                                 .arg(connectionSettings.reconnectInitialDelayMs),
                                             tr("MS"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Cache: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME (default: none, "
                                               "nothing is kept on disk)."),
                                            tr("URL"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                            tr("Lowest severity logged: debug, info, warning or critical "
                                               "(default: %1).")
                                                .arg(logLevel),
                                            tr("LEVEL"));
    const QCommandLineOption awayDelayOption(QStringLiteral("away-delay"),
                                             tr("Delay after the last browser tab closed until the account's presence becomes away, in "
                                                "seconds (default: %1).")
                                                 .arg(awayDelaySeconds),
                                             tr("SECONDS"));
    const QCommandLineOption memoryLimitOption(QStringLiteral("memory-limit"),
                                               tr("Limit of the process's data memory (heap, thread stacks), in MiB; when an "
                                                  "allocation fails, the linker exits with status 3 (default: 0, no limit)."),
                                               tr("MIB"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the messages sent to the browser, as a tag such as fr or de "
                                               "(default: en)."),
                                            tr("TAG"));
    const QCommandLineOption publicReaderOption(QStringLiteral("public-reader"),
                                                tr("Render the server's public pages of users' public posts from the cache, "
                                                   "instead of signing in to an account."));
    parser.addOptions({xmppHostOption, xmppPortOption, caOption, reconnectOption, databaseOption, logLevelOption, awayDelayOption,
                       memoryLimitOption, languageOption, publicReaderOption});
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

    connectionSettings.host = parser.value(xmppHostOption);

    if (parser.isSet(xmppPortOption)) {
        bool ok = false;
        const uint port = parser.value(xmppPortOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            m_errorString = tr("Invalid --xmpp-port value \"%1\": expected a port from 1 to 65535.").arg(parser.value(xmppPortOption));
            return ParseResult::Error;
        }
        connectionSettings.port = quint16(port);
    }

    if (parser.isSet(caOption)) {
        QFile file(parser.value(caOption));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errorString = tr("Cannot read the CA certificates file \"%1\": %2.").arg(file.fileName(), file.errorString());
            return ParseResult::Error;
        }
        connectionSettings.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (connectionSettings.extraCaCertificates.isEmpty()) {
            m_errorString = tr("The CA certificates file \"%1\" contains no PEM certificate.").arg(file.fileName());
            return ParseResult::Error;
        }
    }

    if (parser.isSet(reconnectOption)) {
        bool ok = false;
        const int delay = parser.value(reconnectOption).toInt(&ok);
        if (!ok || delay <= 0) {
            m_errorString = tr("Invalid --reconnect-delay value \"%1\": expected a positive number of milliseconds.").arg(parser.value(reconnectOption));
            return ParseResult::Error;
        }
        connectionSettings.reconnectInitialDelayMs = delay;
    }

    databaseUrl = parser.value(databaseOption);
    publicReader = parser.isSet(publicReaderOption);
    language = parser.value(languageOption);

    if (parser.isSet(awayDelayOption)) {
        bool ok = false;
        const int delay = parser.value(awayDelayOption).toInt(&ok);
        if (!ok || delay < 0) {
            m_errorString = tr("Invalid --away-delay value \"%1\": expected a number of seconds, 0 or more.").arg(parser.value(awayDelayOption));
            return ParseResult::Error;
        }
        awayDelaySeconds = delay;
    }

    if (parser.isSet(memoryLimitOption)) {
        bool ok = false;
        const int limit = parser.value(memoryLimitOption).toInt(&ok);
        if (!ok || limit < 0 || limit > MaxMemoryLimitMib) {
            m_errorString = tr("Invalid --memory-limit value \"%1\": expected a number of MiB from 0 (no limit) to %2.")
                                .arg(parser.value(memoryLimitOption))
                                .arg(MaxMemoryLimitMib);
            return ParseResult::Error;
        }
        memoryLimitMib = limit;
    }

    if (parser.isSet(logLevelOption)) {
        logLevel = parser.value(logLevelOption).toLower();
        if (!LogLevel::isValid(logLevel)) {
            m_errorString = tr("Invalid --log-level value \"%1\": expected debug, info, warning or critical.").arg(parser.value(logLevelOption));
            return ParseResult::Error;
        }
    }

    return ParseResult::Ok;
}

QString LinkerConfig::errorString() const
{
    return m_errorString;
}

QString LinkerConfig::helpText() const
{
    return m_helpText;
}

QString LinkerConfig::loggingFilterRules() const
{
    return LogLevel::filterRules(logLevel);
}
