#pragma once

#include "FrameDecoder.h"

#include <QJsonObject>
#include <QObject>

class QSocketNotifier;

/// The linker's end of the frame protocol: frames in on standard input, frames out on standard output.
///
/// Standard input is read without blocking the event loop. Frames are the
/// only bytes that may reach standard output, so the constructor moves the
/// output pipe to a private descriptor and points descriptor 1 at standard
/// error. Anything else written to stdout, such as a library's stray
/// printf(), ends up in the log.
class StdioFrameChannel : public QObject
{
    Q_OBJECT

public:
    explicit StdioFrameChannel(QObject *parent = nullptr);
    ~StdioFrameChannel() override;

    /// Whether both pipes were set up; errorString() describes the failure otherwise.
    bool isValid() const;
    QString errorString() const;

    /// Writes \a message as one frame; returns false if the server is gone or the message is too large.
    bool send(const QJsonObject &message);
    /// Writes \a message for a tab as a routed frame (see RoutedFrame), which the server passes on
    /// without parsing; \a tab 0 means every tab. Returns false like send().
    bool sendToTab(quint64 tab, const QJsonObject &message);
    /// Replies to the server's liveness check: returns true, after sending the `pong`, when \a message is a `ping`.
    bool answerPing(const QJsonObject &message);

Q_SIGNALS:
    /// A frame from the server. A routed frame from a tab arrives as
    /// {"type": "fromTab", "tab": N, "message": {...}}.
    void messageReceived(const QJsonObject &message);
    /// A frame was written to standard output by send().
    void messageSent();
    /// Standard input ended: the server closed the pipe or exited.
    void inputClosed();
    /// The server sent an oversized, truncated or malformed frame; no more frames are read.
    void protocolError(const QString &reason);

private:
    void readInput();
    // Emits messageReceived() for one payload; returns false after a protocol error.
    bool handlePayload(const QByteArray &payload);
    bool writePayload(const QByteArray &payload, const QString &type);
    void stopReading();
    void failProtocol(const QString &reason);

    int m_outputFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    FrameDecoder m_decoder;
    QString m_errorString;
    bool m_outputClosed = false;
};
