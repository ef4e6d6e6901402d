#include "SessionApi.h"

#include "DaemonLogging.h"
#include "HttpConnection.h"
#include "HttpRequestHead.h"
#include "HttpResponse.h"
#include "JsonMessage.h"
#include "Session.h"
#include "SessionManager.h"
#include "Translations.h"
#include "WebSocketEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

// Longer JIDs are rejected; RFC 7622 allows at most 3071 bytes, but no real account comes near 256 characters.
constexpr int MaxJidLength = 256;

} // namespace

SessionApi::SessionApi(SessionManager *sessions)
    : m_sessions(sessions)
    , m_throttle(sessions->settings().signInFailureBurst, sessions->settings().signInFailuresPerMinute)
{
    m_clock.start();
}

QByteArray SessionApi::sessionPath()
{
    return QByteArrayLiteral("/api/session");
}

QByteArray SessionApi::configPath()
{
    return QByteArrayLiteral("/api/config");
}

void SessionApi::handleRequest(HttpConnection *connection, const HttpRequestHead &request)
{
    const QByteArray method = request.method();
    if (request.path() == configPath()) {
        if (method == "GET" || method == "HEAD") {
            handleConfig(connection);
            return;
        }
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        connection->respond(response, QStringLiteral("method %1 on the config API").arg(QString::fromLatin1(method)));
        return;
    }

    if (method == "POST") {
        handleSignIn(connection, request);
    } else if (method == "GET" || method == "HEAD") {
        handleSessionQuery(connection, request);
    } else if (method == "DELETE") {
        handleSignOut(connection, request);
    } else {
        HttpResponse response = HttpResponse::error(405);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD, POST, DELETE"));
        connection->respond(response, QStringLiteral("method %1 on the session API").arg(QString::fromLatin1(method)));
    }
}

void SessionApi::handleSignIn(HttpConnection *connection, const HttpRequestHead &request)
{
    if (!hasSameOrigin(request)) {
        connection->respond(errorResponse(403, QStringLiteral("forbidden"), tr("The request did not come from this site.")),
                            QStringLiteral("sign-in without a same-origin Origin header"));
        return;
    }
    const QByteArray contentType = request.header(QByteArrayLiteral("content-type")).split(';').constFirst().trimmed().toLower();
    if (contentType != "application/json") {
        connection->respond(errorResponse(400, QStringLiteral("badRequest"), tr("The request must be JSON.")), QStringLiteral("sign-in that is not JSON"));
        return;
    }

    const int waitSeconds = m_throttle.secondsUntilAllowed(connection->clientAddress(), m_clock.elapsed());
    if (waitSeconds > 0) {
        HttpResponse response =
            errorResponse(429, QStringLiteral("tooManyAttempts"), tr("Too many failed sign-ins from your address. Try again in %n second(s).", nullptr, waitSeconds));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(waitSeconds));
        connection->respond(response, QStringLiteral("sign-in refused after too many failures from this address"));
        return;
    }

    const bool secure = connection->isSecure();
    // The linker writes the messages that the page shows, so it uses the page's language.
    const QString language = Translations::negotiate(QString::fromLatin1(request.header(QByteArrayLiteral("accept-language"))));
    QObject::connect(connection, &HttpConnection::bodyReceived, connection, [this, connection, secure, language](const QByteArray &body) {
        startSession(connection, body, secure, language);
    });
    connection->readBody(MaxBodySize);
}

void SessionApi::startSession(HttpConnection *connection, const QByteArray &body, bool secure, const QString &language)
{
    const JsonMessage::DecodeResult decoded = JsonMessage::decode(body);
    const QJsonValue jidValue = decoded.object.value(QStringLiteral("jid"));
    const QJsonValue passwordValue = decoded.object.value(QStringLiteral("password"));
    if (!decoded.isValid() || !jidValue.isString() || !passwordValue.isString() || jidValue.toString().trimmed().isEmpty()
        || passwordValue.toString().isEmpty()) {
        connection->respond(errorResponse(400, QStringLiteral("badRequest"), tr("Enter your address and your password.")),
                            QStringLiteral("sign-in without a JID and a password"));
        return;
    }

    const SessionSettings &settings = m_sessions->settings();
    QString jid = jidValue.toString().trimmed();
    if (!jid.contains(QLatin1Char('@')) && !settings.defaultDomain.isEmpty()) {
        jid += QLatin1Char('@') + settings.defaultDomain;
    }
    const QString domain = jid.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0);
    // Blanks and control characters are invalid in a JID (RFC 7622), and would let a JID forge log lines.
    const bool hasInvalidCharacter = std::any_of(jid.cbegin(), jid.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
    if (jid.size() > MaxJidLength || jid.startsWith(QLatin1Char('@')) || domain.isEmpty() || hasInvalidCharacter) {
        connection->respond(errorResponse(400, QStringLiteral("badRequest"), tr("Enter an address of the form name@example.org.")),
                            QStringLiteral("sign-in with an invalid JID"));
        return;
    }
    if (!settings.allowedDomains.isEmpty() && !settings.allowedDomains.contains(domain, Qt::CaseInsensitive)) {
        connection->respond(errorResponse(403, QStringLiteral("domainNotAllowed"), tr("Accounts of %1 cannot sign in on this server.").arg(domain)),
                            QStringLiteral("sign-in of a domain that is not allowed"));
        return;
    }

    if (m_sessions->isShuttingDown()) {
        connection->respond(errorResponse(503, QStringLiteral("shuttingDown"), tr("The server is shutting down. Try again later.")),
                            QStringLiteral("sign-in during shutdown"));
        return;
    }
    Session *session = m_sessions->startSession(jid, passwordValue.toString(), language);
    if (!session) {
        connection->respond(errorResponse(503, QStringLiteral("serverFull"), tr("The server has reached its maximum number of sessions. Try again later.")),
                            QStringLiteral("all sessions are in use"));
        return;
    }

    QPointer<HttpConnection> pendingConnection(connection);
    QPointer<Session> pendingSession(session);
    const QHostAddress clientAddress = connection->clientAddress();
    // A client that disconnects before the response never gets the cookie, so its linker must not stay.
    QObject::connect(connection, &QObject::destroyed, session, [pendingSession] {
        if (pendingSession) {
            pendingSession->cancelSignIn();
        }
    });
    QObject::connect(session, &Session::signInFinished, connection, [this, pendingConnection, pendingSession, secure, clientAddress](const Session::SignInResult &result) {
        if (result.statusCode == 401) {
            m_throttle.recordFailure(clientAddress, m_clock.elapsed());
        }
        if (!pendingConnection) {
            return;
        }
        pendingConnection->disconnect(pendingSession.data());
        if (!result.error.isEmpty() || !pendingSession) {
            pendingConnection->respond(errorResponse(result.statusCode, result.error, result.message), QStringLiteral("sign-in failed: %1").arg(result.error));
            return;
        }

        const QByteArray token = m_sessions->issueToken(pendingSession);
        HttpResponse response = jsonResponse(200, QJsonObject{{QStringLiteral("jid"), pendingSession->jid()}});
        response.addHeader(QByteArrayLiteral("Set-Cookie"), SessionManager::CookieName + QByteArrayLiteral("=") + token + cookieAttributes(secure));
        pendingConnection->respond(response);
    });
}

void SessionApi::handleSessionQuery(HttpConnection *connection, const HttpRequestHead &request)
{
    Session *session = m_sessions->sessionForRequest(request);
    if (!session) {
        connection->respond(errorResponse(401, QStringLiteral("noSession"), tr("Sign in to continue.")), QStringLiteral("no session for the cookie"));
        return;
    }
    connection->respond(jsonResponse(200, QJsonObject{{QStringLiteral("jid"), session->jid()}}));
}

void SessionApi::handleSignOut(HttpConnection *connection, const HttpRequestHead &request)
{
    if (!hasSameOrigin(request)) {
        connection->respond(errorResponse(403, QStringLiteral("forbidden"), tr("The request did not come from this site.")),
                            QStringLiteral("sign-out without a same-origin Origin header"));
        return;
    }
    if (Session *session = m_sessions->sessionForRequest(request)) {
        qCInfo(SALON_DAEMON).noquote() << session->label() << "signing out at the request of" << connection->peer();
        session->signOut();
    }
    HttpResponse response = jsonResponse(200, QJsonObject{});
    response.addHeader(QByteArrayLiteral("Set-Cookie"), clearingCookie(connection->isSecure()));
    connection->respond(response);
}

void SessionApi::handleConfig(HttpConnection *connection)
{
    const SessionSettings &settings = m_sessions->settings();
    connection->respond(jsonResponse(200,
                                     QJsonObject{
                                         {QStringLiteral("defaultDomain"), settings.defaultDomain},
                                         {QStringLiteral("allowedDomains"), QJsonArray::fromStringList(settings.allowedDomains)},
                                     }));
}

bool SessionApi::hasSameOrigin(const HttpRequestHead &request)
{
    const QByteArray origin = request.header(QByteArrayLiteral("origin"));
    return !origin.isNull() && WebSocketEndpoint::isSameOrigin(origin, request.header(QByteArrayLiteral("host")));
}

HttpResponse SessionApi::jsonResponse(int statusCode, const QJsonObject &body)
{
    HttpResponse response(statusCode);
    response.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return response;
}

HttpResponse SessionApi::errorResponse(int statusCode, const QString &error, const QString &message)
{
    return jsonResponse(statusCode, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}});
}

QByteArray SessionApi::clearingCookie(bool secure)
{
    QByteArray cookie = SessionManager::CookieName + QByteArrayLiteral("=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    if (secure) {
        cookie += QByteArrayLiteral("; Secure");
    }
    return cookie;
}

QByteArray SessionApi::cookieAttributes(bool secure)
{
    QByteArray attributes = QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Strict");
    if (secure) {
        attributes += QByteArrayLiteral("; Secure");
    }
    return attributes;
}
