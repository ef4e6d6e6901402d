#include "LinkerConfig.h"
#include "LinkerProcessLogging.h"
#include "LinkerSession.h"
#include "MemoryLimit.h"
#include "PublicReader.h"
#include "store/Database.h"
#include "StdioFrameChannel.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <csignal>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

/// Time without frames in either direction after which the linker counts as idle and trims its heap.
constexpr int HeapTrimQuietMs = 2000;
/// Interval of further trims while the linker stays idle, for memory freed by XMPP traffic that sends no frame.
constexpr int HeapTrimIdleIntervalMs = 60000;

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // glibc gives further threads (database, thumbnail worker) malloc arenas of their own, each with
    // free pages of its own. One arena for all threads lets them reuse each other's free pages.
    mallopt(M_ARENA_MAX, 1);
#endif

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
    if (!config.language.isEmpty()) {
        Translations::install(&app, config.language);
    }

    // The limit applies before any thread, database or connection exists; only QCoreApplication was allocated.
    MemoryLimit::installOutOfMemoryHandler(config.memoryLimitMib);
    QString memoryLimitError;
    if (!MemoryLimit::apply(config.memoryLimitMib, &memoryLimitError)) {
        qCCritical(SALON_LINKER_PROCESS).noquote() << memoryLimitError;
        return 1;
    }
    if (config.memoryLimitMib > 0) {
        qCDebug(SALON_LINKER_PROCESS) << "Memory limit:" << config.memoryLimitMib << "MiB";
    }

    // A server that exits while a frame is written must lead to a clean exit, not to SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);

    StdioFrameChannel channel;
    if (!channel.isValid()) {
        qCCritical(SALON_LINKER_PROCESS).noquote() << "Cannot set up the frame pipes:" << channel.errorString();
        return 1;
    }

#ifdef __GLIBC__
    // glibc's free() returns only the top of the heap to the system, so free pages below it stay
    // resident. malloc_trim() releases those too. It runs only once the frames have stopped, so a
    // busy linker does not fault the same pages in again.
    QTimer heapTrimTimer;
    heapTrimTimer.setSingleShot(true);
    const auto restartHeapTrimTimer = [&heapTrimTimer] {
        heapTrimTimer.start(HeapTrimQuietMs);
    };
    QObject::connect(&channel, &StdioFrameChannel::messageReceived, &heapTrimTimer, restartHeapTrimTimer);
    QObject::connect(&channel, &StdioFrameChannel::messageSent, &heapTrimTimer, restartHeapTrimTimer);
#endif

    // The database opens on its own thread while the linker waits for the sign-in frame.
    std::unique_ptr<Database> database;
    if (!config.databaseUrl.isEmpty()) {
        database = std::make_unique<Database>(config.databaseUrl);
        database->open();
    }

#ifdef __GLIBC__
    // SQLite's page cache of the sign-in stays allocated until the connection releases it, so the
    // connection releases its memory first and the trim then returns the pages to the system.
    QObject::connect(&heapTrimTimer, &QTimer::timeout, &heapTrimTimer, [&heapTrimTimer, &database] {
        if (database) {
            database->releaseMemory(&heapTrimTimer, [] {
                malloc_trim(0);
            });
        } else {
            malloc_trim(0);
        }
        heapTrimTimer.start(HeapTrimIdleIntervalMs);
    });
#endif

    if (config.publicReader) {
        qSetMessagePattern(QStringLiteral("%{type} [public reader] %{category}: %{message}"));
        PublicReader reader(config.connectionSettings, database.get(), &channel);
        QObject::connect(&reader, &PublicReader::finished, &app, [](int exitCode) {
            QCoreApplication::exit(exitCode);
        });
        UnixSignalWatcher signalWatcher;
        signalWatcher.watch(SIGTERM);
        signalWatcher.watch(SIGINT);
        QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app, [](int signalNumber) {
            qCInfo(SALON_LINKER_PROCESS) << "Received signal" << signalNumber;
            QCoreApplication::exit(0);
        });
        qCInfo(SALON_LINKER_PROCESS) << "Public reader waiting for requests";
        return app.exec();
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
