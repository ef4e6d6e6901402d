#include "HttpConnection.h"

#include "HttpLogging.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace {

// Larger than any head the parser accepts, so a complete head always fits into the read buffer.
constexpr qint64 ReadBufferSize = 64 * 1024;
// Time for a response to reach a client that reads slowly or not at all.
constexpr int WriteTimeoutMs = 30 * 1000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_requestTimeoutMs(requestTimeoutMs)
{
    m_age.start();
    socket->setParent(this);
    socket->setReadBufferSize(ReadBufferSize);
    m_clientAddress = socket->peerAddress();
    m_peer = socket->peerAddress().protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort())
        : QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());

    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readHead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::handleTimeout);
    m_timer.start(requestTimeoutMs);

    if (socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::readHead, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection() = default;

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
    return false;
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

void HttpConnection::readBody(qint64 maxSize)
{
    if (!m_socket || m_responded || m_bodySize >= 0) {
        return;
    }

    // RFC 9112, section 6: only Content-Length framing is accepted, because request bodies here are small JSON documents.
    if (!m_request.header(QByteArrayLiteral("transfer-encoding")).isNull()) {
        respond(HttpResponse::error(400), QStringLiteral("request body with Transfer-Encoding"));
        return;
    }
    const QByteArray lengthHeader = m_request.header(QByteArrayLiteral("content-length"));
    if (lengthHeader.isNull()) {
        respond(HttpResponse::error(411), QStringLiteral("request body without Content-Length"));
        return;
    }
    bool ok = false;
    const qint64 length = lengthHeader.toLongLong(&ok);
    const bool digitsOnly = std::all_of(lengthHeader.cbegin(), lengthHeader.cend(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (!ok || !digitsOnly || m_request.headerCount(QByteArrayLiteral("content-length")) != 1) {
        respond(HttpResponse::error(400), QStringLiteral("invalid Content-Length"));
        return;
    }
    if (length > maxSize) {
        respond(HttpResponse::error(413), QStringLiteral("request body of %1 bytes exceeds %2 bytes").arg(length).arg(maxSize));
        return;
    }

    m_bodySize = length;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readBodyBytes);
    m_timer.start(int(qMax<qint64>(0, m_requestTimeoutMs - m_age.elapsed())));
    readBodyBytes();
}

void HttpConnection::readBodyBytes()
{
    if (!m_socket || m_responded) {
        return;
    }
    // The head is still in the read buffer, because readHead() only peeks.
    const qint64 needed = m_request.size() + m_bodySize;
    if (m_socket->bytesAvailable() < needed) {
        return;
    }
    m_timer.stop();
    const QByteArray bytes = m_socket->read(needed);
    Q_EMIT bodyReceived(bytes.mid(m_request.size()));
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
    if (!m_socket || m_responded || m_request.status() == HttpRequestHead::Status::Complete) {
        return;
    }

    const HttpRequestHead::Status status = m_request.parse(m_socket->peek(m_socket->bytesAvailable()));
    if (status == HttpRequestHead::Status::Invalid) {
        respond(HttpResponse::error(m_request.errorStatusCode()), m_request.errorString());
    } else if (status == HttpRequestHead::Status::Complete) {
        m_timer.stop();
        Q_EMIT requestReceived(this, m_request);
    }
}

void HttpConnection::handleTimeout()
{
    if (m_bodySize >= 0) {
        respond(HttpResponse::error(408), QStringLiteral("no complete request body within the timeout"));
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
