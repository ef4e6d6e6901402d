#pragma once

#include <QString>

/// What SignInBenchmark passes to its Salon child process on the command line.
struct SalonChildOptions {
    QString host;
    quint16 port = 0;
    QString caCertificatePath;
    QString jid;
    QString password;
    /// The cache, as Database takes it, such as "sqlite:/tmp/cache.sqlite".
    QString databaseUrl;
    /// Contacts in the roster, rooms bookmarked with autojoin: the counts that make the account ready.
    int contacts = 0;
    int rooms = 0;
    /// The parent's CLOCK_MONOTONIC time just before it started this process, in nanoseconds.
    qint64 startNs = 0;
    /// How long the process stays signed in after it is ready, in milliseconds.
    int stayMs = 0;
};

/// Signs in with Salon's core (Account with a Database cache, as the desktop app creates them),
/// prints the readiness events of SignInChildOutput.h and returns the exit status.
/// Call it with a QCoreApplication.
int runSalonChild(const SalonChildOptions &options);
