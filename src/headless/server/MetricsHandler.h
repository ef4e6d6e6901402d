#pragma once

#include "HttpHandler.h"
#include "SubnetList.h"

#include <QHostAddress>

class HttpServer;
class SessionManager;

/// Handler of `/metrics`: the daemon's counters in the Prometheus text format, version 0.0.4.
///
/// Only clients whose HttpConnection::clientAddress() is in the allowed list
/// get the metrics; others get 403 Forbidden, with an info line in the log.
/// Behind a reverse proxy that address is the proxy's, unless the proxy is
/// trusted to forward the client's address.
///
/// \code
/// MetricsHandler metrics(&sessions, &httpServer);
/// httpServer.addRoute("/metrics", &metrics);
/// \endcode
class MetricsHandler : public HttpHandler
{
public:
    /// Values of one scrape; MetricsHandler fills them from the daemon's objects.
    struct Values {
        int sessions = 0;
        int runningLinkers = 0;
        int openTabs = 0;
        quint64 framesFromTabs = 0;
        quint64 framesToTabs = 0;
        quint64 signInFailures = 0;
        quint64 linkerFailures = 0;
        /// Responses by status class: index 0 is 1xx, index 4 is 5xx.
        quint64 httpResponses[5] = {};
        quint64 rejectedUpgrades = 0;
        /// Resident memory of the daemon, in bytes; 0 when unknown.
        quint64 residentMemoryBytes = 0;
    };

    /// Clients allowed by default: 127.0.0.0/8 and ::1.
    static SubnetList defaultAllowedClients();

    MetricsHandler(const SessionManager *sessions, const HttpServer *httpServer, const SubnetList &allowedClients = defaultAllowedClients());

    void handleRequest(HttpConnection *connection, const HttpRequestHead &request) override;

    /// Whether \a address may read the metrics; an IPv4 address mapped to IPv6 (::ffff:a.b.c.d) counts as IPv4.
    bool isAllowed(const QHostAddress &address) const;

    /// Encodes \a values in the Prometheus text format 0.0.4, with HELP and TYPE lines.
    static QByteArray format(const Values &values);

    /// Resident memory of this process in bytes, from /proc/self/statm; 0 when it cannot be read.
    static quint64 residentMemoryBytes();

private:
    Values collect() const;

    const SessionManager *m_sessions;
    const HttpServer *m_httpServer;
    SubnetList m_allowedClients;
};
