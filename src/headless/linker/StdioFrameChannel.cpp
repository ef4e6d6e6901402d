#include "StdioFrameChannel.h"

#include "FrameEncoder.h"
#include "JsonMessage.h"
#include "LinkerProcessLogging.h"
#include "RoutedFrame.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int ReadChunkSize = 64 * 1024;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

StdioFrameChannel::StdioFrameChannel(QObject *parent)
    : QObject(parent)
{
    m_outputFd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (m_outputFd < 0) {
        m_errorString = QStringLiteral("cannot duplicate standard output: %1").arg(systemError());
        return;
    }
    if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        m_errorString = QStringLiteral("cannot point standard output at standard error: %1").arg(systemError());
        return;
    }

    const int flags = ::fcntl(STDIN_FILENO, F_GETFL);
    if (flags < 0 || ::fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK) < 0) {
        m_errorString = QStringLiteral("cannot make standard input non-blocking: %1").arg(systemError());
        return;
    }

    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioFrameChannel::readInput);
}

StdioFrameChannel::~StdioFrameChannel()
{
    if (m_outputFd >= 0) {
        ::close(m_outputFd);
    }
}

bool StdioFrameChannel::isValid() const
{
    return m_notifier != nullptr;
}

QString StdioFrameChannel::errorString() const
{
    return m_errorString;
}

bool StdioFrameChannel::answerPing(const QJsonObject &message)
{
    if (message.value(QStringLiteral("type")).toString() != QLatin1String("ping")) {
        return false;
    }
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), message.value(QStringLiteral("id"))}});
    return true;
}

bool StdioFrameChannel::send(const QJsonObject &message)
{
    return writePayload(JsonMessage::encode(message), message.value(QStringLiteral("type")).toString());
}

bool StdioFrameChannel::sendToTab(quint64 tab, const QJsonObject &message)
{
    return writePayload(RoutedFrame::encode(RoutedFrame::Kind::ToTab, tab, JsonMessage::encode(message)), message.value(QStringLiteral("type")).toString());
}

bool StdioFrameChannel::writePayload(const QByteArray &payload, const QString &type)
{
    if (m_outputClosed || m_outputFd < 0) {
        return false;
    }
    if (quint32(payload.size()) > FrameDecoder::DefaultMaxPayloadSize) {
        // The server would end the session for it, so the message is dropped instead.
        qCCritical(SALON_LINKER_PROCESS) << "Dropped a message of type" << type << "and" << payload.size() << "bytes, more than the frame limit of"
                                         << FrameDecoder::DefaultMaxPayloadSize;
        return false;
    }

    // Writes block while the pipe is full; the server reads every linker's output as it arrives.
    const QByteArray frame = FrameEncoder::encode(payload);
    qint64 written = 0;
    while (written < frame.size()) {
        const ssize_t result = ::write(m_outputFd, frame.constData() + written, size_t(frame.size() - written));
        if (result < 0 && errno == EINTR) {
            continue;
        }
        if (result < 0) {
            qCWarning(SALON_LINKER_PROCESS) << "Writing to the server failed:" << systemError();
            m_outputClosed = true;
            return false;
        }
        written += result;
    }
    Q_EMIT messageSent();
    return true;
}

void StdioFrameChannel::readInput()
{
    char buffer[ReadChunkSize];
    const ssize_t size = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (size < 0) {
        if (errno == EAGAIN || errno == EINTR) {
            return;
        }
        qCWarning(SALON_LINKER_PROCESS) << "Reading from the server failed:" << systemError();
        stopReading();
        Q_EMIT inputClosed();
        return;
    }

    if (size == 0) {
        stopReading();
        const FrameDecoder::Result result = m_decoder.finish();
        if (result.error != FrameDecoder::Error::NoError) {
            failProtocol(m_decoder.errorString());
            return;
        }
        Q_EMIT inputClosed();
        return;
    }

    const FrameDecoder::Result result = m_decoder.feed(QByteArray(buffer, int(size)));
    for (const QByteArray &payload : result.frames) {
        if (!handlePayload(payload) || !m_notifier || !m_notifier->isEnabled()) {
            return;
        }
    }
    if (result.error != FrameDecoder::Error::NoError) {
        failProtocol(m_decoder.errorString());
    }
}

bool StdioFrameChannel::handlePayload(const QByteArray &payload)
{
    if (!RoutedFrame::isRouted(payload)) {
        const JsonMessage::DecodeResult decoded = JsonMessage::decode(payload);
        if (!decoded.isValid()) {
            failProtocol(QStringLiteral("malformed frame of %1 bytes: %2").arg(payload.size()).arg(decoded.errorString));
            return false;
        }
        Q_EMIT messageReceived(decoded.object);
        return true;
    }

    const std::optional<RoutedFrame::Decoded> routed = RoutedFrame::decode(payload);
    if (!routed || routed->kind != RoutedFrame::Kind::FromTab) {
        failProtocol(QStringLiteral("malformed routed frame of %1 bytes").arg(payload.size()));
        return false;
    }
    // The server checked that the text is a JSON object before routing it.
    const JsonMessage::DecodeResult decoded = JsonMessage::decode(routed->json);
    if (!decoded.isValid()) {
        failProtocol(QStringLiteral("routed frame of %1 bytes from tab %2: %3").arg(payload.size()).arg(routed->tab).arg(decoded.errorString));
        return false;
    }
    Q_EMIT messageReceived(RoutedFrame::toJsonFrame(*routed, decoded.object));
    return true;
}

void StdioFrameChannel::stopReading()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
    }
}

void StdioFrameChannel::failProtocol(const QString &reason)
{
    stopReading();
    Q_EMIT protocolError(reason);
}
