#include "TlsTcpServer.h"

#include "HttpLogging.h"

#include <QSslKey>
#include <QSslSocket>

TlsTcpServer::TlsTcpServer(QObject *parent)
    : QTcpServer(parent)
{
}

void TlsTcpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_configuration = configuration;
    m_tlsEnabled = !configuration.isNull() && !configuration.privateKey().isNull();
}

bool TlsTcpServer::isTlsEnabled() const
{
    return m_tlsEnabled;
}

void TlsTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_tlsEnabled) {
        QTcpServer::incomingConnection(socketDescriptor);
        return;
    }

    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(SALON_HTTP) << "Accepting a TLS connection failed:" << socket->errorString();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_configuration);
    addPendingConnection(socket);
    socket->startServerEncryption();
}
