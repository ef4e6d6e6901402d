#pragma once

#include "TimerQueue.h"

#include <QAbstractEventDispatcher>
#include <QAtomicInt>

#include <deque>
#include <vector>

class QSocketNotifier;

/**
 * Event dispatcher for one thread on Linux's epoll, so that an iteration of the event loop costs time in
 * proportion to the descriptors that are ready, not to all watched descriptors.
 *
 * Qt 5.15's dispatcher on Unix builds a pollfd array of every socket notifier, poll()s it and scans it on
 * each iteration. With a WebSocket per browser tab and three descriptors per linker process, salon-server
 * watches thousands of descriptors and wakes up for nearly every frame, so that scan was most of its
 * routing cost.
 *
 * Install it before the QCoreApplication exists:
 * @code
 * auto *dispatcher = new EpollEventDispatcher;
 * if (dispatcher->isValid()) {
 *     QCoreApplication::setEventDispatcher(dispatcher);
 * }
 * QCoreApplication app(argc, argv);
 * @endcode
 *
 * It behaves like Qt's dispatcher on Unix:
 * - socket notifiers are level-triggered. A read notifier fires when its descriptor is readable, hung up
 *   or in error, a write notifier when it is writable or in error, and an exception notifier on urgent data;
 * - a notifier that is disabled or deleted during the activation of another one is not activated later in
 *   the same iteration;
 * - timers follow TimerQueue;
 * - posted events are sent at the start of each iteration; wakeUp() may be called from any thread;
 * - QEventLoop::ExcludeSocketNotifiers, X11ExcludeTimers and WaitForMoreEvents are honoured.
 *
 * NOTE: epoll watches open file descriptions, not descriptor numbers. A descriptor closed while its
 * notifier is still enabled stays watched if another process or descriptor shares its open file
 * description, and its events then reach whatever notifier later uses the same number. Qt's sockets and
 * QProcess delete their notifiers before they close the descriptors, so only hand-made notifiers are at
 * risk. A descriptor that epoll cannot watch (a regular file) is logged and never activates its notifier.
 */
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // False if the epoll or eventfd descriptor could not be created, which is logged with the reason.
    bool isValid() const;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    // True if wakeUp() was called since the last iteration. Qt's public API offers no count of posted events.
    bool hasPendingEvents() override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, int interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;
    void flush() override;

private:
    // The notifiers of one descriptor, indexed by QSocketNotifier::Type.
    struct Watch {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        bool pending[3] = {false, false, false};
        // Events that epoll watches for the descriptor, or 0 when it is not in the epoll set.
        quint32 events = 0;
    };

    bool isInDispatcherThread(QSocketNotifier *notifier, const char *action) const;
    void updateEpoll(int fd, Watch *watch);
    int waitForEvents(int timeoutMs, bool includeNotifiers);
    void markPending(int fd, quint32 events);
    void markPending(Watch *watch, int type);
    int activatePendingNotifiers();
    int consumeWakeUp();

    int m_epollFd = -1;
    int m_wakeUpFd = -1;
    QAtomicInt m_wakeUpPending;
    QAtomicInt m_interrupted;
    std::vector<Watch> m_watches; // indexed by descriptor
    std::deque<QSocketNotifier *> m_pendingNotifiers;
    TimerQueue m_timers;
};
