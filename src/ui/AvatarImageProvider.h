#pragma once

#include <QQuickAsyncImageProvider>

class Database;

/// Serves the cached avatar images to QML as \c image://avatar/HASH, where HASH
/// is the SHA-1 of the image as lowercase hex, the \c avatarHash role of the
/// contacts and profile models.
///
/// Each request reads the image from the avatar cache with AvatarStore::loadImage()
/// on the database thread. It then decodes the image and scales it to fit the
/// requested size, keeping its aspect ratio. Without a requested size the image
/// keeps its own.
/// An image that is not cached, cannot be decoded or has a side longer than
/// MaxSourceSide finishes with an error, so QML shows the placeholder instead.
/// The image behind a hash never changes, so QML may cache the results.
///
/// The QML engine calls requestImageResponse() on its image loading thread,
/// which runs an event loop; the response is delivered in that thread.
class AvatarImageProvider : public QQuickAsyncImageProvider
{
public:
    /// The provider's id in \c image:// URLs.
    static const QString ProviderId;
    /// Maximum side, in pixels, of an image the provider decodes. Contacts may
    /// publish up to 512 KiB, and a small compressed file can claim a huge image.
    /// A 2048 × 2048 image takes 16 MiB once decoded.
    static constexpr int MaxSourceSide = 2048;

    /// Reads the images from \a database, which must outlive the provider; without one every request fails.
    explicit AvatarImageProvider(Database *database);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    Database *m_database;
};
