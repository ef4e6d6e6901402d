#include "TimerQueue.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <climits>

namespace {

using std::chrono::ceil;
using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

// Coarse timers of this length or more fire on whole seconds, as in Qt 5.15.
constexpr int VeryCoarseFromMs = 20000;

// Rounds up, so that a wait of the returned length never ends before the deadline.
int millisecondsUntil(TimerQueue::Clock::time_point deadline, TimerQueue::Clock::time_point now)
{
    if (deadline <= now) {
        return 0;
    }
    const qint64 ms = ceil<milliseconds>(deadline - now).count();
    return ms > INT_MAX ? INT_MAX : int(ms);
}

// The whole second nearest to the time point.
TimerQueue::Clock::time_point nearestSecond(TimerQueue::Clock::time_point time)
{
    const auto since = time.time_since_epoch();
    auto whole = duration_cast<seconds>(since);
    if (since - whole > milliseconds(500)) {
        ++whole;
    }
    return TimerQueue::Clock::time_point(whole);
}

} // namespace

TimerQueue::~TimerQueue()
{
    qDeleteAll(m_timers);
}

void TimerQueue::registerTimer(int timerId, int intervalMs, Qt::TimerType timerType, QObject *object)
{
    auto *timer = new Timer;
    timer->id = timerId;
    timer->intervalMs = qMax(intervalMs, 0);
    timer->type = timerType;
    timer->object = object;
    if (timer->type == Qt::CoarseTimer && timer->intervalMs >= VeryCoarseFromMs) {
        timer->type = Qt::VeryCoarseTimer;
    }

    const Clock::time_point now = Clock::now();
    Clock::time_point deadline;
    if (timer->type == Qt::VeryCoarseTimer) {
        // Rounded to the nearest second, halves up, like Qt.
        const int intervalSeconds = (timer->intervalMs + 500) / 1000;
        timer->intervalMs = intervalSeconds * 1000;
        deadline = nearestSecond(now) + seconds(intervalSeconds);
    } else {
        deadline = now + milliseconds(timer->intervalMs);
    }

    m_timers.insert(timerId, timer);
    m_timersByObject.insert(object, timer);
    schedule(timer, deadline);
}

bool TimerQueue::unregisterTimer(int timerId)
{
    Timer *timer = m_timers.value(timerId);
    if (!timer) {
        return false;
    }
    remove(timer);
    return true;
}

bool TimerQueue::unregisterTimers(QObject *object)
{
    const QList<Timer *> timers = m_timersByObject.values(object);
    for (Timer *timer : timers) {
        remove(timer);
    }
    return !timers.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> TimerQueue::registeredTimers(QObject *object) const
{
    QList<QAbstractEventDispatcher::TimerInfo> infos;
    for (auto it = m_timersByObject.constFind(object); it != m_timersByObject.constEnd() && it.key() == object; ++it) {
        const Timer *timer = it.value();
        infos.append(QAbstractEventDispatcher::TimerInfo(timer->id, timer->intervalMs, timer->type));
    }
    return infos;
}

int TimerQueue::remainingTime(int timerId) const
{
    const Timer *timer = m_timers.value(timerId);
    if (!timer) {
        return -1;
    }
    return millisecondsUntil(timer->position->first, Clock::now());
}

int TimerQueue::waitTimeMs() const
{
    // A timer whose event is being delivered further up the stack does not end the wait, else a nested
    // event loop in its slot would spin while it is overdue.
    for (const auto &entry : m_deadlines) {
        if (!entry.second->deliveryGuard) {
            return millisecondsUntil(entry.first, Clock::now());
        }
    }
    return -1;
}

int TimerQueue::activateDueTimers()
{
    if (m_deadlines.empty()) {
        return 0;
    }

    // Only the timers due now fire in this call: a zero-interval timer is due again at once and fires on
    // the next call, after the other events.
    const Clock::time_point now = Clock::now();
    const quint64 round = ++m_round;
    int dueCount = 0;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it) {
        ++dueCount;
    }

    int fired = 0;
    while (dueCount-- > 0 && !m_deadlines.empty()) {
        Timer *timer = m_deadlines.begin()->second;
        if (m_deadlines.begin()->first > now || timer->round == round) {
            break;
        }
        timer->round = round;
        scheduleNext(timer, now);
        if (timer->intervalMs > 0) {
            ++fired;
        }
        if (timer->deliveryGuard) {
            continue;
        }

        // The slot may unregister the timer, or all timers of its object, or delete the object.
        Timer *guarded = timer;
        timer->deliveryGuard = &guarded;
        QTimerEvent event(timer->id);
        QCoreApplication::sendEvent(timer->object, &event);
        if (guarded) {
            guarded->deliveryGuard = nullptr;
        }
    }
    return fired;
}

bool TimerQueue::isEmpty() const
{
    return m_timers.isEmpty();
}

void TimerQueue::schedule(Timer *timer, Clock::time_point deadline)
{
    // std::multimap inserts after the entries with an equal key, so timers due at the same time fire in
    // the order they were scheduled.
    timer->position = m_deadlines.emplace(deadline, timer);
}

void TimerQueue::scheduleNext(Timer *timer, Clock::time_point now)
{
    const Clock::time_point previous = timer->position->first;
    m_deadlines.erase(timer->position);

    Clock::time_point next;
    if (timer->type == Qt::VeryCoarseTimer) {
        next = previous + milliseconds(timer->intervalMs);
        if (duration_cast<seconds>(next.time_since_epoch()) <= duration_cast<seconds>(now.time_since_epoch())) {
            next = Clock::time_point(duration_cast<seconds>(now.time_since_epoch())) + milliseconds(timer->intervalMs);
        }
    } else {
        next = previous + milliseconds(timer->intervalMs);
        if (next < now) {
            next = now + milliseconds(timer->intervalMs);
        }
    }
    schedule(timer, next);
}

void TimerQueue::remove(Timer *timer)
{
    m_deadlines.erase(timer->position);
    m_timers.remove(timer->id);
    m_timersByObject.remove(timer->object, timer);
    if (timer->deliveryGuard) {
        *timer->deliveryGuard = nullptr;
    }
    delete timer;
}
