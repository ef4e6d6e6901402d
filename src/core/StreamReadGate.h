#pragma once

#include "XmlBoundaryScanner.h"

#include <QMetaMethod>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;
class QXmppClient;

/// Hands the received bytes of a QXmppClient to its stream only when they end between two stanzas.
///
/// QXmpp 1.4's QXmppStream reads everything the socket has on each readyRead, appends it to
/// a buffer and parses the whole buffer with QDomDocument. When the bytes end inside a stanza,
/// as they do whenever a TLS record ends inside one, the parse fails and the next readyRead
/// parses the buffer again from its start. Under a steady stream of stanzas, most of the
/// client's time went into these failed parses.
///
/// The gate takes the socket's readyRead in place of the stream, reads the new bytes with
/// XmlBoundaryScanner without taking them from the socket, and lets the stream read only
/// when they end between top-level elements. A stanza split across records then costs one
/// parse. The stream could not parse earlier bytes anyway, so nothing waits longer than before.
/// After MaxHeldBytes or MaxHoldMs without such an end the gate lets the stream read, as QXmpp
/// would, so a stream that the scanner misreads is never held for long.
///
/// It relies on QXmpp 1.4's internals: one QSslSocket per QXmppOutgoingClient for the client's
/// lifetime, and the private slot QXmppStream::_q_socketReadyRead(). When either is missing,
/// it logs a warning and leaves QXmpp's own reading in place.
class StreamReadGate : public QObject
{
    Q_OBJECT

public:
    /// Bytes held back at most before the stream reads them anyway.
    static constexpr qint64 MaxHeldBytes = 4 * 1024 * 1024;
    /// Time that bytes are held back at most before the stream reads them anyway, in milliseconds.
    static constexpr int MaxHoldMs = 200;

    /// Installs the gate on \a client's socket. The gate is a child of \a client.
    explicit StreamReadGate(QXmppClient *client);

    /// Returns whether the gate took the socket's reading over.
    bool isActive() const;

private:
    void handleReadyRead();
    void release();

    QPointer<QObject> m_stream;
    QPointer<QSslSocket> m_socket;
    QMetaMethod m_readSlot;
    XmlBoundaryScanner m_scanner;
    QTimer m_holdTimer;
    // Bytes of the socket's buffer that the scanner has read and the stream has not.
    qint64 m_scanned = 0;
    bool m_active = false;
};
