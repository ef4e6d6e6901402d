#pragma once

#include "MicroblogEntry.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

/// A microblog post (XEP-0277) as the feed shows it: already sanitized, with the item that carries it.
///
/// A post is named by its PubSub service (the author's bare JID for PEP), node and item id.
struct FeedPost
{
    QString service;
    QString node;
    QString itemId;
    /// The Atom id of the entry, which differs from the item id.
    QString atomId;
    QString authorJid;
    QString authorName;
    /// The title as plain text.
    QString title;
    /// The content after ContentSanitizer: one XHTML \c div, safe to show.
    QString contentHtml;
    /// The content as plain text, for previews and search.
    QString plainText;
    /// The summary as plain text, or an empty string when the entry has none.
    QString summary;
    /// Times in UTC. A missing publication time falls back to the update time, and then to the time the post arrived.
    QDateTime published;
    QDateTime updated;
    /// Every link of the entry, enclosures and the comments link included.
    QVector<AtomLink> links;
    /// The post's tags: the terms of its categories.
    QStringList tags;
    /// The XMPP URI of the comments node, or an empty string.
    QString commentsUri;
    /// The Atom id of the entry this one replies to, or an empty string.
    QString inReplyTo;
    /// The node's pubsub#access_model where known ("open", "presence", …), else empty.
    QString accessModel;
    /// When this client stored the post, in UTC.
    QDateTime receivedAt;
    /// Per account: whether the user has not read the post yet.
    bool unread = true;
    /// Per account: whether the post is the user's own and waits to be published.
    bool pending = false;

    /// Builds the post of \a entry, the payload of item \a itemId of \a node at \a service.
    /// Title, summary and content go through ContentSanitizer. For a PEP node the author is
    /// the service, whatever the entry claims, because only the node's owner publishes to it.
    static FeedPost fromEntry(const QString &service, const QString &node, const QString &itemId, const MicroblogEntry &entry, const QDateTime &receivedAt);

    /// Returns the links of relation "enclosure".
    QVector<AtomLink> enclosures() const;
};

Q_DECLARE_METATYPE(FeedPost)
