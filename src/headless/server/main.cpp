#include "DaemonLogging.h"
#include "HttpServer.h"
#include "LinkerProcess.h"
#include "ServerConfig.h"
#include "SessionApi.h"
#include "SessionManager.h"
#include "SessionSettings.h"
#include "StaticFileHandler.h"
#include "UnixSignalWatcher.h"
#include "WebSocketEndpoint.h"

#include <QCoreApplication>
#include <QFileInfo>
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

// Parses the command line; returns an exit code when the program is done already (help, version, error).
std::optional<int> parseCommandLine(ServerConfig *config)
{
    switch (config->parse(QCoreApplication::arguments())) {
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
    std::fprintf(stderr, "salon-server: %s\nRun salon-server --help for the options.\n", qPrintable(config->errorString()));
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salon-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));

    ServerConfig config;
    if (const std::optional<int> exitCode = parseCommandLine(&config)) {
        return *exitCode;
    }
    QLoggingCategory::setFilterRules(config.loggingFilterRules());

    const QFileInfo linker(config.linkerPath);
    if (!linker.isFile() || !linker.isExecutable()) {
        qCCritical(SALON_DAEMON).noquote() << QStringLiteral("Linker %1 is not an executable file; set it with --linker").arg(config.linkerPath);
        return 1;
    }

    // A browser that closes its socket while a response is written must not end the daemon.
    std::signal(SIGPIPE, SIG_IGN);

    StaticFileHandler files(QStringLiteral(":/web"));
    HttpServer httpServer(&files, config.requestTimeoutMs);
    WebSocketEndpoint endpoint;
    // The other settings keep their defaults until ServerConfig has options for them.
    SessionSettings sessionSettings;
    sessionSettings.maxSessions = config.maxSessions;
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

    UnixSignalWatcher signalWatcher;
    shutDownOnSignals(&signalWatcher, &httpServer, &sessions);

    if (!httpServer.listen(config.listenAddress, config.listenPort)) {
        qCCritical(SALON_DAEMON).noquote()
            << QStringLiteral("Cannot listen on %1: %2").arg(urlAuthority(config.listenAddress, config.listenPort), httpServer.errorString());
        return 1;
    }
    qCInfo(SALON_DAEMON).noquote() << QStringLiteral("Listening on http://%1/ with linker %2 and at most %3 sessions")
                                          .arg(urlAuthority(httpServer.serverAddress(), httpServer.serverPort()), config.linkerPath)
                                          .arg(config.maxSessions);

    return app.exec();
}
