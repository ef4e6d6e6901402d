#include "WebSocketEndpoint.h"

#include "HttpConnection.h"
#include "HttpLogging.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"

#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

// Splits a Host header such as "example.org:8080" or "[::1]:8080"; port is -1 when absent.
bool splitHostHeader(const QByteArray &host, QString *name, int *port)
{
    const QUrl url = QUrl::fromEncoded("http://" + host + '/', QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.path() != QLatin1String("/")) {
        return false;
    }
    *name = url.host();
    *port = url.port(-1);
    return true;
}

HttpResponse reject(int statusCode, QString *errorString, const QString &reason)
{
    *errorString = reason;
    return HttpResponse::error(statusCode);
}

} // namespace

WebSocketEndpoint::WebSocketEndpoint(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("salon-server"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &WebSocketEndpoint::acceptConnections);
    connect(m_server, &QWebSocketServer::serverError, this, [](QWebSocketProtocol::CloseCode closeCode) {
        qCInfo(SALON_HTTP) << "WebSocket handshake failed with close code" << int(closeCode);
    });
}

WebSocketEndpoint::~WebSocketEndpoint() = default;

void WebSocketEndpoint::handleUpgrade(QTcpSocket *socket)
{
    // Frames are small and each is a reply someone waits for, so Nagle's algorithm must not hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_server->handleConnection(socket);
}

void WebSocketEndpoint::setSessionCheck(const SessionCheck &check)
{
    m_sessionCheck = check;
}

bool WebSocketEndpoint::checkUpgrade(const HttpRequestHead &request, HttpResponse *rejection, QString *errorString) const
{
    if (request.method() != "GET") {
        *rejection = reject(405, errorString, QStringLiteral("WebSocket upgrade with a method other than GET"));
        rejection->addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return false;
    }
    if (!request.headerContainsToken(QByteArrayLiteral("upgrade"), QByteArrayLiteral("websocket"))
        || !request.headerContainsToken(QByteArrayLiteral("connection"), QByteArrayLiteral("upgrade"))) {
        *rejection = reject(426, errorString, QStringLiteral("request to the WebSocket endpoint without an upgrade"));
        rejection->addHeader(QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket"));
        return false;
    }
    if (request.version() != "HTTP/1.1") {
        *rejection = reject(400, errorString, QStringLiteral("WebSocket upgrade needs HTTP/1.1"));
        return false;
    }
    if (request.header(QByteArrayLiteral("sec-websocket-version")) != "13") {
        *rejection = reject(426, errorString, QStringLiteral("unsupported WebSocket version"));
        rejection->addHeader(QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13"));
        return false;
    }
    // RFC 6455, section 4.1: the key is 16 random bytes in base64.
    const QByteArray key = request.header(QByteArrayLiteral("sec-websocket-key"));
    const auto decodedKey = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedKey || decodedKey.decoded.size() != 16) {
        *rejection = reject(400, errorString, QStringLiteral("missing or invalid Sec-WebSocket-Key"));
        return false;
    }

    const QByteArray origin = request.header(QByteArrayLiteral("origin"));
    if (origin.isNull()) {
        *rejection = reject(403, errorString, QStringLiteral("WebSocket upgrade without an Origin header"));
        return false;
    }
    if (!isSameOrigin(origin, request.header(QByteArrayLiteral("host")))) {
        *rejection = reject(403, errorString, QStringLiteral("cross-origin WebSocket upgrade from %1").arg(HttpConnection::loggableTarget(origin)));
        return false;
    }
    if (request.header(QByteArrayLiteral("cookie")).isNull()) {
        *rejection = reject(403, errorString, QStringLiteral("WebSocket upgrade without a session cookie"));
        return false;
    }
    if (!m_sessionCheck || !m_sessionCheck(request)) {
        *rejection = reject(403, errorString, QStringLiteral("WebSocket upgrade with an unknown or ended session"));
        return false;
    }
    return true;
}

bool WebSocketEndpoint::isSameOrigin(const QByteArray &origin, const QByteArray &host)
{
    const QUrl originUrl = QUrl::fromEncoded(origin, QUrl::StrictMode);
    const QString scheme = originUrl.scheme();
    if (!originUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || originUrl.host().isEmpty()
        || !originUrl.path().isEmpty() || originUrl.hasQuery()) {
        return false;
    }
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;

    QString hostName;
    int hostPort = -1;
    if (!splitHostHeader(host, &hostName, &hostPort)) {
        return false;
    }

    return originUrl.host().compare(hostName, Qt::CaseInsensitive) == 0 && originUrl.port(defaultPort) == (hostPort < 0 ? defaultPort : hostPort);
}

void WebSocketEndpoint::acceptConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(MaxMessageSize);
        socket->setMaxAllowedIncomingFrameSize(MaxMessageSize);
        Q_EMIT connectionReady(socket);
    }
}
