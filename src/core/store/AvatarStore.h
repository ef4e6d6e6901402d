#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Database;

/// An avatar image as received or published: the encoded bytes and their MIME type.
struct AvatarImage
{
    QString mimeType;
    QByteArray data;
};

/// The source of the current avatar of an address.
enum class AvatarSource {
    /// User avatar (XEP-0084), in the address's PEP nodes.
    Pep,
    /// The PHOTO of the vCard-temp, announced by presence (XEP-0153).
    VCard,
};

/// The current avatar of one address: the SHA-1 of its image, as lowercase hex, and its source.
struct AvatarReference
{
    QString hash;
    AvatarSource source = AvatarSource::Pep;
};

/// The cached avatars: images in the table avatar_images and, per account, which
/// image each address uses, in the table avatar_hashes.
///
/// Images are public and keyed by their SHA-1, so all accounts share them and an
/// image is stored once however many addresses use it. The map from addresses
/// to images reveals the account's contacts, so every query on it is limited to
/// the account the store was created for.
class AvatarStore
{
public:
    AvatarStore(Database *database, const QString &accountJid);

    /// Reads the account's map from bare JIDs to avatars and delivers it in the thread of \a context.
    void loadReferences(QObject *context, std::function<void(QHash<QString, AvatarReference>)> done) const;
    /// Stores that \a jid uses the avatar \a reference.
    void saveReference(const QString &jid, const AvatarReference &reference);
    /// Forgets the avatar of \a jid, which has none any more.
    void removeReference(const QString &jid);

    /// Reads the image with the SHA-1 \a hash and delivers it, or nothing, in the thread of \a context.
    /// It may be called from any thread.
    static void loadImage(Database *database, const QString &hash, QObject *context, std::function<void(std::optional<AvatarImage>)> done);
    /// Reads whether the image with the SHA-1 \a hash is stored.
    void containsImage(const QString &hash, QObject *context, std::function<void(bool)> done) const;
    /// Stores \a image under its SHA-1 \a hash, which the caller has checked; an image already stored stays.
    void saveImage(const QString &hash, const AvatarImage &image);

    Database *database() const;

private:
    Database *m_database;
    QString m_account;
};
