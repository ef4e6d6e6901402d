#include "SessionManager.h"

#include "DaemonLogging.h"
#include "LinkerProcess.h"
#include "Session.h"

#include <QWebSocket>

SessionManager::SessionManager(const QString &linkerPath, const QStringList &linkerArguments, int maxSessions, QObject *parent)
    : QObject(parent)
    , m_linkerPath(linkerPath)
    , m_linkerArguments(linkerArguments)
    , m_maxSessions(maxSessions)
{
}

SessionManager::~SessionManager() = default;

void SessionManager::addConnection(QWebSocket *socket)
{
    if (m_shuttingDown) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server is shutting down"));
        socket->deleteLater();
        return;
    }

    auto *session = new Session(socket, ++m_lastTabId, this);
    m_sessions.insert(session);
    connect(session, &QObject::destroyed, this, [this, session] {
        m_sessions.remove(session);
        checkShutdownFinished();
    });
}

LinkerProcess *SessionManager::startLinker(Session *session)
{
    if (m_shuttingDown) {
        return nullptr;
    }
    if (m_runningLinkers >= m_maxSessions) {
        qCWarning(SALON_DAEMON).noquote() << session->label() << "rejected: all" << m_maxSessions << "sessions are in use";
        return nullptr;
    }

    auto *linker = new LinkerProcess(m_linkerPath, m_linkerArguments, session->label(), session);
    ++m_runningLinkers;
    // Sessions delete their linker only after it has finished, or on shutdown, when it is killed.
    connect(linker, &QObject::destroyed, this, [this] {
        --m_runningLinkers;
        checkShutdownFinished();
    });
    linker->start();
    return linker;
}

int SessionManager::runningLinkerCount() const
{
    return m_runningLinkers;
}

int SessionManager::sessionCount() const
{
    int count = 0;
    for (const Session *session : m_sessions) {
        count += session->hasLinker() ? 1 : 0;
    }
    return count;
}

int SessionManager::tabCount() const
{
    int count = 0;
    for (const Session *session : m_sessions) {
        count += session->hasOpenTab() ? 1 : 0;
    }
    return count;
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

void SessionManager::checkShutdownFinished()
{
    if (m_shuttingDown && m_runningLinkers == 0 && !m_shutdownFinished) {
        m_shutdownFinished = true;
        Q_EMIT shutdownFinished();
    }
}
