#include "EpollEventDispatcher.h"

#include "EventLoopLogging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

// Ready descriptors taken from one epoll_wait(). The others stay ready for the next iteration.
constexpr int MaxEventsPerWait = 256;

// Events of each QSocketNotifier::Type that activate it, as in Qt 5.15's poll() dispatcher. epoll reports
// EPOLLHUP and EPOLLERR whether they are requested or not.
constexpr quint32 ActivatingEvents[3] = {
    EPOLLIN | EPOLLHUP | EPOLLERR,
    EPOLLOUT | EPOLLERR,
    EPOLLPRI,
};
constexpr quint32 RequestedEvents[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

const char *typeName(int type)
{
    static const char *const names[3] = {"read", "write", "exception"};
    return names[type];
}

QString errorText(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (m_epollFd < 0) {
        qCCritical(SALON_EVENT_LOOP).noquote() << QStringLiteral("Cannot create an epoll descriptor: %1").arg(errorText(errno));
        return;
    }
    m_wakeUpFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeUpFd < 0) {
        qCCritical(SALON_EVENT_LOOP).noquote() << QStringLiteral("Cannot create an eventfd descriptor: %1").arg(errorText(errno));
        return;
    }
    epoll_event event = {};
    event.events = EPOLLIN;
    event.data.fd = m_wakeUpFd;
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeUpFd, &event) < 0) {
        qCCritical(SALON_EVENT_LOOP).noquote() << QStringLiteral("Cannot watch the eventfd descriptor: %1").arg(errorText(errno));
        ::close(m_wakeUpFd);
        m_wakeUpFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeUpFd >= 0) {
        ::close(m_wakeUpFd);
    }
    if (m_epollFd >= 0) {
        ::close(m_epollFd);
    }
}

bool EpollEventDispatcher::isValid() const
{
    return m_epollFd >= 0 && m_wakeUpFd >= 0;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    // Events posted from now on call wakeUp(), which makes the wait below return at once.
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (canWait) {
        Q_EMIT aboutToBlock();
    }
    if (m_interrupted.loadRelaxed()) {
        return false;
    }

    int timeoutMs = 0;
    if (canWait) {
        timeoutMs = includeTimers ? m_timers.waitTimeMs() : -1;
    }

    int eventCount = waitForEvents(timeoutMs, includeNotifiers);
    if (includeNotifiers) {
        eventCount += activatePendingNotifiers();
    }
    if (includeTimers) {
        eventCount += m_timers.activateDueTimers();
    }
    return eventCount > 0;
}

bool EpollEventDispatcher::hasPendingEvents()
{
    return m_wakeUpPending.loadAcquire() != 0;
}

bool EpollEventDispatcher::isInDispatcherThread(QSocketNotifier *notifier, const char *action) const
{
    if (notifier->thread() == thread() && thread() == QThread::currentThread()) {
        return true;
    }
    qCWarning(SALON_EVENT_LOOP).noquote() << QStringLiteral("Cannot %1 the socket notifier of descriptor %2 from another thread")
                                                 .arg(QLatin1String(action))
                                                 .arg(notifier->socket());
    return false;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = notifier->type();
    if (fd < 0 || !isInDispatcherThread(notifier, "enable")) {
        return;
    }

    if (size_t(fd) >= m_watches.size()) {
        m_watches.resize(size_t(fd) + 1);
    }
    Watch &watch = m_watches[size_t(fd)];
    if (watch.notifiers[type] && watch.notifiers[type] != notifier) {
        qCWarning(SALON_EVENT_LOOP) << "Several" << typeName(type) << "socket notifiers for descriptor" << fd << "; only the last one is activated";
    }
    watch.notifiers[type] = notifier;
    updateEpoll(fd, &watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = notifier->type();
    if (fd < 0 || size_t(fd) >= m_watches.size() || !isInDispatcherThread(notifier, "disable")) {
        return;
    }

    Watch &watch = m_watches[size_t(fd)];
    if (watch.notifiers[type] != notifier) {
        return;
    }
    watch.notifiers[type] = nullptr;
    if (watch.pending[type]) {
        watch.pending[type] = false;
        m_pendingNotifiers.erase(std::find(m_pendingNotifiers.begin(), m_pendingNotifiers.end(), notifier));
    }
    updateEpoll(fd, &watch);
}

void EpollEventDispatcher::updateEpoll(int fd, Watch *watch)
{
    quint32 events = 0;
    for (int type = 0; type < 3; ++type) {
        if (watch->notifiers[type]) {
            events |= RequestedEvents[type];
        }
    }
    if (events == watch->events) {
        return;
    }

    epoll_event event = {};
    event.events = events;
    event.data.fd = fd;
    int result = 0;
    if (events == 0) {
        result = epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, &event);
        // A descriptor closed before its notifier was disabled has left the epoll set already.
        if (result < 0 && (errno == EBADF || errno == ENOENT)) {
            result = 0;
        }
    } else if (watch->events == 0) {
        result = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event);
        if (result < 0 && errno == EEXIST) {
            result = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &event);
        }
    } else {
        result = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &event);
        // The descriptor was closed and its number reused while a notifier was still enabled.
        if (result < 0 && errno == ENOENT) {
            result = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event);
        }
    }

    if (result < 0) {
        qCWarning(SALON_EVENT_LOOP).noquote()
            << QStringLiteral("Cannot watch descriptor %1 for events 0x%2: %3").arg(fd).arg(events, 0, 16).arg(errorText(errno));
        watch->events = 0;
        return;
    }
    watch->events = events;
}

int EpollEventDispatcher::waitForEvents(int timeoutMs, bool includeNotifiers)
{
    // Without the notifiers, only a wake-up or the timeout ends the wait.
    if (!includeNotifiers) {
        pollfd wakeUp = {m_wakeUpFd, POLLIN, 0};
        const int count = ::poll(&wakeUp, 1, timeoutMs);
        if (count < 0 && errno != EINTR) {
            qCWarning(SALON_EVENT_LOOP).noquote() << QStringLiteral("poll() failed: %1").arg(errorText(errno));
        }
        return count > 0 ? consumeWakeUp() : 0;
    }

    epoll_event events[MaxEventsPerWait];
    const int count = epoll_wait(m_epollFd, events, MaxEventsPerWait, timeoutMs);
    if (count < 0) {
        if (errno != EINTR) {
            qCWarning(SALON_EVENT_LOOP).noquote() << QStringLiteral("epoll_wait() failed: %1").arg(errorText(errno));
        }
        return 0;
    }

    int wakeUps = 0;
    for (int i = 0; i < count; ++i) {
        if (events[i].data.fd == m_wakeUpFd) {
            wakeUps += consumeWakeUp();
        } else {
            markPending(events[i].data.fd, events[i].events);
        }
    }
    return wakeUps;
}

void EpollEventDispatcher::markPending(int fd, quint32 events)
{
    if (fd < 0 || size_t(fd) >= m_watches.size()) {
        return;
    }
    Watch &watch = m_watches[size_t(fd)];
    for (int type = 0; type < 3; ++type) {
        if (events & ActivatingEvents[type]) {
            markPending(&watch, type);
        }
    }
}

void EpollEventDispatcher::markPending(Watch *watch, int type)
{
    // A notifier still pending from an outer iteration, whose activation runs a nested event loop, is
    // queued once.
    if (watch->notifiers[type] && !watch->pending[type]) {
        watch->pending[type] = true;
        m_pendingNotifiers.push_back(watch->notifiers[type]);
    }
}

int EpollEventDispatcher::activatePendingNotifiers()
{
    // Handlers may disable or delete notifiers that are still queued. unregisterSocketNotifier() takes
    // them out of the queue, so each one taken here is alive and enabled.
    int activated = 0;
    while (!m_pendingNotifiers.empty()) {
        QSocketNotifier *notifier = m_pendingNotifiers.front();
        m_pendingNotifiers.pop_front();
        m_watches[size_t(notifier->socket())].pending[notifier->type()] = false;

        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    return activated;
}

void EpollEventDispatcher::registerTimer(int timerId, int interval, Qt::TimerType timerType, QObject *object)
{
    m_timers.registerTimer(timerId, interval, timerType, object);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.unregisterTimer(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.unregisterTimers(object);
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    return m_timers.registeredTimers(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return m_timers.remainingTime(timerId);
}

void EpollEventDispatcher::wakeUp()
{
    // One write is enough until the loop reads the eventfd, so a burst of posted events costs one system call.
    if (!m_wakeUpPending.testAndSetAcquire(0, 1)) {
        return;
    }
    const quint64 one = 1;
    ssize_t written;
    do {
        written = ::write(m_wakeUpFd, &one, sizeof(one));
    } while (written < 0 && errno == EINTR);
    if (written < 0) {
        qCWarning(SALON_EVENT_LOOP).noquote() << QStringLiteral("Cannot write to the eventfd descriptor: %1").arg(errorText(errno));
    }
}

int EpollEventDispatcher::consumeWakeUp()
{
    quint64 count = 0;
    ssize_t result;
    do {
        result = ::read(m_wakeUpFd, &count, sizeof(count));
    } while (result < 0 && errno == EINTR);
    // Cleared after the read: a wakeUp() in between skips its write, and its posted event is sent at the
    // start of the next iteration, before that iteration waits.
    m_wakeUpPending.storeRelease(0);
    return 1;
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

void EpollEventDispatcher::flush()
{
}
