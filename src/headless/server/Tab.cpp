#include "Tab.h"

#include "DaemonLogging.h"
#include "JsonMessage.h"
#include "Session.h"
#include "SessionManager.h"

#include <QTimer>
#include <QWebSocket>

namespace {

// Time the browser has to reply to the close frame, in milliseconds.
constexpr int CloseTimeoutMs = 10 * 1000;
// Time between sessionEnded and the close frame for a flooding tab, in milliseconds. Meanwhile the frames
// still in flight are read and dropped. Closing a TCP socket with unread input makes Linux send RST,
// and the client may then discard the sessionEnded message before the page reads it.
constexpr int FloodingCloseDelayMs = 1000;

} // namespace

Tab::Tab(QWebSocket *socket, quint64 id, Session *session, SessionManager *manager)
    : QObject(manager)
    , m_manager(manager)
    , m_session(session)
    , m_socket(socket)
    , m_id(id)
    , m_frameTokens(manager->settings().tabFrameBurst)
{
    socket->setParent(this);
    m_lastRefill.start();
    connect(socket, &QWebSocket::textMessageReceived, this, &Tab::handleTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Tab::handleBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &Tab::handleDisconnected);

    qCInfo(SALON_DAEMON).noquote() << label() << "opened by" << socket->peerAddress().toString();
}

Tab::~Tab() = default;

quint64 Tab::id() const
{
    return m_id;
}

QString Tab::label() const
{
    const QString sessionLabel = m_session ? m_session->label() : QStringLiteral("an ended session");
    return QStringLiteral("tab %1 of %2").arg(m_id).arg(sessionLabel);
}

void Tab::send(const QJsonObject &message)
{
    sendText(JsonMessage::encode(message));
}

void Tab::sendText(const QByteArray &json)
{
    if (m_closing || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(json));
    // Without the flush, QTcpSocket would write on the event loop's next pass, after every other
    // ready descriptor. The flush hands the frame to the kernel now.
    m_socket->flush();
    m_manager->countFrameToTab();
}

void Tab::close(const QString &reason, const QString &text)
{
    if (m_closing) {
        return;
    }
    send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("sessionEnded")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), text},
    });
    m_closing = true;

    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        handleDisconnected();
        return;
    }
    QWebSocket *socket = m_socket;
    const int closeDelayMs = reason == QLatin1String("tabFlooding") ? FloodingCloseDelayMs : 0;
    QTimer::singleShot(closeDelayMs, socket, [socket] {
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        // A browser that never replies to the close frame must not keep the tab open.
        QTimer::singleShot(CloseTimeoutMs, socket, [socket] {
            socket->abort();
        });
    });
}

void Tab::handleTextMessage(const QString &text)
{
    if (m_closing) {
        return;
    }
    m_manager->countFrameFromTab();

    if (!takeFrameToken()) {
        const SessionSettings &settings = m_manager->settings();
        qCWarning(SALON_DAEMON).noquote() << label() << "closed: more than" << settings.tabFramesPerSecond << "frames per second with a burst of"
                                          << settings.tabFrameBurst;
        close(QStringLiteral("tabFlooding"), tr("This tab sent too many requests and was closed. Reload the page to continue."));
        return;
    }

    const QByteArray json = text.toUtf8();
    const JsonMessage::DecodeResult decoded = JsonMessage::decode(json);
    if (!decoded.isValid()) {
        qCInfo(SALON_DAEMON).noquote() << label() << "closed: browser sent" << decoded.errorString;
        close(QStringLiteral("protocolError"), tr("The page sent an invalid message."));
        return;
    }
    if (!m_session) {
        return;
    }
    m_session->handleTabMessage(this, decoded.object, json);
}

void Tab::handleBinaryMessage(const QByteArray &data)
{
    if (m_closing) {
        return;
    }
    qCInfo(SALON_DAEMON).noquote() << label() << "closed: browser sent a binary message of" << data.size() << "bytes";
    close(QStringLiteral("protocolError"), tr("The page sent an invalid message."));
}

void Tab::handleDisconnected()
{
    if (m_socket) {
        // Qt closes the socket itself, with code 1009, when the browser sends more than the size limit.
        if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
            qCWarning(SALON_DAEMON).noquote() << label() << "closed: the browser sent a message over the size limit";
        }
        m_socket->disconnect(this);
    }
    qCInfo(SALON_DAEMON).noquote() << label() << "closed";
    m_closing = true;
    Q_EMIT closed(this);
    deleteLater();
}

bool Tab::takeFrameToken()
{
    const SessionSettings &settings = m_manager->settings();
    const double elapsedSeconds = m_lastRefill.nsecsElapsed() / 1e9;
    m_lastRefill.restart();
    m_frameTokens = qMin(double(settings.tabFrameBurst), m_frameTokens + elapsedSeconds * settings.tabFramesPerSecond);
    if (m_frameTokens < 1.0) {
        return false;
    }
    m_frameTokens -= 1.0;
    return true;
}
