#pragma once

#include "MicroblogEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// A comment or a like on a microblog post: one item of the post's comments node (XEP-0277, section 4).
///
/// A like is a comment whose title, or else content, is "♥" (U+2665) alone, as Movim publishes
/// it; white space around it and an emoji variation selector after it are ignored. fromEntry()
/// reads what other clients publish: Movim (app/widgets/Post/Post.php) publishes the text of a
/// comment as its title, without content.
struct Comment
{
    /// Maximum length of a comment's text, in UTF-16 code units; longer text is cut.
    static constexpr int MaxTextLength = 16 * 1024;

    /// The text of a like.
    static QString likeText();

    QString service;
    QString node;
    QString itemId;
    /// The author's bare JID: the entry's author URI, else the item's publisher; may be empty.
    QString authorJid;
    /// The name the entry gives, else the local part of authorJid.
    QString authorName;
    /// Sanitized XHTML in one div (ContentSanitizer).
    QString contentHtml;
    QString plainText;
    /// In UTC; the time of receipt when the entry gives no valid time.
    QDateTime published;
    bool isLike = false;
    /// The user's own comment or like that waits to be sent or retracted.
    bool pending = false;

    /// Reads the comment of \a entry, the payload of item \a itemId of \a node on \a service.
    /// \a publisher is the item's publisher JID, when the service gave one. Returns nothing for an
    /// item without id or without any text.
    static std::optional<Comment> fromEntry(const QString &service, const QString &node, const QString &itemId, const QString &publisher,
                                            const MicroblogEntry &entry, const QDateTime &receivedAt);
    /// Returns whether \a text, trimmed, is the text of a like.
    static bool isLikeText(const QString &text);
};
