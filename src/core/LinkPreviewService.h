#pragma once

#include "LinkPreview.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <functional>

class QHostAddress;
class QHostInfo;
class QNetworkAccessManager;
class QNetworkReply;

/// Previews of the web pages that a post links to, for the post composer.
///
/// requestPreview() fetches an http or https page and reports its LinkPreview through
/// previewReady(), or a failure through previewFailed() with a stable code and a translated
/// sentence. Every request ends in exactly one of the two signals, never synchronously:
///
/// | code | when |
/// | --- | --- |
/// | \c invalidUrl | the URL is not an http or https URL with a host |
/// | \c blockedAddress | the host is, or resolves to, a loopback, private or link-local address (see setAllowPrivateAddresses()) |
/// | \c unreachable | DNS, connection or TLS errors |
/// | \c httpError | the server replied with an HTTP status of 400 or more |
/// | \c timedOut | the page did not arrive within timeout() |
/// | \c badRedirect | more than MaxRedirects redirects (a redirect loop), a redirect to another scheme, or from https to http |
/// | \c notHtml | the Content-Type is neither text/html nor application/xhtml+xml |
/// | \c tooLarge | the page exceeds MaxBodyBytes and its first MaxBodyBytes hold no end of the \c head |
///
/// Bounds: at most MaxBodyBytes of a page are read, because the tags that a preview reads sit
/// in the \c head. When the limit cuts a page whose \c head ended before it, the preview is made
/// from what was read. Redirects are followed up to MaxRedirects times, only to http and https,
/// never from https to http. Successful previews are kept in memory, the CacheSize most recently
/// used ones, so asking again for the same URL sends no request. Requests for a URL that is
/// already being fetched share that fetch.
///
/// Privacy: a request goes out only when requestPreview() is called. Front ends call it when the
/// user asks for the preview of a link in the composer, not when a link is typed or a post is
/// shown, because each request reveals the user's IP address (or, through the linker, the
/// server's) to the page's host. Requests send no cookies and no Referer.
///
/// Server-side request forgery: the linker runs this service on the server, so by default it
/// rejects hosts that are loopback, private or link-local addresses (as literals or through DNS),
/// before the request and before each redirect. Tests that serve pages on 127.0.0.1 allow them
/// with setAllowPrivateAddresses().
/// NOTE: the address check and the connection resolve the host separately, so a DNS server that
/// changes its answer between the two (DNS rebinding) can still reach a private address.
///
/// The service keeps no account state. Account::linkPreviews() gives each account its own, so
/// that QML and the linker reach it like the account's other services.
///
/// Usage:
/// \code
/// connect(previews, &LinkPreviewService::previewReady, this, [](const QString &url, const QVariantMap &preview) {
///     showCard(preview.value("title").toString(), preview.value("imageUrl").toString());
/// });
/// previews->requestPreview(QStringLiteral("https://example.org/article"));
/// \endcode
class LinkPreviewService : public QObject
{
    Q_OBJECT
    /// Maximum time for one page, address lookup and redirects included, in milliseconds.
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)

public:
    /// Default of timeout(), in milliseconds.
    static constexpr int DefaultTimeoutMs = 10 * 1000;
    /// Maximum number of bytes read of one page.
    static constexpr qint64 MaxBodyBytes = 512 * 1024;
    /// Maximum number of redirects followed for one page.
    static constexpr int MaxRedirects = 5;
    /// Maximum number of previews kept in memory.
    static constexpr int CacheSize = 64;

    explicit LinkPreviewService(QObject *parent = nullptr);

    /// Sets the account's bare JID, which starts every log line of the service.
    void setAccountJid(const QString &jid);
    ~LinkPreviewService() override;

    int timeout() const;
    void setTimeout(int milliseconds);
    /// Whether loopback, private and link-local hosts may be fetched; false by default.
    bool allowsPrivateAddresses() const;
    void setAllowPrivateAddresses(bool allow);

    /// Fetches the page \a url and reports its preview through previewReady() or previewFailed().
    Q_INVOKABLE void requestPreview(const QString &url);
    /// Returns the cached preview of \a url as LinkPreview::toVariantMap() gives it, or an empty
    /// map when none is cached. It sends no request.
    Q_INVOKABLE QVariantMap cachedPreview(const QString &url) const;

Q_SIGNALS:
    void timeoutChanged();
    /// The preview of \a url, with the keys of LinkPreview::toVariantMap().
    void previewReady(const QString &url, const QVariantMap &preview);
    /// No preview of \a url: \a code is one of the codes in the class description, \a message a
    /// translated sentence for the user.
    void previewFailed(const QString &url, const QString &code, const QString &message);

private:
    /// A page being fetched, by the URL as requested.
    struct Fetch {
        QPointer<QNetworkReply> reply;
        /// Serial number that distinguishes a fetch from a later one of the same URL.
        quint64 number = 0;
        QUrl url;
        QByteArray body;
        int redirects = 0;
        bool timedOut = false;
        bool cut = false;
        bool notHtml = false;
        bool redirectRejected = false;
    };

    void checkHostThen(const QString &url, const QString &host, std::function<void()> next);
    void startFetch(const QString &url);
    void handleMetaData(const QString &url);
    void handleData(const QString &url);
    void handleRedirect(const QString &url, const QUrl &target);
    void handleFinished(const QString &url);
    void handleTimeout(const QString &url, quint64 number);
    void succeed(const QString &url, const LinkPreview &preview);
    void fail(const QString &url, const QString &code, const QString &message);
    static bool isPrivateAddress(const QHostAddress &address);
    QNetworkAccessManager *network();

    /// Created by network() on the first fetch: an idle linker then loads no bearer plugins.
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Fetch> m_fetches;
    /// Cache of previews by the requested URL: QCache evicts the least recently accessed entry.
    mutable QCache<QString, LinkPreview> m_cache;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_accountJid;
    quint64 m_nextFetchNumber = 1;
    bool m_allowPrivateAddresses = false;
};
