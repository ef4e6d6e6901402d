#pragma once

#include "HttpHandler.h"
#include "PublicPageCache.h"

#include <QObject>

class HttpResponse;
class PublicReaderClient;

/// Serves the public pages of users under the prefix /blog/: `GET /blog/JID`, an HTML page of
/// the user's newest public posts, and `GET /blog/JID/feed.atom`, their Atom feed.
///
/// The public reader (PublicReaderClient) renders both. The handler keeps them in a
/// PublicPageCache for its time to live, and its responses carry ETag, Last-Modified and
/// Cache-Control, and a conditional request for an unchanged page gets 304. Every page gets a
/// Content-Security-Policy that allows no script. An invalid address, an unknown user and a
/// user who opted out get 404. A failed reader gives 503 and a reader without a reply in time
/// 504, and neither is cached.
class PublicPageHandler : public QObject, public HttpHandler
{
    Q_OBJECT

public:
    /// Default time to live of a rendered page, in seconds.
    static constexpr int DefaultCacheTtlSeconds = 300;
    /// Maximum length of the JID in a path, in bytes after percent-decoding (RFC 7622 allows
    /// 1023 bytes for each of localpart and domainpart).
    static constexpr int MaxJidBytes = 2047;

    /// \a reader must outlive the handler.
    PublicPageHandler(PublicReaderClient *reader, int cacheTtlSeconds = DefaultCacheTtlSeconds,
                      int maxCacheEntries = PublicPageCache::DefaultMaxEntries, qint64 maxCacheBytes = PublicPageCache::DefaultMaxBytes,
                      QObject *parent = nullptr);

    void handleRequest(HttpConnection *connection, const HttpRequestHead &request) override;

    /// The Content-Security-Policy of every public page: no script, no plugin, no frame, images
    /// from the web, and the page's inline style.
    static QByteArray contentSecurityPolicy();

    /// Returns the JID that \a path names and whether it requests the feed, or an empty JID when
    /// the path is no public page: /blog/JID or /blog/JID/feed.atom, JID percent-encoded,
    /// lowercased and in Unicode normalization form C.
    static QString jidFromPath(const QByteArray &path, bool *feed);

private:
    void respondWith(HttpConnection *connection, const HttpRequestHead &request, const PublicPageCache::Entry &entry, bool feed);

    PublicReaderClient *m_reader;
    PublicPageCache m_cache;
};
