#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

/// TCP server whose connections are QSslSockets in server mode once a TLS configuration is set.
///
/// Each connection is handed out by nextPendingConnection() as soon as it
/// is accepted, while its handshake runs in the event loop. The socket
/// emits readyRead() only for decrypted data, so readers treat it like a
/// plain QTcpSocket, and must themselves drop clients whose handshake does
/// not finish (QSslSocket::isEncrypted() stays false).
class TlsTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TlsTcpServer(QObject *parent = nullptr);

    /// Makes every later connection a TLS connection; a null configuration turns TLS off.
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isTlsEnabled() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslConfiguration m_configuration;
    bool m_tlsEnabled = false;
};
