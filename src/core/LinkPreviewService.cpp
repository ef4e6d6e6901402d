#include "LinkPreviewService.h"

#include "salon_core_linkpreviews_logging.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

// Returns the charset parameter of a Content-Type value, or an empty array.
QByteArray charsetOf(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.toLower().startsWith("charset=")) {
            QByteArray value = part.mid(8).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

bool isHtmlType(const QByteArray &contentType)
{
    const QByteArray mimeType = contentType.split(';').constFirst().trimmed().toLower();
    return mimeType == "text/html" || mimeType == "application/xhtml+xml";
}

} // namespace

LinkPreviewService::LinkPreviewService(QObject *parent)
    : QObject(parent)
    , m_cache(CacheSize)
{
}

void LinkPreviewService::setAccountJid(const QString &jid)
{
    m_accountJid = jid;
}

LinkPreviewService::~LinkPreviewService()
{
    for (const Fetch &fetch : qAsConst(m_fetches)) {
        if (fetch.reply) {
            fetch.reply->disconnect(this);
            fetch.reply->abort();
        }
    }
}

int LinkPreviewService::timeout() const
{
    return m_timeoutMs;
}

void LinkPreviewService::setTimeout(int milliseconds)
{
    if (milliseconds <= 0 || milliseconds == m_timeoutMs) {
        return;
    }
    m_timeoutMs = milliseconds;
    Q_EMIT timeoutChanged();
}

bool LinkPreviewService::allowsPrivateAddresses() const
{
    return m_allowPrivateAddresses;
}

void LinkPreviewService::setAllowPrivateAddresses(bool allow)
{
    m_allowPrivateAddresses = allow;
}

QVariantMap LinkPreviewService::cachedPreview(const QString &url) const
{
    const LinkPreview *preview = m_cache.object(url.trimmed());
    return preview ? preview->toVariantMap() : QVariantMap();
}

void LinkPreviewService::requestPreview(const QString &url)
{
    const QString key = url.trimmed();
    const QUrl target(key, QUrl::StrictMode);
    if (!isWebUrl(target)) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Rejected a preview of a URL with the scheme" << target.scheme();
        fail(key, QStringLiteral("invalidUrl"), tr("Only web addresses that start with http:// or https:// can be previewed."));
        return;
    }
    if (const LinkPreview *cached = m_cache.object(key)) {
        const LinkPreview preview = *cached;
        QMetaObject::invokeMethod(this, [this, key, preview] {
            Q_EMIT previewReady(key, preview.toVariantMap());
        }, Qt::QueuedConnection);
        return;
    }
    if (m_fetches.contains(key)) {
        return;
    }

    // The timeout covers the address lookup, the request and its redirects.
    Fetch fetch;
    fetch.url = target;
    fetch.number = m_nextFetchNumber++;
    m_fetches.insert(key, fetch);
    QTimer::singleShot(m_timeoutMs, this, [this, key, number = fetch.number] {
        handleTimeout(key, number);
    });
    checkHostThen(key, target.host(), [this, key] {
        startFetch(key);
    });
}

void LinkPreviewService::checkHostThen(const QString &url, const QString &host, std::function<void()> next)
{
    if (m_allowPrivateAddresses) {
        next();
        return;
    }
    QHostInfo::lookupHost(host, this, [this, url, host, next](const QHostInfo &info) {
        if (!m_fetches.contains(url)) {
            return;
        }
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Could not resolve" << host << "for a preview:" << info.errorString();
            fail(url, QStringLiteral("unreachable"), tr("The page could not be loaded: the server %1 was not found.").arg(host));
            return;
        }
        const QList<QHostAddress> addresses = info.addresses();
        for (const QHostAddress &address : addresses) {
            if (isPrivateAddress(address)) {
                qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Rejected a preview from" << host << "because it is the local or private address" << address.toString();
                fail(url, QStringLiteral("blockedAddress"), tr("Salon does not preview pages on local or private network addresses such as %1.").arg(host));
                return;
            }
        }
        next();
    });
}

void LinkPreviewService::startFetch(const QString &url)
{
    auto it = m_fetches.find(url);
    if (it == m_fetches.end()) {
        return;
    }

    QNetworkRequest request(it->url);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Salon link preview"));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = network()->get(request);
    it->reply = reply;
    qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Fetching a preview from" << it->url.host();

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, url] {
        handleMetaData(url);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, url] {
        handleData(url);
    });
    connect(reply, &QNetworkReply::redirected, this, [this, url](const QUrl &target) {
        handleRedirect(url, target);
    });
    connect(reply, &QNetworkReply::finished, this, [this, url] {
        handleFinished(url);
    });
}

void LinkPreviewService::handleTimeout(const QString &url, quint64 number)
{
    const auto it = m_fetches.find(url);
    if (it == m_fetches.end() || it->number != number) {
        return;
    }
    it->timedOut = true;
    if (it->reply) {
        // handleFinished() reports the timeout.
        it->reply->abort();
        return;
    }
    qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The address lookup of" << it->url.host() << "for a preview timed out after" << m_timeoutMs << "ms";
    fail(url, QStringLiteral("timedOut"), tr("The page %1 did not load within %2 seconds. Try again later.").arg(it->url.host()).arg(m_timeoutMs / 1000.0, 0, 'g', 3));
}

void LinkPreviewService::handleMetaData(const QString &url)
{
    auto it = m_fetches.find(url);
    if (it == m_fetches.end() || !it->reply) {
        return;
    }
    QNetworkReply *reply = it->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Redirect and error responses are judged by their status when the reply finishes.
    if (status < 200 || status >= 300) {
        return;
    }
    if (!isHtmlType(reply->rawHeader("Content-Type"))) {
        it->notHtml = true;
        reply->abort();
    }
}

void LinkPreviewService::handleData(const QString &url)
{
    auto it = m_fetches.find(url);
    if (it == m_fetches.end() || !it->reply || it->notHtml) {
        return;
    }
    QNetworkReply *reply = it->reply;
    const qint64 room = MaxBodyBytes - it->body.size();
    it->body.append(reply->read(qMax<qint64>(room, 0)));
    if (it->body.size() >= MaxBodyBytes && reply->bytesAvailable() > 0) {
        it->cut = true;
        reply->abort();
    }
}

void LinkPreviewService::handleRedirect(const QString &url, const QUrl &target)
{
    auto it = m_fetches.find(url);
    if (it == m_fetches.end() || !it->reply) {
        return;
    }
    QPointer<QNetworkReply> reply = it->reply;
    ++it->redirects;
    if (it->redirects > MaxRedirects) {
        it->redirectRejected = true;
        reply->abort();
        return;
    }
    const bool downgrade = it->url.scheme().toLower() == QLatin1String("https") && target.scheme().toLower() == QLatin1String("http");
    if (!isWebUrl(target) || downgrade) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Rejected a redirect from" << it->url.host() << "to the scheme" << target.scheme();
        it->redirectRejected = true;
        reply->abort();
        return;
    }
    it->url = target;
    checkHostThen(url, target.host(), [reply] {
        // Queued, because the reply may not follow a redirect allowed while it emits redirected().
        QMetaObject::invokeMethod(reply, [reply] {
            if (reply) {
                Q_EMIT reply->redirectAllowed();
            }
        }, Qt::QueuedConnection);
    });
}

void LinkPreviewService::handleFinished(const QString &url)
{
    const auto it = m_fetches.find(url);
    if (it == m_fetches.end() || !it->reply) {
        return;
    }
    QNetworkReply *reply = it->reply;
    reply->deleteLater();
    if (!it->cut && !it->notHtml && reply->error() == QNetworkReply::NoError) {
        handleData(url);
    }
    const Fetch fetch = *it;
    const QString host = fetch.url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (fetch.timedOut) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "timed out after" << m_timeoutMs << "ms";
        fail(url, QStringLiteral("timedOut"), tr("The page %1 did not load within %2 seconds. Try again later.").arg(host).arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        return;
    }
    if (fetch.notHtml) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "is not HTML:" << reply->rawHeader("Content-Type");
        fail(url, QStringLiteral("notHtml"), tr("The address %1 is not a web page, so it has no preview.").arg(host));
        return;
    }
    // A redirect response that is still the final one was not followed: Qt does not follow
    // redirects to other schemes, and handleRedirect() stops the others that it rejects. After
    // a few redirects of a loop, Qt 5.15 may also end the reply without error and with no
    // status of a final response (HTTP status 100 was seen), so that counts as a redirect failure too.
    const bool isSuccess = status >= 200 && status < 300;
    const bool redirectNotFollowed = (status >= 300 && status < 400) || (fetch.redirects > 0 && !isSuccess && status < 400);
    if (fetch.redirectRejected || redirectNotFollowed || reply->error() == QNetworkReply::TooManyRedirectsError
        || reply->error() == QNetworkReply::InsecureRedirectError) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "stopped after" << fetch.redirects << "redirects with HTTP status" << status
                                        << "and network error" << int(reply->error());
        fail(url, QStringLiteral("badRedirect"), tr("The page %1 redirects too often or to an unsafe address, so it has no preview.").arg(host));
        return;
    }
    if (fetch.cut) {
        if (!fetch.body.toLower().contains("</head>")) {
            qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "exceeds" << MaxBodyBytes << "bytes before the end of its head";
            fail(url, QStringLiteral("tooLarge"), tr("The page %1 is too large to preview.").arg(host));
            return;
        }
    } else if (status >= 400) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "failed with HTTP status" << status;
        fail(url, QStringLiteral("httpError"), tr("The page %1 could not be loaded: the server replied with HTTP status %2.").arg(host).arg(status));
        return;
    } else if (reply->error() != QNetworkReply::NoError || !isSuccess) {
        qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "The preview from" << host << "failed with network error" << int(reply->error());
        fail(url, QStringLiteral("unreachable"), tr("The page %1 could not be loaded: %2").arg(host, reply->errorString()));
        return;
    }

    const QByteArray charset = charsetOf(reply->rawHeader("Content-Type"));
    succeed(url, LinkPreview::fromHtml(fetch.body, charset, reply->url(), url));
}

void LinkPreviewService::succeed(const QString &url, const LinkPreview &preview)
{
    m_fetches.remove(url);
    m_cache.insert(url, new LinkPreview(preview));
    qCInfo(SALON_CORE_LINKPREVIEWS).noquote() << m_accountJid << "Made a preview from" << QUrl(preview.canonicalUrl).host();
    Q_EMIT previewReady(url, preview.toVariantMap());
}

void LinkPreviewService::fail(const QString &url, const QString &code, const QString &message)
{
    const Fetch fetch = m_fetches.take(url);
    if (fetch.reply) {
        fetch.reply->disconnect(this);
        fetch.reply->abort();
    }
    // Queued, so that a caller always connects before the result, even for a URL rejected at once.
    QMetaObject::invokeMethod(this, [this, url, code, message] {
        Q_EMIT previewFailed(url, code, message);
    }, Qt::QueuedConnection);
}

QNetworkAccessManager *LinkPreviewService::network()
{
    // Qt 5.15 loads its bearer plugins, and with them QtDBus, when the manager is created.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Every redirect passes handleRedirect(), which checks its scheme and host.
        m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    }
    return m_network;
}

bool LinkPreviewService::isPrivateAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const QHostAddress ipv4(address.toIPv4Address(&isIpv4));
    const QHostAddress checked = isIpv4 ? ipv4 : address;
    if (checked.isLoopback() || checked.isLinkLocal() || checked.isSiteLocal() || checked.isUniqueLocalUnicast() || checked.isMulticast()
        || checked.isBroadcast() || checked.isNull()) {
        return true;
    }
    if (!isIpv4) {
        return checked == QHostAddress::AnyIPv6;
    }
    // RFC 1918 private networks, carrier-grade NAT (RFC 6598) and "this network" (RFC 1122).
    static const QVector<QPair<QHostAddress, int>> privateNetworks = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
    };
    for (const auto &network : privateNetworks) {
        if (checked.isInSubnet(network)) {
            return true;
        }
    }
    return false;
}
