#include "AvatarImageProvider.h"

#include "store/AvatarStore.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>

const QString AvatarImageProvider::ProviderId = QStringLiteral("avatar");

namespace {

// Returns whether text is 40 lowercase hex digits.
bool isSha1Hex(const QString &text)
{
    if (text.size() != 40) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(), [](QChar character) {
        return (character >= QLatin1Char('0') && character <= QLatin1Char('9')) || (character >= QLatin1Char('a') && character <= QLatin1Char('f'));
    });
}

// Returns the size of source scaled to fit requested, keeping the aspect ratio. A side of
// requested that is not positive follows from the other; with neither, source stays as it is.
QSize fittedSize(const QSize &source, const QSize &requested)
{
    const bool widthGiven = requested.width() > 0;
    const bool heightGiven = requested.height() > 0;
    if (source.isEmpty() || (!widthGiven && !heightGiven)) {
        return source;
    }

    QSize fitted;
    if (widthGiven && heightGiven) {
        fitted = source.scaled(requested, Qt::KeepAspectRatio);
    } else if (widthGiven) {
        fitted = QSize(requested.width(), qRound(double(source.height()) * requested.width() / source.width()));
    } else {
        fitted = QSize(qRound(double(source.width()) * requested.height() / source.height()), requested.height());
    }
    // A very narrow image would otherwise lose a side entirely.
    return fitted.expandedTo(QSize(1, 1));
}

// One request: reads the image from the cache, then decodes and scales it in the thread that created the response.
class AvatarImageResponse : public QQuickImageResponse
{
public:
    AvatarImageResponse(Database *database, const QString &hash, const QSize &requestedSize)
    {
        if (!database) {
            failLater(QStringLiteral("The avatar %1 cannot be loaded: the app has no cache.").arg(hash));
            return;
        }
        if (!isSha1Hex(hash)) {
            failLater(QStringLiteral("\"%1\" is not an avatar hash: expected 40 lowercase hexadecimal digits.").arg(hash));
            return;
        }

        // The store drops the result when this response is deleted first, for example when QML cancels the request.
        AvatarStore::loadImage(database, hash, this, [this, hash, requestedSize](const std::optional<AvatarImage> &stored) {
            if (!stored) {
                m_error = QStringLiteral("The avatar %1 is not cached.").arg(hash);
            } else {
                decode(hash, stored->data, requestedSize);
            }
            Q_EMIT finished();
        });
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return m_error.isEmpty() ? QQuickTextureFactory::textureFactoryForImage(m_image) : nullptr;
    }

    QString errorString() const override
    {
        return m_error;
    }

private:
    // Emits finished() from the event loop, because the engine connects to it only after the constructor returns.
    void failLater(const QString &error)
    {
        m_error = error;
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }

    void decode(const QString &hash, const QByteArray &data, const QSize &requestedSize)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        // Photos from cameras store their orientation in Exif.
        reader.setAutoTransform(true);

        // The header gives the size before anything is decoded.
        const QSize sourceSize = reader.size();
        if (!sourceSize.isValid()) {
            m_error = QStringLiteral("The avatar %1 is not an image that Qt can read: %2").arg(hash, reader.errorString());
            return;
        }
        if (sourceSize.width() > AvatarImageProvider::MaxSourceSide || sourceSize.height() > AvatarImageProvider::MaxSourceSide) {
            m_error = QStringLiteral("The avatar %1 is %2 × %3 pixels, more than %4 on a side.")
                          .arg(hash)
                          .arg(sourceSize.width())
                          .arg(sourceSize.height())
                          .arg(AvatarImageProvider::MaxSourceSide);
            return;
        }

        QImage image;
        if (!reader.read(&image)) {
            m_error = QStringLiteral("The avatar %1 could not be decoded: %2").arg(hash, reader.errorString());
            return;
        }
        const QSize targetSize = fittedSize(image.size(), requestedSize);
        if (targetSize != image.size()) {
            image = image.scaled(targetSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
        m_image = image;
    }

    QImage m_image;
    QString m_error;
};

} // namespace

AvatarImageProvider::AvatarImageProvider(Database *database)
    : m_database(database)
{
}

QQuickImageResponse *AvatarImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    return new AvatarImageResponse(m_database, id, requestedSize);
}
