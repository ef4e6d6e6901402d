#pragma once

#include <QObject>

#include <functional>

class HttpRequestHead;
class HttpResponse;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

/// Completion of WebSocket handshakes on sockets that HttpServer accepted.
///
/// The QWebSocketServer inside never listens: it only takes over sockets
/// whose upgrade request passed checkUpgrade(). Every WebSocket it makes
/// accepts messages of at most MaxMessageSize bytes; Qt closes a socket
/// whose peer sends more, with close code 1009.
class WebSocketEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxMessageSize = 64 * 1024;

    explicit WebSocketEndpoint(QObject *parent = nullptr);
    ~WebSocketEndpoint() override;

    /// Completes the handshake of \a socket, whose upgrade request is still unread.
    void handleUpgrade(QTcpSocket *socket);

    /// Check that returns whether a request's cookie names a live session.
    using SessionCheck = std::function<bool(const HttpRequestHead &request)>;

    /// Sets the check of the session cookie that upgrades must pass; without one, every upgrade is rejected.
    void setSessionCheck(const SessionCheck &check);

    /// Checks an upgrade request to the endpoint; on failure fills \a rejection and \a errorString.
    ///
    /// The request must be an HTTP/1.1 GET with the headers of RFC 6455,
    /// section 4.1, an Origin header that is the same origin as the Host
    /// header, and a cookie that the session check accepts (else 403
    /// Forbidden). \a errorString never contains the cookie.
    bool checkUpgrade(const HttpRequestHead &request, HttpResponse *rejection, QString *errorString) const;

    /// Whether \a origin, such as "http://example.org:8080", names the host and port of \a host.
    ///
    /// When \a host has no port, it stands for the default port of the
    /// origin's scheme, so a TLS proxy that forwards the Host header of
    /// "https://example.org" still matches.
    static bool isSameOrigin(const QByteArray &origin, const QByteArray &host);

Q_SIGNALS:
    /// A handshake completed; the receiver takes ownership of \a socket.
    void connectionReady(QWebSocket *socket);

private:
    void acceptConnections();

    QWebSocketServer *m_server;
    SessionCheck m_sessionCheck;
};
