#pragma once

#include "FrameDecoder.h"
#include "LinkerInput.h"
#include "StdinDescriptorProcess.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

/// Limits within which LinkerProcess supervises a linker; the defaults are for production.
struct LinkerLimits {
    /// Time between two ping frames, in milliseconds.
    int pingIntervalMs = 10000;
    /// Time a linker has to reply to a ping with its pong, in milliseconds, before it counts as
    /// stalled and is killed. A linker that blocks its event loop this long is of no use to its tabs.
    /// NOTE: the sign-in of an account with 5000 contacts delayed a pong by 18 s on a busy 2-core
    /// host (docs/protocol.md), so larger rosters may need more than this.
    int stallTimeoutMs = 60000;
    /// Memory limit passed to the linker as `--memory-limit`, in MiB; 0 passes no option and sets no limit.
    int memoryLimitMib = 512;
    /// Frames the linker may write per second on average (the token bucket's refill rate).
    int maxFramesPerSecond = 2000;
    /// Frames the linker may write in one burst (the token bucket's size). The sign-in of an
    /// account with 5000 contacts wrote 5031 frames, at most 1535 in one second (docs/protocol.md).
    int maxFrameBurst = 20000;
};

/// One linker process and the frame protocol on its pipes.
///
/// Frames written to the linker's standard input are JSON objects with a
/// `type`; so is every frame it writes to its standard output. The input is
/// a LinkerInput socket, which takes each frame at once. The first
/// oversized, truncated or malformed frame from the linker is reported
/// through protocolError(), after which no more messages are read. The
/// linker's standard error is forwarded line by line to the log category
/// salon.server.linker, with each line's severity when it starts with one
/// ("debug", "info", "warning", "critical", "fatal").
///
/// The process is supervised within its LinkerLimits. It must reply to each
/// `ping` frame with a `pong` of the same id within the stall timeout, and it
/// may write frames only up to a rate. A linker that breaks either limit is
/// killed. It also runs under the memory limit of the linker's `--memory-limit`
/// option, at which it exits by itself, and it is killed if its data memory,
/// sampled at each ping, is less than 1 MiB below that limit. finished()
/// reports these ends as ExitKind::Stalled or ExitKind::LimitExceeded. Pongs
/// are consumed here and never reach messageReceived().
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
        /// No pong arrived within the stall timeout, so the process was killed. The code is the signal number.
        Stalled,
        /// The process wrote frames faster than its limit allows or reached its memory limit and was
        /// killed (the code is the signal number), or it exited with LinkerExitCode::OutOfMemory at
        /// its memory limit (the code is that status).
        LimitExceeded,
    };
    Q_ENUM(ExitKind)

    /// Time a linker has to exit after stop() before it is killed, in milliseconds.
    static constexpr int DefaultStopTimeoutMs = 5000;
    /// Bytes waiting for the linker to read them, above which it counts as stalled.
    static constexpr qint64 MaxPendingInput = 8 * 1024 * 1024;
    /// Lines of standard error forwarded per second; the rest are counted and dropped.
    static constexpr int MaxLogLinesPerSecond = 200;

    /// \a label names the process in log lines, such as "session 3".
    /// \a limits apply from start(); the memory limit is passed as `--memory-limit` after \a arguments.
    LinkerProcess(const QString &program,
                  const QStringList &arguments,
                  const QString &label,
                  QObject *parent = nullptr,
                  const LinkerLimits &limits = LinkerLimits());
    ~LinkerProcess() override;

    void start();
    bool isRunning() const;
    qint64 processId() const;
    LinkerLimits limits() const;

    /// Writes \a message as one frame; returns false, and reports a protocol error, if the linker stalls.
    bool send(const QJsonObject &message);
    /// Writes a browser message from \a tab as a routed frame (see RoutedFrame), with its JSON
    /// text \a json unchanged; returns false like send().
    bool sendFromTab(quint64 tab, const QByteArray &json);

    /// Sends `signOut`, closes the linker's input and kills it if it is still running after \a timeoutMs.
    void stop(int timeoutMs = DefaultStopTimeoutMs);
    /// Kills the process at once.
    void kill();

Q_SIGNALS:
    void messageReceived(const QJsonObject &message);
    /// The linker sent the browser message \a json, unparsed, to \a tab, or to every tab when \a tab is 0.
    void tabMessageReceived(quint64 tab, const QByteArray &json);
    /// The linker broke the frame protocol; \a reason names sizes and kinds, never payload contents.
    void protocolError(const QString &reason);
    void finished(LinkerProcess::ExitKind kind, int code);

private:
    void readFrames();
    // Handles one payload; returns false when it ended the linker's protocol.
    bool handlePayload(const QByteArray &payload);
    bool writePayload(const QByteArray &payload);
    void readLog();
    void forwardLogLine(const QByteArray &line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void failStart(const QString &reason);
    void failProtocol(const QString &reason);
    void sendPing();
    void handlePong(const QJsonObject &message);
    void sampleDataMemory();
    bool takeFrameToken();
    void killForLimit(ExitKind kind, const QString &reason);
    QString describeExit(int exitCode, QProcess::ExitStatus status) const;

    StdinDescriptorProcess m_process;
    LinkerInput m_input;
    QString m_program;
    QStringList m_arguments;
    QString m_label;
    qint64 m_pid = 0;
    FrameDecoder m_decoder;
    bool m_protocolFailed = false;
    bool m_stopRequested = false;
    bool m_finished = false;
    QTimer m_killTimer;

    LinkerLimits m_limits;
    /// Why the daemon killed the process, if it did: Stalled or LimitExceeded.
    ExitKind m_killReason = ExitKind::Exited;
    bool m_killedForLimit = false;
    QTimer m_pingTimer;
    QTimer m_stallTimer;
    /// Id of the last ping sent; 0 before the first.
    qint64 m_pingId = 0;
    bool m_pongPending = false;
    /// Token bucket of the frame-rate limit: tokens left and the time of the last refill.
    double m_frameTokens = 0;
    QElapsedTimer m_frameClock;
    qint64 m_lastRefillNs = 0;
    /// VmData of the process at the last ping, in KiB; -1 before the first sample.
    qint64 m_lastDataKib = -1;

    QByteArray m_logBuffer;
    QElapsedTimer m_logWindow;
    int m_logLinesInWindow = 0;
    int m_droppedLogLines = 0;
};
