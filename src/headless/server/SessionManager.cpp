#include "SessionManager.h"

#include "DaemonLogging.h"
#include "HttpRequestHead.h"
#include "LinkerProcess.h"
#include "Session.h"
#include "Tab.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QWebSocket>

namespace {

constexpr int TokenBytes = 32;

QByteArray hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

SessionManager::SessionManager(const QString &linkerPath, const QStringList &linkerArguments, const SessionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_linkerPath(linkerPath)
    , m_linkerArguments(linkerArguments + QStringList{QStringLiteral("--away-delay"), QString::number(settings.awayDelaySeconds)})
    , m_settings(settings)
{
}

SessionManager::~SessionManager() = default;

const SessionSettings &SessionManager::settings() const
{
    return m_settings;
}

bool SessionManager::isShuttingDown() const
{
    return m_shuttingDown;
}

Session *SessionManager::startSession(const QString &jid, const QString &password, const QString &language)
{
    if (m_shuttingDown) {
        return nullptr;
    }
    if (m_runningLinkers >= m_settings.maxSessions) {
        qCWarning(SALON_DAEMON).noquote() << "Sign-in of" << jid << "rejected: all" << m_settings.maxSessions << "sessions are in use";
        return nullptr;
    }

    auto *session = new Session(++m_lastSessionId, jid, this);
    m_sessions.insert(session);
    connect(session, &Session::ended, this, &SessionManager::forgetToken);
    connect(session, &QObject::destroyed, this, [this, session] {
        m_sessions.remove(session);
        checkShutdownFinished();
    });

    const QStringList arguments = m_linkerArguments + QStringList{QStringLiteral("--language"), language};
    auto *linker = new LinkerProcess(m_linkerPath, arguments, session->label(), session, m_settings.linkerLimits);
    ++m_runningLinkers;
    // Sessions delete their linker only after it has finished, or on shutdown, when it is killed.
    connect(linker, &QObject::destroyed, this, [this] {
        --m_runningLinkers;
        checkShutdownFinished();
    });
    session->signIn(linker, password);
    return session;
}

QByteArray SessionManager::issueToken(Session *session)
{
    QByteArray random(TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()), reinterpret_cast<quint32 *>(random.data() + TokenBytes));
    const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_sessionsByTokenHash.insert(hashToken(token), session);
    return token;
}

Session *SessionManager::sessionForToken(const QByteArray &token) const
{
    if (token.isEmpty()) {
        return nullptr;
    }
    Session *session = m_sessionsByTokenHash.value(hashToken(token));
    return session && session->isActive() ? session : nullptr;
}

Session *SessionManager::sessionForRequest(const HttpRequestHead &request) const
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &field : headers) {
        if (field.first == "cookie") {
            if (Session *session = sessionForToken(tokenFromCookieHeader(field.second))) {
                return session;
            }
        }
    }
    return nullptr;
}

void SessionManager::addConnection(QWebSocket *socket)
{
    // WebSocketEndpoint checked the cookie before the handshake, but the session may have ended since.
    Session *session = sessionForToken(tokenFromCookieHeader(socket->request().rawHeader("Cookie")));
    if (m_shuttingDown || !session) {
        qCInfo(SALON_DAEMON) << "WebSocket from" << socket->peerAddress().toString() << "closed: its session ended during the handshake";
        auto *tab = new Tab(socket, ++m_lastTabId, nullptr, this);
        ++m_tabCount;
        connect(tab, &QObject::destroyed, this, [this] {
            --m_tabCount;
        });
        tab->close(QStringLiteral("signedOut"), Session::tr("Your session has ended. Sign in again."));
        return;
    }

    ++m_tabCount;
    const quint64 tabId = ++m_lastTabId;
    session->addTab(socket, tabId);
    // The tab is the socket's parent now; it goes away with the socket.
    connect(socket, &QObject::destroyed, this, [this] {
        --m_tabCount;
    });
}

QByteArray SessionManager::tokenFromCookieHeader(const QByteArray &cookieHeader)
{
    // RFC 6265, section 5.4: pairs separated by "; ".
    const QList<QByteArray> pairs = cookieHeader.split(';');
    for (const QByteArray &pair : pairs) {
        const int equals = pair.indexOf('=');
        if (equals > 0 && pair.left(equals).trimmed() == CookieName) {
            return pair.mid(equals + 1).trimmed();
        }
    }
    return {};
}

int SessionManager::sessionCount() const
{
    return m_runningLinkers;
}

int SessionManager::runningLinkerCount() const
{
    return m_runningLinkers;
}

int SessionManager::tabCount() const
{
    return m_tabCount;
}

quint64 SessionManager::framesFromTabs() const
{
    return m_framesFromTabs;
}

quint64 SessionManager::framesToTabs() const
{
    return m_framesToTabs;
}

quint64 SessionManager::signInFailures() const
{
    return m_signInFailures;
}

quint64 SessionManager::linkerFailures() const
{
    return m_linkerFailures;
}

void SessionManager::countFrameFromTab()
{
    ++m_framesFromTabs;
}

void SessionManager::countFrameToTab()
{
    ++m_framesToTabs;
}

void SessionManager::countSignInFailure()
{
    ++m_signInFailures;
}

void SessionManager::countLinkerFailure()
{
    ++m_linkerFailures;
}

void SessionManager::shutdown()
{
    m_shuttingDown = true;
    qCInfo(SALON_DAEMON) << "Ending" << m_sessions.size() << "sessions," << m_runningLinkers << "with a running linker";

    // Ending a session may delete it, so iterate over a copy.
    const QSet<Session *> sessions = m_sessions;
    for (Session *session : sessions) {
        session->shutdown();
    }
    checkShutdownFinished();
}

void SessionManager::forgetToken(Session *session)
{
    for (auto it = m_sessionsByTokenHash.begin(); it != m_sessionsByTokenHash.end();) {
        if (it.value() == session) {
            it = m_sessionsByTokenHash.erase(it);
        } else {
            ++it;
        }
    }
}

void SessionManager::checkShutdownFinished()
{
    if (m_shuttingDown && m_runningLinkers == 0 && !m_shutdownFinished) {
        m_shutdownFinished = true;
        Q_EMIT shutdownFinished();
    }
}
