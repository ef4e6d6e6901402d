#pragma once

#include <QHostAddress>
#include <QObject>

class HttpConnection;
class HttpRequestHead;
class QTcpServer;
class QTcpSocket;
class StaticFileHandler;

/// Listener of the one port that serves both the web front end and the WebSocket endpoint.
///
/// Requests for webSocketPath() that pass WebSocketEndpoint::checkUpgrade()
/// are handed on through upgradeRequested(). The StaticFileHandler
/// responds to every other request.
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

Q_SIGNALS:
    /// A valid WebSocket upgrade request arrived; the receiver owns \a socket, whose head is unread.
    void upgradeRequested(QTcpSocket *socket);

private:
    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequestHead &request);

    QTcpServer *m_server;
    StaticFileHandler *m_files;
    int m_requestTimeoutMs;
    int m_pendingConnections = 0;
};
