#include "PublicBlogRenderer.h"

#include "MicroblogEntry.h"
#include "XmppUri.h"
#include "salon_core_content_logging.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const auto AtomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");
const auto SanitizedStart = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
const auto SanitizedEnd = QStringLiteral("</div>");

// The page's only style sheet. It is inline, so the server's Content-Security-Policy allows
// inline styles and nothing else of the kind.
const char PageStyle[] =
    "body{font-family:sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222;background:#fff}"
    "header{border-bottom:1px solid #ccc;margin-bottom:1.5rem}"
    "article{border-bottom:1px solid #eee;padding-bottom:1rem;margin-bottom:1.5rem}"
    ".meta{color:#666;font-size:.9rem}"
    ".tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem;color:#555}"
    "img{max-width:100%;height:auto}"
    "pre{overflow-x:auto}";

// Elements that HTML writes without an end tag. ContentSanitizer keeps only these three.
bool isVoidElement(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img");
}

// Whether name is an element or attribute name that the sanitizer writes: lower-case ASCII
// letters and digits. Anything else means the input did not come from ContentSanitizer.
bool isPlainName(const QString &name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (const QChar character : name) {
        if (!(character >= QLatin1Char('a') && character <= QLatin1Char('z')) && !(character >= QLatin1Char('0') && character <= QLatin1Char('9'))) {
            return false;
        }
    }
    return true;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString displayDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString pageHead(const QString &title, const QString &feedPath)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(escaped(PublicBlogRenderer::tr("en", "the language of this translation, as an HTML lang value")));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
    html += QStringLiteral("<title>%1</title>\n").arg(escaped(title));
    if (!feedPath.isEmpty()) {
        html += QStringLiteral("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%1\" href=\"%2\">\n")
                    .arg(escaped(title), escaped(feedPath));
    }
    html += QStringLiteral("<style>%1</style>\n</head>\n").arg(QLatin1String(PageStyle));
    return html;
}

// The fragment that names a post on the page, such as "post-abc", with the item id percent-encoded.
QString postAnchor(const FeedPost &post)
{
    return QStringLiteral("post-") + QString::fromLatin1(QUrl::toPercentEncoding(post.itemId));
}

QString renderPost(const FeedPost &post)
{
    QString html = QStringLiteral("<article id=\"%1\">\n").arg(escaped(postAnchor(post)));
    if (!post.title.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(post.title));
    }
    if (post.published.isValid()) {
        html += QStringLiteral("<p class=\"meta\"><time datetime=\"%1\">%2</time></p>\n").arg(escaped(dateText(post.published)), escaped(displayDate(post.published)));
    }
    html += QStringLiteral("<div class=\"content\">%1</div>\n").arg(PublicBlogRenderer::htmlFromSanitized(post.contentHtml));

    const QVector<AtomLink> enclosures = post.enclosures();
    QString attachments;
    for (const AtomLink &link : enclosures) {
        if (!FeedPost::isWebUrl(link.href)) {
            continue;
        }
        const QString label = link.title.isEmpty() ? link.href : link.title;
        attachments += QStringLiteral("<li><a href=\"%1\" rel=\"nofollow noopener noreferrer\">%2</a></li>").arg(escaped(link.href), escaped(label));
    }
    if (!attachments.isEmpty()) {
        html += QStringLiteral("<ul class=\"attachments\">%1</ul>\n").arg(attachments);
    }

    if (!post.tags.isEmpty()) {
        html += QStringLiteral("<ul class=\"tags\">");
        for (const QString &tag : post.tags) {
            html += QStringLiteral("<li>#%1</li>").arg(escaped(tag));
        }
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("</article>\n");
    return html;
}

// The Atom entry of a stored post: its sanitized content, never the content as published.
MicroblogEntry entryOf(const QString &jid, const FeedPost &post)
{
    MicroblogEntry entry;
    entry.atomId = !post.atomId.isEmpty()
        ? post.atomId
        : XmppUri::build(jid, QString(), {{QStringLiteral("node"), MicroblogNode}, {QStringLiteral("item"), post.itemId}});
    entry.title = {AtomText::Type::Text, post.title};
    entry.content = {AtomText::Type::Xhtml, PublicBlogRenderer::xhtmlChildren(post.contentHtml)};
    entry.published = post.published;
    entry.updated = post.updated.isValid() ? post.updated : post.published;
    entry.authorName = post.authorName;
    entry.authorJid = jid;
    entry.categories = post.tags;
    // RFC 4287 requires content or an alternate link, and a post may have no content.
    entry.links.append({QStringLiteral("alternate"), PublicBlogRenderer::pagePath(jid) + QLatin1Char('#') + postAnchor(post), QStringLiteral("text/html"),
                        QString(), -1});
    for (const AtomLink &link : post.links) {
        if (FeedPost::isWebUrl(link.href) && (link.rel == QLatin1String("enclosure") || link.rel == QLatin1String("related"))) {
            entry.links.append(link);
        }
    }
    return entry;
}

} // namespace

QString PublicBlogRenderer::pagePath(const QString &jid)
{
    return QStringLiteral("/blog/") + QString::fromLatin1(QUrl::toPercentEncoding(jid, QByteArrayLiteral("@")));
}

QString PublicBlogRenderer::feedPath(const QString &jid)
{
    return pagePath(jid) + QStringLiteral("/feed.atom");
}

QByteArray PublicBlogRenderer::renderPage(const QString &jid, const QVector<FeedPost> &posts)
{
    const QString title = tr("Public posts of %1").arg(jid);
    QString html = pageHead(title, feedPath(jid));

    html += QStringLiteral("<body>\n<header>\n<h1>%1</h1>\n").arg(escaped(title));
    html += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n</header>\n<main>\n").arg(escaped(feedPath(jid)), escaped(tr("Atom feed")));
    if (posts.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("There are no public posts yet.")));
    }
    for (int index = 0; index < posts.size() && index < MaxPosts; ++index) {
        html += renderPost(posts.at(index));
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray PublicBlogRenderer::renderFeed(const QString &jid, const QVector<FeedPost> &posts, const QDateTime &generatedAt)
{
    const int count = std::min(int(posts.size()), MaxPosts);
    QDateTime newest;
    for (int index = 0; index < count; ++index) {
        const FeedPost &post = posts.at(index);
        const QDateTime updated = post.updated.isValid() ? post.updated : post.published;
        if (updated.isValid() && (!newest.isValid() || updated > newest)) {
            newest = updated;
        }
    }

    QByteArray feed;
    QXmlStreamWriter writer(&feed);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("feed"));
    writer.writeDefaultNamespace(AtomNamespace);
    writer.writeTextElement(QStringLiteral("id"), XmppUri::build(jid, QString(), {{QStringLiteral("node"), MicroblogNode}}));
    writer.writeTextElement(QStringLiteral("title"), tr("Public posts of %1").arg(jid));
    writer.writeTextElement(QStringLiteral("updated"), dateText(newest.isValid() ? newest : generatedAt));

    writer.writeStartElement(QStringLiteral("author"));
    writer.writeTextElement(QStringLiteral("name"), jid);
    writer.writeTextElement(QStringLiteral("uri"), XmppUri::build(jid));
    writer.writeEndElement();

    writer.writeEmptyElement(QStringLiteral("link"));
    writer.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("application/atom+xml"));
    writer.writeAttribute(QStringLiteral("href"), feedPath(jid));
    writer.writeEmptyElement(QStringLiteral("link"));
    writer.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    writer.writeAttribute(QStringLiteral("href"), pagePath(jid));

    for (int index = 0; index < count; ++index) {
        entryOf(jid, posts.at(index)).writeAtom(&writer);
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return feed;
}

QByteArray PublicBlogRenderer::renderNotFoundPage()
{
    const QString title = tr("Blog not found");
    QString html = pageHead(title, QString());
    html += QStringLiteral("<body>\n<main>\n<h1>%1</h1>\n<p>%2</p>\n</main>\n</body>\n</html>\n")
                .arg(escaped(title), escaped(tr("This address has no public posts on this server.")));
    return html.toUtf8();
}

QString PublicBlogRenderer::htmlFromSanitized(const QString &sanitized)
{
    QString html;
    QXmlStreamReader reader(sanitized);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (depth == 1) {
                break; // The root div of the sanitizer; the page wraps the children itself.
            }
            const QString name = reader.name().toString();
            if (!isPlainName(name)) {
                qCWarning(SALON_CORE_CONTENT) << "Sanitized content has an element name outside the sanitizer's set; left out of the public page";
                return QString();
            }
            html += QLatin1Char('<') + name;
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                const QString attributeName = attribute.name().toString();
                if (isPlainName(attributeName) && !attributeName.startsWith(QLatin1String("on"))) {
                    html += QStringLiteral(" %1=\"%2\"").arg(attributeName, escaped(attribute.value().toString()));
                }
            }
            html += QLatin1Char('>');
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QString name = reader.name().toString();
            if (depth > 1 && !isVoidElement(name)) {
                html += QStringLiteral("</%1>").arg(name);
            }
            --depth;
            break;
        }
        case QXmlStreamReader::Characters:
            if (depth > 0) {
                html += escaped(reader.text().toString());
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        qCWarning(SALON_CORE_CONTENT).noquote() << "Sanitized content is not well-formed XML at offset" << reader.characterOffset() << "; left out of the public page";
        return QString();
    }
    return html;
}

QString PublicBlogRenderer::xhtmlChildren(const QString &sanitized)
{
    if (sanitized.startsWith(SanitizedStart) && sanitized.endsWith(SanitizedEnd)) {
        return sanitized.mid(SanitizedStart.size(), sanitized.size() - SanitizedStart.size() - SanitizedEnd.size());
    }
    return QString();
}
