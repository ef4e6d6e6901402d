#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * Raw HTTP/1.1 over loopback TCP, as the tests of salon-server speak it.
 *
 * The functions run the event loop while they wait, so they work against a
 * server in the test's own process as well as against a salon-server process.
 * Responses are returned unparsed; the accessors below pick them apart.
 *
 * @code
 * const QByteArray response = TestHttp::exchange(port, TestHttp::signInRequest(port, jid, password));
 * QCOMPARE(TestHttp::statusLine(response), QByteArray("HTTP/1.1 200 OK"));
 * const QByteArray cookie = TestHttp::sessionCookie(response);
 * @endcode
 */
namespace TestHttp
{

constexpr int DefaultTimeoutMs = 10000;

/**
 * Sends @p request to 127.0.0.1:@p port over a new connection and returns
 * everything the server sends until it closes the connection or
 * @p timeoutMs pass. Returns an empty array if the connection fails.
 */
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = DefaultTimeoutMs);

/// Like exchange(), but returns as soon as the response head is complete.
QByteArray exchangeHead(quint16 port, const QByteArray &request, int timeoutMs = DefaultTimeoutMs);

/// The first line of @p response without its CRLF, such as "HTTP/1.1 200 OK".
QByteArray statusLine(const QByteArray &response);

/// The status code of @p response, or 0 if it has no status line.
int statusCode(const QByteArray &response);

/// The trimmed value of the first header field @p name (case-insensitive) in the head of @p response, or empty.
QByteArray header(const QByteArray &response, const QByteArray &name);

/// Everything after the head of @p response.
QByteArray body(const QByteArray &response);

/// The body of @p response parsed as a JSON object, or an empty object.
QJsonObject jsonBody(const QByteArray &response);

/**
 * An HTTP/1.1 request to 127.0.0.1:@p port with its Host and an Origin
 * header: the server's own origin, or @p origin when it is given. POST
 * requests carry @p body as application/json. @p extraHeaders are complete
 * header lines, each ending in CRLF.
 */
QByteArray apiRequest(quint16 port,
                      const QByteArray &method,
                      const QByteArray &path,
                      const QByteArray &body = {},
                      const QByteArray &extraHeaders = {},
                      const QByteArray &origin = {});

/// The JSON body of a sign-in: {"jid": @p jid, "password": @p password}.
QByteArray signInBody(const QString &jid, const QString &password);

/// A same-origin POST /api/session that signs @p jid in with @p password.
QByteArray signInRequest(quint16 port, const QString &jid, const QString &password);

/// The "salon_session=TOKEN" pair of the Set-Cookie header of @p response, for a Cookie header.
QByteArray sessionCookie(const QByteArray &response);

/// The value of the Prometheus sample line "@p name VALUE" in @p text, or -1 if it is missing.
qint64 metricValue(const QByteArray &text, const QByteArray &name);

/// Whether the process @p pid is running; a zombie, which has exited but is not reaped yet, is not.
bool processExists(qint64 pid);

} // namespace TestHttp
