#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWebSocket>

#include <functional>

/**
 * A browser tab of salon-server: a WebSocket to /ws with the tab's Origin and
 * session cookie, which collects the JSON messages it receives.
 *
 * Every wait runs the event loop, so the tab works against a server in the
 * test's own process as well as against a salon-server process.
 *
 * @code
 * TestTab tab(server.origin(), TestHttp::sessionCookie(signInResponse));
 * QVERIFY(tab.open(server.port()));
 * QCOMPARE(tab.take(QStringLiteral("account")).value(QStringLiteral("state")).toString(), QStringLiteral("online"));
 * @endcode
 */
class TestTab
{
public:
    using MessageFilter = std::function<bool(const QJsonObject &)>;

    /**
     * A tab of @p origin that sends the session cookie @p cookie, such as
     * "salon_session=TOKEN", when it is not empty. Every wait gives up after
     * @p timeoutMs.
     */
    explicit TestTab(const QString &origin = {}, const QByteArray &cookie = {}, int timeoutMs = 10000);

    /// Starts the handshake with ws://127.0.0.1:@p port/ws without waiting for it.
    void startOpening(quint16 port);

    /**
     * Waits until the handshake has succeeded or failed, and returns whether
     * it succeeded. A tab that the server closes right after the handshake
     * still counts as connected.
     */
    bool waitForConnected();

    /// Opens the socket with startOpening() and returns waitForConnected().
    bool open(quint16 port);

    /// Sends @p message as a compact JSON text message.
    void send(const QJsonObject &message);

    /**
     * Waits for the next message of @p type that @p accept accepts (any, if
     * @p accept is empty), and removes it and the messages before it. Returns
     * an empty object on timeout.
     */
    QJsonObject take(const QString &type, const MessageFilter &accept = {});

    /// Like take(type), for the first message that @p accept accepts. A negative @p timeoutMs means the tab's timeout.
    QJsonObject take(const MessageFilter &accept, int timeoutMs = -1);

    /// Sends an echo request with @p text, to which the fake linker replies, and returns the echo, or an empty object on timeout.
    QJsonObject echo(const QString &text);

    /// Waits until the socket is closed and returns whether it is.
    bool waitForDisconnected();

    /// Closes the socket and waits until it is closed.
    void close();

    QWebSocket &socket();

private:
    QWebSocket m_socket;
    QByteArray m_cookie;
    int m_timeoutMs;
    bool m_connected = false;
    bool m_disconnected = false;
    QList<QJsonObject> m_messages;
};
