#pragma once

#include "LinkerProcess.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;
class SessionManager;
class Tab;

/// One signed-in account: its linker, its session token and its open tabs.
///
/// A session starts with signIn(), which starts the linker and sends it
/// the `signIn` frame. signInFinished() reports once the account is
/// online, or fails with an account error, a linker failure, the sign-in
/// timeout or a shutdown. From then on every WebSocket with the session's
/// cookie becomes a Tab, and the linker gets `tabOpened` and `tabClosed`
/// for it. Browser messages go to the linker as routed frames (RoutedFrame).
/// Each routed frame and `toTab` frame from the linker goes to its tab, or to
/// every tab for tab 0.
///
/// The session ends, with `sessionEnded` to every tab, on sign-out, when
/// no tab was open for the idle timeout, when the linker exits, crashes or
/// breaks the frame protocol, and when the server shuts down. The manager
/// drops the token at once, and the session deletes itself once its linker
/// has exited.
class Session : public QObject
{
    Q_OBJECT

public:
    /// Outcome of a sign-in; \a error is empty on success.
    struct SignInResult {
        /// HTTP status for the sign-in request: 200, 401, 502, 503 or 504.
        int statusCode = 200;
        /// Error code for the response, such as "wrongPassword"; empty on success.
        QString error;
        /// Translated sentence for the user; empty on success.
        QString message;
    };

    Session(quint64 id, const QString &jid, SessionManager *manager);
    ~Session() override;

    quint64 id() const;
    QString jid() const;
    /// Name of the session in log lines, such as "session 3 (alice@example.org)".
    QString label() const;
    /// Whether the account went online and the session has not ended.
    bool isActive() const;
    bool hasEnded() const;
    /// Process id of the linker, or 0 when none runs.
    qint64 linkerProcessId() const;
    int tabCount() const;

    /// Starts the linker with \a linker and signs in with \a password, which is sent in the signIn frame only.
    void signIn(LinkerProcess *linker, const QString &password);

    /// Makes \a socket a tab of this session.
    void addTab(QWebSocket *socket, quint64 tabId);
    /// Routes a message from \a tab to the linker as its unchanged JSON text \a json, or handles
    /// `signOut`. \a message is \a json decoded, for its type.
    void handleTabMessage(Tab *tab, const QJsonObject &message, const QByteArray &json);

    /// Ends the session and stops the linker at once, because the user signed out.
    void signOut();
    /// Ends the session because the server stops.
    void shutdown();
    /// Ends a sign-in whose HTTP client disconnected before the response.
    void cancelSignIn();

Q_SIGNALS:
    /// The sign-in ended: the account is online, or \a result carries the error.
    void signInFinished(const Session::SignInResult &result);
    /// The session ended; its token no longer opens tabs.
    void ended(Session *session);

private:
    enum class LinkerAction {
        None,
        /// Send signOut and kill the linker if it does not exit in time.
        Stop,
        Kill,
    };

    void handleLinkerMessage(const QJsonObject &message);
    void handleLinkerTabMessage(quint64 tabId, const QByteArray &json);
    void handleAccountMessage(const QJsonObject &message);
    void handleLinkerProtocolError(const QString &reason);
    void handleLinkerFinished(LinkerProcess::ExitKind kind, int code);
    void handleTabClosed(Tab *tab);
    void updateIdleTimer();
    void finishSignIn(const SignInResult &result);
    void end(const QString &reason, const QString &text, LinkerAction linkerAction);
    void deleteIfDone();

    SessionManager *m_manager;
    QPointer<LinkerProcess> m_linker;
    QList<Tab *> m_tabs;
    quint64 m_id;
    QString m_jid;
    QTimer m_signInTimer;
    QTimer m_idleTimer;
    bool m_signingIn = false;
    bool m_active = false;
    bool m_ended = false;
};
