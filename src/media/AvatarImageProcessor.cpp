#include "AvatarImageProcessor.h"

#include "salon_media_logging.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace {

QByteArray encodePng(const QImage &image)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        return {};
    }
    return data;
}

} // namespace

AvatarImageProcessor::Result AvatarImageProcessor::prepare(const QByteArray &input)
{
    if (input.isEmpty()) {
        return {Error::Empty, {}, 0, 0};
    }
    if (input.size() > MaxInputBytes) {
        return {Error::FileTooLarge, {}, 0, 0};
    }

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // Photos from phones store their orientation in EXIF.
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        return {Error::NotAnImage, {}, 0, 0};
    }
    const QSize declaredSize = reader.size();
    if (declaredSize.width() > MaxInputSide || declaredSize.height() > MaxInputSide) {
        qCInfo(SALON_MEDIA).noquote() << "rejected an avatar image of" << declaredSize.width() << "x" << declaredSize.height() << "pixels";
        return {Error::TooManyPixels, {}, 0, 0};
    }

    QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(SALON_MEDIA).noquote() << "could not decode an avatar image:" << reader.errorString();
        return {Error::NotAnImage, {}, 0, 0};
    }
    if (image.width() > MaxInputSide || image.height() > MaxInputSide) {
        return {Error::TooManyPixels, {}, 0, 0};
    }

    const int side = qMin(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    const QImage::Format format = square.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    for (const int target : Sides) {
        const int scaledSide = qMin(side, target);
        const QImage scaled = square.scaled(scaledSide, scaledSide, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(format);
        const QByteArray png = encodePng(scaled);
        if (png.isEmpty()) {
            return {Error::EncodingFailed, {}, 0, 0};
        }
        if (png.size() <= MaxEncodedBytes) {
            return {Error::NoError, AvatarImage{QStringLiteral("image/png"), png}, scaled.width(), scaled.height()};
        }
    }
    return {Error::EncodingFailed, {}, 0, 0};
}
