#pragma once

#include "FeedPost.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

/// Renders a user's public microblog posts (XEP-0277) as a standalone HTML page and as an Atom
/// 1.0 feed (RFC 4287), for the public pages that salon-server serves at /blog/JID.
///
/// Every field of a post is escaped. Content is taken only from FeedPost::contentHtml, the
/// output of ContentSanitizer, and even that is parsed again and written out element by element
/// with explicit end tags, because an HTML parser reads an XML empty element such as
/// <tt>\<p/\></tt> as an open tag. The page contains no script and no event handler, so the
/// server can forbid scripts with its Content-Security-Policy.
///
/// Links inside the page and the feed are relative to the server (/blog/JID and
/// /blog/JID/feed.atom), so the output does not depend on the host name a visitor used.
class PublicBlogRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PublicBlogRenderer)

public:
    /// Maximum number of posts on a page and in a feed; the newest are kept.
    static constexpr int MaxPosts = 20;

    /// Returns the path of the page of \a jid, with the JID percent-encoded: /blog/JID.
    static QString pagePath(const QString &jid);
    /// Returns the path of the feed of \a jid: /blog/JID/feed.atom.
    static QString feedPath(const QString &jid);

    /// Renders the UTF-8 HTML page of \a posts by \a jid, in the given order (newest first is
    /// expected), at most MaxPosts of them. An empty list renders a page stating that there are no posts.
    static QByteArray renderPage(const QString &jid, const QVector<FeedPost> &posts);
    /// Renders the UTF-8 Atom feed of \a posts by \a jid, at most MaxPosts of them. The feed's
    /// \c updated is the newest update time of the posts, or \a generatedAt when there are none.
    static QByteArray renderFeed(const QString &jid, const QVector<FeedPost> &posts, const QDateTime &generatedAt);
    /// Renders the UTF-8 HTML page for a blog that does not exist or is not shown here.
    static QByteArray renderNotFoundPage();

    /// Converts \a sanitized, the XHTML \c div of ContentSanitizer, to HTML markup of its
    /// children. Returns an empty string, with a log line, when it is not well-formed XML.
    static QString htmlFromSanitized(const QString &sanitized);
    /// Returns the children of the \c div of \a sanitized as XML, as an Atom \c xhtml text
    /// construct carries them, or an empty string when it has none.
    static QString xhtmlChildren(const QString &sanitized);
};
