#include "DaemonLogging.h"
#include "EpollEventDispatcher.h"
#include "HealthHandler.h"
#include "HttpServer.h"
#include "LinkerProcess.h"
#include "MetricsHandler.h"
#include "PublicPageHandler.h"
#include "PublicReaderClient.h"
#include "ServerConfig.h"
#include "SessionApi.h"
#include "SessionManager.h"
#include "SessionSettings.h"
#include "StaticFileHandler.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"
#include "WebSocketEndpoint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <csignal>
#include <cstdio>
#include <optional>

namespace {

// Time that running linkers have to sign out on shutdown, in milliseconds; they are killed after it.
constexpr int ShutdownTimeoutMs = LinkerProcess::DefaultStopTimeoutMs + 1000;

QString urlAuthority(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    }
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// Prints the result of --check-config and returns the exit code.
int reportConfigCheck(const ServerConfig &config)
{
    const QStringList problems = config.errors() + config.checkEnvironment();
    if (problems.isEmpty()) {
        std::puts("salon-server: configuration is valid");
        return 0;
    }
    for (const QString &problem : problems) {
        std::fprintf(stderr, "salon-server: %s\n", qPrintable(problem));
    }
    return 1;
}

// Parses the command line and the configuration file; returns an exit code when the program is done already
// (help, version, --check-config, error).
std::optional<int> parseCommandLine(ServerConfig *config)
{
    const ServerConfig::ParseResult result = config->parse(QCoreApplication::arguments());
    if (config->checkOnly && (result == ServerConfig::ParseResult::Ok || result == ServerConfig::ParseResult::Error)) {
        return reportConfigCheck(*config);
    }

    switch (result) {
    case ServerConfig::ParseResult::Ok:
        return std::nullopt;
    case ServerConfig::ParseResult::HelpRequested:
        std::fputs(qPrintable(config->helpText()), stdout);
        return 0;
    case ServerConfig::ParseResult::VersionRequested:
        std::printf("salon-server %s\n", SALON_VERSION);
        return 0;
    case ServerConfig::ParseResult::Error:
        break;
    }
    const QStringList errors = config->errors();
    for (const QString &error : errors) {
        std::fprintf(stderr, "salon-server: %s\n", qPrintable(error));
    }
    std::fputs("Run salon-server --help for the options.\n", stderr);
    return 1;
}

// Ends every session on SIGTERM or SIGINT, then quits once the linkers have exited or the timeout has passed.
void shutDownOnSignals(UnixSignalWatcher *watcher, HttpServer *httpServer, SessionManager *sessions)
{
    watcher->watch(SIGTERM);
    watcher->watch(SIGINT);

    QObject::connect(watcher, &UnixSignalWatcher::signalReceived, sessions, [httpServer, sessions](int signalNumber) {
        static bool stopping = false;
        if (stopping) {
            return;
        }
        stopping = true;
        qCInfo(SALON_DAEMON).noquote() << QStringLiteral("Received signal %1; shutting down").arg(signalNumber);
        httpServer->close();
        sessions->shutdown();
        QTimer::singleShot(ShutdownTimeoutMs, sessions, [] {
            qCWarning(SALON_DAEMON) << "Linkers still running after the shutdown timeout; quitting anyway";
            QCoreApplication::exit(0);
        });
    });

    QObject::connect(sessions, &SessionManager::shutdownFinished, sessions, [] {
        qCInfo(SALON_DAEMON) << "All sessions ended; stopped";
        QCoreApplication::exit(0);
    });
}

// Event dispatchers that SALON_EVENT_DISPATCHER selects for the main thread.
enum class DispatcherChoice { Epoll, Qt, Invalid };

DispatcherChoice dispatcherChoice()
{
    const QByteArray value = qgetenv("SALON_EVENT_DISPATCHER");
    if (value.isEmpty() || value == "epoll") {
        return DispatcherChoice::Epoll;
    }
    if (value == "qt") {
        return DispatcherChoice::Qt;
    }
    return DispatcherChoice::Invalid;
}

// Installs EpollEventDispatcher for the main thread unless SALON_EVENT_DISPATCHER=qt. It must run before
// the QCoreApplication exists. Returns the name of the dispatcher that will run.
QString installEventDispatcher(DispatcherChoice choice)
{
    if (choice == DispatcherChoice::Qt) {
        return QStringLiteral("Qt's own");
    }
    auto *dispatcher = new EpollEventDispatcher;
    if (!dispatcher->isValid()) {
        delete dispatcher;
        return QStringLiteral("Qt's own, because epoll is unavailable");
    }
    QCoreApplication::setEventDispatcher(dispatcher);
    return QStringLiteral("epoll");
}

} // namespace

int main(int argc, char *argv[])
{
    // The main thread runs on EpollEventDispatcher: with thousands of descriptors, Qt's dispatcher
    // poll()s and scans all of them for every frame that the daemon routes.
    const DispatcherChoice choice = dispatcherChoice();
    if (choice == DispatcherChoice::Invalid) {
        std::fprintf(stderr, "salon-server: invalid SALON_EVENT_DISPATCHER value \"%s\"; expected epoll or qt\n",
                     qgetenv("SALON_EVENT_DISPATCHER").constData());
        return 1;
    }
    const QString dispatcherName = installEventDispatcher(choice);

    // QT_NO_GLIB selects Qt's own event dispatcher for the threads that do not run on the epoll one,
    // and for the main thread with SALON_EVENT_DISPATCHER=qt. The GLib one searches a list of every socket
    // notifier each time QProcess or QTcpSocket turns a write notifier on or off. With three
    // descriptors per linker and a socket per tab, that search and the GLib main loop took over a
    // third of the daemon's CPU samples while it routed frames (perf, 500 sessions).
    // The linkers inherit the environment as it was.
    const bool glibDisabledByUser = qEnvironmentVariableIsSet("QT_NO_GLIB");
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    if (!glibDisabledByUser) {
        qunsetenv("QT_NO_GLIB");
    }
    QCoreApplication::setApplicationName(QStringLiteral("salon-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    // The administrator's messages (help, configuration errors) follow the system's locale.
    Translations::install(&app, Translations::bestMatch(QLocale().uiLanguages()));

    ServerConfig config;
    if (const std::optional<int> exitCode = parseCommandLine(&config)) {
        return *exitCode;
    }
    QLoggingCategory::setFilterRules(config.loggingFilterRules());
    qCInfo(SALON_DAEMON).noquote() << QStringLiteral("Event dispatcher of the main thread: %1").arg(dispatcherName);

    const QFileInfo linker(config.linkerPath);
    if (!linker.isFile() || !linker.isExecutable()) {
        qCCritical(SALON_DAEMON).noquote() << QStringLiteral("Linker %1 is not an executable file; set it with --linker").arg(config.linkerPath);
        return 1;
    }
    if (!config.configFile.isEmpty()) {
        qCInfo(SALON_DAEMON).noquote() << QStringLiteral("Read the configuration file %1").arg(config.configFile);
    }

    // A browser that closes its socket while a response is written must not end the daemon.
    std::signal(SIGPIPE, SIG_IGN);

    StaticFileHandler files(QStringLiteral(":/web"));
    HttpServer httpServer(&files, config.requestTimeoutMs);
    if (!config.tlsCredentials.isNull()) {
        httpServer.setSslConfiguration(config.tlsCredentials.serverConfiguration());
    }
    httpServer.setTrustedProxies(TrustedProxies(config.trustedProxies));
    WebSocketEndpoint endpoint;
    SessionSettings sessionSettings;
    sessionSettings.maxSessions = config.maxSessions;
    sessionSettings.idleTimeoutMs = config.idleTimeoutSeconds * 1000;
    sessionSettings.awayDelaySeconds = config.awayDelaySeconds;
    sessionSettings.allowedDomains = config.allowedDomains;
    sessionSettings.defaultDomain = config.defaultDomain;
    sessionSettings.linkerLimits.memoryLimitMib = config.linkerMemoryLimitMib;
    SessionManager sessions(config.linkerPath, config.linkerArguments(), sessionSettings);
    SessionApi sessionApi(&sessions);
    httpServer.addRoute(SessionApi::sessionPath(), &sessionApi);
    httpServer.addRoute(SessionApi::configPath(), &sessionApi);
    endpoint.setSessionCheck([&sessions](const HttpRequestHead &request) {
        return sessions.sessionForRequest(request) != nullptr;
    });
    httpServer.setWebSocketEndpoint(&endpoint);
    QObject::connect(&httpServer, &HttpServer::upgradeRequested, &endpoint, &WebSocketEndpoint::handleUpgrade);
    QObject::connect(&endpoint, &WebSocketEndpoint::connectionReady, &sessions, &SessionManager::addConnection);
    HealthHandler health(config.databaseUrl);
    httpServer.addRoute(QByteArrayLiteral("/healthz"), &health);
    MetricsHandler metrics(&sessions, &httpServer, config.metricsAllowed);
    httpServer.addRoute(QByteArrayLiteral("/metrics"), &metrics);

    // The public pages at /blog/JID, rendered by a linker in public reader mode from the shared database.
    PublicReaderClient publicReader(config.linkerPath, config.linkerArguments());
    if (!config.publicAccount.isEmpty()) {
        QString password;
        QString errorString;
        if (!PublicReaderClient::readPasswordFile(config.publicAccountPasswordFile, &password, &errorString)) {
            qCCritical(SALON_DAEMON).noquote() << QStringLiteral("Cannot read the public account's password: %1").arg(errorString);
            return 1;
        }
        publicReader.setServiceAccount(config.publicAccount, password);
    }
    PublicPageHandler publicPages(&publicReader, config.publicCacheTtlSeconds);
    httpServer.addPrefixRoute(QByteArrayLiteral("/blog/"), &publicPages);

    UnixSignalWatcher signalWatcher;
    shutDownOnSignals(&signalWatcher, &httpServer, &sessions);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &publicReader, [&publicReader] {
        publicReader.stop();
    });

    if (!httpServer.listen(config.listenAddress, config.listenPort)) {
        qCCritical(SALON_DAEMON).noquote()
            << QStringLiteral("Cannot listen on %1: %2").arg(urlAuthority(config.listenAddress, config.listenPort), httpServer.errorString());
        return 1;
    }
    qCInfo(SALON_DAEMON).noquote() << QStringLiteral("Listening on %1://%2/ with linker %3 and at most %4 sessions")
                                          .arg(httpServer.isTlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"),
                                               urlAuthority(httpServer.serverAddress(), httpServer.serverPort()),
                                               config.linkerPath)
                                          .arg(config.maxSessions);

    return app.exec();
}
