#pragma once

#include "TrustedProxies.h"

#include <QHostAddress>
#include <QObject>
#include <QVector>

class HttpConnection;
class HttpHandler;
class HttpRequestHead;
class QSslConfiguration;
class QTcpSocket;
class StaticFileHandler;
class TlsTcpServer;
class WebSocketEndpoint;

/// Listener of the one port that serves both the web front end and the WebSocket endpoint.
///
/// Requests for webSocketPath() that pass WebSocketEndpoint::checkUpgrade()
/// are handed on through upgradeRequested(). Other requests go to the
/// handler of the first route that matches their path, and the
/// StaticFileHandler responds to the rest.
///
/// With a TLS configuration the port speaks only HTTPS and WSS; a client
/// that does not finish its handshake within the request timeout is dropped.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of connections whose request head is not handled yet; more get 503.
    static constexpr int MaxPendingConnections = 1000;

    HttpServer(StaticFileHandler *files, int requestTimeoutMs, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Makes the port speak TLS with the certificate and key of \a configuration; call it before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isTlsEnabled() const;
    /// Proxies whose X-Forwarded-For and X-Forwarded-Proto headers HttpConnection honours; none by default.
    void setTrustedProxies(const TrustedProxies &proxies);

    bool listen(const QHostAddress &address, quint16 port);
    /// Stops accepting connections; connections already accepted are served.
    void close();
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    static QByteArray webSocketPath();

    /// Responses sent with a status code of class \a statusClass (1 for 1xx to 5 for 5xx), WebSocket handshakes excepted.
    quint64 responseCount(int statusClass) const;
    /// WebSocket upgrade requests that got an HTTP response, such as 403, instead of a handshake.
    quint64 rejectedUpgradeCount() const;

    /// Sets the endpoint whose checkUpgrade() upgrade requests must pass; without one they get 404.
    void setWebSocketEndpoint(const WebSocketEndpoint *endpoint);

    /// Sends requests for exactly \a path to \a handler, which must outlive the server.
    void addRoute(const QByteArray &path, HttpHandler *handler);
    /// Sends requests whose path starts with \a prefix, such as "/blog/", to \a handler.
    void addPrefixRoute(const QByteArray &prefix, HttpHandler *handler);

Q_SIGNALS:
    /// A valid WebSocket upgrade request arrived; the receiver owns \a socket, whose head is unread.
    /// On a TLS port \a socket is a QSslSocket whose handshake is complete.
    void upgradeRequested(QTcpSocket *socket);

private:
    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequestHead &request);
    void countResponse(int statusCode, bool upgradeRequest);

    struct Route {
        QByteArray path;
        bool isPrefix;
        HttpHandler *handler;
    };

    HttpHandler *handlerFor(const QByteArray &path) const;

    QVector<Route> m_routes;
    TlsTcpServer *m_server;
    TrustedProxies m_trustedProxies;
    StaticFileHandler *m_files;
    const WebSocketEndpoint *m_endpoint = nullptr;
    int m_requestTimeoutMs;
    int m_pendingConnections = 0;
    quint64 m_responseCounts[5] = {};
    quint64 m_rejectedUpgrades = 0;
};
