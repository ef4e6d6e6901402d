#pragma once

#include "SessionSettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class HttpRequestHead;
class QWebSocket;
class Session;

/// Owner of every session and tab, keeper of the session limit and of the session tokens.
///
/// A session token is 32 random bytes from the system's generator, in
/// base64url without padding; the browser keeps it in the `salon_session`
/// cookie. The manager stores only the SHA-256 of each token and never
/// logs a token. A token works from the successful sign-in until its
/// session ends.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    /// Name of the cookie that carries the session token.
    static constexpr const char *CookieName = "salon_session";

    /// \a linkerArguments are passed to every linker, followed by `--away-delay` from \a settings.
    SessionManager(const QString &linkerPath, const QStringList &linkerArguments, const SessionSettings &settings, QObject *parent = nullptr);
    ~SessionManager() override;

    const SessionSettings &settings() const;
    bool isShuttingDown() const;

    /// Starts a session that signs in to \a jid, or returns nullptr when maxSessions sessions have a linker.
    /// The linker writes its messages in \a language, a tag of Translations::languages().
    Session *startSession(const QString &jid, const QString &password, const QString &language = QStringLiteral("en"));
    /// Creates the token of \a session, whose account went online, and returns it.
    QByteArray issueToken(Session *session);
    /// Returns the live session that \a token names, or nullptr.
    Session *sessionForToken(const QByteArray &token) const;
    /// Returns the live session that the `salon_session` cookie of \a request names, or nullptr.
    Session *sessionForRequest(const HttpRequestHead &request) const;

    /// Makes a WebSocket that completed its handshake a tab of its cookie's session; takes ownership of \a socket.
    void addConnection(QWebSocket *socket);

    /// Value of the `salon_session` cookie in the Cookie header \a cookieHeader, or a null array.
    static QByteArray tokenFromCookieHeader(const QByteArray &cookieHeader);

    /// Sessions with a linker, including sign-ins in progress.
    int sessionCount() const;
    int runningLinkerCount() const;
    /// Open WebSockets.
    int tabCount() const;
    /// Text messages received from all tabs since the start.
    quint64 framesFromTabs() const;
    /// Messages sent to all tabs since the start.
    quint64 framesToTabs() const;
    /// Sign-ins that ended without the account going online.
    quint64 signInFailures() const;
    /// Linkers that crashed, failed to start, exited with an error status or broke the frame protocol.
    quint64 linkerFailures() const;

    void countFrameFromTab();
    void countFrameToTab();
    void countSignInFailure();
    void countLinkerFailure();

    /// Ends every session; shutdownFinished() follows once no linker runs any more.
    void shutdown();

Q_SIGNALS:
    void shutdownFinished();

private:
    void forgetToken(Session *session);
    void checkShutdownFinished();

    QString m_linkerPath;
    QStringList m_linkerArguments;
    SessionSettings m_settings;
    int m_runningLinkers = 0;
    int m_tabCount = 0;
    quint64 m_lastTabId = 0;
    quint64 m_lastSessionId = 0;
    quint64 m_framesFromTabs = 0;
    quint64 m_framesToTabs = 0;
    quint64 m_signInFailures = 0;
    quint64 m_linkerFailures = 0;
    QSet<Session *> m_sessions;
    /// Sessions by the SHA-256 of their token.
    QHash<QByteArray, Session *> m_sessionsByTokenHash;
    bool m_shuttingDown = false;
    bool m_shutdownFinished = false;
};
