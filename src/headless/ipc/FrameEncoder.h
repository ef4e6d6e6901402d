#pragma once

#include <QByteArray>

/// Encoder of the frames that the server and a linker exchange over the linker's pipes.
///
/// A frame is a 4-byte unsigned big-endian payload length followed by the payload.
class FrameEncoder
{
public:
    /// Size of the length prefix in bytes.
    static constexpr int PrefixSize = 4;

    /// Returns \a payload with its length prefix; the caller enforces the receiver's size limit.
    static QByteArray encode(const QByteArray &payload);
};
