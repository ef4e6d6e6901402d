#include "HttpConnection.h"

#include "HttpLogging.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

// Larger than any head the parser accepts, so a complete head always fits into the read buffer.
constexpr qint64 ReadBufferSize = 64 * 1024;
// Time for a response to reach a client that reads slowly or not at all.
constexpr int WriteTimeoutMs = 30 * 1000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    m_peerAddress = socket->peerAddress();
    m_clientAddress = m_peerAddress;
    m_peer = socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort())
        : QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());

    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readHead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
        connect(sslSocket, &QAbstractSocket::errorOccurred, this, [this, sslSocket](QAbstractSocket::SocketError) {
            if (!sslSocket->isEncrypted()) {
                qCInfo(SALON_HTTP) << qPrintable(m_peer) << "TLS handshake failed:" << qPrintable(sslSocket->errorString());
            }
        });
    }

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::handleTimeout);
    m_timer.start(requestTimeoutMs);

    if (socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::readHead, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::setTrustedProxies(const TrustedProxies &proxies)
{
    m_trustedProxies = proxies;
}

QString HttpConnection::peer() const
{
    return m_peer;
}

QHostAddress HttpConnection::clientAddress() const
{
    return m_clientAddress;
}

bool HttpConnection::isSecure() const
{
    return m_secure;
}

void HttpConnection::respond(const HttpResponse &response, const QString &logReason)
{
    if (m_responded || !m_socket) {
        return;
    }
    m_responded = true;

    const QString method = m_request.method().isEmpty() ? QStringLiteral("-") : QString::fromLatin1(m_request.method());
    const QString target = m_request.target().isEmpty() ? QStringLiteral("-") : loggableTarget(m_request.target());
    const int status = response.statusCode();
    if (status >= 500) {
        qCWarning(SALON_HTTP) << qPrintable(m_peer) << qPrintable(method) << qPrintable(target) << status << qPrintable(logReason);
    } else if (status >= 400) {
        qCInfo(SALON_HTTP) << qPrintable(m_peer) << qPrintable(method) << qPrintable(target) << status << qPrintable(logReason);
    } else {
        qCDebug(SALON_HTTP) << qPrintable(m_peer) << qPrintable(method) << qPrintable(target) << status;
    }

    // QWebSocketServer sends the handshake of a successful upgrade, so every response sent here to an upgrade request rejects it.
    Q_EMIT responseSent(status, m_request.headerContainsToken(QByteArrayLiteral("upgrade"), QByteArrayLiteral("websocket")));

    m_socket->disconnect(this);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    m_socket->write(response.toByteArray(m_request.method() == "HEAD"));
    m_socket->disconnectFromHost();

    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCInfo(SALON_HTTP) << qPrintable(m_peer) << "did not read its response in time; connection dropped";
        if (m_socket) {
            m_socket->abort();
        }
        finish();
    });
    m_timer.start(WriteTimeoutMs);

    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
    }
}

QTcpSocket *HttpConnection::takeSocket()
{
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_timer.stop();
    if (socket) {
        socket->disconnect(this);
        socket->setReadBufferSize(0);
        socket->setParent(nullptr);
    }
    deleteLater();
    return socket;
}

QString HttpConnection::loggableTarget(const QByteArray &target)
{
    constexpr int MaxLength = 200;
    QString text;
    for (const char c : target) {
        if (text.size() >= MaxLength) {
            text += QStringLiteral("...");
            break;
        }
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7f) {
            text += QLatin1Char(c);
        } else {
            text += QStringLiteral("%%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
        }
    }
    return text;
}

void HttpConnection::readHead()
{
    if (!m_socket || m_responded) {
        return;
    }

    const HttpRequestHead::Status status = m_request.parse(m_socket->peek(m_socket->bytesAvailable()));
    if (status == HttpRequestHead::Status::Invalid) {
        respond(HttpResponse::error(m_request.errorStatusCode()), m_request.errorString());
    } else if (status == HttpRequestHead::Status::Complete) {
        m_timer.stop();
        applyForwardingHeaders();
        Q_EMIT requestReceived(this, m_request);
    }
}

void HttpConnection::applyForwardingHeaders()
{
    QList<QByteArray> forwardedFor;
    QList<QByteArray> forwardedProto;
    const auto headers = m_request.headers();
    for (const auto &header : headers) {
        if (header.first == "x-forwarded-for") {
            forwardedFor.append(header.second);
        } else if (header.first == "x-forwarded-proto") {
            forwardedProto.append(header.second);
        }
    }

    const auto *sslSocket = qobject_cast<const QSslSocket *>(m_socket.data());
    m_secure = (sslSocket && sslSocket->isEncrypted()) || m_trustedProxies.isForwardedSecure(m_peerAddress, forwardedProto);

    m_clientAddress = m_trustedProxies.clientAddress(m_peerAddress, forwardedFor);
    if (m_clientAddress != m_peerAddress) {
        m_peer += QStringLiteral(" for ") + m_clientAddress.toString();
    }
}

void HttpConnection::handleTimeout()
{
    const auto *sslSocket = qobject_cast<const QSslSocket *>(m_socket.data());
    if (sslSocket && !sslSocket->isEncrypted()) {
        qCInfo(SALON_HTTP) << qPrintable(m_peer) << "did not finish the TLS handshake in time; connection dropped";
        m_responded = true;
        m_socket->abort();
        finish();
        return;
    }
    respond(HttpResponse::error(408), QStringLiteral("no complete request head within the timeout"));
}

void HttpConnection::finish()
{
    if (m_socket) {
        m_socket->disconnect(this);
    }
    m_timer.stop();
    deleteLater();
}
