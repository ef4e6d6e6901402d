#pragma once

#include "LinkerProcess.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWebSocket;
class SessionManager;

/// One browser WebSocket and the linker that runs its account.
///
/// The first `signIn` message starts the linker, sends it the `signIn`
/// frame, then `tabOpened` with the socket's tab id. From then on the
/// session routes: browser messages go to the linker as `fromTab`, and the
/// `message` of each `toTab` frame for this tab (or for tab 0) goes to the
/// browser. The session ends, with `sessionEnded` to the browser and a
/// close of the socket, when the browser signs out or sends an invalid
/// message, when the linker exits, crashes or breaks the frame protocol,
/// when the account reports an error before it was ever online, when all
/// sessions are in use, and when the server shuts down. Closing the socket
/// ends the session too: the linker gets `signOut` and is killed if it has
/// not exited after a few seconds. The session deletes itself once its
/// socket is closed and its linker has exited.
class Session : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of \a socket; \a tabId identifies the socket in frames to and from the linker.
    Session(QWebSocket *socket, quint64 tabId, SessionManager *manager);
    ~Session() override;

    /// Name of the session in log lines, such as "session 3 (alice@example.org)".
    QString label() const;

    bool hasLinker() const;
    /// Whether the browser's WebSocket is connected.
    bool hasOpenTab() const;

    /// Ends the session because the server stops.
    void shutdown();

private:
    enum class LinkerAction {
        None,
        /// Send signOut and kill the linker if it does not exit in time.
        Stop,
        Kill,
    };

    void handleTextMessage(const QString &text);
    void handleBinaryMessage(const QByteArray &data);
    void handleSocketDisconnected();
    void handleSignIn(const QJsonObject &message);
    void handleSignOut();

    void handleLinkerMessage(const QJsonObject &message);
    void handleLinkerProtocolError(const QString &reason);
    void handleLinkerFinished(LinkerProcess::ExitKind kind, int code);
    void forwardToBrowser(const QJsonObject &message);

    void send(const QJsonObject &message);
    void sendError(const QString &text);
    void endSession(const QString &reason, const QString &text, LinkerAction linkerAction);
    void deleteIfDone();

    SessionManager *m_manager;
    QPointer<QWebSocket> m_socket;
    QPointer<LinkerProcess> m_linker;
    quint64 m_tabId;
    QString m_jid;
    bool m_signOutRequested = false;
    bool m_wasOnline = false;
    bool m_protocolFailed = false;
    bool m_ended = false;
};
