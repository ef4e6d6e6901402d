#include "TestTab.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QUrl>

TestTab::TestTab(const QString &origin, const QByteArray &cookie, int timeoutMs)
    : m_socket(origin)
    , m_cookie(cookie)
    , m_timeoutMs(timeoutMs)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    // The server may close the tab right after the handshake, so the signals count, not the state.
    QObject::connect(&m_socket, &QWebSocket::connected, [this] {
        m_connected = true;
    });
    QObject::connect(&m_socket, &QWebSocket::disconnected, [this] {
        m_disconnected = true;
    });
}

void TestTab::startOpening(quint16 port)
{
    QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    if (!m_cookie.isEmpty()) {
        request.setRawHeader("Cookie", m_cookie);
    }
    m_connected = false;
    m_disconnected = false;
    m_socket.open(request);
}

bool TestTab::waitForConnected()
{
    QElapsedTimer timer;
    timer.start();
    while (!m_connected && !m_disconnected && timer.elapsed() < m_timeoutMs) {
        QTest::qWait(10);
    }
    return m_connected;
}

bool TestTab::open(quint16 port)
{
    startOpening(port);
    return waitForConnected();
}

void TestTab::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QJsonObject TestTab::take(const QString &type, const MessageFilter &accept)
{
    return take([&type, &accept](const QJsonObject &message) {
        return message.value(QStringLiteral("type")).toString() == type && (!accept || accept(message));
    });
}

QJsonObject TestTab::take(const MessageFilter &accept, int timeoutMs)
{
    const int limitMs = timeoutMs < 0 ? m_timeoutMs : timeoutMs;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        for (int i = 0; i < m_messages.size(); ++i) {
            if (accept(m_messages.at(i))) {
                const QJsonObject message = m_messages.at(i);
                m_messages.erase(m_messages.begin(), m_messages.begin() + i + 1);
                return message;
            }
        }
        if (timer.elapsed() > limitMs) {
            return {};
        }
        QTest::qWait(5);
    }
}

QJsonObject TestTab::echo(const QString &text)
{
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("echo")}, {QStringLiteral("text"), text}});
    return take(QStringLiteral("echo"));
}

bool TestTab::waitForDisconnected()
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < m_timeoutMs) {
        QTest::qWait(10);
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

void TestTab::close()
{
    m_socket.close();
    waitForDisconnected();
}

QWebSocket &TestTab::socket()
{
    return m_socket;
}
