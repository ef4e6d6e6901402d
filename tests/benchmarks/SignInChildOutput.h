#pragma once

// The lines that the child processes of SignInBenchmark print on stdout, one per event:
//   phase NAME MS   a readiness condition became true, MS milliseconds after the parent's start time
//   ready all MS    every condition is true
//   failed TEXT     the child gives up
// Times count from the moment that the parent passed with --start-ns, read from CLOCK_MONOTONIC
// just before it started the child, so they include the process start.

#include <QByteArray>

#include <cstdio>
#include <ctime>

namespace SignInChildOutput {

/// Returns the time of CLOCK_MONOTONIC in nanoseconds, the clock of --start-ns.
inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Prints "KIND NAME MS" with the milliseconds since \a startNs, and flushes stdout.
inline void printEvent(const char *kind, const char *name, qint64 startNs)
{
    std::printf("%s %s %.2f\n", kind, name, double(monotonicNs() - startNs) / 1e6);
    std::fflush(stdout);
}

inline void printFailure(const QByteArray &text)
{
    std::printf("failed %s\n", text.constData());
    std::fflush(stdout);
}

} // namespace SignInChildOutput
