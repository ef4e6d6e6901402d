#include "EpollEventDispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Runs a blocking event loop, the way QCoreApplication::exec() does, for the given time. QTest::qWait()
// never blocks in the dispatcher, so it would not exercise the wait.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Both ends of a connected Unix stream socket pair, closed on destruction unless closed before.
struct SocketPair {
    int fds[2] = {-1, -1};

    SocketPair()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
            qFatal("socketpair() failed");
        }
    }
    ~SocketPair()
    {
        closeEnd(0);
        closeEnd(1);
    }
    void closeEnd(int end)
    {
        if (fds[end] >= 0) {
            ::close(fds[end]);
            fds[end] = -1;
        }
    }
    void send(int end, const char *data) const
    {
        QCOMPARE(::write(fds[end], data, qstrlen(data)), ssize_t(qstrlen(data)));
    }
    QByteArray receive(int end) const
    {
        char buffer[4096];
        const ssize_t count = ::read(fds[end], buffer, sizeof(buffer));
        return count > 0 ? QByteArray(buffer, int(count)) : QByteArray();
    }
};

// Records the timer events that an object receives.
class TimerRecorder : public QObject
{
public:
    QList<int> firedIds;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        firedIds.append(event->timerId());
        if (onTimer) {
            onTimer(event->timerId());
        }
    }
};

// Counts the warnings of the dispatcher's logging category while it exists.
class WarningCounter
{
public:
    WarningCounter()
    {
        s_count = 0;
        m_previous = qInstallMessageHandler(&WarningCounter::handle);
    }
    ~WarningCounter()
    {
        qInstallMessageHandler(m_previous);
    }
    int count() const
    {
        return s_count;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type >= QtWarningMsg && qstrcmp(context.category, "salon.server.eventloop") == 0) {
            ++s_count;
        }
        std::fprintf(stderr, "%s\n", qPrintable(message));
    }

    static int s_count;
    QtMessageHandler m_previous = nullptr;
};

int WarningCounter::s_count = 0;

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

} // namespace

class EpollEventDispatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installedOnMainThread();

    void timersFireInDeadlineOrder();
    void singleShotTimerFiresOnce();
    void preciseTimerNeverEarly();
    void zeroIntervalTimerDoesNotStarve();
    void restartMovesDeadline();
    void remainingTime();
    void veryCoarseTimerRoundsToSeconds();
    void registeredAndUnregisteredTimers();
    void unregisterInsideTimerEvent();
    void nestedLoopInsideTimerSlot();
    void excludeTimersFlag();

    void readNotifier();
    void writeNotifier();
    void hangUpActivatesReadNotifier();
    void disableInsideOtherActivation();
    void deleteInsideOtherActivation();
    void removeAfterDescriptorClosed();
    void excludeSocketNotifiersFlag();

    void wakeUpFromAnotherThread();
    void interruptFromAnotherThread();
    void postedEventFromAnotherThread();
    void postedEventsAndDeleteLater();
    void awakeAndAboutToBlockSignals();

    void tcpServerAndSocket();
    void processOutputAndFinished();
    void descriptorsNotInherited();
};

void EpollEventDispatcherTest::installedOnMainThread()
{
    QVERIFY(dispatcher());
    QVERIFY(dispatcher()->isValid());
}

void EpollEventDispatcherTest::timersFireInDeadlineOrder()
{
    QList<int> order;
    for (const int interval : {30, 10, 50, 20, 40}) {
        QTimer::singleShot(interval, Qt::PreciseTimer, this, [&order, interval] {
            order.append(interval);
        });
    }
    // The loop blocks for longer than every timer, so all of them are due when it wakes up late on a
    // busy machine, and they must still fire in deadline order.
    QThread::msleep(60);
    runEventLoop(20);
    QCOMPARE(order, QList<int>({10, 20, 30, 40, 50}));
}

void EpollEventDispatcherTest::singleShotTimerFiresOnce()
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.setInterval(5);
    QSignalSpy spy(&timer, &QTimer::timeout);
    timer.start();
    runEventLoop(60);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!timer.isActive());
}

void EpollEventDispatcherTest::preciseTimerNeverEarly()
{
    // A zero-interval timer keeps the loop iterating, so that every iteration checks the deadline.
    QTimer spinning;
    spinning.start(0);
    for (const int interval : {1, 7, 25}) {
        QElapsedTimer clock;
        qint64 elapsed = -1;
        QEventLoop loop;
        clock.start();
        QTimer::singleShot(interval, Qt::PreciseTimer, this, [&] {
            elapsed = clock.nsecsElapsed();
            loop.quit();
        });
        loop.exec();
        QVERIFY2(elapsed >= qint64(interval) * 1000 * 1000, qPrintable(QStringLiteral("%1 ms timer fired after %2 ns").arg(interval).arg(elapsed)));
    }
}

void EpollEventDispatcherTest::zeroIntervalTimerDoesNotStarve()
{
    int zeroCount = 0;
    QTimer zero;
    zero.setInterval(0);
    connect(&zero, &QTimer::timeout, this, [&zeroCount] {
        ++zeroCount;
    });
    int tenCount = 0;
    QTimer ten;
    ten.setTimerType(Qt::PreciseTimer);
    ten.setInterval(10);
    connect(&ten, &QTimer::timeout, this, [&tenCount] {
        ++tenCount;
    });
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    int readCount = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        pair.receive(0);
        ++readCount;
    });

    zero.start();
    ten.start();
    pair.send(1, "x");
    runEventLoop(200);

    QVERIFY2(zeroCount > 10, qPrintable(QString::number(zeroCount)));
    QVERIFY2(tenCount >= 3, qPrintable(QString::number(tenCount)));
    QCOMPARE(readCount, 1);
}

void EpollEventDispatcherTest::restartMovesDeadline()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.setInterval(200);
    QElapsedTimer clock;
    qint64 firedAfter = -1;
    connect(&timer, &QTimer::timeout, this, [&] {
        firedAfter = clock.elapsed();
    });

    clock.start();
    timer.start();
    runEventLoop(100);
    QCOMPARE(firedAfter, qint64(-1));
    const qint64 restartedAt = clock.elapsed();
    timer.start();
    runEventLoop(120);
    QCOMPARE(firedAfter, qint64(-1));
    QTRY_VERIFY(firedAfter >= 0);
    QVERIFY2(firedAfter >= restartedAt + 200, qPrintable(QStringLiteral("%1 ms after the start, restarted at %2 ms").arg(firedAfter).arg(restartedAt)));
}

void EpollEventDispatcherTest::remainingTime()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1000);
    QCOMPARE(timer.remainingTime(), -1);

    timer.start();
    const int atStart = timer.remainingTime();
    QVERIFY2(atStart > 500 && atStart <= 1000, qPrintable(QString::number(atStart)));
    QCOMPARE(dispatcher()->remainingTime(timer.timerId()) <= 1000, true);

    QThread::msleep(200);
    const int later = timer.remainingTime();
    QVERIFY2(later <= 800 && later > 0, qPrintable(QString::number(later)));

    timer.stop();
    QCOMPARE(timer.remainingTime(), -1);
    QCOMPARE(dispatcher()->remainingTime(123456), -1);
}

void EpollEventDispatcherTest::veryCoarseTimerRoundsToSeconds()
{
    TimerRecorder recorder;
    const int veryCoarse = recorder.startTimer(1600, Qt::VeryCoarseTimer);
    const int longCoarse = recorder.startTimer(25000, Qt::CoarseTimer);
    const int precise = recorder.startTimer(1600, Qt::PreciseTimer);

    const QList<QAbstractEventDispatcher::TimerInfo> infos = dispatcher()->registeredTimers(&recorder);
    QCOMPARE(infos.size(), 3);
    for (const QAbstractEventDispatcher::TimerInfo &info : infos) {
        if (info.timerId == veryCoarse) {
            QCOMPARE(info.interval, 2000);
            QCOMPARE(info.timerType, Qt::VeryCoarseTimer);
        } else if (info.timerId == longCoarse) {
            QCOMPARE(info.interval, 25000);
            QCOMPARE(info.timerType, Qt::VeryCoarseTimer);
        } else {
            QCOMPARE(info.timerId, precise);
            QCOMPARE(info.interval, 1600);
            QCOMPARE(info.timerType, Qt::PreciseTimer);
        }
    }
    // Due on the whole second nearest to the start plus the rounded interval.
    const int remaining = dispatcher()->remainingTime(veryCoarse);
    QVERIFY2(remaining >= 1500 && remaining <= 2500, qPrintable(QString::number(remaining)));
}

void EpollEventDispatcherTest::registeredAndUnregisteredTimers()
{
    TimerRecorder recorder;
    const int first = recorder.startTimer(5, Qt::PreciseTimer);
    const int second = recorder.startTimer(10, Qt::CoarseTimer);
    QCOMPARE(dispatcher()->registeredTimers(&recorder).size(), 2);
    QCOMPARE(dispatcher()->registeredTimers(this).size(), 0);

    QVERIFY(dispatcher()->unregisterTimers(&recorder));
    QVERIFY(!dispatcher()->unregisterTimers(&recorder));
    QCOMPARE(dispatcher()->registeredTimers(&recorder).size(), 0);
    QCOMPARE(dispatcher()->remainingTime(first), -1);
    QCOMPARE(dispatcher()->remainingTime(second), -1);
    runEventLoop(40);
    QCOMPARE(recorder.firedIds, QList<int>());
}

void EpollEventDispatcherTest::unregisterInsideTimerEvent()
{
    // Both timers are due in the same iteration; the first one to fire stops the other and itself.
    TimerRecorder recorder;
    const int first = recorder.startTimer(5, Qt::PreciseTimer);
    const int second = recorder.startTimer(5, Qt::PreciseTimer);
    recorder.onTimer = [&](int id) {
        recorder.killTimer(id == first ? second : first);
        recorder.killTimer(id);
    };
    QThread::msleep(10);
    runEventLoop(40);
    QCOMPARE(recorder.firedIds.size(), 1);

    // An object deleted by the event of another timer of the same iteration gets no event.
    auto *victim = new TimerRecorder;
    QPointer<TimerRecorder> victimAlive(victim);
    TimerRecorder killer;
    killer.startTimer(5, Qt::PreciseTimer);
    victim->startTimer(5, Qt::PreciseTimer);
    killer.onTimer = [&](int id) {
        killer.killTimer(id);
        delete victimAlive.data();
    };
    victim->onTimer = [](int) {
        QFAIL("The timer of a deleted object fired");
    };
    QThread::msleep(10);
    runEventLoop(40);
    QCOMPARE(killer.firedIds.size(), 1);
    QVERIFY(victimAlive.isNull());
}

void EpollEventDispatcherTest::nestedLoopInsideTimerSlot()
{
    // A zero-interval timer is overdue at once, so it shows whether the nested loop waits or spins.
    QTimer repeating;
    repeating.setInterval(0);
    int firedCount = 0;
    int firedInsideNestedLoop = 0;
    int wakeUpsInsideNestedLoop = 0;
    bool nested = false;
    connect(&repeating, &QTimer::timeout, this, [&] {
        ++firedCount;
        if (nested) {
            ++firedInsideNestedLoop;
            return;
        }
        if (firedCount == 1) {
            nested = true;
            const QMetaObject::Connection counter = connect(dispatcher(), &QAbstractEventDispatcher::awake, this, [&] {
                ++wakeUpsInsideNestedLoop;
            });
            runEventLoop(100);
            disconnect(counter);
            nested = false;
        }
    });
    repeating.start();
    QTRY_VERIFY(firedCount >= 3);

    // The timer is overdue throughout the nested loop, which must wait instead of spinning on it.
    QCOMPARE(firedInsideNestedLoop, 0);
    QVERIFY2(wakeUpsInsideNestedLoop < 50, qPrintable(QString::number(wakeUpsInsideNestedLoop)));
}

void EpollEventDispatcherTest::excludeTimersFlag()
{
    int fired = 0;
    QTimer::singleShot(0, Qt::PreciseTimer, this, [&fired] {
        ++fired;
    });
    TimerRecorder recorder;
    recorder.startTimer(1, Qt::PreciseTimer);
    QThread::msleep(5);

    dispatcher()->processEvents(QEventLoop::X11ExcludeTimers);
    QCOMPARE(recorder.firedIds.size(), 0);
    // The zero single shot is a posted event, not a timer.
    QCOMPARE(fired, 1);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(recorder.firedIds.size(), 1);
}

void EpollEventDispatcherTest::readNotifier()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    runEventLoop(10);
    QCOMPARE(spy.count(), 0);

    // Level-triggered: the notifier fires on every iteration until the data is read.
    pair.send(1, "hello");
    QVERIFY(dispatcher()->processEvents(QEventLoop::AllEvents));
    QCOMPARE(spy.count(), 1);
    QVERIFY(dispatcher()->processEvents(QEventLoop::AllEvents));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(pair.receive(0), QByteArray("hello"));
    runEventLoop(10);
    QCOMPARE(spy.count(), 2);

    // Disabled, it does not fire; enabled again, it does.
    pair.send(1, "again");
    notifier.setEnabled(false);
    runEventLoop(10);
    QCOMPARE(spy.count(), 2);
    notifier.setEnabled(true);
    QTRY_VERIFY(spy.count() > 2);
}

void EpollEventDispatcherTest::writeNotifier()
{
    SocketPair pair;
    QSocketNotifier reader(pair.fds[0], QSocketNotifier::Read);
    QSocketNotifier writer(pair.fds[0], QSocketNotifier::Write);
    QSignalSpy readSpy(&reader, &QSocketNotifier::activated);
    int writes = 0;
    connect(&writer, &QSocketNotifier::activated, this, [&] {
        ++writes;
        writer.setEnabled(false);
    });

    // Two notifiers of one descriptor: the write one fires alone until data arrives.
    QTRY_COMPARE(writes, 1);
    QCOMPARE(readSpy.count(), 0);
    pair.send(1, "x");
    QTRY_VERIFY(readSpy.count() > 0);
    QCOMPARE(writes, 1);
    reader.setEnabled(false);

    // Fill the socket's buffer, so that it is no longer writable.
    const QByteArray chunk(65536, 'x');
    while (::write(pair.fds[0], chunk.constData(), size_t(chunk.size())) > 0) {
    }
    writer.setEnabled(true);
    runEventLoop(20);
    QCOMPARE(writes, 1);
    while (!pair.receive(1).isEmpty()) {
    }
    QTRY_COMPARE(writes, 2);
}

void EpollEventDispatcherTest::hangUpActivatesReadNotifier()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    pair.closeEnd(1);
    QTRY_VERIFY(spy.count() > 0);
    QCOMPARE(pair.receive(0), QByteArray());

    // A pipe's read end fires too when the write end closes.
    int pipeFds[2];
    QCOMPARE(::pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK), 0);
    QSocketNotifier pipeNotifier(pipeFds[0], QSocketNotifier::Read);
    QSignalSpy pipeSpy(&pipeNotifier, &QSocketNotifier::activated);
    ::close(pipeFds[1]);
    QTRY_VERIFY(pipeSpy.count() > 0);
    pipeNotifier.setEnabled(false);
    ::close(pipeFds[0]);
}

void EpollEventDispatcherTest::disableInsideOtherActivation()
{
    // Both descriptors are ready in the same iteration; whichever fires first disables the other one.
    SocketPair first;
    SocketPair second;
    QSocketNotifier firstNotifier(first.fds[0], QSocketNotifier::Read);
    QSocketNotifier secondNotifier(second.fds[0], QSocketNotifier::Read);
    int activations = 0;
    connect(&firstNotifier, &QSocketNotifier::activated, this, [&] {
        ++activations;
        secondNotifier.setEnabled(false);
        firstNotifier.setEnabled(false);
    });
    connect(&secondNotifier, &QSocketNotifier::activated, this, [&] {
        ++activations;
        firstNotifier.setEnabled(false);
        secondNotifier.setEnabled(false);
    });
    first.send(1, "a");
    second.send(1, "b");
    QVERIFY(dispatcher()->processEvents(QEventLoop::AllEvents));
    QCOMPARE(activations, 1);
    runEventLoop(10);
    QCOMPARE(activations, 1);
}

void EpollEventDispatcherTest::deleteInsideOtherActivation()
{
    SocketPair first;
    SocketPair second;
    auto *firstNotifier = new QSocketNotifier(first.fds[0], QSocketNotifier::Read);
    auto *secondNotifier = new QSocketNotifier(second.fds[0], QSocketNotifier::Read);
    QPointer<QSocketNotifier> firstAlive(firstNotifier);
    QPointer<QSocketNotifier> secondAlive(secondNotifier);
    int activations = 0;
    connect(firstNotifier, &QSocketNotifier::activated, this, [&] {
        ++activations;
        delete secondAlive.data();
    });
    connect(secondNotifier, &QSocketNotifier::activated, this, [&] {
        ++activations;
        delete firstAlive.data();
    });
    first.send(1, "a");
    second.send(1, "b");
    QVERIFY(dispatcher()->processEvents(QEventLoop::AllEvents));
    QCOMPARE(activations, 1);
    QCOMPARE(firstAlive.isNull() + secondAlive.isNull(), 1);
    delete firstAlive.data();
    delete secondAlive.data();
}

void EpollEventDispatcherTest::removeAfterDescriptorClosed()
{
    WarningCounter warnings;
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        pair.closeEnd(0);
    }
    QCOMPARE(warnings.count(), 0);

    // The descriptor number is likely reused; a notifier on it works.
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QByteArray received;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        received += pair.receive(0);
    });
    pair.send(1, "x");
    QTRY_COMPARE(received, QByteArray("x"));
    QCOMPARE(warnings.count(), 0);
}

void EpollEventDispatcherTest::excludeSocketNotifiersFlag()
{
    SocketPair pair;
    QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
    QSignalSpy spy(&notifier, &QSocketNotifier::activated);
    pair.send(1, "x");
    dispatcher()->processEvents(QEventLoop::ExcludeSocketNotifiers);
    QCOMPARE(spy.count(), 0);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(spy.count(), 1);

    // Waiting without the notifiers ends at a timer even though the descriptor stays readable.
    TimerRecorder recorder;
    const int id = recorder.startTimer(20, Qt::PreciseTimer);
    QElapsedTimer clock;
    clock.start();
    while (recorder.firedIds.isEmpty() && clock.elapsed() < 2000) {
        dispatcher()->processEvents(QEventLoop::ExcludeSocketNotifiers | QEventLoop::WaitForMoreEvents);
    }
    QCOMPARE(recorder.firedIds, QList<int>({id}));
    QCOMPARE(spy.count(), 1);
}

void EpollEventDispatcherTest::wakeUpFromAnotherThread()
{
    // A timer bounds the wait, so that a lost wake-up fails the test instead of hanging it. Wake-ups
    // left by earlier tests are consumed first.
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QTimer bound;
    bound.start(3000);
    QElapsedTimer clock;
    clock.start();
    EpollEventDispatcher *mainDispatcher = dispatcher();
    std::thread waker([mainDispatcher] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        mainDispatcher->wakeUp();
    });
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 elapsed = clock.elapsed();
    waker.join();
    QVERIFY2(elapsed >= 40 && elapsed < 2000, qPrintable(QString::number(elapsed)));
}

void EpollEventDispatcherTest::interruptFromAnotherThread()
{
    QTimer bound;
    bound.start(3000);
    QElapsedTimer clock;
    clock.start();
    EpollEventDispatcher *mainDispatcher = dispatcher();
    std::thread interrupter([mainDispatcher] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        mainDispatcher->interrupt();
    });
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 elapsed = clock.elapsed();
    interrupter.join();
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));

    // An interrupt while the iteration starts makes it return without waiting.
    bool interrupted = false;
    const QMetaObject::Connection connection = connect(dispatcher(), &QAbstractEventDispatcher::awake, this, [&interrupted] {
        if (!interrupted) {
            interrupted = true;
            dispatcher()->interrupt();
        }
    });
    clock.restart();
    QVERIFY(!dispatcher()->processEvents(QEventLoop::WaitForMoreEvents));
    disconnect(connection);
    QVERIFY(interrupted);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void EpollEventDispatcherTest::postedEventFromAnotherThread()
{
    // The event loop blocks until the event posted from the other thread wakes it. The timer bounds the
    // wait, so that a lost wake-up fails the test instead of hanging it.
    QEventLoop loop;
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    bool delivered = false;
    std::thread poster([&loop, &delivered] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        QMetaObject::invokeMethod(
            &loop,
            [&loop, &delivered] {
                delivered = true;
                loop.quit();
            },
            Qt::QueuedConnection);
    });
    QElapsedTimer clock;
    clock.start();
    loop.exec();
    const qint64 elapsed = clock.elapsed();
    poster.join();
    QVERIFY(delivered);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

void EpollEventDispatcherTest::postedEventsAndDeleteLater()
{
    QObject receiver;
    bool delivered = false;
    QMetaObject::invokeMethod(
        &receiver,
        [&delivered] {
            delivered = true;
        },
        Qt::QueuedConnection);
    QVERIFY(!delivered);
    dispatcher()->processEvents(QEventLoop::AllEvents);
    QVERIFY(delivered);

    QPointer<QObject> doomed(new QObject);
    doomed->deleteLater();
    QVERIFY(!doomed.isNull());
    runEventLoop(10);
    QVERIFY(doomed.isNull());
}

void EpollEventDispatcherTest::awakeAndAboutToBlockSignals()
{
    QSignalSpy awake(dispatcher(), &QAbstractEventDispatcher::awake);
    QSignalSpy aboutToBlock(dispatcher(), &QAbstractEventDispatcher::aboutToBlock);

    dispatcher()->processEvents(QEventLoop::AllEvents);
    QCOMPARE(awake.count(), 1);
    QCOMPARE(aboutToBlock.count(), 0);

    QTimer timer;
    timer.start(5);
    dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
    QCOMPARE(awake.count(), 2);
    QCOMPARE(aboutToBlock.count(), 1);
}

void EpollEventDispatcherTest::tcpServerAndSocket()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    QTcpSocket *accepted = server.nextPendingConnection();
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

    // 4 MiB does not fit into the socket buffers, so the writes wait for the write notifier.
    QByteArray payload(4 * 1024 * 1024, '\0');
    for (int i = 0; i < payload.size(); ++i) {
        payload[i] = char(i % 251);
    }
    client.write(payload);
    QByteArray received;
    connect(accepted, &QTcpSocket::readyRead, this, [&] {
        received += accepted->readAll();
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), payload.size(), 10000);
    QCOMPARE(received, payload);

    accepted->write("reply");
    QTRY_COMPARE(client.bytesAvailable(), qint64(5));
    QCOMPARE(client.readAll(), QByteArray("reply"));

    QSignalSpy disconnected(accepted, &QTcpSocket::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE(disconnected.count(), 1);
}

void EpollEventDispatcherTest::processOutputAndFinished()
{
    // Several processes at once, each with its own pipes and finish notification.
    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<std::unique_ptr<QSignalSpy>> finishedSpies;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        finishedSpies.push_back(std::make_unique<QSignalSpy>(process.get(), qOverload<int, QProcess::ExitStatus>(&QProcess::finished)));
        process->start(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("sleep 0.1; echo out%1; echo err%1 >&2; exit %1").arg(i)});
        processes.push_back(std::move(process));
    }
    for (int i = 0; i < 4; ++i) {
        QProcess &process = *processes[size_t(i)];
        QTRY_COMPARE_WITH_TIMEOUT(finishedSpies[size_t(i)]->count(), 1, 10000);
        QCOMPARE(finishedSpies[size_t(i)]->constFirst().at(0).toInt(), i);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.readAllStandardOutput(), QStringLiteral("out%1\n").arg(i).toUtf8());
        QCOMPARE(process.readAllStandardError(), QStringLiteral("err%1\n").arg(i).toUtf8());
    }

    // The finished signal itself, for a process that is waited for in the event loop alone.
    QProcess process;
    QSignalSpy started(&process, &QProcess::started);
    QSignalSpy finished(&process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished));
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("read line; echo \"got $line\"")});
    QTRY_COMPARE(started.count(), 1);
    process.write("input\n");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("got input\n"));
}

void EpollEventDispatcherTest::descriptorsNotInherited()
{
    // The dispatcher's epoll and eventfd descriptors must not leak into child processes such as the linkers.
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("ls -l /proc/$$/fd")});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
    const QByteArray listing = process.readAllStandardOutput();
    QVERIFY2(listing.contains("/proc/") || listing.contains("->"), listing.constData());
    QVERIFY2(!listing.contains("eventpoll"), listing.constData());
    QVERIFY2(!listing.contains("eventfd"), listing.constData());
}

int main(int argc, char *argv[])
{
    qRegisterMetaType<QProcess::ExitStatus>();
    auto *epoll = new EpollEventDispatcher;
    if (!epoll->isValid()) {
        std::fprintf(stderr, "Cannot create the epoll event dispatcher\n");
        return 1;
    }
    QCoreApplication::setEventDispatcher(epoll);
    QCoreApplication app(argc, argv);
    EpollEventDispatcherTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "EpollEventDispatcherTest.moc"
