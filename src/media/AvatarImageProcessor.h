#pragma once

#include "store/AvatarStore.h"

#include <QByteArray>

/// Turns an image file that the user chose into an avatar to publish: decoded,
/// cropped to a centered square, scaled down and encoded as PNG.
///
/// Decoding needs QtGui, which the core does not link, so the desktop app and
/// the linker prepare the image here and hand the result to AvatarService.
/// The function is reentrant and meant to run on a worker thread.
class AvatarImageProcessor
{
public:
    enum class Error {
        NoError,
        Empty,
        /// The file could not be opened or read; set by callers that read files.
        Unreadable,
        /// The file is larger than MaxInputBytes.
        FileTooLarge,
        /// A side is longer than MaxInputSide pixels.
        TooManyPixels,
        /// The data is not an image in a format Qt reads, or it is damaged.
        NotAnImage,
        /// Encoding the scaled image failed.
        EncodingFailed,
    };

    struct Result {
        Error error = Error::NoError;
        AvatarImage image;
        int width = 0;
        int height = 0;
    };

    /// Maximum file size, in bytes.
    static constexpr qint64 MaxInputBytes = 10 * 1024 * 1024;
    /// Maximum side, in pixels, checked from the header before decoding, so that
    /// a small file that claims a huge image cannot exhaust memory.
    static constexpr int MaxInputSide = 8192;
    /// Sides tried in turn, in pixels, until the PNG fits in MaxEncodedBytes. XEP-0084
    /// recommends 32 to 96 pixels; the larger sides keep avatars sharp on high-density screens.
    static constexpr int Sides[] = {192, 128, 96};
    /// Largest encoded avatar, in bytes. A 96 × 96 PNG is at most about 37 KB, so the last side always fits.
    static constexpr int MaxEncodedBytes = 64 * 1024;

    static Result prepare(const QByteArray &input);
};
