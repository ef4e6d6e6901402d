#pragma once

#include "FrameDecoder.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

/// One linker process and the frame protocol on its pipes.
///
/// Frames written to the linker's standard input are JSON objects with a
/// `type`; so is every frame it writes to its standard output. The first
/// oversized, truncated or malformed frame from the linker is reported
/// through protocolError(), after which no more messages are read. The
/// linker's standard error is forwarded line by line to the log category
/// salon.server.linker, with each line's severity when it starts with one
/// ("debug", "info", "warning", "critical", "fatal").
class LinkerProcess : public QObject
{
    Q_OBJECT

public:
    enum class ExitKind {
        /// The process exited by itself; the code is its exit status.
        Exited,
        /// A signal ended the process; the code is the signal number.
        Crashed,
        /// The process could not be started.
        FailedToStart,
    };
    Q_ENUM(ExitKind)

    /// Time a linker has to exit after stop() before it is killed, in milliseconds.
    static constexpr int DefaultStopTimeoutMs = 5000;
    /// Bytes waiting for the linker to read them, above which it counts as stalled.
    static constexpr qint64 MaxPendingInput = 8 * 1024 * 1024;
    /// Lines of standard error forwarded per second; the rest are counted and dropped.
    static constexpr int MaxLogLinesPerSecond = 200;

    /// \a label names the process in log lines, such as "session 3".
    LinkerProcess(const QString &program, const QStringList &arguments, const QString &label, QObject *parent = nullptr);
    ~LinkerProcess() override;

    void start();
    bool isRunning() const;
    qint64 processId() const;

    /// Writes \a message as one frame; returns false, and reports a protocol error, if the linker stalls.
    bool send(const QJsonObject &message);

    /// Sends `signOut`, closes the linker's input and kills it if it is still running after \a timeoutMs.
    void stop(int timeoutMs = DefaultStopTimeoutMs);
    /// Kills the process at once.
    void kill();

Q_SIGNALS:
    void messageReceived(const QJsonObject &message);
    /// The linker broke the frame protocol; \a reason names sizes and kinds, never payload contents.
    void protocolError(const QString &reason);
    void finished(LinkerProcess::ExitKind kind, int code);

private:
    void readFrames();
    void readLog();
    void forwardLogLine(const QByteArray &line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void failProtocol(const QString &reason);

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_label;
    qint64 m_pid = 0;
    FrameDecoder m_decoder;
    bool m_protocolFailed = false;
    bool m_stopRequested = false;
    bool m_finished = false;
    QTimer m_killTimer;

    QByteArray m_logBuffer;
    QElapsedTimer m_logWindow;
    int m_logLinesInWindow = 0;
    int m_droppedLogLines = 0;
};
