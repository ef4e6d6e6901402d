#pragma once

#include "HttpRequestHead.h"

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
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of \a socket; \a requestTimeoutMs bounds the time until the head is complete.
    HttpConnection(QTcpSocket *socket, int requestTimeoutMs, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Client address and port, such as "127.0.0.1:53422", for log lines.
    QString peer() const;
    /// Address of the client that sent the request.
    QHostAddress clientAddress() const;
    /// Whether the request came over TLS.
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
    /// The body that readBody() waited for is complete.
    void bodyReceived(const QByteArray &body);

private:
    void readHead();
    void readBodyBytes();
    void handleTimeout();
    void finish();

    QPointer<QTcpSocket> m_socket;
    HttpRequestHead m_request;
    QTimer m_timer;
    QElapsedTimer m_age;
    int m_requestTimeoutMs;
    qint64 m_bodySize = -1;
    QString m_peer;
    QHostAddress m_clientAddress;
    bool m_responded = false;
};
