#pragma once

class HttpConnection;
class HttpRequestHead;

/// Responder for the requests of one route of HttpServer.
///
/// The handler answers with HttpConnection::respond(), at once or later:
/// a connection stays open until it is answered, the client disconnects or
/// the server's write timeout passes. A handler that answers later keeps a
/// QPointer to the connection, because the connection deletes itself when
/// the client goes away.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;

    virtual void handleRequest(HttpConnection *connection, const HttpRequestHead &request) = 0;
};
