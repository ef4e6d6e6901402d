#include "Bookmark.h"

#include "BareJid.h"

#include <QDomElement>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

const auto NativeNamespace = QStringLiteral("urn:xmpp:bookmarks:1");
const auto StorageNamespace = QStringLiteral("storage:bookmarks");

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

QString limited(const QString &value)
{
    return value.left(Bookmark::MaxFieldLength);
}

// Returns the room's bare JID in lower case, or an empty string when jid is no valid bare JID.
QString roomJid(const QString &jid)
{
    const QString bare = BareJid::fromUserInput(jid);
    return bare == jid.trimmed().toLower() ? bare : QString();
}

} // namespace

bool Bookmark::operator==(const Bookmark &other) const
{
    return jid == other.jid && name == other.name && nick == other.nick && password == other.password && autojoin == other.autojoin;
}

bool Bookmark::operator!=(const Bookmark &other) const
{
    return !(*this == other);
}

QString Bookmark::nativeNamespace()
{
    return NativeNamespace;
}

std::optional<Bookmark> Bookmark::fromNativeItem(const QString &itemId, const QDomElement &payload)
{
    if (payload.tagName() != QLatin1String("conference") || payload.namespaceURI() != NativeNamespace) {
        return std::nullopt;
    }
    Bookmark bookmark;
    bookmark.jid = roomJid(itemId);
    if (bookmark.jid.isEmpty()) {
        return std::nullopt;
    }
    bookmark.name = limited(payload.attribute(QStringLiteral("name")));
    bookmark.autojoin = isTrue(payload.attribute(QStringLiteral("autojoin")));
    bookmark.nick = limited(payload.firstChildElement(QStringLiteral("nick")).text());
    bookmark.password = limited(payload.firstChildElement(QStringLiteral("password")).text());
    return bookmark;
}

void Bookmark::writeNative(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("conference"));
    writer->writeDefaultNamespace(NativeNamespace);
    if (!name.isEmpty()) {
        writer->writeAttribute(QStringLiteral("name"), name);
    }
    writer->writeAttribute(QStringLiteral("autojoin"), autojoin ? QStringLiteral("true") : QStringLiteral("false"));
    if (!nick.isEmpty()) {
        writer->writeTextElement(QStringLiteral("nick"), nick);
    }
    if (!password.isEmpty()) {
        writer->writeTextElement(QStringLiteral("password"), password);
    }
    writer->writeEndElement();
}

QVector<Bookmark> Bookmark::fromStorage(const QDomElement &storage)
{
    QVector<Bookmark> bookmarks;
    if (storage.tagName() != QLatin1String("storage") || storage.namespaceURI() != StorageNamespace) {
        return bookmarks;
    }
    for (QDomElement conference = storage.firstChildElement(QStringLiteral("conference")); !conference.isNull();
         conference = conference.nextSiblingElement(QStringLiteral("conference"))) {
        Bookmark bookmark;
        bookmark.jid = roomJid(conference.attribute(QStringLiteral("jid")));
        const bool repeated = std::any_of(bookmarks.cbegin(), bookmarks.cend(), [&bookmark](const Bookmark &known) {
            return known.jid == bookmark.jid;
        });
        if (bookmark.jid.isEmpty() || repeated) {
            continue;
        }
        bookmark.name = limited(conference.attribute(QStringLiteral("name")));
        bookmark.autojoin = isTrue(conference.attribute(QStringLiteral("autojoin")));
        bookmark.nick = limited(conference.firstChildElement(QStringLiteral("nick")).text());
        bookmark.password = limited(conference.firstChildElement(QStringLiteral("password")).text());
        bookmarks.append(bookmark);
    }
    return bookmarks;
}

void Bookmark::writeStorage(QXmlStreamWriter *writer, const QVector<Bookmark> &bookmarks)
{
    writer->writeStartElement(QStringLiteral("storage"));
    writer->writeDefaultNamespace(StorageNamespace);
    for (const Bookmark &bookmark : bookmarks) {
        writer->writeStartElement(QStringLiteral("conference"));
        writer->writeAttribute(QStringLiteral("jid"), bookmark.jid);
        if (!bookmark.name.isEmpty()) {
            writer->writeAttribute(QStringLiteral("name"), bookmark.name);
        }
        writer->writeAttribute(QStringLiteral("autojoin"), bookmark.autojoin ? QStringLiteral("true") : QStringLiteral("false"));
        if (!bookmark.nick.isEmpty()) {
            writer->writeTextElement(QStringLiteral("nick"), bookmark.nick);
        }
        if (!bookmark.password.isEmpty()) {
            writer->writeTextElement(QStringLiteral("password"), bookmark.password);
        }
        writer->writeEndElement();
    }
    writer->writeEndElement();
}
