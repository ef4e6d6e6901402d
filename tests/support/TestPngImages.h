#pragma once

// Hand-built PNG files for tests of image readers that must not trust a file's header.

#include <QByteArray>
#include <QtEndian>

// Returns the CRC-32 of data, as PNG chunks carry it (ISO 3309, as zlib computes it).
inline quint32 pngCrc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

// Returns a PNG chunk: its length, type, data and CRC.
inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    char length[4];
    qToBigEndian(quint32(data.size()), length);
    char crc[4];
    qToBigEndian(pngCrc32(type + data), crc);
    return QByteArray(length, 4) + type + data + QByteArray(crc, 4);
}

// Returns a small PNG whose header (IHDR) claims width × height RGBA pixels, followed by a few
// bytes of pixel data: a decompression bomb for a reader that trusts the header.
inline QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    char size[8];
    qToBigEndian(width, size);
    qToBigEndian(height, size + 4);
    // 8 bits per channel, RGBA, default compression, filter and no interlacing.
    const QByteArray header = QByteArray(size, 8) + QByteArray("\x08\x06\x00\x00\x00", 5);
    // A zlib stream of zeros; a decoder would expand it to the claimed size.
    const QByteArray pixels = qCompress(QByteArray(4096, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", pixels) + pngChunk("IEND", {});
}
