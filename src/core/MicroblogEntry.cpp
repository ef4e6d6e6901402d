#include "MicroblogEntry.h"

#include "BareJid.h"
#include "XmppUri.h"

#include <QDomElement>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

const auto AtomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");
const auto XhtmlNamespace = QStringLiteral("http://www.w3.org/1999/xhtml");
const auto ThreadNamespace = QStringLiteral("http://purl.org/syndication/thread/1.0");
const auto GeolocNamespace = QStringLiteral("http://jabber.org/protocol/geoloc");

QString nameOf(const QDomElement &element)
{
    return element.localName().isEmpty() ? element.tagName() : element.localName();
}

QString limited(const QString &text, int maxLength)
{
    return text.size() > maxLength ? text.left(maxLength) : text;
}

bool isXmlCharacter(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Returns text without the characters that XML 1.0 does not allow. QDomDocument accepts some of
// them (NUL, for one) in its input, and writeAtom() would write them into XML that no parser reads.
QString xmlText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
        } else if (!c.isSurrogate() && isXmlCharacter(c.unicode())) {
            result.append(c);
        }
    }
    return result;
}

// Elements nested deeper than this in XHTML content are left out, and their text is kept.
constexpr int MaxXhtmlDepth = 256;

// Writes the children of node as XML without namespaces, as the XHTML of a div is written, and
// returns at most maxLength code units. Comments and processing instructions are left out. The
// walk is iterative, so deeply nested content cannot exhaust the stack.
QString serializedChildren(const QDomNode &node, int maxLength)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    QDomNode current = node.firstChild();
    int depth = 0;
    int writtenDepth = 0;
    while (!current.isNull() && xml.size() < maxLength) {
        if (current.isElement()) {
            const QDomElement element = current.toElement();
            if (depth < MaxXhtmlDepth) {
                writer.writeStartElement(nameOf(element));
                const QDomNamedNodeMap attributes = element.attributes();
                for (int index = 0; index < attributes.count(); ++index) {
                    const QDomAttr attribute = attributes.item(index).toAttr();
                    const QString name = attribute.localName().isEmpty() ? attribute.name() : attribute.localName();
                    if (attribute.namespaceURI().isEmpty() && !name.startsWith(QStringLiteral("xmlns"))) {
                        writer.writeAttribute(name, attribute.value());
                    }
                }
                ++writtenDepth;
            }
            if (current.hasChildNodes()) {
                ++depth;
                current = current.firstChild();
                continue;
            }
            if (depth < MaxXhtmlDepth) {
                writer.writeEndElement();
                --writtenDepth;
            }
        } else if (current.isText() || current.isCDATASection()) {
            writer.writeCharacters(current.nodeValue());
        }
        // Up to the next sibling, closing the elements left on the way.
        while (!current.isNull() && current.nextSibling().isNull() && depth > 0) {
            current = current.parentNode();
            --depth;
            if (depth < MaxXhtmlDepth) {
                writer.writeEndElement();
                --writtenDepth;
            }
        }
        if (depth == 0 && current.nextSibling().isNull()) {
            break;
        }
        current = current.nextSibling();
    }
    while (writtenDepth-- > 0) {
        writer.writeEndElement();
    }
    return limited(xmlText(xml), maxLength);
}

AtomText readText(const QDomElement &element)
{
    const QString type = element.attribute(QStringLiteral("type")).trimmed().toLower();
    if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
        // RFC 4287 wraps the markup in one XHTML div; some clients leave it out.
        const QDomElement div = element.firstChildElement(QStringLiteral("div"));
        return {AtomText::Type::Xhtml, serializedChildren(div.isNull() ? QDomNode(element) : QDomNode(div), MicroblogEntry::MaxTextLength)};
    }
    const AtomText::Type textType = type == QLatin1String("html") || type == QLatin1String("text/html") ? AtomText::Type::Html : AtomText::Type::Text;
    return {textType, limited(xmlText(element.text()), MicroblogEntry::MaxTextLength)};
}

QDateTime readDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime date = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!date.isValid()) {
        date = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    }
    return date.isValid() ? date.toUTC() : QDateTime();
}

double readCoordinate(const QDomElement &parent, const QString &name, double limit)
{
    bool ok = false;
    const double value = parent.firstChildElement(name).text().trimmed().toDouble(&ok);
    return ok && std::isfinite(value) && std::abs(value) <= limit ? value : qQNaN();
}

std::optional<Geolocation> readGeolocation(const QDomElement &element)
{
    Geolocation place;
    place.latitude = readCoordinate(element, QStringLiteral("lat"), 90);
    place.longitude = readCoordinate(element, QStringLiteral("lon"), 180);
    place.description = xmlText(element.firstChildElement(QStringLiteral("text")).text()).trimmed();
    if (place.description.isEmpty()) {
        QStringList parts;
        for (const QString &name : {QStringLiteral("locality"), QStringLiteral("region"), QStringLiteral("country")}) {
            const QString part = xmlText(element.firstChildElement(name).text()).trimmed();
            if (!part.isEmpty()) {
                parts.append(part);
            }
        }
        place.description = parts.join(QStringLiteral(", "));
    }
    place.description = limited(place.description, MicroblogEntry::MaxFieldLength);
    if (std::isnan(place.latitude) != std::isnan(place.longitude)) {
        place.latitude = place.longitude = qQNaN();
    }
    if (std::isnan(place.latitude) && place.description.isEmpty()) {
        return std::nullopt;
    }
    return place;
}

// Milliseconds are written when the date has them, so that the entry reads back with the same date.
QString dateText(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

// Returns whether fragment, the children of an XHTML div, is well-formed XML.
bool isWellFormedFragment(const QString &fragment)
{
    QXmlStreamReader reader(QStringLiteral("<div xmlns='%1'>").arg(XhtmlNamespace) + fragment + QStringLiteral("</div>"));
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD || reader.tokenType() == QXmlStreamReader::EntityReference) {
            return false;
        }
    }
    return !reader.hasError();
}

// Writes the elements and text of the well-formed fragment into writer's current XHTML div.
void copyFragment(QXmlStreamWriter *writer, const QString &fragment)
{
    QXmlStreamReader reader(QStringLiteral("<div xmlns='%1'>").arg(XhtmlNamespace) + fragment + QStringLiteral("</div>"));
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (depth++ == 0) {
                break;
            }
            writer->writeStartElement(reader.name().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                if (attribute.namespaceUri().isEmpty()) {
                    writer->writeAttribute(attribute.name().toString(), attribute.value().toString());
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0) {
                writer->writeEndElement();
            }
            break;
        case QXmlStreamReader::Characters:
            writer->writeCharacters(reader.text().toString());
            break;
        default:
            break;
        }
    }
}

void writeText(QXmlStreamWriter *writer, const QString &name, const AtomText &text)
{
    writer->writeStartElement(name);
    if (text.type == AtomText::Type::Xhtml && isWellFormedFragment(text.value)) {
        writer->writeAttribute(QStringLiteral("type"), QStringLiteral("xhtml"));
        writer->writeStartElement(QStringLiteral("div"));
        writer->writeDefaultNamespace(XhtmlNamespace);
        copyFragment(writer, text.value);
        writer->writeEndElement();
    } else {
        writer->writeAttribute(QStringLiteral("type"), text.type == AtomText::Type::Text ? QStringLiteral("text") : QStringLiteral("html"));
        writer->writeCharacters(text.value);
    }
    writer->writeEndElement();
}

} // namespace

bool AtomLink::operator==(const AtomLink &other) const
{
    return rel == other.rel && href == other.href && type == other.type && title == other.title && length == other.length;
}

bool AtomText::isEmpty() const
{
    return value.trimmed().isEmpty();
}

bool AtomText::operator==(const AtomText &other) const
{
    return type == other.type && value == other.value;
}

bool Geolocation::operator==(const Geolocation &other) const
{
    const auto same = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || a == b;
    };
    return same(latitude, other.latitude) && same(longitude, other.longitude) && description == other.description;
}

std::optional<MicroblogEntry> MicroblogEntry::fromAtom(const QDomElement &entry)
{
    if (entry.isNull() || nameOf(entry) != QLatin1String("entry") || (!entry.namespaceURI().isEmpty() && entry.namespaceURI() != AtomNamespace)) {
        return std::nullopt;
    }

    MicroblogEntry result;
    std::optional<AtomText> xhtml;
    std::optional<AtomText> html;
    std::optional<AtomText> text;
    for (QDomElement child = entry.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        const QString name = nameOf(child);
        const QString ns = child.namespaceURI();
        if (ns == ThreadNamespace) {
            if (name == QLatin1String("in-reply-to") && result.inReplyToRef.isEmpty()) {
                result.inReplyToRef = limited(xmlText(child.attribute(QStringLiteral("ref"))).trimmed(), MaxFieldLength);
                result.inReplyToHref = limited(xmlText(child.attribute(QStringLiteral("href"))).trimmed(), MaxFieldLength);
            }
            continue;
        }
        if (ns == GeolocNamespace) {
            if (name == QLatin1String("geoloc") && !result.geolocation) {
                result.geolocation = readGeolocation(child);
            }
            continue;
        }
        if (!ns.isEmpty() && ns != AtomNamespace) {
            continue;
        }

        if (name == QLatin1String("id")) {
            result.atomId = limited(xmlText(child.text()).trimmed(), MaxFieldLength);
        } else if (name == QLatin1String("title")) {
            result.title = readText(child);
        } else if (name == QLatin1String("summary")) {
            result.summary = readText(child);
        } else if (name == QLatin1String("content")) {
            // Some clients publish the content twice, as text and as XHTML; the first of each type counts.
            const AtomText content = readText(child);
            std::optional<AtomText> *slot = &text;
            if (content.type == AtomText::Type::Xhtml) {
                slot = &xhtml;
            } else if (content.type == AtomText::Type::Html) {
                slot = &html;
            }
            if (!*slot) {
                *slot = content;
            }
        } else if (name == QLatin1String("author") && result.authorName.isEmpty() && result.authorUri.isEmpty()) {
            result.authorName = limited(xmlText(child.firstChildElement(QStringLiteral("name")).text()).trimmed(), MaxFieldLength);
            result.authorUri = limited(xmlText(child.firstChildElement(QStringLiteral("uri")).text()).trimmed(), MaxFieldLength);
            if (const std::optional<XmppUri> uri = XmppUri::parse(result.authorUri)) {
                result.authorJid = BareJid::fromUserInput(uri->jid());
            }
        } else if (name == QLatin1String("published")) {
            result.published = readDate(child.text());
        } else if (name == QLatin1String("updated")) {
            result.updated = readDate(child.text());
        } else if (name == QLatin1String("link") && result.links.size() < MaxLinks) {
            AtomLink link;
            link.rel = limited(xmlText(child.attribute(QStringLiteral("rel"), QStringLiteral("alternate"))).trimmed(), MaxFieldLength);
            link.href = limited(xmlText(child.attribute(QStringLiteral("href"))).trimmed(), MaxFieldLength);
            link.type = limited(xmlText(child.attribute(QStringLiteral("type"))).trimmed(), MaxFieldLength);
            link.title = limited(xmlText(child.attribute(QStringLiteral("title"))).trimmed(), MaxFieldLength);
            bool ok = false;
            const qint64 length = child.attribute(QStringLiteral("length")).trimmed().toLongLong(&ok);
            link.length = ok && length >= 0 ? length : -1;
            if (!link.href.isEmpty()) {
                result.links.append(link);
            }
        } else if (name == QLatin1String("category") && result.categories.size() < MaxCategories) {
            const QString term = limited(xmlText(child.attribute(QStringLiteral("term"))).trimmed(), MaxFieldLength);
            if (!term.isEmpty() && !result.categories.contains(term)) {
                result.categories.append(term);
            }
        }
    }

    if (xhtml) {
        result.content = *xhtml;
    } else if (html) {
        result.content = *html;
    } else if (text) {
        result.content = *text;
    }
    if (text && result.content.type != AtomText::Type::Text) {
        result.plainContent = text->value;
    }
    if (!result.updated.isValid()) {
        result.updated = result.published;
    }
    if (!result.published.isValid()) {
        result.published = result.updated;
    }
    return result;
}

void MicroblogEntry::writeAtom(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("entry"));
    writer->writeDefaultNamespace(AtomNamespace);
    if (!inReplyToRef.isEmpty()) {
        writer->writeNamespace(ThreadNamespace, QStringLiteral("thr"));
    }

    writeText(writer, QStringLiteral("title"), title);
    writer->writeTextElement(QStringLiteral("id"), atomId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime updatedAt = updated.isValid() ? updated : published.isValid() ? published : now;
    writer->writeTextElement(QStringLiteral("published"), dateText(published.isValid() ? published : updatedAt));
    writer->writeTextElement(QStringLiteral("updated"), dateText(updatedAt));

    writer->writeStartElement(QStringLiteral("author"));
    writer->writeTextElement(QStringLiteral("name"), authorName.isEmpty() ? authorJid : authorName);
    const QString uri = !authorUri.isEmpty() ? authorUri : authorJid.isEmpty() ? QString() : XmppUri::build(authorJid);
    if (!uri.isEmpty()) {
        writer->writeTextElement(QStringLiteral("uri"), uri);
    }
    writer->writeEndElement();

    // RFC 4287 allows one content per entry, so plainContent is not written.
    if (!content.isEmpty()) {
        writeText(writer, QStringLiteral("content"), content);
    }
    if (!summary.isEmpty()) {
        writeText(writer, QStringLiteral("summary"), summary);
    }
    for (const AtomLink &link : links) {
        writer->writeStartElement(QStringLiteral("link"));
        writer->writeAttribute(QStringLiteral("rel"), link.rel.isEmpty() ? QStringLiteral("alternate") : link.rel);
        writer->writeAttribute(QStringLiteral("href"), link.href);
        if (!link.type.isEmpty()) {
            writer->writeAttribute(QStringLiteral("type"), link.type);
        }
        if (!link.title.isEmpty()) {
            writer->writeAttribute(QStringLiteral("title"), link.title);
        }
        if (link.length >= 0) {
            writer->writeAttribute(QStringLiteral("length"), QString::number(link.length));
        }
        writer->writeEndElement();
    }
    for (const QString &term : categories) {
        writer->writeStartElement(QStringLiteral("category"));
        writer->writeAttribute(QStringLiteral("term"), term);
        writer->writeEndElement();
    }
    if (geolocation) {
        writer->writeStartElement(QStringLiteral("geoloc"));
        writer->writeDefaultNamespace(GeolocNamespace);
        if (!std::isnan(geolocation->latitude) && !std::isnan(geolocation->longitude)) {
            writer->writeTextElement(QStringLiteral("lat"), QString::number(geolocation->latitude, 'g', 10));
            writer->writeTextElement(QStringLiteral("lon"), QString::number(geolocation->longitude, 'g', 10));
        }
        if (!geolocation->description.isEmpty()) {
            writer->writeTextElement(QStringLiteral("text"), geolocation->description);
        }
        writer->writeEndElement();
    }
    if (!inReplyToRef.isEmpty()) {
        writer->writeStartElement(ThreadNamespace, QStringLiteral("in-reply-to"));
        writer->writeAttribute(QStringLiteral("ref"), inReplyToRef);
        if (!inReplyToHref.isEmpty()) {
            writer->writeAttribute(QStringLiteral("href"), inReplyToHref);
        }
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

QVector<AtomLink> MicroblogEntry::enclosures() const
{
    QVector<AtomLink> result;
    for (const AtomLink &link : links) {
        if (link.rel == QLatin1String("enclosure")) {
            result.append(link);
        }
    }
    return result;
}

QString MicroblogEntry::commentsUri() const
{
    for (const AtomLink &link : links) {
        if (link.rel == QLatin1String("replies") && link.href.startsWith(QStringLiteral("xmpp:"), Qt::CaseInsensitive)) {
            return link.href;
        }
    }
    return QString();
}

bool MicroblogEntry::operator==(const MicroblogEntry &other) const
{
    return atomId == other.atomId && title == other.title && content == other.content && plainContent == other.plainContent && summary == other.summary
        && authorName == other.authorName && authorUri == other.authorUri && authorJid == other.authorJid && published == other.published
        && updated == other.updated && links == other.links && categories == other.categories && geolocation == other.geolocation
        && inReplyToRef == other.inReplyToRef && inReplyToHref == other.inReplyToHref;
}
