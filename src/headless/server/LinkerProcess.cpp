#include "LinkerProcess.h"

#include "DaemonLogging.h"
#include "FrameEncoder.h"
#include "IpcLogging.h"
#include "JsonMessage.h"
#include "LinkerExitCode.h"
#include "LinkerLogging.h"
#include "RoutedFrame.h"

#include <QFile>

#include <cstring>

namespace {

// Longer standard error lines are cut, so one line cannot flood the log.
constexpr int MaxLogLineSize = 4096;

// Headroom below the memory limit, in KiB. A linker whose sampled data memory leaves
// less than this counts as out of memory, because its allocations start to fail there.
constexpr qint64 MemoryLimitHeadroomKib = 1024;

} // namespace

LinkerProcess::LinkerProcess(const QString &program, const QStringList &arguments, const QString &label, QObject *parent, const LinkerLimits &limits)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
    , m_label(label)
    , m_limits(limits)
{
    if (m_limits.memoryLimitMib > 0) {
        m_arguments << QStringLiteral("--memory-limit") << QString::number(m_limits.memoryLimitMib);
    }

    m_process.setProcessChannelMode(QProcess::SeparateChannels);

    // The linker sets its own log format, which puts the account on every line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    m_process.setProcessEnvironment(environment);

    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LinkerProcess::readFrames);
    connect(&m_process, &QProcess::readyReadStandardError, this, &LinkerProcess::readLog);
    connect(&m_process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this, &LinkerProcess::handleFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &LinkerProcess::handleError);

    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "did not exit in time; killing it";
        kill();
    });

    connect(&m_pingTimer, &QTimer::timeout, this, &LinkerProcess::sendPing);
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        killForLimit(ExitKind::Stalled, QStringLiteral("sent no pong for ping %1 within %2 ms").arg(m_pingId).arg(m_limits.stallTimeoutMs));
    });
}

LinkerProcess::~LinkerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void LinkerProcess::start()
{
    if (!m_input.open()) {
        failStart(m_input.errorString());
        return;
    }
    m_process.setStandardInputDescriptor(m_input.childDescriptor());
    m_process.start(m_program, m_arguments, QIODevice::ReadOnly);
    // The child has its own copy now, so the linker reads the end of its input when the daemon closes its end.
    m_input.releaseChildDescriptor();
    m_pid = m_process.processId();
    if (m_pid > 0) {
        qCInfo(SALON_DAEMON).noquote() << m_label << "started linker" << m_pid;
    }

    m_frameTokens = m_limits.maxFrameBurst;
    m_frameClock.start();
    m_lastRefillNs = 0;
    if (m_limits.pingIntervalMs > 0) {
        m_pingTimer.start(m_limits.pingIntervalMs);
    }
}

bool LinkerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 LinkerProcess::processId() const
{
    return m_pid;
}

LinkerLimits LinkerProcess::limits() const
{
    return m_limits;
}

bool LinkerProcess::send(const QJsonObject &message)
{
    return writePayload(JsonMessage::encode(message));
}

bool LinkerProcess::sendFromTab(quint64 tab, const QByteArray &json)
{
    return writePayload(RoutedFrame::encode(RoutedFrame::Kind::FromTab, tab, json));
}

bool LinkerProcess::writePayload(const QByteArray &payload)
{
    if (!isRunning() || m_protocolFailed) {
        return false;
    }
    if (m_input.bytesToWrite() > MaxPendingInput) {
        failProtocol(QStringLiteral("linker does not read its input (%1 bytes pending)").arg(m_input.bytesToWrite()));
        return false;
    }
    if (!m_input.write(FrameEncoder::encode(payload))) {
        qCDebug(SALON_IPC).noquote() << m_label << "linker" << m_pid << "closed its input; a frame of" << payload.size() << "bytes was dropped";
        return false;
    }
    return true;
}

void LinkerProcess::stop(int timeoutMs)
{
    if (!isRunning()) {
        return;
    }
    // The state may still be Starting after the linker wrote frames, because Qt learns of the
    // successful exec() in a later event. The input socket keeps the frames until the linker reads them.
    if (!m_protocolFailed && !m_stopRequested) {
        m_stopRequested = true;
        // A linker that signs out may be slow to reply, so from now on the kill timer bounds its time.
        m_pingTimer.stop();
        m_stallTimer.stop();
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
        m_input.closeWhenWritten();
    }
    if (!m_killTimer.isActive()) {
        m_killTimer.start(timeoutMs);
    }
}

void LinkerProcess::kill()
{
    m_killTimer.stop();
    m_pingTimer.stop();
    m_stallTimer.stop();
    if (isRunning()) {
        m_process.kill();
    }
}

void LinkerProcess::readFrames()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_protocolFailed || m_killedForLimit) {
        return;
    }

    const FrameDecoder::Result result = m_decoder.feed(chunk);
    for (const QByteArray &payload : result.frames) {
        if (!takeFrameToken()) {
            killForLimit(ExitKind::LimitExceeded,
                         QStringLiteral("wrote frames faster than %1 per second after a burst of %2").arg(m_limits.maxFramesPerSecond).arg(m_limits.maxFrameBurst));
            return;
        }
        if (!handlePayload(payload) || m_protocolFailed || m_killedForLimit) {
            return;
        }
    }
    if (result.error != FrameDecoder::Error::NoError) {
        failProtocol(m_decoder.errorString());
    }
}

bool LinkerProcess::handlePayload(const QByteArray &payload)
{
    if (RoutedFrame::isRouted(payload)) {
        const std::optional<RoutedFrame::Decoded> routed = RoutedFrame::decode(payload);
        if (!routed || routed->kind != RoutedFrame::Kind::ToTab) {
            failProtocol(QStringLiteral("malformed routed frame of %1 bytes").arg(payload.size()));
            return false;
        }
        Q_EMIT tabMessageReceived(routed->tab, routed->json);
        return true;
    }

    const JsonMessage::DecodeResult decoded = JsonMessage::decode(payload);
    if (!decoded.isValid()) {
        failProtocol(QStringLiteral("malformed frame of %1 bytes: %2").arg(payload.size()).arg(decoded.errorString));
        return false;
    }
    if (!decoded.object.value(QStringLiteral("type")).isString()) {
        failProtocol(QStringLiteral("frame of %1 bytes without a type").arg(payload.size()));
        return false;
    }
    if (decoded.object.value(QStringLiteral("type")).toString() == QLatin1String("pong")) {
        handlePong(decoded.object);
        return true;
    }
    Q_EMIT messageReceived(decoded.object);
    return true;
}

void LinkerProcess::readLog()
{
    m_logBuffer += m_process.readAllStandardError();

    int start = 0;
    for (int end = m_logBuffer.indexOf('\n'); end >= 0; end = m_logBuffer.indexOf('\n', start)) {
        forwardLogLine(m_logBuffer.mid(start, end - start));
        start = end + 1;
    }
    m_logBuffer.remove(0, start);

    if (m_logBuffer.size() > MaxLogLineSize) {
        forwardLogLine(m_logBuffer);
        m_logBuffer.clear();
    }
}

void LinkerProcess::forwardLogLine(const QByteArray &line)
{
    if (!m_logWindow.isValid() || m_logWindow.elapsed() >= 1000) {
        if (m_droppedLogLines > 0) {
            qCWarning(SALON_LINKER).noquote() << m_label << "dropped" << m_droppedLogLines << "log lines of linker" << m_pid;
        }
        m_logWindow.start();
        m_logLinesInWindow = 0;
        m_droppedLogLines = 0;
    }
    if (++m_logLinesInWindow > MaxLogLinesPerSecond) {
        ++m_droppedLogLines;
        return;
    }

    QString text = QString::fromUtf8(line.left(MaxLogLineSize));
    if (text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
    }
    const QString prefix = QStringLiteral("[linker %1]").arg(m_pid);

    const QString severity = text.section(QLatin1Char(' '), 0, 0);
    const QString rest = text.section(QLatin1Char(' '), 1);
    if (severity == QLatin1String("debug")) {
        qCDebug(SALON_LINKER).noquote() << prefix << rest;
    } else if (severity == QLatin1String("info")) {
        qCInfo(SALON_LINKER).noquote() << prefix << rest;
    } else if (severity == QLatin1String("warning")) {
        qCWarning(SALON_LINKER).noquote() << prefix << rest;
    } else if (severity == QLatin1String("critical") || severity == QLatin1String("fatal")) {
        qCCritical(SALON_LINKER).noquote() << prefix << rest;
    } else {
        qCInfo(SALON_LINKER).noquote() << prefix << text;
    }
}

void LinkerProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_input.close();
    m_killTimer.stop();
    m_pingTimer.stop();
    m_stallTimer.stop();

    readFrames();
    if (!m_protocolFailed && !m_killedForLimit) {
        const FrameDecoder::Result result = m_decoder.finish();
        if (result.error != FrameDecoder::Error::NoError) {
            failProtocol(m_decoder.errorString());
        }
    }
    readLog();
    if (!m_logBuffer.isEmpty()) {
        forwardLogLine(m_logBuffer);
        m_logBuffer.clear();
    }

    // On Unix, Qt 5 reports the signal number as the exit code of a crashed process.
    ExitKind kind = status == QProcess::CrashExit ? ExitKind::Crashed : ExitKind::Exited;
    if (m_killedForLimit) {
        kind = m_killReason;
    } else if (kind == ExitKind::Exited && exitCode == LinkerExitCode::OutOfMemory) {
        kind = ExitKind::LimitExceeded;
    }

    const QString description = describeExit(exitCode, status);
    if (kind == ExitKind::Exited && exitCode == 0) {
        qCInfo(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << description;
    } else {
        qCWarning(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << description;
    }

    m_finished = true;
    Q_EMIT finished(kind, exitCode);
}

QString LinkerProcess::describeExit(int exitCode, QProcess::ExitStatus status) const
{
    QString description;
    if (status == QProcess::CrashExit) {
        // sigabbrev_np() (glibc 2.32 and later) returns the name without "SIG", or null for an unknown number.
        const char *abbreviation = sigabbrev_np(exitCode);
        description = QStringLiteral("was killed by signal %1 (SIG%2: %3)")
                          .arg(exitCode)
                          .arg(QString::fromLatin1(abbreviation ? abbreviation : "?"), QString::fromLocal8Bit(strsignal(exitCode)));
    } else {
        description = QStringLiteral("exited with status %1").arg(exitCode);
        if (exitCode == LinkerExitCode::OutOfMemory) {
            description += QStringLiteral(" (out of memory at its limit of %1 MiB)").arg(m_limits.memoryLimitMib);
        }
    }

    if (m_killedForLimit) {
        description += m_killReason == ExitKind::Stalled ? QStringLiteral(" after it stalled") : QStringLiteral(" after it exceeded a limit");
    } else if (status == QProcess::CrashExit && m_limits.memoryLimitMib > 0 && m_lastDataKib >= 0) {
        // A failed allocation in C code can end in a signal, so the line shows how near the last sample was to the limit.
        description += QStringLiteral("; its data memory at the last ping was %1 of its %2 MiB limit").arg(QString::number(m_lastDataKib / 1024.0, 'f', 1)).arg(m_limits.memoryLimitMib);
    }
    return description;
}

void LinkerProcess::handleError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart) {
        qCDebug(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "process error:" << m_process.errorString();
        return;
    }
    failStart(m_process.errorString());
}

void LinkerProcess::failStart(const QString &reason)
{
    qCCritical(SALON_DAEMON).noquote() << m_label << "cannot start linker" << m_program << ":" << reason;
    m_input.close();
    m_pingTimer.stop();
    m_stallTimer.stop();
    m_finished = true;
    Q_EMIT finished(ExitKind::FailedToStart, -1);
}

void LinkerProcess::failProtocol(const QString &reason)
{
    if (m_protocolFailed) {
        return;
    }
    m_protocolFailed = true;
    qCWarning(SALON_IPC).noquote() << m_label << "linker" << m_pid << "broke the frame protocol:" << reason;
    Q_EMIT protocolError(reason);
}

void LinkerProcess::sendPing()
{
    if (m_pongPending || m_stopRequested || m_protocolFailed || m_killedForLimit) {
        return;
    }
    // Allocations that fail in C libraries such as OpenSSL do not reach the linker's
    // out-of-memory handler, so a linker at its limit may go on in a broken state.
    const qint64 limitKib = qint64(m_limits.memoryLimitMib) * 1024;
    if (limitKib > 0) {
        sampleDataMemory();
    }
    if (limitKib > 0 && m_lastDataKib >= limitKib - MemoryLimitHeadroomKib) {
        killForLimit(ExitKind::LimitExceeded,
                     QStringLiteral("uses %1 MiB of data memory, less than %2 MiB below its limit of %3 MiB")
                         .arg(QString::number(m_lastDataKib / 1024.0, 'f', 1))
                         .arg(MemoryLimitHeadroomKib / 1024)
                         .arg(m_limits.memoryLimitMib));
        return;
    }

    ++m_pingId;
    if (!send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), double(m_pingId)}})) {
        return;
    }
    m_pongPending = true;
    m_stallTimer.start(m_limits.stallTimeoutMs);
}

void LinkerProcess::handlePong(const QJsonObject &message)
{
    const qint64 id = qint64(message.value(QStringLiteral("id")).toDouble());
    if (!m_pongPending || id != m_pingId) {
        qCDebug(SALON_IPC).noquote() << m_label << "linker" << m_pid << "sent pong" << id << "while waiting for" << (m_pongPending ? m_pingId : 0);
        return;
    }
    m_pongPending = false;
    m_stallTimer.stop();
}

void LinkerProcess::sampleDataMemory()
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return;
    }
    // The line reads "VmData:" followed by the size in kB (KiB).
    const QByteArray text = status.readAll();
    const int start = text.indexOf("\nVmData:");
    if (start < 0) {
        return;
    }
    const int end = text.indexOf('\n', start + 1);
    bool ok = false;
    const qint64 kib = text.mid(start + 9, end - start - 9).trimmed().split(' ').value(0).toLongLong(&ok);
    if (ok) {
        m_lastDataKib = kib;
    }
}

bool LinkerProcess::takeFrameToken()
{
    // Nanoseconds, because frames of one read arrive within the same millisecond.
    const qint64 now = m_frameClock.nsecsElapsed();
    m_frameTokens = qMin(double(m_limits.maxFrameBurst), m_frameTokens + double(now - m_lastRefillNs) * m_limits.maxFramesPerSecond / 1e9);
    m_lastRefillNs = now;
    if (m_frameTokens < 1) {
        return false;
    }
    m_frameTokens -= 1;
    return true;
}

void LinkerProcess::killForLimit(ExitKind kind, const QString &reason)
{
    if (m_killedForLimit || !isRunning()) {
        return;
    }
    m_killedForLimit = true;
    m_killReason = kind;
    qCWarning(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << reason + QStringLiteral("; killing it");
    kill();
}
