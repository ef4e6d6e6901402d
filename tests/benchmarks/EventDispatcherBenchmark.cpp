// Measures the CPU time that one event loop iteration costs on Qt's own dispatcher for Unix and on
// salon-server's EpollEventDispatcher, with a growing number of idle descriptors that have an
// enabled read notifier. salon-server watches about four descriptors per session and wakes up for
// nearly every frame it routes, so this cost is paid per frame.
//
// Two notifiers on a Unix socket pair play ping-pong: each activation reads one byte and writes one
// byte back, so exactly one descriptor is ready per iteration. Each configuration runs in its own
// forked process, because a dispatcher must be installed before the QCoreApplication exists. The CPU
// time is the process's (CLOCK_PROCESS_CPUTIME_ID), which other load on the machine changes less
// than the wall-clock time. Prints a table and JSON lines.
#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int Activations = 100000;
constexpr int Runs = 3;
constexpr int IdleCounts[] = {0, 500, 2000};
constexpr const char *Dispatchers[] = {"qt", "epoll"};

double processCpuSeconds()
{
    timespec time = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// Runs the ping-pong in this process and returns the CPU time per activation in microseconds, or a
// negative value on failure.
double measure(const char *dispatcher, int idleCount)
{
    if (qstrcmp(dispatcher, "epoll") == 0) {
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    } else {
        // Qt's own dispatcher for Unix, as salon-server runs it with SALON_EVENT_DISPATCHER=qt.
        qputenv("QT_NO_GLIB", "1");
    }
    int argc = 1;
    char name[] = "EventDispatcherBenchmark";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);

    // Eventfd descriptors that are never signalled, so their notifiers stay idle.
    std::vector<QSocketNotifier *> idle;
    for (int i = 0; i < idleCount; ++i) {
        const int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (fd < 0) {
            std::perror("eventfd");
            return -1;
        }
        idle.push_back(new QSocketNotifier(fd, QSocketNotifier::Read, &app));
    }

    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) != 0) {
        std::perror("socketpair");
        return -1;
    }
    int activations = 0;
    QSocketNotifier left(pair[0], QSocketNotifier::Read);
    QSocketNotifier right(pair[1], QSocketNotifier::Read);
    auto bounce = [&activations](int fd) {
        char byte = 0;
        if (::read(fd, &byte, 1) != 1 || ::write(fd, &byte, 1) != 1) {
            std::perror("ping-pong");
            QCoreApplication::exit(1);
            return;
        }
        if (++activations == Activations) {
            QCoreApplication::quit();
        }
    };
    QObject::connect(&left, &QSocketNotifier::activated, &app, [&bounce, &pair] {
        bounce(pair[0]);
    });
    QObject::connect(&right, &QSocketNotifier::activated, &app, [&bounce, &pair] {
        bounce(pair[1]);
    });

    const char start = 'x';
    if (::write(pair[1], &start, 1) != 1) {
        std::perror("write");
        return -1;
    }
    const double before = processCpuSeconds();
    if (QCoreApplication::exec() != 0) {
        return -1;
    }
    return (processCpuSeconds() - before) * 1e6 / Activations;
}

// Runs measure() in a child process and returns its result.
double measureInChild(const char *dispatcher, int idleCount)
{
    int results[2];
    if (pipe(results) != 0) {
        std::perror("pipe");
        return -1;
    }
    std::fflush(stdout);
    const pid_t child = fork();
    if (child == 0) {
        ::close(results[0]);
        const double value = measure(dispatcher, idleCount);
        const ssize_t written = ::write(results[1], &value, sizeof(value));
        _exit(written == sizeof(value) ? 0 : 1);
    }
    ::close(results[1]);
    double value = -1;
    if (child < 0 || ::read(results[0], &value, sizeof(value)) != sizeof(value)) {
        value = -1;
    }
    ::close(results[0]);
    if (child > 0) {
        waitpid(child, nullptr, 0);
    }
    return value;
}

} // namespace

int main()
{
    std::printf("Event dispatcher benchmark: CPU time per event loop iteration with one ready descriptor, "
                "%d activations, %d runs\n",
                Activations, Runs);
    std::printf("%-26s %-10s %10s %10s\n", "idle descriptors", "dispatcher", "min (µs)", "median (µs)");

    int failures = 0;
    for (const int idleCount : IdleCounts) {
        for (const char *dispatcher : Dispatchers) {
            std::vector<double> times;
            for (int run = 0; run < Runs; ++run) {
                const double time = measureInChild(dispatcher, idleCount);
                if (time < 0) {
                    ++failures;
                    continue;
                }
                times.push_back(time);
            }
            if (times.empty()) {
                continue;
            }
            std::sort(times.begin(), times.end());
            const double median = times.at(times.size() / 2);
            std::printf("%-26d %-10s %10.2f %10.2f\n", idleCount, dispatcher, times.front(), median);
            std::printf("{\"id\":\"dispatcher\",\"metric\":\"cpu_us_per_iteration\",\"dispatcher\":\"%s\",\"idle_descriptors\":%d,"
                        "\"min\":%.2f,\"median\":%.2f}\n",
                        dispatcher, idleCount, times.front(), median);
            std::fflush(stdout);
        }
    }
    if (failures > 0) {
        std::fprintf(stderr, "%d runs failed\n", failures);
        return 1;
    }
    return 0;
}
