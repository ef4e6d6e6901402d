#include "PublicPageHandler.h"

#include "DaemonLogging.h"
#include "HttpConnection.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "PublicReaderClient.h"

#include <QLocale>
#include <QPointer>
#include <QUrl>

namespace {

const QByteArray Prefix = QByteArrayLiteral("/blog/");
const QByteArray FeedSuffix = QByteArrayLiteral("/feed.atom");

// The page for a path that names no JID. The reader renders the translated page for the
// addresses that it looks up, and this one is sent before any lookup.
const QByteArray InvalidAddressPage = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not Found</title>\n</head>\n"
    "<body>\n<h1>Not Found</h1>\n<p>This address is not a public page of this server.</p>\n</body>\n</html>\n");

// An HTTP date (RFC 9110, section 5.6.7), such as "Sat, 05 Dec 2026 12:00:00 GMT".
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT";
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*") {
        return true;
    }
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/")) {
            candidate = candidate.mid(2);
        }
        if (candidate == etag) {
            return true;
        }
    }
    return false;
}

void addCommonHeaders(HttpResponse *response)
{
    response->addHeader(QByteArrayLiteral("Content-Security-Policy"), PublicPageHandler::contentSecurityPolicy());
    response->addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response->addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
}

HttpResponse htmlResponse(int statusCode, const QByteArray &page)
{
    HttpResponse response(statusCode);
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    addCommonHeaders(&response);
    response.setBody(page);
    return response;
}

HttpResponse unavailableResponse(int statusCode)
{
    // HttpResponse::error() sets Cache-Control: no-store.
    HttpResponse response = HttpResponse::error(statusCode);
    addCommonHeaders(&response);
    if (statusCode == 503) {
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("10"));
    }
    return response;
}

} // namespace

PublicPageHandler::PublicPageHandler(PublicReaderClient *reader, int cacheTtlSeconds, int maxCacheEntries, qint64 maxCacheBytes, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_cache(cacheTtlSeconds, maxCacheEntries, maxCacheBytes)
{
}

QByteArray PublicPageHandler::contentSecurityPolicy()
{
    return QByteArrayLiteral("default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
                             "frame-ancestors 'none'");
}

QString PublicPageHandler::jidFromPath(const QByteArray &path, bool *feed)
{
    if (!path.startsWith(Prefix)) {
        return QString();
    }
    QByteArray encoded = path.mid(Prefix.size());
    *feed = encoded.endsWith(FeedSuffix);
    if (*feed) {
        encoded.chop(FeedSuffix.size());
    }
    if (encoded.isEmpty() || encoded.contains('/')) {
        return QString();
    }

    const QByteArray decoded = QByteArray::fromPercentEncoding(encoded);
    if (decoded.size() > MaxJidBytes || decoded.contains('/')) {
        return QString();
    }
    const QString jid = QString::fromUtf8(decoded);
    // Invalid UTF-8 decodes to U+FFFD, and no JID contains it, spaces or control characters.
    for (const QChar character : jid) {
        if (character == QChar::ReplacementCharacter || character.isSpace() || character.category() == QChar::Other_Control) {
            return QString();
        }
    }
    if (jid.count(QLatin1Char('@')) != 1 || jid.startsWith(QLatin1Char('@')) || jid.endsWith(QLatin1Char('@'))) {
        return QString();
    }
    return jid.toLower().normalized(QString::NormalizationForm_C);
}

void PublicPageHandler::handleRequest(HttpConnection *connection, const HttpRequestHead &request)
{
    if (request.method() != "GET" && request.method() != "HEAD") {
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        connection->respond(response, QStringLiteral("method not allowed on public pages"));
        return;
    }

    bool feed = false;
    const QString jid = jidFromPath(request.path(), &feed);
    if (jid.isEmpty()) {
        connection->respond(htmlResponse(404, InvalidAddressPage), QStringLiteral("no public page at this path"));
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const PublicPageCache::Entry *cached = m_cache.find(jid, now)) {
        respondWith(connection, request, *cached, feed);
        return;
    }

    QPointer<HttpConnection> target(connection);
    const HttpRequestHead head = request;
    m_reader->request(jid, this, [this, target, head, jid, feed](const PublicReaderClient::Reply &reply) {
        if (reply.status == PublicReaderClient::Reply::Status::Unavailable || reply.status == PublicReaderClient::Reply::Status::TimedOut) {
            if (target) {
                const bool timedOut = reply.status == PublicReaderClient::Reply::Status::TimedOut;
                target->respond(unavailableResponse(timedOut ? 504 : 503),
                                timedOut ? QStringLiteral("public reader timed out") : QStringLiteral("public reader unavailable"));
            }
            return;
        }

        PublicPageCache::Entry entry;
        entry.found = reply.status == PublicReaderClient::Reply::Status::Ok;
        entry.page = reply.page;
        entry.feed = reply.feed;
        entry.lastModified = reply.lastModified.isValid() ? reply.lastModified : QDateTime::currentDateTimeUtc();
        const PublicPageCache::Entry stored = m_cache.insert(jid, entry, QDateTime::currentDateTimeUtc());
        if (target) {
            respondWith(target, head, stored, feed);
        }
    });
}

void PublicPageHandler::respondWith(HttpConnection *connection, const HttpRequestHead &request, const PublicPageCache::Entry &entry, bool feed)
{
    const qint64 maxAge = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(entry.expiresAt));
    const QByteArray cacheControl = QByteArrayLiteral("public, max-age=") + QByteArray::number(maxAge);

    if (!entry.found) {
        HttpResponse response = htmlResponse(404, entry.page);
        response.addHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
        connection->respond(response, QStringLiteral("no public page for this address"));
        return;
    }

    const QByteArray &etag = feed ? entry.feedEtag : entry.pageEtag;
    // Last-Modified has a resolution of seconds, so a post from within the same second counts as not newer.
    const QDateTime lastModified = entry.lastModified.addMSecs(-entry.lastModified.time().msec());
    const QByteArray ifNoneMatch = request.header(QByteArrayLiteral("if-none-match"));
    const QByteArray ifModifiedSince = request.header(QByteArrayLiteral("if-modified-since"));
    bool notModified = false;
    if (!ifNoneMatch.isNull()) {
        notModified = etagMatches(ifNoneMatch, etag);
    } else if (!ifModifiedSince.isNull()) {
        const QDateTime since = parseHttpDate(ifModifiedSince);
        notModified = since.isValid() && lastModified <= since;
    }

    HttpResponse response(notModified ? 304 : 200);
    if (!notModified) {
        response.addHeader(QByteArrayLiteral("Content-Type"),
                           feed ? QByteArrayLiteral("application/atom+xml; charset=utf-8") : QByteArrayLiteral("text/html; charset=utf-8"));
        response.setBody(feed ? entry.feed : entry.page);
    }
    addCommonHeaders(&response);
    response.addHeader(QByteArrayLiteral("ETag"), etag);
    response.addHeader(QByteArrayLiteral("Last-Modified"), httpDate(lastModified));
    response.addHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    connection->respond(response);
}
