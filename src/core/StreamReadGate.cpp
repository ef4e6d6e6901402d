#include "StreamReadGate.h"

#include "salon_core_xmpp_logging.h"

#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppOutgoingClient.h>

StreamReadGate::StreamReadGate(QXmppClient *client)
    : QObject(client)
{
    auto *stream = client->findChild<QXmppOutgoingClient *>(QString(), Qt::FindDirectChildrenOnly);
    QSslSocket *socket = stream ? stream->socket() : nullptr;
    const int slotIndex = stream ? stream->metaObject()->indexOfSlot("_q_socketReadyRead()") : -1;
    if (!socket || slotIndex < 0) {
        qCWarning(SALON_CORE_XMPP) << "QXmpp's stream has no socket or read slot; it keeps reading on its own";
        return;
    }

    m_stream = stream;
    m_socket = socket;
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(MaxHoldMs);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] {
        qCDebug(SALON_CORE_XMPP) << "Letting the stream read" << m_scanned << "bytes that end inside a stanza after" << MaxHoldMs << "ms";
        release();
    });
    m_readSlot = stream->metaObject()->method(slotIndex);
    QObject::disconnect(socket, &QIODevice::readyRead, stream, nullptr);
    connect(socket, &QIODevice::readyRead, this, &StreamReadGate::handleReadyRead);
    // A new connection starts with an empty buffer.
    connect(socket, &QAbstractSocket::connected, this, [this] {
        m_holdTimer.stop();
        m_scanner.reset();
        m_scanned = 0;
    });
    m_active = true;
}

bool StreamReadGate::isActive() const
{
    return m_active;
}

void StreamReadGate::handleReadyRead()
{
    if (!m_socket || !m_stream) {
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_scanned) {
        // peek() copies from the socket's buffer and leaves the bytes there for the stream.
        const QByteArray bytes = m_socket->peek(available);
        m_scanner.feed(bytes.constData() + m_scanned, bytes.size() - m_scanned);
        m_scanned = bytes.size();
    }
    if (m_scanner.atStanzaBoundary() || m_scanned >= MaxHeldBytes) {
        release();
    } else if (!m_holdTimer.isActive()) {
        m_holdTimer.start();
    }
}

void StreamReadGate::release()
{
    m_holdTimer.stop();
    m_scanned = 0;
    m_readSlot.invoke(m_stream.data(), Qt::DirectConnection);
}
