#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/// Memory of one process, from /proc/PID/smaps_rollup, in MiB.
struct ProcessMemory {
    double pssMiB = 0;
    double privateDirtyMiB = 0;
};

/// Reads the memory of process \a pid; returns nothing when the process is gone or the kernel has no smaps_rollup.
std::optional<ProcessMemory> readProcessMemory(qint64 pid);

/// Returns the CPU time (user and system) of the process \a pid, in milliseconds, from /proc/PID/stat.
double processCpuMs(qint64 pid);

/// The account and server that the measured processes sign in to, and where they log.
struct MemoryRunSettings {
    QString host;
    quint16 port = 0;
    QString caCertificatePath;
    QString jid;
    QString password;
    int rooms = 0;
    /// The warm cache that each Salon process gets a copy of.
    QString warmDatabasePath;
    /// Folder for the copies of the cache and the desktop app's configuration.
    QString workDir;
    QString logDir;
};

/// Memory of processes of one kind, signed in together and then idle.
struct MemoryFigures {
    QVector<ProcessMemory> processes;
    double pssMeanMiB() const;
    double pssMinMiB() const;
    double pssMaxMiB() const;
    double privateDirtyMeanMiB() const;
};

/// Starts \a count salon-linker processes at \a linkerPath, each with its own copy of the warm
/// cache, signs each in through its frame pipe as salon-server does, waits until every one is
/// online and the group is idle, and reads their memory. Then starts \a count bare clients at
/// \a barePath beside them, waits until every one is ready and idle, and reads theirs.
/// Returns false after printing why the run failed.
bool measureLinkersBesideBareClients(const MemoryRunSettings &settings, const QString &linkerPath, const QString &barePath, int count,
                                     MemoryFigures *linkers, MemoryFigures *bareClients);

/// Starts the desktop app at \a desktopPath on the offscreen platform with Qt Quick's software
/// renderer, signed in with a copy of the warm cache, waits until it is online and idle, and
/// reads its memory.
std::optional<ProcessMemory> measureDesktopApp(const MemoryRunSettings &settings, const QString &desktopPath);
