#include "FeedPost.h"

#include "ContentSanitizer.h"

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
