#pragma once

#include "HttpHandler.h"
#include "SignInThrottle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

class HttpConnection;
class HttpResponse;
class SessionManager;

/// The JSON API of sign-in and sign-out: `/api/session` and `/api/config`.
///
/// - `POST /api/session` with `{"jid", "password"}` starts a session and
///   responds once the account is online, with the session cookie.
/// - `GET /api/session` returns the JID of the cookie's session, or 401.
/// - `DELETE /api/session` ends the cookie's session and clears the cookie.
/// - `GET /api/config` returns the default domain and the allowed domains.
///
/// POST and DELETE need an Origin header of the same origin as the Host
/// header, so another site cannot sign a browser in or out. Errors are
/// JSON objects with `error`, a code, and `message`, a translated
/// sentence; docs/protocol.md lists them. A client address with too many
/// failed sign-ins gets 429 until SignInThrottle lets it try again.
class SessionApi : public HttpHandler
{
    Q_DECLARE_TR_FUNCTIONS(SessionApi)

public:
    /// Maximum size of a request body, in bytes.
    static constexpr qint64 MaxBodySize = 4 * 1024;

    explicit SessionApi(SessionManager *sessions);

    void handleRequest(HttpConnection *connection, const HttpRequestHead &request) override;

    static QByteArray sessionPath();
    static QByteArray configPath();

private:
    void handleSignIn(HttpConnection *connection, const HttpRequestHead &request);
    void startSession(HttpConnection *connection, const QByteArray &body, bool secure, const QString &language);
    void handleSessionQuery(HttpConnection *connection, const HttpRequestHead &request);
    void handleSignOut(HttpConnection *connection, const HttpRequestHead &request);
    void handleConfig(HttpConnection *connection);

    /// Whether \a request carries an Origin header of the same origin as its Host header.
    static bool hasSameOrigin(const HttpRequestHead &request);
    static HttpResponse jsonResponse(int statusCode, const QJsonObject &body);
    static HttpResponse errorResponse(int statusCode, const QString &error, const QString &message);
    /// Attributes of the session cookie, from "; Path=/" on.
    static QByteArray cookieAttributes(bool secure);
    /// Set-Cookie value that deletes the session cookie.
    static QByteArray clearingCookie(bool secure);

    SessionManager *m_sessions;
    SignInThrottle m_throttle;
    QElapsedTimer m_clock;
};
