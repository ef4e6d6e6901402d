#pragma once

#include "IqResponse.h"
#include "store/AvatarStore.h"

#include <QHash>
#include <QSet>
#include <QVector>
#include <QXmppClientExtension.h>

#include <memory>

class ContactsModel;
class IqRequestExtension;
class QXmppPresence;

/// Avatars of the user's contacts and of the user: User Avatar (XEP-0084) in PEP,
/// with the vCard-temp photo announced in presence (XEP-0153) as fallback.
///
/// The service announces \c urn:xmpp:avatar:metadata+notify in the entity
/// capabilities, so the server sends each contact's avatar metadata at sign-in
/// and on every change. An avatar is fetched once per SHA-1, checked (size,
/// hash, image type) and stored in the shared image cache of the AvatarStore.
/// Only then does avatarChanged() report it, so a front end can load the image
/// at once with requestImage() or AvatarStore::loadImage(). A contact's PEP
/// avatar wins over its vCard photo.
///
/// Only avatars of roster contacts, of the user, and of addresses passed to
/// requestAvatar() are followed; other senders are ignored. Without a store
/// (no database) the service ignores avatars.
///
/// publishOwnAvatar() takes an image that is already scaled and encoded. The
/// desktop app and the linker prepare it with the media library, because the
/// core does not link QtGui. Failures of the user's actions are reported
/// through actionFailed() with a translated sentence; failures to fetch others'
/// avatars are only logged, because a missing avatar needs no action.
class AvatarService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(QString ownAvatarHash READ ownAvatarHash NOTIFY ownAvatarHashChanged)

public:
    /// The PEP node of the avatar metadata (XEP-0084, section 2.2).
    static const QString MetadataNode;
    /// The PEP node of the avatar image data (XEP-0084, section 2.1).
    static const QString DataNode;
    /// Largest avatar image accepted from others, in bytes.
    static constexpr int MaxImageBytes = 512 * 1024;
    /// Largest avatar image the user may publish, in bytes. Base64 makes the data item a third
    /// larger, which keeps it well below the 256 KiB stanza limit of Prosody 0.12's c2s connections.
    static constexpr int MaxPublishedBytes = 96 * 1024;

    explicit AvatarService(ContactsModel *contacts);
    ~AvatarService() override;

    /// Caches avatars in \a store, the store of the signed-in account, and shows the avatars
    /// cached there. Passing another account's store clears the previous account's avatars.
    void setStore(std::unique_ptr<AvatarStore> store);

    /// Returns the SHA-1 of the current avatar of \a jid, as lowercase hex, or an empty string.
    Q_INVOKABLE QString avatarHash(const QString &jid) const;
    QString ownAvatarHash();

    /// Fetches the avatar of \a jid, which need not be a contact, for a profile view.
    Q_INVOKABLE void requestAvatar(const QString &jid);
    /// Reads the cached image with the SHA-1 \a hash and reports it through imageLoaded().
    Q_INVOKABLE void requestImage(const QString &hash);
    /// Publishes \a image, already scaled and encoded, as the user's avatar of \a width × \a height pixels.
    void publishOwnAvatar(const AvatarImage &image, int width, int height);
    /// Shows the vCard photo with the SHA-1 \a hash as the avatar of \a jid, a group chat room that
    /// announces it in its presence (XEP-0153) or its disco#info (XEP-0486). An empty \a hash means
    /// that the room has none. The photo comes from the room's vCard unless it is cached, and
    /// avatarChanged() reports it, now and after the next start.
    void setAnnouncedPhoto(const QString &jid, const QString &hash);
    /// Makes sure that the vCard photo with the SHA-1 \a hash, which \a jid announces in its presence,
    /// is in the image cache, and reports it through imageCached() or imageFetchFailed(). Meant for
    /// occupants of rooms, whose vCard the room passes on to the occupant's account (XEP-0045,
    /// section 17.3), and whose avatars are not remembered per address.
    void cacheAnnouncedPhoto(const QString &jid, const QString &hash);
    /// Publishes empty metadata, which announces to contacts that the user has no avatar (XEP-0084, section 4.5).
    Q_INVOKABLE void removeOwnAvatar();

    /// Returns the MIME type of \a data from its first bytes: PNG, JPEG, GIF or WebP; an empty string for anything else.
    static QString imageMimeType(const QByteArray &data);
    /// Returns the SHA-1 of \a data as lowercase hex, the avatar id of XEP-0084 and XEP-0153.
    static QString imageHash(const QByteArray &data);

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

Q_SIGNALS:
    /// The avatar of \a jid is now the image with the SHA-1 \a hash; an empty hash means none.
    void avatarChanged(const QString &jid, const QString &hash);
    void ownAvatarHashChanged();
    /// The image with the SHA-1 \a hash is in the image cache now, or was already.
    void imageCached(const QString &hash);
    /// The image with the SHA-1 \a hash could not be fetched, or was not what it claimed to be.
    void imageFetchFailed(const QString &hash);
    /// Delivers the image requested with requestImage(); \a data is empty when it is not cached.
    void imageLoaded(const QString &hash, const QString &mimeType, const QByteArray &data);
    /// Publishing or removing the user's avatar failed; \a message is a translated sentence for the user.
    void actionFailed(const QString &jid, const QString &message);
    /// The server accepted the user's new avatar, or its removal.
    void ownAvatarPublished();

protected:
    void setClient(QXmppClient *client) override;

private:
    /// An address that waits for an image being fetched, with the source that announced it.
    struct Waiter {
        QString jid;
        AvatarSource source;
        /// Whether the image becomes the avatar of jid; otherwise it is only cached.
        bool remember = true;
    };

    bool handleMetadataEvent(const QDomElement &message);
    void handleMetadata(const QString &jid, const QDomElement &metadata);
    void handlePresence(const QXmppPresence &presence);
    void fetchMetadata(const QString &jid);
    void ensureImage(const QString &jid, const QString &hash, AvatarSource source, const QString &mimeType, bool remember = true);
    void fetchPepImage(const QString &jid, const QString &hash, const QString &mimeType);
    void fetchVCardImage(const QString &jid, const QString &expectedHash, bool remember = true);
    void finishFetch(const QString &hash, const std::optional<AvatarImage> &image);
    void applyReference(const QString &jid, const AvatarReference &reference);
    void removeReference(const QString &jid, AvatarSource source);
    void publishMetadata(const QString &hash, const AvatarImage &image, int width, int height);
    void failPublish(const IqResponse &response);

    bool isFetchingPepAvatar(const QString &jid) const;
    bool isFollowed(const QString &jid);
    QString accountJid();
    bool isOnline();

    ContactsModel *m_contacts;
    IqRequestExtension *m_iqRequests;
    std::unique_ptr<AvatarStore> m_store;
    QHash<QString, AvatarReference> m_references;
    /// Addresses passed to requestAvatar() that are not contacts.
    QSet<QString> m_requestedJids;
    /// Images being fetched, by SHA-1, with the addresses that wait for them.
    QHash<QString, QVector<Waiter>> m_fetches;
};
