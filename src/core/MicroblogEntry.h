#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QDomElement;
class QXmlStreamWriter;

/// A link of an Atom entry (RFC 4287, section 4.2.7).
struct AtomLink
{
    /// The relation: "alternate" when the entry gives none, "enclosure" for an attachment,
    /// "replies" for the comments node (XEP-0277, section 3), "related", "via"…
    QString rel;
    QString href;
    /// MIME type of the target; empty when unknown.
    QString type;
    QString title;
    /// Size of the target in bytes, or -1 when unknown.
    qint64 length = -1;

    bool operator==(const AtomLink &other) const;
};

/// A text construct of Atom (RFC 4287, section 3.1).
struct AtomText
{
    enum class Type {
        Text,
        /// HTML source, which may be malformed.
        Html,
        /// An XHTML fragment: the children of the construct's \c div, serialized as XML.
        Xhtml,
    };

    Type type = Type::Text;
    QString value;

    bool isEmpty() const;
    bool operator==(const AtomText &other) const;
};

/// A place attached to a post (XEP-0080 inside the entry, XEP-0277 section 5).
struct Geolocation
{
    /// Latitude and longitude in decimal degrees, or NaN when the entry gives none.
    double latitude = qQNaN();
    double longitude = qQNaN();
    /// A description of the place: its text, or else its locality and country.
    QString description;

    bool operator==(const Geolocation &other) const;
};

/// A microblog post or comment: an Atom entry (RFC 4287) as XEP-0277 publishes it over PubSub.
///
/// fromAtom() reads what Movim, Libervia and other clients publish and keeps going past what it
/// does not know. It skips unknown elements, reads text constructs of an unknown type as text,
/// and cuts or drops values beyond the limits below. Content is kept as published;
/// ContentSanitizer makes it safe to show. writeAtom() writes a strict entry with every element
/// that RFC 4287 requires.
struct MicroblogEntry
{
    /// Maximum length of a title, summary or content, in UTF-16 code units.
    static constexpr int MaxTextLength = 512 * 1024;
    /// Maximum numbers of links and categories per entry.
    static constexpr int MaxLinks = 64;
    static constexpr int MaxCategories = 64;
    /// Maximum length of a category, author name, URI or link attribute, in UTF-16 code units.
    static constexpr int MaxFieldLength = 2048;

    /// The Atom id, such as tag:example.org,2026-12-05:posts-ID; not the PubSub item id.
    QString atomId;
    AtomText title;
    /// The richest content: XHTML, else HTML, else text.
    AtomText content;
    /// The plain text content that some clients publish beside the rich one; empty otherwise.
    QString plainContent;
    AtomText summary;
    QString authorName;
    /// The author's URI, usually xmpp:JID.
    QString authorUri;
    /// The bare JID of authorUri when it is an XMPP URI; empty otherwise.
    QString authorJid;
    /// In UTC; invalid when the entry gives none.
    QDateTime published;
    QDateTime updated;
    QVector<AtomLink> links;
    /// The terms of the categories: the post's tags.
    QStringList categories;
    std::optional<Geolocation> geolocation;
    /// The entry this one replies to (RFC 4685): its Atom id and link, empty when none.
    QString inReplyToRef;
    QString inReplyToHref;

    /// Reads the Atom \a entry element; returns nothing when it is not one.
    static std::optional<MicroblogEntry> fromAtom(const QDomElement &entry);
    /// Writes the entry as an Atom \c entry element. A content or title of type Xhtml that is not
    /// well-formed is written as Html, so the output stays valid.
    void writeAtom(QXmlStreamWriter *writer) const;

    /// Returns the links of relation "enclosure": the post's attachments.
    QVector<AtomLink> enclosures() const;
    /// Returns the XMPP URI of the comments node (rel "replies", XEP-0277 section 3), or an empty string.
    QString commentsUri() const;

    bool operator==(const MicroblogEntry &other) const;
    bool operator!=(const MicroblogEntry &other) const
    {
        return !(*this == other);
    }
};
