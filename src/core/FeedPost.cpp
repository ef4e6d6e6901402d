#include "FeedPost.h"

#include "ContentSanitizer.h"

#include <QUrl>

FeedPost FeedPost::fromEntry(const QString &service, const QString &node, const QString &itemId, const MicroblogEntry &entry, const QDateTime &receivedAt)
{
    FeedPost post;
    post.service = service;
    post.node = node;
    post.itemId = itemId;
    post.atomId = entry.atomId;
    post.authorJid = service;
    post.authorName = entry.authorName;

    post.title = ContentSanitizer::plainText(ContentSanitizer::sanitizeAtomText(entry.title)).trimmed();
    post.contentHtml = ContentSanitizer::sanitizeAtomText(entry.content);
    post.plainText = ContentSanitizer::plainText(post.contentHtml);
    if (post.plainText.trimmed().isEmpty() && !entry.plainContent.isEmpty()) {
        post.plainText = entry.plainContent;
        post.contentHtml = ContentSanitizer::sanitizeText(entry.plainContent);
    }
    if (!entry.summary.isEmpty()) {
        post.summary = ContentSanitizer::plainText(ContentSanitizer::sanitizeAtomText(entry.summary)).trimmed();
    }

    post.updated = entry.updated.isValid() ? entry.updated : entry.published;
    post.published = entry.published.isValid() ? entry.published : post.updated;
    if (!post.published.isValid()) {
        post.published = receivedAt;
        post.updated = receivedAt;
    }
    post.links = entry.links;
    post.tags = entry.categories;
    post.commentsUri = entry.commentsUri();
    post.inReplyTo = entry.inReplyToRef;
    post.receivedAt = receivedAt;
    return post;
}

QVector<AtomLink> FeedPost::enclosures() const
{
    QVector<AtomLink> result;
    for (const AtomLink &link : links) {
        if (link.rel == QLatin1String("enclosure")) {
            result.append(link);
        }
    }
    return result;
}

QVector<AtomLink> FeedPost::relatedLinks() const
{
    QVector<AtomLink> result;
    for (const AtomLink &link : links) {
        if (result.size() == MaxRelatedLinks) {
            break;
        }
        if (link.rel == QLatin1String("related") && isWebUrl(link.href)) {
            AtomLink related = link;
            related.title = link.title.left(MaxLinkTitleLength);
            result.append(related);
        }
    }
    return result;
}

QString FeedPost::visibility() const
{
    if (accessModel == QLatin1String("open")) {
        return QStringLiteral("public");
    }
    if (accessModel == QLatin1String("presence")) {
        return QStringLiteral("contacts");
    }
    return QString();
}

void FeedPost::keepLocalState(const FeedPost &previous)
{
    if (accessModel.isEmpty()) {
        accessModel = previous.accessModel;
    }
    const bool sameVersion = !updated.isValid() || !previous.updated.isValid() || updated <= previous.updated;
    if (markdown.isEmpty() && sameVersion) {
        markdown = previous.markdown;
    }
}

bool FeedPost::isWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool web = parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http");
    return parsed.isValid() && web && !parsed.host().isEmpty();
}
