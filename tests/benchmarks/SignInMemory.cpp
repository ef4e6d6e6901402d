#include "SignInMemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <unistd.h>

namespace {

// How long the processes of one kind may take to sign in and become ready.
constexpr int ReadyTimeoutMs = 600000;
// How long they may then take to become idle; they are measured anyway after it.
constexpr int IdleTimeoutMs = 180000;
// Processes count as idle when all of them together used less CPU than this in IdleWindowMs.
constexpr double IdleCpuMs = 50;
constexpr int IdleWindowMs = 2000;
// Processes of one kind that sign in at the same time. With all 20 at once, Prosody took longer
// than the bare client's 120 s limit to reply to them on 2 busy cores.
constexpr int ConcurrentSignIns = 4;
// How long the desktop app may take to sign in.
constexpr int DesktopTimeoutMs = 300000;

double totalCpuMs(const QVector<qint64> &pids)
{
    double total = 0;
    for (const qint64 pid : pids) {
        total += processCpuMs(pid);
    }
    return total;
}

// Waits until the processes together use less than IdleCpuMs in IdleWindowMs. Returns false after IdleTimeoutMs.
bool waitUntilIdle(const QVector<qint64> &pids)
{
    QElapsedTimer timer;
    timer.start();
    double previous = totalCpuMs(pids);
    while (timer.elapsed() < IdleTimeoutMs) {
        QTest::qWait(IdleWindowMs);
        const double current = totalCpuMs(pids);
        if (current - previous < IdleCpuMs) {
            return true;
        }
        previous = current;
    }
    return false;
}

// Copies the warm cache, with its write-ahead log, to a file of its own; returns its path or an empty string.
QString copyWarmCache(const MemoryRunSettings &settings, const QString &name)
{
    const QString copy = settings.workDir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(settings.warmDatabasePath + suffix) && !QFile::copy(settings.warmDatabasePath + suffix, copy + suffix)) {
            std::fprintf(stderr, "copying the warm cache to %s failed\n", qPrintable(copy + suffix));
            return QString();
        }
    }
    return copy;
}

QByteArray encodeFrame(const QJsonObject &message)
{
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    return frame + payload;
}

// A salon-linker signed in through its frame pipe, as salon-server starts it.
class LinkerChild
{
public:
    bool start(const MemoryRunSettings &settings, const QString &program, int index)
    {
        const QString database = copyWarmCache(settings, QStringLiteral("linker%1").arg(index));
        if (database.isEmpty()) {
            return false;
        }
        m_process.setStandardErrorFile(settings.logDir + QStringLiteral("/sign-in-memory-linker%1.log").arg(index));
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readFrames(); });
        m_process.start(program, {QStringLiteral("--xmpp-host"), settings.host, QStringLiteral("--xmpp-port"), QString::number(settings.port),
                                  QStringLiteral("--ca-certificates"), settings.caCertificatePath, QStringLiteral("--database"),
                                  QStringLiteral("sqlite:") + database, QStringLiteral("--log-level"), QStringLiteral("warning")});
        if (!m_process.waitForStarted()) {
            std::fprintf(stderr, "starting %s failed: %s\n", qPrintable(program), qPrintable(m_process.errorString()));
            return false;
        }
        m_process.write(encodeFrame(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("signIn")},
            {QStringLiteral("jid"), settings.jid},
            {QStringLiteral("password"), settings.password},
        }));
        return true;
    }

    /// Returns whether the account has been online. It stays true when the loaded server drops the
    /// connection later and the linker reconnects.
    bool isReady() const
    {
        return m_online;
    }
    /// Returns why the linker stopped, or an empty string while it runs. An error state alone is
    /// no failure: the linker reconnects, as it would for a user, when the loaded server drops it.
    QString failure() const
    {
        if (m_process.state() == QProcess::NotRunning) {
            return QStringLiteral("exited with code %1 (last account error: %2)").arg(m_process.exitCode()).arg(m_error);
        }
        return QString();
    }

    qint64 pid() const
    {
        return m_process.processId();
    }

    void stop()
    {
        // The end of its input makes the linker sign out and exit.
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    // Reads the frames (a 4-byte big-endian length, then JSON) for the account's state.
    void readFrames()
    {
        m_buffer += m_process.readAllStandardOutput();
        while (m_buffer.size() >= 4) {
            const quint32 size = qFromBigEndian<quint32>(m_buffer.constData());
            if (quint32(m_buffer.size()) < 4 + size) {
                return;
            }
            const QJsonObject frame = QJsonDocument::fromJson(m_buffer.mid(4, int(size))).object();
            m_buffer.remove(0, int(4 + size));
            const QJsonObject message = frame.value(QStringLiteral("message")).toObject();
            if (message.value(QStringLiteral("type")).toString() != QLatin1String("account")) {
                continue;
            }
            m_online = m_online || message.value(QStringLiteral("state")).toString() == QLatin1String("online");
            const QString error = message.value(QStringLiteral("error")).toString();
            if (!error.isEmpty()) {
                m_error = error;
            }
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    bool m_online = false;
    QString m_error;
};

// BareSignInClient, kept signed in after it is ready.
class BareChild
{
public:
    bool start(const MemoryRunSettings &settings, const QString &program, int index)
    {
        m_process.setStandardErrorFile(settings.logDir + QStringLiteral("/sign-in-memory-bare%1.log").arg(index));
        m_process.start(program, {QStringLiteral("--host"), settings.host, QStringLiteral("--port"), QString::number(settings.port), QStringLiteral("--ca"),
                                  settings.caCertificatePath, QStringLiteral("--jid"), settings.jid, QStringLiteral("--password"), settings.password,
                                  QStringLiteral("--rooms"), QString::number(settings.rooms), QStringLiteral("--resource"),
                                  QStringLiteral("bare%1").arg(index), QStringLiteral("--hold")});
        if (!m_process.waitForStarted()) {
            std::fprintf(stderr, "starting %s failed: %s\n", qPrintable(program), qPrintable(m_process.errorString()));
            return false;
        }
        return true;
    }

    bool isReady()
    {
        while (!m_ready && m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            m_ready = line.startsWith("ready ");
            if (line.startsWith("failed ")) {
                m_failure = QString::fromUtf8(line.mid(7));
            }
        }
        return m_ready;
    }
    QString failure() const
    {
        if (m_process.state() == QProcess::NotRunning) {
            return QStringLiteral("exited with code %1 %2").arg(m_process.exitCode()).arg(m_failure);
        }
        return QString();
    }
    qint64 pid() const
    {
        return m_process.processId();
    }

    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    bool m_ready = false;
    QString m_failure;
};

// Starts count children, at most ConcurrentSignIns signing in at a time, and waits until isReady()
// holds for every one. Returns false after printing the first failure or a timeout.
template<typename Child>
bool startInWaves(std::vector<std::unique_ptr<Child>> &children, int count, const MemoryRunSettings &settings, const QString &program, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ReadyTimeoutMs) {
        int ready = 0;
        for (const auto &child : children) {
            if (!child->failure().isEmpty()) {
                std::fprintf(stderr, "a %s failed: %s\n", what, qPrintable(child->failure()));
                return false;
            }
            ready += child->isReady() ? 1 : 0;
        }
        if (ready == count) {
            return true;
        }
        for (int signingIn = int(children.size()) - ready; signingIn < ConcurrentSignIns && int(children.size()) < count; ++signingIn) {
            children.push_back(std::make_unique<Child>());
            if (!children.back()->start(settings, program, int(children.size()) - 1)) {
                return false;
            }
        }
        QTest::qWait(200);
    }
    std::fprintf(stderr, "the %ss were not ready within %d s\n", what, ReadyTimeoutMs / 1000);
    return false;
}

template<typename Child>
QVector<qint64> pidsOf(const std::vector<std::unique_ptr<Child>> &children)
{
    QVector<qint64> pids;
    for (const auto &child : children) {
        pids.append(child->pid());
    }
    return pids;
}

// Reads the memory of every child; returns false when one of them cannot be read.
bool readAll(const QVector<qint64> &pids, MemoryFigures *figures)
{
    for (const qint64 pid : pids) {
        const std::optional<ProcessMemory> memory = readProcessMemory(pid);
        if (!memory) {
            std::fprintf(stderr, "reading /proc/%lld/smaps_rollup failed\n", pid);
            return false;
        }
        figures->processes.append(*memory);
    }
    return true;
}

} // namespace

double processCpuMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // The fields after the command name, which is in parentheses. utime and stime are fields 14 and 15 (proc(5)).
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

std::optional<ProcessMemory> readProcessMemory(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    ProcessMemory memory;
    bool foundPss = false;
    // Lines such as "Pss:                3520 kB".
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2) {
            continue;
        }
        const double mebibytes = fields.at(1).toDouble() / 1024.0;
        if (fields.at(0) == "Pss:") {
            memory.pssMiB = mebibytes;
            foundPss = true;
        } else if (fields.at(0) == "Private_Dirty:") {
            memory.privateDirtyMiB = mebibytes;
        }
    }
    return foundPss ? std::optional<ProcessMemory>(memory) : std::nullopt;
}

double MemoryFigures::pssMeanMiB() const
{
    double total = 0;
    for (const ProcessMemory &memory : processes) {
        total += memory.pssMiB;
    }
    return processes.isEmpty() ? 0 : total / processes.size();
}

double MemoryFigures::pssMinMiB() const
{
    const auto lowest = std::min_element(processes.cbegin(), processes.cend(), [](const ProcessMemory &a, const ProcessMemory &b) { return a.pssMiB < b.pssMiB; });
    return lowest == processes.cend() ? 0 : lowest->pssMiB;
}

double MemoryFigures::pssMaxMiB() const
{
    const auto highest = std::max_element(processes.cbegin(), processes.cend(), [](const ProcessMemory &a, const ProcessMemory &b) { return a.pssMiB < b.pssMiB; });
    return highest == processes.cend() ? 0 : highest->pssMiB;
}

double MemoryFigures::privateDirtyMeanMiB() const
{
    double total = 0;
    for (const ProcessMemory &memory : processes) {
        total += memory.privateDirtyMiB;
    }
    return processes.isEmpty() ? 0 : total / processes.size();
}

bool measureLinkersBesideBareClients(const MemoryRunSettings &settings, const QString &linkerPath, const QString &barePath, int count,
                                     MemoryFigures *linkers, MemoryFigures *bareClients)
{
    std::vector<std::unique_ptr<LinkerChild>> linkerChildren;
    std::vector<std::unique_ptr<BareChild>> bareChildren;
    const auto stopAll = [&] {
        for (const auto &child : linkerChildren) {
            child->stop();
        }
        for (const auto &child : bareChildren) {
            child->stop();
        }
    };

    if (!startInWaves(linkerChildren, count, settings, linkerPath, "linker")) {
        stopAll();
        return false;
    }
    std::fprintf(stderr, "%d linkers online\n", count);
    if (!waitUntilIdle(pidsOf(linkerChildren))) {
        std::fprintf(stderr, "the linkers were still busy after %d s; measuring them anyway\n", IdleTimeoutMs / 1000);
    }

    if (!startInWaves(bareChildren, count, settings, barePath, "bare client")) {
        stopAll();
        return false;
    }
    std::fprintf(stderr, "%d bare clients ready\n", count);
    QVector<qint64> everyone = pidsOf(linkerChildren) + pidsOf(bareChildren);
    if (!waitUntilIdle(everyone)) {
        std::fprintf(stderr, "the clients were still busy after %d s; measuring them anyway\n", IdleTimeoutMs / 1000);
    }

    // Both kinds are read at the same moment, so the shared libraries divide among all of them alike.
    const bool read = readAll(pidsOf(linkerChildren), linkers) && readAll(pidsOf(bareChildren), bareClients);
    stopAll();
    return read;
}

std::optional<ProcessMemory> measureDesktopApp(const MemoryRunSettings &settings, const QString &desktopPath)
{
    const QString database = copyWarmCache(settings, QStringLiteral("desktop"));
    if (database.isEmpty()) {
        return std::nullopt;
    }
    // Settings, data and keychain fallbacks of the app stay in the work folder.
    const QString home = settings.workDir + QStringLiteral("/desktop-home");
    QDir().mkpath(home);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The offscreen platform has no OpenGL, so Qt Quick draws with its software renderer.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));

    // The account's "online" line in the log shows that the app signed in. The contacts come from the cache.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("salon.core.account.info=true"));
    const QString logPath = settings.logDir + QStringLiteral("/sign-in-memory-desktop.log");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(logPath);
    process.start(desktopPath, {QStringLiteral("--jid"), settings.jid, QStringLiteral("--password-stdin"), QStringLiteral("--xmpp-host"), settings.host,
                                QStringLiteral("--xmpp-port"), QString::number(settings.port), QStringLiteral("--ca-certificates"), settings.caCertificatePath,
                                QStringLiteral("--database"), QStringLiteral("sqlite:") + database});
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "starting %s failed: %s\n", qPrintable(desktopPath), qPrintable(process.errorString()));
        return std::nullopt;
    }
    process.write(settings.password.toUtf8() + '\n');
    process.closeWriteChannel();

    const auto stop = [&process] {
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
        }
    };
    const auto isOnline = [&logPath] {
        QFile log(logPath);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains(" online\n");
    };
    if (!QTest::qWaitFor([&] { return isOnline() || process.state() == QProcess::NotRunning; }, DesktopTimeoutMs)
        || process.state() == QProcess::NotRunning) {
        std::fprintf(stderr, "the desktop app did not sign in within %d s; see %s\n", DesktopTimeoutMs / 1000, qPrintable(logPath));
        stop();
        return std::nullopt;
    }
    if (!waitUntilIdle({process.processId()})) {
        std::fprintf(stderr, "the desktop app was still busy after %d s; measuring it anyway\n", IdleTimeoutMs / 1000);
    }
    const std::optional<ProcessMemory> memory = readProcessMemory(process.processId());
    stop();
    return memory;
}
