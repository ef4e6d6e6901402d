#include "ThumbnailMaker.h"

#include "salon_media_logging.h"

#include <QFile>
#include <QImage>
#include <QImageReader>

ThumbnailMaker::Result ThumbnailMaker::make(const QString &imagePath, const QString &basePath)
{
    QFile file(imagePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        return {Error::Unreadable, {}, {}};
    }

    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    // Photos from phones store their orientation in EXIF.
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        return {Error::NotAnImage, {}, {}};
    }
    // Only the header has been read so far.
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        return {Error::NotAnImage, {}, declared};
    }
    if (declared.width() > MaxInputSide || declared.height() > MaxInputSide || qint64(declared.width()) * declared.height() > MaxInputPixels) {
        qCInfo(SALON_MEDIA).noquote() << "rejected an image of" << declared.width() << "x" << declared.height() << "pixels for a thumbnail";
        return {Error::TooManyPixels, {}, declared};
    }

    // JPEG decodes straight to the smaller size; other formats are scaled after decoding.
    const QSize target = declared.scaled(QSize(MaxSide, MaxSide), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    if (declared.width() > MaxSide || declared.height() > MaxSide) {
        reader.setScaledSize(target);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(SALON_MEDIA).noquote() << "could not decode an image for a thumbnail:" << reader.errorString();
        return {Error::NotAnImage, {}, declared};
    }
    if (image.width() > MaxSide || image.height() > MaxSide) {
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    const bool transparent = image.hasAlphaChannel();
    const QString path = basePath + (transparent ? QStringLiteral(".png") : QStringLiteral(".jpg"));
    // Written under another name first, so that a reader never finds half a thumbnail.
    const QString partPath = path + QStringLiteral(".part");
    const bool saved = transparent ? image.save(partPath, "PNG") : image.convertToFormat(QImage::Format_RGB32).save(partPath, "JPEG", JpegQuality);
    QFile::remove(path);
    if (!saved || !QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return {Error::WriteFailed, {}, declared};
    }
    return {Error::NoError, path, declared};
}

FileTransferService::Thumbnail ThumbnailMaker::makeForService(const QString &imagePath, const QString &basePath)
{
    const Result result = make(imagePath, basePath);
    return {result.path, result.error == Error::NoError ? QString() : describe(result.error)};
}

QString ThumbnailMaker::describe(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("no error");
    case Error::Unreadable:
        return QStringLiteral("the image file is missing, unreadable or empty");
    case Error::NotAnImage:
        return QStringLiteral("the file is not an image that Qt reads, or it is damaged");
    case Error::TooManyPixels:
        return QStringLiteral("the image is larger than %1 pixels a side or %2 pixels in all").arg(MaxInputSide).arg(MaxInputPixels);
    case Error::WriteFailed:
        return QStringLiteral("writing the thumbnail failed");
    }
    return QString();
}
