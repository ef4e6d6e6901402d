// Measures how long the caller's event loop is blocked while the store writes
// and reads a large roster, which must stay short because the caller is the
// UI thread or a linker's event loop. Prints a table and JSON lines.
#include "store/ContactStore.h"
#include "store/Database.h"
#include "store/OutboxStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int ContactCount = 5000;
constexpr int OutboxItemCount = 2000;
constexpr int Runs = 5;

struct RunResult
{
    double worstStallMs = 0;
    double totalMs = 0;
};

// Runs the store work once and samples the event loop every millisecond until the last result is back.
RunResult runOnce(const QString &url)
{
    Database database(url);
    database.open();
    ContactStore contacts(&database, QStringLiteral("alice@localhost"));
    OutboxStore outbox(&database, QStringLiteral("alice@localhost"));

    QVector<Contact> roster;
    roster.reserve(ContactCount);
    for (int i = 0; i < ContactCount; ++i) {
        Contact contact;
        contact.jid = QStringLiteral("contact%1@localhost").arg(i);
        contact.name = QStringLiteral("Contact %1").arg(i);
        contact.groups = QStringList(QStringLiteral("Group %1").arg(i % 20));
        contact.subscription = Contact::Subscription::Both;
        roster.append(contact);
    }

    QElapsedTimer total;
    QElapsedTimer sinceLastTick;
    double worstStallMs = 0;
    bool finished = false;

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worstStallMs = std::max(worstStallMs, sinceLastTick.nsecsElapsed() / 1e6);
        sinceLastTick.restart();
    });

    total.start();
    sinceLastTick.start();
    ticker.start(1);

    contacts.replaceAll(roster);
    for (int i = 0; i < OutboxItemCount; ++i) {
        OutboxItem item;
        item.kind = QStringLiteral("message");
        item.stanzaId = QStringLiteral("stanza-%1").arg(i);
        item.payload = QStringLiteral("<message id='stanza-%1' to='bob@localhost'><body>x</body></message>").arg(i);
        item.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        outbox.add(item);
    }
    QObject context;
    contacts.load(&context, [&](const QVector<Contact> &loaded) {
        if (loaded.size() != ContactCount) {
            std::fprintf(stderr, "loaded %d contacts instead of %d\n", int(loaded.size()), ContactCount);
        }
        finished = true;
    });

    while (!finished) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    ticker.stop();
    // The last interval ends when the result arrives.
    worstStallMs = std::max(worstStallMs, sinceLastTick.nsecsElapsed() / 1e6);
    return {worstStallMs, total.nsecsElapsed() / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;

    QVector<double> stalls;
    QVector<double> totals;
    for (int run = 0; run < Runs; ++run) {
        const RunResult result = runOnce(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("bench-%1.sqlite").arg(run)));
        stalls.append(result.worstStallMs);
        totals.append(result.totalMs);
    }
    std::sort(stalls.begin(), stalls.end());
    std::sort(totals.begin(), totals.end());

    std::printf("Store stall benchmark: %d contacts replaced, %d outbox items added, roster read back; SQLite; %d runs\n",
                ContactCount, OutboxItemCount, Runs);
    std::printf("Machine: %s, %d threads\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("%-34s %10s %10s\n", "metric", "min", "median");
    std::printf("%-34s %10.2f %10.2f\n", "worst event-loop stall (ms)", stalls.first(), stalls.at(Runs / 2));
    std::printf("%-34s %10.1f %10.1f\n", "total time until read back (ms)", totals.first(), totals.at(Runs / 2));
    std::printf("{\"id\":\"store\",\"metric\":\"worst_stall_ms\",\"min\":%.2f,\"median\":%.2f}\n", stalls.first(), stalls.at(Runs / 2));
    std::printf("{\"id\":\"store\",\"metric\":\"total_ms\",\"min\":%.1f,\"median\":%.1f}\n", totals.first(), totals.at(Runs / 2));
    return 0;
}
