#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Incremental decoder of length-prefixed frames (see FrameEncoder).
///
/// Bytes may arrive in chunks of any size: a frame split into single bytes
/// and several frames in one chunk decode the same. The first error stops
/// the decoder for good: the call that detects it reports it, and every
/// later call returns no frames.
class FrameDecoder
{
public:
    enum class Error {
        NoError,
        /// The length prefix announces a payload larger than the maximum.
        Oversized,
        /// The stream ended inside a length prefix or a payload.
        Truncated,
    };

    /// Frames that one call completed, and the error that call detected, if any.
    struct Result {
        QList<QByteArray> frames;
        Error error = Error::NoError;
    };

    /// Default maximum payload size: 1 MiB.
    static constexpr quint32 DefaultMaxPayloadSize = 1024 * 1024;

    explicit FrameDecoder(quint32 maxPayloadSize = DefaultMaxPayloadSize);

    /// Decodes \a chunk together with the bytes kept from earlier chunks.
    ///
    /// Frames that precede an oversized length prefix in the same chunk are still returned.
    Result feed(const QByteArray &chunk);

    /// Marks the end of the stream: any byte of an unfinished frame is a Truncated error.
    Result finish();

    /// First error met so far; it stays set once detected.
    Error error() const;
    /// Description of error() that names sizes only, never payload bytes.
    QString errorString() const;

    /// Bytes of an unfinished frame kept for the next call.
    int bufferedSize() const;
    quint32 maxPayloadSize() const;

private:
    void fail(Error error, const QString &description);

    QByteArray m_buffer;
    quint32 m_maxPayloadSize;
    Error m_error = Error::NoError;
    QString m_errorString;
};
