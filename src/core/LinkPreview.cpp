#include "LinkPreview.h"

#include "ContentSanitizer.h"

#include <QHash>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace {

// Maximum element depth that the walk visits. libxml2 stops parsing at 256 levels by itself;
// the tags that a preview reads sit in the head, a few levels deep.
constexpr int MaxWalkDepth = 256;

QString fromXmlChars(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

// Collapses white space, removes control characters and cuts \a text to \a maxLength.
QString cleanText(const QString &text, int maxLength)
{
    QString result;
    result.reserve(qMin(text.size(), maxLength + 1));
    for (const QChar character : text) {
        if (character.category() == QChar::Other_Control && !character.isSpace()) {
            continue;
        }
        result.append(character);
    }
    result = result.simplified();
    if (result.size() > maxLength) {
        result.truncate(maxLength - 1);
        result.append(QChar(0x2026));
    }
    return result;
}

QString attributeOf(xmlNode *node, const char *name)
{
    xmlChar *raw = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString value = fromXmlChars(raw);
    xmlFree(raw);
    return value;
}

// Returns the text below \a node, without the content of script and style elements.
// Browsers read the content of a title element as text, but libxml2 2.9 parses markup in it
// as elements, so a script in a title would otherwise add its code to the title.
QString textWithoutScripts(xmlNode *node, int depth = 0)
{
    QString text;
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            text += fromXmlChars(node->content);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || depth >= MaxWalkDepth) {
            continue;
        }
        const QString name = fromXmlChars(node->name).toLower();
        if (name != QLatin1String("script") && name != QLatin1String("style")) {
            text += textWithoutScripts(node->children, depth + 1);
        }
    }
    return text;
}

// The tags of one page that a preview is made from.
struct PageTags {
    QString titleElement;
    /// Contents of the meta elements by their lower-case property or name, first one wins.
    QHash<QString, QString> meta;
    QString canonicalLink;
};

void collectTags(xmlNode *node, int depth, PageTags &tags)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) {
            continue;
        }
        const QString name = fromXmlChars(node->name).toLower();
        if (name == QLatin1String("title") && tags.titleElement.isEmpty()) {
            tags.titleElement = textWithoutScripts(node->children);
            continue;
        }
        if (name == QLatin1String("meta")) {
            QString key = attributeOf(node, "property").trimmed().toLower();
            if (key.isEmpty()) {
                key = attributeOf(node, "name").trimmed().toLower();
            }
            if (!key.isEmpty() && !tags.meta.contains(key)) {
                tags.meta.insert(key, attributeOf(node, "content"));
            }
            continue;
        }
        if (name == QLatin1String("link") && tags.canonicalLink.isEmpty()) {
            const QStringList relations = attributeOf(node, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (relations.contains(QLatin1String("canonical"))) {
                tags.canonicalLink = attributeOf(node, "href");
            }
            continue;
        }
        if (depth < MaxWalkDepth) {
            collectTags(node->children, depth + 1, tags);
        }
    }
}

// Returns the first non-empty meta content among \a keys.
QString firstMeta(const PageTags &tags, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = tags.meta.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

// Returns \a reference resolved against \a base when the result is an http or https URL with a
// host, or an empty string.
QString resolvedWebUrl(const QUrl &base, const QString &reference)
{
    if (reference.trimmed().isEmpty()) {
        return {};
    }
    const QUrl resolved = base.resolved(QUrl(reference.trimmed()));
    const QString scheme = resolved.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || resolved.host().isEmpty()) {
        return {};
    }
    return ContentSanitizer::checkedLinkUrl(resolved.toString(QUrl::FullyEncoded));
}

} // namespace

QVariantMap LinkPreview::toVariantMap() const
{
    return {
        {QStringLiteral("url"), url},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("imageUrl"), imageUrl},
        {QStringLiteral("siteName"), siteName},
        {QStringLiteral("canonicalUrl"), canonicalUrl},
    };
}

LinkPreview LinkPreview::fromHtml(const QByteArray &html, const QByteArray &charset, const QUrl &pageUrl, const QString &requestedUrl)
{
    static const bool initialized = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialized)

    PageTags tags;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    if (!html.isEmpty()) {
        const char *encoding = charset.isEmpty() ? nullptr : charset.constData();
        htmlDocPtr document = htmlReadMemory(html.constData(), html.size(), nullptr, encoding, options);
        if (!document && encoding) {
            // An unknown charset name: let the parser read the document's own declaration.
            document = htmlReadMemory(html.constData(), html.size(), nullptr, nullptr, options);
        }
        if (document) {
            collectTags(document->children, 0, tags);
            xmlFreeDoc(document);
        }
    }

    LinkPreview preview;
    preview.url = requestedUrl;
    QString title = firstMeta(tags, {"og:title", "twitter:title"});
    preview.title = cleanText(title.isEmpty() ? tags.titleElement : title, MaxTitleLength);
    preview.description = cleanText(firstMeta(tags, {"og:description", "twitter:description", "description"}), MaxDescriptionLength);

    const QString image = resolvedWebUrl(pageUrl, firstMeta(tags, {"og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"}));
    preview.imageUrl = image.isEmpty() ? QString() : ContentSanitizer::checkedImageUrl(image);

    const QString siteName = cleanText(firstMeta(tags, {"og:site_name"}), MaxSiteNameLength);
    preview.siteName = siteName.isEmpty() ? pageUrl.host() : siteName;

    preview.canonicalUrl = resolvedWebUrl(pageUrl, firstMeta(tags, {"og:url"}));
    if (preview.canonicalUrl.isEmpty()) {
        preview.canonicalUrl = resolvedWebUrl(pageUrl, tags.canonicalLink);
    }
    if (preview.canonicalUrl.isEmpty()) {
        preview.canonicalUrl = pageUrl.toString(QUrl::FullyEncoded);
    }
    return preview;
}
