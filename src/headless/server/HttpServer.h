#pragma once

#include <QHostAddress>
#include <QObject>
#include <QVector>

class HttpConnection;
class HttpHandler;
class HttpRequestHead;
class QTcpServer;
class QTcpSocket;
class StaticFileHandler;
class WebSocketEndpoint;

/// Listener of the one port that serves both the web front end and the WebSocket endpoint.
///
/// Requests for webSocketPath() that pass WebSocketEndpoint::checkUpgrade()
/// are handed on through upgradeRequested(). Other requests go to the
/// handler of the first route that matches their path, and the
/// StaticFileHandler responds to the rest.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    /// Maximum number of connections whose request head is not handled yet; more get 503.
    static constexpr int MaxPendingConnections = 1000;

    HttpServer(StaticFileHandler *files, int requestTimeoutMs, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    /// Stops accepting connections; connections already accepted are served.
    void close();
    QString errorString() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    static QByteArray webSocketPath();

    /// Sets the endpoint whose checkUpgrade() upgrade requests must pass; without one they get 404.
    void setWebSocketEndpoint(const WebSocketEndpoint *endpoint);

    /// Sends requests for exactly \a path to \a handler, which must outlive the server.
    void addRoute(const QByteArray &path, HttpHandler *handler);
    /// Sends requests whose path starts with \a prefix, such as "/blog/", to \a handler.
    void addPrefixRoute(const QByteArray &prefix, HttpHandler *handler);

Q_SIGNALS:
    /// A valid WebSocket upgrade request arrived; the receiver owns \a socket, whose head is unread.
    void upgradeRequested(QTcpSocket *socket);

private:
    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequestHead &request);

    struct Route {
        QByteArray path;
        bool isPrefix;
        HttpHandler *handler;
    };

    HttpHandler *handlerFor(const QByteArray &path) const;

    QVector<Route> m_routes;
    QTcpServer *m_server;
    StaticFileHandler *m_files;
    const WebSocketEndpoint *m_endpoint = nullptr;
    int m_requestTimeoutMs;
    int m_pendingConnections = 0;
};
