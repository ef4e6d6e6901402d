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
    /// The Markdown source of the user's own post, where this client published or edited it
    /// since its last change elsewhere, else empty. Atom carries only the rendered XHTML.
    QString markdown;
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

    /// Maximum number of related links that relatedLinks() returns and that a post is published with.
    static constexpr int MaxRelatedLinks = 8;
    /// Maximum length of a related link's title, in UTF-16 code units.
    static constexpr int MaxLinkTitleLength = 300;

    /// Returns the links of relation "enclosure".
    QVector<AtomLink> enclosures() const;
    /// Returns the first MaxRelatedLinks links of relation "related" (RFC 4287, section 4.2.7.2)
    /// with an http or https URL, such as the pages that a post previews. Titles are cut to
    /// MaxLinkTitleLength.
    QVector<AtomLink> relatedLinks() const;
    /// Returns the visibility that the node's access model gives: "public" for "open", "contacts"
    /// for "presence", else an empty string.
    QString visibility() const;
    /// Takes from \a previous, an earlier copy of the same item, what this client knows beyond the
    /// entry: the access model when this copy has none, and the Markdown source when this copy has
    /// none and is not newer (by update time), so that an edit on another client clears it.
    void keepLocalState(const FeedPost &previous);

    /// Returns whether \a url is an absolute http or https URL with a host.
    static bool isWebUrl(const QString &url);
};

Q_DECLARE_METATYPE(FeedPost)
