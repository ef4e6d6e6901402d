#include "AvatarService.h"

#include "BareJid.h"
#include "ContactsModel.h"
#include "IqRequestExtension.h"
#include "XmlPayloadIq.h"
#include "salon_core_avatars_logging.h"

#include <QCryptographicHash>
#include <QDomElement>
#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>
#include <QXmppVCardIq.h>

const QString AvatarService::MetadataNode = QStringLiteral("urn:xmpp:avatar:metadata");
const QString AvatarService::DataNode = QStringLiteral("urn:xmpp:avatar:data");

namespace {

const auto PubSubNamespace = QStringLiteral("http://jabber.org/protocol/pubsub");
const auto PubSubEventNamespace = QStringLiteral("http://jabber.org/protocol/pubsub#event");

bool isSha1Hex(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{40}$"));
    return pattern.match(text).hasMatch();
}

// Decodes base64 that may contain line breaks, as XEP-0084 data and vCard photos often do.
// Returns nothing for invalid base64 or when the image would exceed maxBytes.
std::optional<QByteArray> decodeImageData(const QString &text, int maxBytes)
{
    QByteArray base64 = text.toLatin1();
    base64.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray()).replace('\t', QByteArray());
    if (base64.size() > (qint64(maxBytes) * 4) / 3 + 4) {
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QString sourceName(AvatarSource source)
{
    return source == AvatarSource::VCard ? QStringLiteral("vCard") : QStringLiteral("PEP");
}

} // namespace

AvatarService::AvatarService(ContactsModel *contacts)
    : m_contacts(contacts)
    , m_iqRequests(new IqRequestExtension)
{
}

AvatarService::~AvatarService() = default;

void AvatarService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    client->insertExtension(0, m_iqRequests);
    connect(client, &QXmppClient::presenceReceived, this, &AvatarService::handlePresence);
    connect(client, &QXmppClient::disconnected, this, [this] {
        // IqRequestExtension ends the requests themselves, and no address waits for their images any more.
        m_fetches.clear();
    });
}

void AvatarService::setStore(std::unique_ptr<AvatarStore> store)
{
    const QList<QString> previousJids = m_references.keys();
    const bool ownAvatarKnown = m_references.contains(accountJid());
    m_references.clear();
    m_requestedJids.clear();
    m_fetches.clear();
    for (const QString &jid : previousJids) {
        Q_EMIT avatarChanged(jid, QString());
    }
    if (ownAvatarKnown) {
        Q_EMIT ownAvatarHashChanged();
    }

    m_store = std::move(store);
    if (!m_store) {
        return;
    }

    m_store->loadReferences(this, [this](const QHash<QString, AvatarReference> &references) {
        const QString ownJid = accountJid();
        for (auto it = references.cbegin(); it != references.cend(); ++it) {
            // An avatar that arrived from the server while the cache was read is newer.
            if (m_references.contains(it.key())) {
                continue;
            }
            m_references.insert(it.key(), it.value());
            Q_EMIT avatarChanged(it.key(), it.value().hash);
            if (it.key() == ownJid) {
                Q_EMIT ownAvatarHashChanged();
            }
        }
    });
}

QString AvatarService::avatarHash(const QString &jid) const
{
    return m_references.value(jid).hash;
}

QString AvatarService::ownAvatarHash()
{
    return avatarHash(accountJid());
}

QStringList AvatarService::discoveryFeatures() const
{
    // XEP-0163: the "+notify" feature subscribes the client to the metadata node of every contact.
    return {MetadataNode + QStringLiteral("+notify")};
}

bool AvatarService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    return handleMetadataEvent(stanza);
}

bool AvatarService::handleMetadataEvent(const QDomElement &message)
{
    const QDomElement event = message.firstChildElement(QStringLiteral("event"));
    const QDomElement items = event.firstChildElement(QStringLiteral("items"));
    if (event.namespaceURI() != PubSubEventNamespace || items.attribute(QStringLiteral("node")) != MetadataNode) {
        return false;
    }

    // PEP notifications come from the publisher's bare JID. An empty sender is the user's own account.
    QString from = QXmppUtils::jidToBareJid(message.attribute(QStringLiteral("from"))).toLower();
    if (from.isEmpty()) {
        from = accountJid();
    }
    if (!m_store || !isFollowed(from)) {
        qCDebug(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored avatar metadata from" << from;
        return true;
    }

    const QDomElement item = items.firstChildElement(QStringLiteral("item"));
    if (item.isNull()) {
        // A retraction of the metadata item withdraws the avatar.
        if (!items.firstChildElement(QStringLiteral("retract")).isNull()) {
            removeReference(from, AvatarSource::Pep);
        }
        return true;
    }
    handleMetadata(from, item.firstChildElement(QStringLiteral("metadata")));
    return true;
}

void AvatarService::handleMetadata(const QString &jid, const QDomElement &metadata)
{
    if (metadata.isNull() || metadata.namespaceURI() != MetadataNode) {
        qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored a malformed avatar metadata item of" << jid;
        return;
    }

    // XEP-0084, section 4.5: empty metadata means the publisher has no avatar.
    QDomElement chosen;
    bool hasHostedOnly = false;
    for (QDomElement info = metadata.firstChildElement(QStringLiteral("info")); !info.isNull(); info = info.nextSiblingElement(QStringLiteral("info"))) {
        if (info.hasAttribute(QStringLiteral("url"))) {
            hasHostedOnly = true;
            continue;
        }
        // PNG is the format that every client must support; take it when there is a choice.
        if (chosen.isNull() || info.attribute(QStringLiteral("type")) == QLatin1String("image/png")) {
            chosen = info;
        }
    }
    if (chosen.isNull()) {
        if (hasHostedOnly) {
            // NOTE: avatars hosted on a web server (the url attribute) are not fetched, so such a contact shows none.
            qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << jid << "publishes only a web-hosted avatar, which Salon does not fetch";
        }
        removeReference(jid, AvatarSource::Pep);
        return;
    }

    const QString hash = chosen.attribute(QStringLiteral("id")).toLower();
    if (!isSha1Hex(hash)) {
        qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored avatar metadata of" << jid << "with an id that is not a SHA-1";
        return;
    }
    bool sizeValid = false;
    const qint64 bytes = chosen.attribute(QStringLiteral("bytes")).toLongLong(&sizeValid);
    if (sizeValid && bytes > MaxImageBytes) {
        qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored the avatar of" << jid << "of" << bytes << "bytes, more than" << MaxImageBytes;
        return;
    }

    if (m_references.value(jid).hash == hash) {
        // Unchanged: the server repeats the last item at every sign-in.
        if (m_references.value(jid).source != AvatarSource::Pep) {
            applyReference(jid, AvatarReference{hash, AvatarSource::Pep});
        }
        return;
    }
    ensureImage(jid, hash, AvatarSource::Pep, chosen.attribute(QStringLiteral("type")));
}

void AvatarService::handlePresence(const QXmppPresence &presence)
{
    if (!m_store || presence.type() != QXmppPresence::Available) {
        return;
    }
    const QString jid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    if (!isFollowed(jid)) {
        return;
    }
    // A PEP avatar wins over the vCard photo, so its announcements are ignored.
    const AvatarReference current = m_references.value(jid);
    if ((!current.hash.isEmpty() && current.source == AvatarSource::Pep) || isFetchingPepAvatar(jid)) {
        return;
    }

    switch (presence.vCardUpdateType()) {
    case QXmppPresence::VCardUpdateNone:
    case QXmppPresence::VCardUpdateNotReady:
        return;
    case QXmppPresence::VCardUpdateNoPhoto:
        removeReference(jid, AvatarSource::VCard);
        return;
    case QXmppPresence::VCardUpdateValidPhoto:
        break;
    }

    // QXmpp 1.4 decodes the hex hash of the presence into bytes.
    const QString hash = QString::fromLatin1(presence.photoHash().toHex());
    if (!isSha1Hex(hash)) {
        qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored a vCard photo hash of" << jid << "that is not a SHA-1:" << hash.left(80);
        return;
    }
    if (current.hash == hash) {
        return;
    }
    ensureImage(jid, hash, AvatarSource::VCard, QString());
}

void AvatarService::requestAvatar(const QString &jid)
{
    const QString bareJid = BareJid::fromUserInput(jid);
    if (bareJid.isEmpty()) {
        qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "ignored an avatar request: invalid JID";
        return;
    }
    if (!m_store || !isOnline()) {
        return;
    }
    if (!isFollowed(bareJid)) {
        m_requestedJids.insert(bareJid);
    }
    fetchMetadata(bareJid);
}

void AvatarService::fetchMetadata(const QString &jid)
{
    const XmlPayloadIq iq(QXmppIq::Get, jid, [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("items"));
        writer->writeAttribute(QStringLiteral("node"), MetadataNode);
        writer->writeAttribute(QStringLiteral("max_items"), QStringLiteral("1"));
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_iqRequests->sendRequest(iq, this, [this, jid](const IqResponse &response) {
        if (response.isResult()) {
            const QDomElement items = response.element.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("items"));
            const QDomElement item = items.firstChildElement(QStringLiteral("item"));
            if (!item.isNull()) {
                handleMetadata(jid, item.firstChildElement(QStringLiteral("metadata")));
                return;
            }
        }
        // No PEP avatar that the user may see: the vCard photo is the fallback.
        qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << jid << "has no visible PEP avatar, status" << int(response.status) << "condition"
                                             << int(response.error.condition()) << "- trying the vCard photo";
        if (response.status == IqResponse::Status::Result || response.status == IqResponse::Status::Error) {
            fetchVCardImage(jid, QString());
        }
    });
}

void AvatarService::ensureImage(const QString &jid, const QString &hash, AvatarSource source, const QString &mimeType, bool remember)
{
    auto it = m_fetches.find(hash);
    if (it != m_fetches.end()) {
        // The server repeats notifications, for example at sign-in; one fetch serves them all.
        it->append(Waiter{jid, source, remember});
        return;
    }
    if (remember) {
        qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << jid << "has a new" << sourceName(source) << "avatar" << hash;
    } else {
        qCDebug(SALON_CORE_AVATARS).noquote() << accountJid() << "caching the" << sourceName(source) << "avatar" << hash << "of" << jid;
    }
    m_fetches.insert(hash, {Waiter{jid, source, remember}});
    m_store->containsImage(hash, this, [this, jid, hash, source, mimeType, remember](bool cached) {
        if (!m_fetches.contains(hash)) {
            return;
        }
        if (cached) {
            qCDebug(SALON_CORE_AVATARS).noquote() << accountJid() << "the avatar" << hash << "of" << jid << "is cached";
            finishFetch(hash, AvatarImage{});
        } else if (source == AvatarSource::Pep) {
            fetchPepImage(jid, hash, mimeType);
        } else {
            fetchVCardImage(jid, hash, remember);
        }
    });
}

void AvatarService::setAnnouncedPhoto(const QString &jid, const QString &hash)
{
    if (!m_store || (!hash.isEmpty() && !isSha1Hex(hash))) {
        return;
    }
    m_requestedJids.insert(jid);
    if (hash.isEmpty()) {
        removeReference(jid, AvatarSource::VCard);
        return;
    }
    if (m_references.value(jid).hash != hash) {
        ensureImage(jid, hash, AvatarSource::VCard, QString());
    }
}

void AvatarService::cacheAnnouncedPhoto(const QString &jid, const QString &hash)
{
    if (!m_store || !isSha1Hex(hash)) {
        Q_EMIT imageFetchFailed(hash);
        return;
    }
    ensureImage(jid, hash, AvatarSource::VCard, QString(), false);
}

void AvatarService::fetchPepImage(const QString &jid, const QString &hash, const QString &mimeType)
{
    const XmlPayloadIq iq(QXmppIq::Get, jid, [hash](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("items"));
        writer->writeAttribute(QStringLiteral("node"), DataNode);
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), hash);
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_iqRequests->sendRequest(iq, this, [this, jid, hash, mimeType](const IqResponse &response) {
        if (!m_fetches.contains(hash)) {
            // The image was found in the cache meanwhile, or the connection was lost.
            return;
        }
        if (!response.isResult()) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "fetching the avatar" << hash << "of" << jid << "failed: status" << int(response.status)
                                                    << "condition" << int(response.error.condition());
            finishFetch(hash, std::nullopt);
            return;
        }

        const QDomElement items = response.element.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("items"));
        QDomElement data;
        for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
            if (item.attribute(QStringLiteral("id")).toLower() == hash) {
                data = item.firstChildElement(QStringLiteral("data"));
                break;
            }
        }
        if (data.isNull() || data.namespaceURI() != DataNode) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "the avatar data" << hash << "of" << jid << "is missing from the reply";
            finishFetch(hash, std::nullopt);
            return;
        }

        const std::optional<QByteArray> bytes = decodeImageData(data.text(), MaxImageBytes);
        if (!bytes) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "rejected the avatar" << hash << "of" << jid << ": invalid base64 or more than"
                                                    << MaxImageBytes << "bytes";
            finishFetch(hash, std::nullopt);
            return;
        }
        if (imageHash(*bytes) != hash) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "rejected the avatar" << hash << "of" << jid << ": the data has another SHA-1";
            finishFetch(hash, std::nullopt);
            return;
        }
        const QString sniffedType = imageMimeType(*bytes);
        if (sniffedType.isEmpty()) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "rejected the avatar" << hash << "of" << jid << ": not a PNG, JPEG, GIF or WebP image";
            finishFetch(hash, std::nullopt);
            return;
        }
        if (sniffedType != mimeType) {
            qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "the avatar" << hash << "of" << jid << "is" << sniffedType << "but announced as" << mimeType;
        }
        finishFetch(hash, AvatarImage{sniffedType, *bytes});
    });
}

void AvatarService::fetchVCardImage(const QString &jid, const QString &expectedHash, bool remember)
{
    QXmppVCardIq iq(jid);
    iq.setType(QXmppIq::Get);
    m_iqRequests->sendRequest(iq, this, [this, jid, expectedHash, remember](const IqResponse &response) {
        const bool awaited = expectedHash.isEmpty() || m_fetches.contains(expectedHash);
        if (!awaited) {
            return;
        }
        if (!response.isResult()) {
            qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "fetching the vCard photo of" << jid << "failed: status" << int(response.status) << "condition"
                                                 << int(response.error.condition());
            if (!expectedHash.isEmpty()) {
                finishFetch(expectedHash, std::nullopt);
            }
            return;
        }

        QXmppVCardIq vCard;
        vCard.parse(response.element);
        const QByteArray photo = vCard.photo();
        if (photo.isEmpty()) {
            qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "the vCard of" << jid << "has no photo";
            if (!expectedHash.isEmpty()) {
                finishFetch(expectedHash, std::nullopt);
            }
            removeReference(jid, AvatarSource::VCard);
            return;
        }

        const QString sniffedType = imageMimeType(photo);
        const QString hash = imageHash(photo);
        std::optional<AvatarImage> image;
        if (photo.size() > MaxImageBytes) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "rejected the vCard photo of" << jid << "of" << photo.size() << "bytes, more than" << MaxImageBytes;
        } else if (sniffedType.isEmpty()) {
            qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "rejected the vCard photo of" << jid << ": not a PNG, JPEG, GIF or WebP image";
        } else {
            image = AvatarImage{sniffedType, photo};
        }

        if (expectedHash.isEmpty() || hash != expectedHash) {
            if (!expectedHash.isEmpty()) {
                // XEP-0153 clients keep the hash of the photo they saw last; the vCard is newer.
                qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "the vCard photo of" << jid << "has the SHA-1" << hash << "instead of" << expectedHash;
                finishFetch(expectedHash, std::nullopt);
            }
            if (!image || !remember) {
                return;
            }
            m_fetches[hash].append(Waiter{jid, AvatarSource::VCard});
        }
        finishFetch(hash, image);
    });
}

void AvatarService::finishFetch(const QString &hash, const std::optional<AvatarImage> &image)
{
    const QVector<Waiter> waiters = m_fetches.take(hash);
    if (!image || !m_store) {
        // The previous avatar, if any, stays: an image that cannot be fetched is not a removal.
        Q_EMIT imageFetchFailed(hash);
        return;
    }
    if (!image->data.isEmpty()) {
        m_store->saveImage(hash, *image);
    }
    for (const Waiter &waiter : waiters) {
        if (waiter.remember) {
            applyReference(waiter.jid, AvatarReference{hash, waiter.source});
        }
    }
    Q_EMIT imageCached(hash);
}

void AvatarService::applyReference(const QString &jid, const AvatarReference &reference)
{
    const AvatarReference current = m_references.value(jid);
    if (current.hash == reference.hash && current.source == reference.source) {
        return;
    }
    // A vCard photo that arrives late does not replace a PEP avatar that arrived meanwhile.
    if (reference.source == AvatarSource::VCard && current.source == AvatarSource::Pep && !current.hash.isEmpty()) {
        return;
    }

    m_references.insert(jid, reference);
    if (m_store) {
        m_store->saveReference(jid, reference);
    }
    qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "shows the" << sourceName(reference.source) << "avatar" << reference.hash << "of" << jid;
    Q_EMIT avatarChanged(jid, reference.hash);
    if (jid == accountJid()) {
        Q_EMIT ownAvatarHashChanged();
    }
}

void AvatarService::removeReference(const QString &jid, AvatarSource source)
{
    const auto it = m_references.constFind(jid);
    if (it == m_references.cend() || it->source != source) {
        return;
    }
    m_references.erase(it);
    if (m_store) {
        m_store->removeReference(jid);
    }
    qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << jid << "has no" << sourceName(source) << "avatar any more";
    Q_EMIT avatarChanged(jid, QString());
    if (jid == accountJid()) {
        Q_EMIT ownAvatarHashChanged();
    }
}

void AvatarService::requestImage(const QString &hash)
{
    const QString key = hash.toLower();
    if (!m_store || !isSha1Hex(key)) {
        Q_EMIT imageLoaded(hash, QString(), QByteArray());
        return;
    }
    AvatarStore::loadImage(m_store->database(), key, this, [this, key](const std::optional<AvatarImage> &image) {
        if (!image) {
            qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "the requested avatar" << key << "is not cached";
            Q_EMIT imageLoaded(key, QString(), QByteArray());
            return;
        }
        Q_EMIT imageLoaded(key, image->mimeType, image->data);
    });
}

void AvatarService::publishOwnAvatar(const AvatarImage &image, int width, int height)
{
    const QString ownJid = accountJid();
    if (image.data.size() > MaxPublishedBytes) {
        qCWarning(SALON_CORE_AVATARS).noquote() << ownJid << "rejected an own avatar of" << image.data.size() << "bytes, more than" << MaxPublishedBytes;
        Q_EMIT actionFailed(ownJid, tr("The avatar image is larger than %1 KB after scaling. Choose a simpler image.").arg(MaxPublishedBytes / 1024));
        return;
    }
    if (imageMimeType(image.data).isEmpty() || imageMimeType(image.data) != image.mimeType) {
        qCWarning(SALON_CORE_AVATARS).noquote() << ownJid << "rejected an own avatar whose data is not of the type" << image.mimeType;
        Q_EMIT actionFailed(ownJid, tr("Salon could not publish your avatar: the image data is not a PNG, JPEG, GIF or WebP image."));
        return;
    }
    if (!m_store || !isOnline()) {
        Q_EMIT actionFailed(ownJid, tr("You are offline. Change your avatar once Salon is connected again."));
        return;
    }

    const QString hash = imageHash(image.data);
    qCInfo(SALON_CORE_AVATARS).noquote() << ownJid << "publishing the own avatar" << hash << "of" << image.data.size() << "bytes";
    // XEP-0084, section 4.1: the data goes first, so that contacts notified of the metadata can fetch it.
    const XmlPayloadIq iq(QXmppIq::Set, QString(), [hash, data = image.data](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("publish"));
        writer->writeAttribute(QStringLiteral("node"), DataNode);
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), hash);
        writer->writeStartElement(QStringLiteral("data"));
        writer->writeDefaultNamespace(DataNode);
        writer->writeCharacters(QString::fromLatin1(data.toBase64()));
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_iqRequests->sendRequest(iq, this, [this, hash, image, width, height](const IqResponse &response) {
        if (!response.isResult()) {
            failPublish(response);
            return;
        }
        publishMetadata(hash, image, width, height);
    });
}

void AvatarService::publishMetadata(const QString &hash, const AvatarImage &image, int width, int height)
{
    // Cached first: the server's notification of the new metadata then finds the image and fetches nothing.
    if (!hash.isEmpty() && m_store) {
        m_store->saveImage(hash, image);
    }
    const XmlPayloadIq iq(QXmppIq::Set, QString(), [hash, image, width, height](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("pubsub"));
        writer->writeDefaultNamespace(PubSubNamespace);
        writer->writeStartElement(QStringLiteral("publish"));
        writer->writeAttribute(QStringLiteral("node"), MetadataNode);
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(QStringLiteral("id"), hash.isEmpty() ? QStringLiteral("current") : hash);
        writer->writeStartElement(QStringLiteral("metadata"));
        writer->writeDefaultNamespace(MetadataNode);
        if (!hash.isEmpty()) {
            writer->writeStartElement(QStringLiteral("info"));
            writer->writeAttribute(QStringLiteral("bytes"), QString::number(image.data.size()));
            writer->writeAttribute(QStringLiteral("id"), hash);
            writer->writeAttribute(QStringLiteral("type"), image.mimeType);
            writer->writeAttribute(QStringLiteral("width"), QString::number(width));
            writer->writeAttribute(QStringLiteral("height"), QString::number(height));
            writer->writeEndElement();
        }
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_iqRequests->sendRequest(iq, this, [this, hash](const IqResponse &response) {
        if (!response.isResult()) {
            failPublish(response);
            return;
        }
        const QString ownJid = accountJid();
        if (hash.isEmpty()) {
            qCInfo(SALON_CORE_AVATARS).noquote() << ownJid << "removed the own avatar";
            removeReference(ownJid, AvatarSource::Pep);
            removeReference(ownJid, AvatarSource::VCard);
        } else {
            qCInfo(SALON_CORE_AVATARS).noquote() << ownJid << "published the own avatar" << hash;
            applyReference(ownJid, AvatarReference{hash, AvatarSource::Pep});
        }
        Q_EMIT ownAvatarPublished();
    });
}

void AvatarService::removeOwnAvatar()
{
    if (!m_store || !isOnline()) {
        Q_EMIT actionFailed(accountJid(), tr("You are offline. Remove your avatar once Salon is connected again."));
        return;
    }
    qCInfo(SALON_CORE_AVATARS).noquote() << accountJid() << "removing the own avatar";
    publishMetadata(QString(), AvatarImage{}, 0, 0);
}

void AvatarService::failPublish(const IqResponse &response)
{
    qCWarning(SALON_CORE_AVATARS).noquote() << accountJid() << "publishing the own avatar failed: status" << int(response.status) << "condition"
                                            << int(response.error.condition());
    QString reason = response.deliveryFailureText();
    if (reason.isEmpty()) {
        reason = response.error.text().isEmpty() ? tr("the server rejected it (%1).").arg(int(response.error.condition())) : response.error.text();
    }
    Q_EMIT actionFailed(accountJid(), tr("Salon could not change your avatar: %1").arg(reason));
}

QString AvatarService::imageMimeType(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"))) {
        return QStringLiteral("image/png");
    }
    if (data.startsWith(QByteArrayLiteral("\xff\xd8\xff"))) {
        return QStringLiteral("image/jpeg");
    }
    if (data.startsWith(QByteArrayLiteral("GIF87a")) || data.startsWith(QByteArrayLiteral("GIF89a"))) {
        return QStringLiteral("image/gif");
    }
    if (data.size() >= 12 && data.startsWith(QByteArrayLiteral("RIFF")) && data.mid(8, 4) == QByteArrayLiteral("WEBP")) {
        return QStringLiteral("image/webp");
    }
    return QString();
}

QString AvatarService::imageHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

bool AvatarService::isFetchingPepAvatar(const QString &jid) const
{
    for (const QVector<Waiter> &waiters : m_fetches) {
        for (const Waiter &waiter : waiters) {
            if (waiter.jid == jid && waiter.source == AvatarSource::Pep) {
                return true;
            }
        }
    }
    return false;
}

bool AvatarService::isFollowed(const QString &jid)
{
    return jid == accountJid() || m_contacts->indexOf(jid) >= 0 || m_requestedJids.contains(jid);
}

QString AvatarService::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}

bool AvatarService::isOnline()
{
    // QXmpp 1.4 keeps isAuthenticated() true for a while after disconnecting, so the connection is checked too.
    return client() && client()->isConnected() && client()->isAuthenticated();
}
