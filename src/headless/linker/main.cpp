#include "LinkerConfig.h"
#include "LinkerProcessLogging.h"
#include "LinkerSession.h"
#include "store/Database.h"
#include "StdioFrameChannel.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // The linker's log format carries the account; an inherited pattern would drop it.
    qunsetenv("QT_MESSAGE_PATTERN");
    qSetMessagePattern(QStringLiteral("%{type} [no account yet] %{category}: %{message}"));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salon-linker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));

    LinkerConfig config;
    switch (config.parse(QCoreApplication::arguments())) {
    case LinkerConfig::ParseResult::Ok:
        break;
    case LinkerConfig::ParseResult::HelpRequested:
        // Help goes to standard error: standard output is reserved for frames.
        std::fputs(qPrintable(config.helpText()), stderr);
        return 0;
    case LinkerConfig::ParseResult::VersionRequested:
        std::fprintf(stderr, "salon-linker %s\n", SALON_VERSION);
        return 0;
    case LinkerConfig::ParseResult::Error:
        qCCritical(SALON_LINKER_PROCESS).noquote() << config.errorString();
        return 1;
    }
    QLoggingCategory::setFilterRules(config.loggingFilterRules());

    // A server that exits while a frame is written must lead to a clean exit, not to SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);

    StdioFrameChannel channel;
    if (!channel.isValid()) {
        qCCritical(SALON_LINKER_PROCESS).noquote() << "Cannot set up the frame pipes:" << channel.errorString();
        return 1;
    }

    // The database opens on its own thread while the linker waits for the sign-in frame.
    std::unique_ptr<Database> database;
    if (!config.databaseUrl.isEmpty()) {
        database = std::make_unique<Database>(config.databaseUrl);
        database->open();
    }

    LinkerSession session(config.connectionSettings, &channel);
    session.setDatabase(database.get());
    session.setAwayDelay(config.awayDelaySeconds);
    QObject::connect(&session, &LinkerSession::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });

    // SIGTERM and SIGINT sign out like the server's signOut frame does.
    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGTERM);
    signalWatcher.watch(SIGINT);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &session, [&session](int signalNumber) {
        qCInfo(SALON_LINKER_PROCESS) << "Received signal" << signalNumber;
        session.signOut("the process received a signal");
    });

    qCDebug(SALON_LINKER_PROCESS) << "Waiting for the signIn frame";
    return app.exec();
}
