#pragma once

#include "HttpRequestHead.h"
#include "TrustedProxies.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class HttpResponse;
class QTcpSocket;

/// One client connection until its request head is complete.
///
/// The connection peeks at the socket without consuming the head, so a
/// WebSocket upgrade request can be passed on with the socket untouched
/// (see takeSocket()). A client that does not send a complete head within
/// the request timeout gets 408 Request Timeout. A head that is invalid or
/// too large gets the matching error status. A handler that needs the
/// request body calls readBody(); the body must arrive within the same
/// request timeout, counted from the connection's start. The connection
/// deletes itself once the socket is closed or taken.
///
/// On a TLS port the socket is a QSslSocket whose handshake is still running.
/// A client that has not finished the handshake within the request timeout
/// is dropped without a response.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of \a socket; \a requestTimeoutMs bounds the time until the head is complete.
    HttpConnection(QTcpSocket *socket, int requestTimeoutMs, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Proxies whose forwarding headers count; call it before the head arrives.
    void setTrustedProxies(const TrustedProxies &proxies);

    /// TCP peer's address and port, such as "127.0.0.1:53422", for log lines. Once the head is
    /// complete and a trusted proxy named another client, the client follows: "127.0.0.1:53422 for 192.0.2.7".
    QString peer() const;
    /// Address of the client that sent the request: the TCP peer, or for a trusted proxy's
    /// request the right-most untrusted address of X-Forwarded-For.
    QHostAddress clientAddress() const;
    /// Whether the request came over TLS, on this port or, by a trusted proxy's X-Forwarded-Proto, to the proxy.
    bool isSecure() const;

    /// Sends \a response and closes the connection; \a logReason explains an error status in the log.
    void respond(const HttpResponse &response, const QString &logReason = {});

    /// Reads the body of at most \a maxSize bytes that the Content-Length header announces, then emits bodyReceived().
    ///
    /// Responds by itself, without bodyReceived(), with 411 when the
    /// request has no Content-Length, 400 for a chunked or invalid length,
    /// 413 when the length exceeds \a maxSize and 408 when the body does not
    /// arrive within the request timeout.
    void readBody(qint64 maxSize);

    /// Hands the socket over, with the request head still unread; the connection then deletes itself.
    QTcpSocket *takeSocket();

    /// Request target fit for a log line: at most 200 characters, other bytes than visible ASCII escaped.
    static QString loggableTarget(const QByteArray &target);

Q_SIGNALS:
    /// The head is complete; the receiver calls respond() or takeSocket().
    void requestReceived(HttpConnection *connection, const HttpRequestHead &request);
    /// Emitted by respond() before it sends the response; \a upgradeRequest is true when the request asked for a WebSocket upgrade.
    void responseSent(int statusCode, bool upgradeRequest);
    /// The body that readBody() waited for is complete.
    void bodyReceived(const QByteArray &body);

private:
    void readHead();
    void readBodyBytes();
    void applyForwardingHeaders();
    void handleTimeout();
    void finish();

    QPointer<QTcpSocket> m_socket;
    HttpRequestHead m_request;
    QTimer m_timer;
    QElapsedTimer m_age;
    int m_requestTimeoutMs;
    qint64 m_bodySize = -1;
    QString m_peer;
    QHostAddress m_peerAddress;
    QHostAddress m_clientAddress;
    TrustedProxies m_trustedProxies;
    bool m_secure = false;
    bool m_responded = false;
};
