#include "LinkerProcess.h"

#include "DaemonLogging.h"
#include "FrameEncoder.h"
#include "IpcLogging.h"
#include "JsonMessage.h"
#include "LinkerLogging.h"

namespace {

// Longer standard error lines are cut, so one line cannot flood the log.
constexpr int MaxLogLineSize = 4096;

} // namespace

LinkerProcess::LinkerProcess(const QString &program, const QStringList &arguments, const QString &label, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
    , m_label(label)
{
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
    m_process.start(m_program, m_arguments, QIODevice::ReadWrite);
    m_pid = m_process.processId();
    if (m_pid > 0) {
        qCInfo(SALON_DAEMON).noquote() << m_label << "started linker" << m_pid;
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

bool LinkerProcess::send(const QJsonObject &message)
{
    if (!isRunning() || m_protocolFailed) {
        return false;
    }
    if (m_process.bytesToWrite() > MaxPendingInput) {
        failProtocol(QStringLiteral("linker does not read its input (%1 bytes pending)").arg(m_process.bytesToWrite()));
        return false;
    }
    m_process.write(FrameEncoder::encode(JsonMessage::encode(message)));
    return true;
}

void LinkerProcess::stop(int timeoutMs)
{
    if (!isRunning()) {
        return;
    }
    // The state may still be Starting after the linker wrote frames, because Qt learns of the
    // successful exec() in a later event. QProcess buffers writes until then.
    if (!m_protocolFailed && !m_stopRequested) {
        m_stopRequested = true;
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
        m_process.closeWriteChannel();
    }
    if (!m_killTimer.isActive()) {
        m_killTimer.start(timeoutMs);
    }
}

void LinkerProcess::kill()
{
    m_killTimer.stop();
    if (isRunning()) {
        m_process.kill();
    }
}

void LinkerProcess::readFrames()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_protocolFailed) {
        return;
    }

    const FrameDecoder::Result result = m_decoder.feed(chunk);
    for (const QByteArray &payload : result.frames) {
        const JsonMessage::DecodeResult decoded = JsonMessage::decode(payload);
        if (!decoded.isValid()) {
            failProtocol(QStringLiteral("malformed frame of %1 bytes: %2").arg(payload.size()).arg(decoded.errorString));
            return;
        }
        if (!decoded.object.value(QStringLiteral("type")).isString()) {
            failProtocol(QStringLiteral("frame of %1 bytes without a type").arg(payload.size()));
            return;
        }
        Q_EMIT messageReceived(decoded.object);
        if (m_protocolFailed) {
            return;
        }
    }
    if (result.error != FrameDecoder::Error::NoError) {
        failProtocol(m_decoder.errorString());
    }
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
    m_killTimer.stop();

    readFrames();
    if (!m_protocolFailed) {
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
    const ExitKind kind = status == QProcess::CrashExit ? ExitKind::Crashed : ExitKind::Exited;
    if (kind == ExitKind::Crashed) {
        qCWarning(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "was killed by signal" << exitCode;
    } else if (exitCode != 0) {
        qCWarning(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "exited with status" << exitCode;
    } else {
        qCInfo(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "exited with status 0";
    }

    m_finished = true;
    Q_EMIT finished(kind, exitCode);
}

void LinkerProcess::handleError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart) {
        qCDebug(SALON_DAEMON).noquote() << m_label << "linker" << m_pid << "process error:" << m_process.errorString();
        return;
    }
    qCCritical(SALON_DAEMON).noquote() << m_label << "cannot start linker" << m_program << ":" << m_process.errorString();
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
