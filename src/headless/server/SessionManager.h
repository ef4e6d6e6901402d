#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class LinkerProcess;
class QWebSocket;
class Session;

/// Owner of every browser session and keeper of the session limit.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    /// \a linkerArguments are passed to every linker; \a maxSessions bounds the linkers running at once.
    SessionManager(const QString &linkerPath, const QStringList &linkerArguments, int maxSessions, QObject *parent = nullptr);
    ~SessionManager() override;

    /// Starts a session for a WebSocket that completed its handshake; takes ownership of \a socket.
    void addConnection(QWebSocket *socket);

    /// Starts a linker for \a session, or returns nullptr when maxSessions linkers are running.
    LinkerProcess *startLinker(Session *session);

    int runningLinkerCount() const;
    /// Sessions with a linker, running or stopping.
    int sessionCount() const;
    /// Open WebSockets.
    int tabCount() const;
    /// Messages received from browser tabs.
    quint64 framesFromTabs() const;
    /// Messages sent to browser tabs.
    quint64 framesToTabs() const;
    /// Sign-ins that ended with an account error before the account was online.
    quint64 signInFailures() const;
    /// Linkers that failed to start, crashed, exited with an error or broke the frame protocol.
    quint64 linkerFailures() const;

    // Counters that the sessions update, read by the getters above.
    void countFrameFromTab();
    void countFrameToTab();
    void countSignInFailure();
    void countLinkerFailure();

    /// Ends every session; shutdownFinished() follows once no linker runs any more.
    void shutdown();

Q_SIGNALS:
    void shutdownFinished();

private:
    void checkShutdownFinished();

    QString m_linkerPath;
    QStringList m_linkerArguments;
    int m_maxSessions;
    int m_runningLinkers = 0;
    quint64 m_lastTabId = 0;
    quint64 m_framesFromTabs = 0;
    quint64 m_framesToTabs = 0;
    quint64 m_signInFailures = 0;
    quint64 m_linkerFailures = 0;
    QSet<Session *> m_sessions;
    bool m_shuttingDown = false;
    bool m_shutdownFinished = false;
};
