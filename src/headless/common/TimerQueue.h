#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <QMultiHash>

#include <chrono>
#include <map>

class QObject;

/**
 * Timers of an event dispatcher, sorted by deadline.
 *
 * The timers follow the rules of Qt 5.15's own dispatcher on Unix:
 * - Qt::PreciseTimer is due at its interval in milliseconds after it was started or last fired;
 * - Qt::CoarseTimer of 20 s or more becomes a Qt::VeryCoarseTimer. Shorter coarse timers are as precise as
 *   Qt::PreciseTimer here, because this queue does not shift them by up to 5 % to fire them together as
 *   Qt does;
 * - Qt::VeryCoarseTimer has its interval rounded to whole seconds and fires on a whole second;
 * - a timer that is late fires once and is then due an interval after the time it fired;
 * - a timer is not fired again while its own timer event is delivered, for instance while a slot runs a
 *   nested event loop.
 *
 * Registering, unregistering and finding the next deadline cost O(log n). The queue belongs to one thread.
 */
class TimerQueue
{
public:
    using Clock = std::chrono::steady_clock;

    TimerQueue() = default;
    ~TimerQueue();
    TimerQueue(const TimerQueue &) = delete;
    TimerQueue &operator=(const TimerQueue &) = delete;

    void registerTimer(int timerId, int intervalMs, Qt::TimerType timerType, QObject *object);
    bool unregisterTimer(int timerId);
    bool unregisterTimers(QObject *object);
    QList<QAbstractEventDispatcher::TimerInfo> registeredTimers(QObject *object) const;

    // Milliseconds until the timer is due, rounded up: 0 if it is due, -1 if no such timer is registered.
    int remainingTime(int timerId) const;

    // Milliseconds until the first timer that is not being delivered is due: 0 if one is due, -1 if
    // there is none. Rounded up, so that a wait of that length does not end before the deadline.
    int waitTimeMs() const;

    // Sends a QTimerEvent to the object of each timer that was due when the call started. Returns the
    // number of timers with a non-zero interval that fired, as Qt's dispatcher counts them.
    int activateDueTimers();

    bool isEmpty() const;

private:
    struct Timer;
    using Deadlines = std::multimap<Clock::time_point, Timer *>;

    struct Timer {
        int id = 0;
        int intervalMs = 0;
        Qt::TimerType type = Qt::PreciseTimer;
        QObject *object = nullptr;
        Deadlines::iterator position;
        // Set while the timer's event is delivered. The queue clears the pointer it refers to when the
        // timer is unregistered meanwhile.
        Timer **deliveryGuard = nullptr;
        // Activation round in which the timer was last taken as due. A round stops when it meets a timer
        // it has taken already, such as a zero-interval timer that is due again at once.
        quint64 round = 0;
    };

    void schedule(Timer *timer, Clock::time_point deadline);
    void scheduleNext(Timer *timer, Clock::time_point now);
    void remove(Timer *timer);

    Deadlines m_deadlines;
    QHash<int, Timer *> m_timers;
    QMultiHash<QObject *, Timer *> m_timersByObject;
    quint64 m_round = 0;
};
