// Opens a conversation of 20,000 cached messages in the desktop window and scrolls back through
// older pages, timing the rows and the stalls of the GUI thread. The cache comes from
// FeedBenchmark --cache FILE, whose account and peer are alice@localhost and bob@localhost.
// Signs in against a throwaway Prosody; runs under Xvfb (run-under-xvfb.sh).
//
//   run-under-xvfb.sh LongConversationCheck CACHE [PAGES]

#include "Account.h"
#include "AppLauncher.h"
#include "DesktopApp.h"
#include "TestXmppServer.h"
#include "WindowTestTools.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

constexpr int TimeoutMs = 60000;
constexpr int FirstPageRows = 50;

// Samples the GUI thread every 2 ms and keeps the longest time between two samples. That is the
// longest time the thread was busy at once, while no animation moved and no input was handled.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            m_worstMs = std::max(m_worstMs, m_sinceTick.nsecsElapsed() / 1e6);
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_ticker.start(2);
    }

    void reset()
    {
        m_worstMs = 0;
        m_sinceTick.restart();
    }

    double worstMs() const
    {
        return std::max(m_worstMs, m_sinceTick.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    double m_worstMs = 0;
};

// Returns the CPU time of the calling thread, which competing processes do not inflate.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return time.tv_sec * 1e3 + time.tv_nsec / 1e6;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // The style of the app, as in the desktop tests.
    if (!qEnvironmentVariableIsSet("QT_QUICK_CONTROLS_STYLE")) {
        qputenv("QT_QUICK_CONTROLS_STYLE", "org.kde.desktop");
    }
    QApplication app(argc, argv);
    const int pages = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 40;
    if (argc < 2 || pages < 1) {
        std::fprintf(stderr, "usage: %s CACHE [PAGES]\n  CACHE: a file of FeedBenchmark --cache; PAGES: older pages to load, at least 1 (default 40)\n",
                     argv[0]);
        return 2;
    }

    QTemporaryDir folder;
    const QString cache = folder.filePath(QStringLiteral("cache.sqlite"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), cache)) {
        std::fprintf(stderr, "copying the cache %s failed\n", argv[1]);
        return 1;
    }

    TestXmppServer server;
    if (!server.start() || !server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret"))
        || !server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret"))) {
        std::fprintf(stderr, "starting Prosody or adding its accounts failed: %s\n", qPrintable(server.lastError()));
        return 1;
    }

    QString error;
    const long rssBeforeKiB = residentKiB();
    std::unique_ptr<DesktopApp> desktop = launchSignedIn(server, server.jid(QStringLiteral("alice")), QStringLiteral("alice-secret"), cache, TimeoutMs, &error);
    if (!desktop) {
        std::fprintf(stderr, "launching the app failed: %s\n", qPrintable(error));
        return 1;
    }
    QQuickWindow *window = desktop->window();
    // Lets the sign-in's own work (catch-up, conversation list) finish first.
    QTest::qWait(2000);

    StallMeter stalls;
    QElapsedTimer clock;

    const long rssSignedInKiB = residentKiB();
    stalls.reset();
    clock.start();
    const double openCpuStartMs = threadCpuMs();
    QMetaObject::invokeMethod(window, "openConversation", Q_ARG(QVariant, server.jid(QStringLiteral("bob"))), Q_ARG(QVariant, QStringLiteral("Bob")));
    QQuickItem *list = nullptr;
    if (!QTest::qWaitFor([&] {
            list = qobject_cast<QQuickItem *>(findObject(window, QStringLiteral("messageList")));
            return list && list->property("count").toInt() >= FirstPageRows;
        }, TimeoutMs)) {
        std::fprintf(stderr, "timed out: the conversation did not show %d messages within %d ms\n", FirstPageRows, TimeoutMs);
        return 1;
    }
    const double rowsMs = clock.nsecsElapsed() / 1e6;
    const double rowsCpuMs = threadCpuMs() - openCpuStartMs;
    // The page slides in.
    QTest::qWait(1000);
    const double openStallMs = stalls.worstMs();

    std::printf("open: first page in the list after %.1f ms (GUI thread CPU %.1f ms); longest stall of the GUI thread until 1 s later %.1f ms\n",
                rowsMs, rowsCpuMs, openStallMs);
    std::printf("memory: RSS %ld MiB before sign-in, %ld MiB signed in, %ld MiB with the conversation open\n", rssBeforeKiB / 1024,
                rssSignedInKiB / 1024, residentKiB() / 1024);

    // Scrolls to the oldest row, which makes the list fetch the page before it, page after page.
    QVector<double> pageMs;
    QVector<double> pageStallMs;
    QVector<double> pageCpuMs;
    for (int page = 0; page < pages; ++page) {
        const int count = list->property("count").toInt();
        stalls.reset();
        clock.restart();
        const double cpuStartMs = threadCpuMs();
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        if (!QTest::qWaitFor([&] { return list->property("count").toInt() > count; }, TimeoutMs)) {
            std::fprintf(stderr, "timed out: page %d did not arrive within %d ms\n", page + 2, TimeoutMs);
            return 1;
        }
        pageMs.append(clock.nsecsElapsed() / 1e6);
        pageCpuMs.append(threadCpuMs() - cpuStartMs);
        QTest::qWait(200);
        pageStallMs.append(stalls.worstMs());
    }
    std::sort(pageMs.begin(), pageMs.end());
    std::sort(pageStallMs.begin(), pageStallMs.end());
    std::sort(pageCpuMs.begin(), pageCpuMs.end());
    std::printf("scrolling: %d older pages, %d rows in the list; page in the list median %.1f ms, max %.1f ms "
                "(GUI thread CPU median %.1f ms, max %.1f ms); longest stall of the GUI thread per page median %.1f ms, max %.1f ms; RSS %ld MiB\n",
                pages, list->property("count").toInt(), pageMs.at(pageMs.size() / 2), pageMs.last(), pageCpuMs.at(pageCpuMs.size() / 2),
                pageCpuMs.last(), pageStallMs.at(pageStallMs.size() / 2), pageStallMs.last(), residentKiB() / 1024);
    return 0;
}
