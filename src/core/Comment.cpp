#include "Comment.h"

#include "ContentSanitizer.h"

#include <QXmppUtils.h>

QString Comment::likeText()
{
    return QString(QChar(0x2665));
}

bool Comment::isLikeText(const QString &text)
{
    // Some clients add the emoji variation selector U+FE0F after the heart.
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(QChar(0xfe0f))) {
        trimmed.chop(1);
    }
    return trimmed == likeText();
}

std::optional<Comment> Comment::fromEntry(const QString &service, const QString &node, const QString &itemId, const QString &publisher,
                                          const MicroblogEntry &entry, const QDateTime &receivedAt)
{
    if (itemId.isEmpty()) {
        return std::nullopt;
    }

    Comment comment;
    comment.service = service;
    comment.node = node;
    comment.itemId = itemId;
    comment.authorJid = entry.authorJid.isEmpty() ? QXmppUtils::jidToBareJid(publisher).toLower() : entry.authorJid.toLower();
    comment.authorName = entry.authorName.trimmed().left(MicroblogEntry::MaxFieldLength);
    if (comment.authorName.isEmpty()) {
        comment.authorName = QXmppUtils::jidToUser(comment.authorJid);
    }

    const QString titleText = ContentSanitizer::plainText(ContentSanitizer::sanitizeAtomText(entry.title)).trimmed();
    comment.contentHtml = ContentSanitizer::sanitizeAtomText(entry.content);
    comment.plainText = ContentSanitizer::plainText(comment.contentHtml).trimmed();
    if (comment.plainText.isEmpty() && !entry.plainContent.trimmed().isEmpty()) {
        comment.plainText = entry.plainContent.trimmed();
        comment.contentHtml = ContentSanitizer::sanitizeText(comment.plainText);
    }
    if (comment.plainText.isEmpty()) {
        // Movim writes the text of a comment into the title only.
        comment.plainText = titleText;
        comment.contentHtml = ContentSanitizer::sanitizeText(titleText);
    }
    if (comment.plainText.isEmpty()) {
        return std::nullopt;
    }
    comment.isLike = isLikeText(titleText) || (titleText.isEmpty() && isLikeText(comment.plainText));
    if (comment.plainText.size() > MaxTextLength) {
        comment.plainText = comment.plainText.left(MaxTextLength);
        comment.contentHtml = ContentSanitizer::sanitizeText(comment.plainText);
    }

    comment.published = entry.published.isValid() ? entry.published : entry.updated;
    if (!comment.published.isValid()) {
        comment.published = receivedAt;
    }
    return comment;
}
