#include "FrameDecoder.h"

#include "FrameEncoder.h"

#include <QtEndian>

FrameDecoder::FrameDecoder(quint32 maxPayloadSize)
    : m_maxPayloadSize(maxPayloadSize)
{
}

FrameDecoder::Result FrameDecoder::feed(const QByteArray &chunk)
{
    Result result;
    if (m_error != Error::NoError) {
        return result;
    }

    m_buffer.append(chunk);

    // Consumed bytes are dropped once per call, so a chunk of many frames costs linear time.
    int position = 0;
    while (m_buffer.size() - position >= FrameEncoder::PrefixSize) {
        const auto payloadSize = qFromBigEndian<quint32>(m_buffer.constData() + position);
        if (payloadSize > m_maxPayloadSize) {
            fail(Error::Oversized, QStringLiteral("frame payload of %1 bytes exceeds the maximum of %2 bytes").arg(payloadSize).arg(m_maxPayloadSize));
            result.error = m_error;
            m_buffer.clear();
            return result;
        }

        const int frameSize = FrameEncoder::PrefixSize + int(payloadSize);
        if (m_buffer.size() - position < frameSize) {
            break;
        }
        result.frames.append(m_buffer.mid(position + FrameEncoder::PrefixSize, int(payloadSize)));
        position += frameSize;
    }

    m_buffer.remove(0, position);
    return result;
}

FrameDecoder::Result FrameDecoder::finish()
{
    Result result;
    if (m_error != Error::NoError || m_buffer.isEmpty()) {
        return result;
    }

    if (m_buffer.size() < FrameEncoder::PrefixSize) {
        fail(Error::Truncated,
             QStringLiteral("stream ended inside a length prefix (%1 of %2 bytes received)").arg(m_buffer.size()).arg(FrameEncoder::PrefixSize));
    } else {
        const auto payloadSize = qFromBigEndian<quint32>(m_buffer.constData());
        fail(Error::Truncated,
             QStringLiteral("stream ended inside a frame payload (%1 of %2 bytes received)").arg(m_buffer.size() - FrameEncoder::PrefixSize).arg(payloadSize));
    }
    m_buffer.clear();
    result.error = m_error;
    return result;
}

FrameDecoder::Error FrameDecoder::error() const
{
    return m_error;
}

QString FrameDecoder::errorString() const
{
    return m_errorString;
}

int FrameDecoder::bufferedSize() const
{
    return m_buffer.size();
}

quint32 FrameDecoder::maxPayloadSize() const
{
    return m_maxPayloadSize;
}

void FrameDecoder::fail(Error error, const QString &description)
{
    m_error = error;
    m_errorString = description;
}
