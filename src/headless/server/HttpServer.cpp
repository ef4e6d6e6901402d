#include "HttpServer.h"

#include "HttpConnection.h"
#include "HttpHandler.h"
#include "HttpLogging.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "StaticFileHandler.h"
#include "WebSocketEndpoint.h"

#include <QTcpServer>
#include <QTcpSocket>

HttpServer::HttpServer(StaticFileHandler *files, int requestTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_files(files)
    , m_requestTimeoutMs(requestTimeoutMs)
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    connect(m_server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(SALON_HTTP) << "Accepting a connection failed:" << m_server->errorString();
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_server->serverAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QByteArray HttpServer::webSocketPath()
{
    return QByteArrayLiteral("/ws");
}

void HttpServer::setWebSocketEndpoint(const WebSocketEndpoint *endpoint)
{
    m_endpoint = endpoint;
}

void HttpServer::addRoute(const QByteArray &path, HttpHandler *handler)
{
    m_routes.append(Route{path, false, handler});
}

void HttpServer::addPrefixRoute(const QByteArray &prefix, HttpHandler *handler)
{
    m_routes.append(Route{prefix, true, handler});
}

HttpHandler *HttpServer::handlerFor(const QByteArray &path) const
{
    for (const Route &route : m_routes) {
        if (route.isPrefix ? path.startsWith(route.path) : path == route.path) {
            return route.handler;
        }
    }
    return nullptr;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_requestTimeoutMs, this);

        if (m_pendingConnections >= MaxPendingConnections) {
            connection->respond(HttpResponse::error(503), QStringLiteral("%1 connections are waiting already").arg(m_pendingConnections));
            continue;
        }

        ++m_pendingConnections;
        connect(connection, &QObject::destroyed, this, [this] {
            --m_pendingConnections;
        });
        connect(connection, &HttpConnection::requestReceived, this, &HttpServer::handleRequest);
    }
}

void HttpServer::handleRequest(HttpConnection *connection, const HttpRequestHead &request)
{
    if (request.path() == webSocketPath()) {
        if (!m_endpoint) {
            connection->respond(HttpResponse::error(404), QStringLiteral("no WebSocket endpoint"));
            return;
        }
        HttpResponse rejection;
        QString errorString;
        if (!m_endpoint->checkUpgrade(request, &rejection, &errorString)) {
            connection->respond(rejection, errorString);
            return;
        }
        qCDebug(SALON_HTTP) << qPrintable(connection->peer()) << "upgrades to a WebSocket";
        Q_EMIT upgradeRequested(connection->takeSocket());
        return;
    }

    if (HttpHandler *handler = handlerFor(request.path())) {
        handler->handleRequest(connection, request);
        return;
    }

    QString errorString;
    connection->respond(m_files->respond(request, &errorString), errorString);
}
