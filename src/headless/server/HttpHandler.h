#pragma once

class HttpConnection;
class HttpRequestHead;

/// Responder for the requests of one route of HttpServer.
///
/// The handler responds with HttpConnection::respond(), at once or later.
/// A connection stays open until it gets its response, the client
/// disconnects or the server's write timeout passes. A handler that
/// responds later keeps a QPointer to the connection, because the
/// connection deletes itself when the client goes away.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;

    virtual void handleRequest(HttpConnection *connection, const HttpRequestHead &request) = 0;
};
