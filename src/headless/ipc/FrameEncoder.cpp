#include "FrameEncoder.h"

#include <QtEndian>

QByteArray FrameEncoder::encode(const QByteArray &payload)
{
    QByteArray frame(PrefixSize + payload.size(), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    std::copy(payload.cbegin(), payload.cend(), frame.begin() + PrefixSize);
    return frame;
}
