#pragma once

#include "FileTransferService.h"

#include <QSize>
#include <QString>

/// Makes the thumbnails of image attachments: at most MaxSide pixels a side, JPEG for opaque
/// images and PNG for images with transparency.
///
/// Decoding needs QtGui, which the core does not link, so the front ends hand make() to
/// FileTransferService::setThumbnailMaker(), which runs it on a worker thread. The image's
/// dimensions are read from its header before anything is decoded, so a small file that
/// claims a huge image (a decompression bomb) is rejected without allocating its pixels.
/// NOTE: only still images are handled; videos get no thumbnail.
class ThumbnailMaker
{
public:
    enum class Error {
        NoError,
        /// The file could not be opened, or it is empty.
        Unreadable,
        /// The data is not an image in a format Qt reads, it does not state its size, or it is damaged.
        NotAnImage,
        /// A side is longer than MaxInputSide or the image has more than MaxInputPixels pixels.
        TooManyPixels,
        /// Writing the thumbnail failed.
        WriteFailed,
    };

    struct Result {
        Error error = Error::NoError;
        /// The thumbnail written, or an empty string on failure.
        QString path;
        /// Dimensions that the image's header states; invalid when unknown.
        QSize sourceSize;
    };

    /// Maximum side of a thumbnail, in pixels.
    static constexpr int MaxSide = 320;
    /// Maximum side of an image that is decoded, in pixels.
    static constexpr int MaxInputSide = 8192;
    /// Maximum size of an image that is decoded, in pixels (40 megapixels, 160 MB as 32-bit pixels).
    static constexpr qint64 MaxInputPixels = 40 * 1000 * 1000;
    /// JPEG quality of thumbnails of opaque images, from 0 to 100.
    static constexpr int JpegQuality = 85;

    /// Makes the thumbnail of the image file \a imagePath and writes it to \a basePath with the
    /// extension ".jpg" or ".png". The function is reentrant.
    static Result make(const QString &imagePath, const QString &basePath);
    /// Calls make() and returns its result as FileTransferService::ThumbnailMaker expects it.
    static FileTransferService::Thumbnail makeForService(const QString &imagePath, const QString &basePath);
    /// Returns a short English description of \a error, for logs.
    static QString describe(Error error);
};
