#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWebSocket;
class Session;
class SessionManager;

/// One browser WebSocket of a session.
///
/// The tab passes each text message from the browser to its session, and
/// sends the session's messages to the browser. It closes with a
/// `sessionEnded` message when its session ends, and by itself when the
/// browser sends an invalid message (`protocolError`) or more frames than
/// the token bucket of SessionSettings allows (`tabFlooding`). The tab
/// deletes itself once its socket is closed.
class Tab : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of \a socket; \a id names the tab in frames to and from the linker.
    Tab(QWebSocket *socket, quint64 id, Session *session, SessionManager *manager);
    ~Tab() override;

    quint64 id() const;
    /// Name of the tab in log lines, such as "tab 7 of session 3 (alice@example.org)".
    QString label() const;

    void send(const QJsonObject &message);
    /// Sends the UTF-8 JSON text \a json of a message as it is.
    void sendText(const QByteArray &json);
    /// Sends `sessionEnded` with \a reason and the translated \a text, then closes the socket.
    void close(const QString &reason, const QString &text);

Q_SIGNALS:
    /// The socket closed; the tab deletes itself after this signal.
    void closed(Tab *tab);

private:
    void handleTextMessage(const QString &text);
    void handleBinaryMessage(const QByteArray &data);
    void handleDisconnected();
    /// Takes one frame from the token bucket; returns false when the bucket is empty.
    bool takeFrameToken();

    SessionManager *m_manager;
    QPointer<Session> m_session;
    QPointer<QWebSocket> m_socket;
    quint64 m_id;
    bool m_closing = false;

    double m_frameTokens;
    QElapsedTimer m_lastRefill;
};
