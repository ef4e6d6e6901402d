#include "MetricsHandler.h"

#include "HttpConnection.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "HttpServer.h"
#include "SessionManager.h"

#include <QFile>

#include <unistd.h>

namespace {

// Appends one metric without labels, preceded by its HELP and TYPE lines.
void appendMetric(QByteArray *text, const char *name, const char *type, const char *help, quint64 value)
{
    *text += QByteArray("# HELP ") + name + ' ' + help + '\n';
    *text += QByteArray("# TYPE ") + name + ' ' + type + '\n';
    *text += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}

} // namespace

SubnetList MetricsHandler::defaultAllowedClients()
{
    SubnetList loopback;
    QString unused;
    loopback.parse(QStringLiteral("127.0.0.0/8, ::1"), &unused);
    return loopback;
}

MetricsHandler::MetricsHandler(const SessionManager *sessions, const HttpServer *httpServer, const SubnetList &allowedClients)
    : m_sessions(sessions)
    , m_httpServer(httpServer)
    , m_allowedClients(allowedClients)
{
}

void MetricsHandler::handleRequest(HttpConnection *connection, const HttpRequestHead &request)
{
    if (!isAllowed(connection->clientAddress())) {
        connection->respond(HttpResponse::error(403),
                            QStringLiteral("client %1 is not allowed to read /metrics").arg(connection->clientAddress().toString()));
        return;
    }
    if (request.method() != "GET" && request.method() != "HEAD") {
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        connection->respond(response, QStringLiteral("method not allowed on /metrics"));
        return;
    }

    HttpResponse response(200);
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setBody(format(collect()));
    connection->respond(response);
}

bool MetricsHandler::isAllowed(const QHostAddress &address) const
{
    return m_allowedClients.contains(address);
}

QByteArray MetricsHandler::format(const Values &values)
{
    QByteArray text;
    appendMetric(&text, "salon_sessions", "gauge", "Sessions with a linker.", quint64(values.sessions));
    appendMetric(&text, "salon_linkers_running", "gauge", "Linker processes running.", quint64(values.runningLinkers));
    appendMetric(&text, "salon_tabs_open", "gauge", "Browser tabs with an open WebSocket.", quint64(values.openTabs));
    appendMetric(&text, "salon_tab_frames_received_total", "counter", "Messages received from browser tabs.", values.framesFromTabs);
    appendMetric(&text, "salon_tab_frames_sent_total", "counter", "Messages sent to browser tabs.", values.framesToTabs);
    appendMetric(&text, "salon_sign_in_failures_total", "counter", "Sign-ins rejected by the account's server.", values.signInFailures);
    appendMetric(&text, "salon_linker_failures_total", "counter", "Linkers that failed to start, crashed, exited with an error or broke the frame protocol.",
                 values.linkerFailures);

    text += "# HELP salon_http_responses_total HTTP responses by status class, WebSocket handshakes excepted.\n";
    text += "# TYPE salon_http_responses_total counter\n";
    for (int statusClass = 1; statusClass <= 5; ++statusClass) {
        text += "salon_http_responses_total{class=\"" + QByteArray::number(statusClass) + "xx\"} "
            + QByteArray::number(values.httpResponses[statusClass - 1]) + '\n';
    }

    appendMetric(&text, "salon_websocket_upgrades_rejected_total", "counter", "WebSocket upgrade requests answered with an HTTP response instead of a handshake.",
                 values.rejectedUpgrades);
    appendMetric(&text, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", values.residentMemoryBytes);
    return text;
}

quint64 MetricsHandler::residentMemoryBytes()
{
    // statm contains sizes in pages: total, then resident (proc(5)).
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2) {
        return 0;
    }
    const long pageSize = sysconf(_SC_PAGESIZE);
    return fields.at(1).toULongLong() * quint64(pageSize > 0 ? pageSize : 0);
}

MetricsHandler::Values MetricsHandler::collect() const
{
    Values values;
    values.sessions = m_sessions->sessionCount();
    values.runningLinkers = m_sessions->runningLinkerCount();
    values.openTabs = m_sessions->tabCount();
    values.framesFromTabs = m_sessions->framesFromTabs();
    values.framesToTabs = m_sessions->framesToTabs();
    values.signInFailures = m_sessions->signInFailures();
    values.linkerFailures = m_sessions->linkerFailures();
    for (int statusClass = 1; statusClass <= 5; ++statusClass) {
        values.httpResponses[statusClass - 1] = m_httpServer->responseCount(statusClass);
    }
    values.rejectedUpgrades = m_httpServer->rejectedUpgradeCount();
    values.residentMemoryBytes = residentMemoryBytes();
    return values;
}
