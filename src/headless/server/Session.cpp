#include "Session.h"

#include "DaemonLogging.h"
#include "JsonMessage.h"
#include "SessionManager.h"

#include <QJsonValue>
#include <QTimer>
#include <QWebSocket>

namespace {

// Time the browser has to reply to the close frame, in milliseconds.
constexpr int CloseTimeoutMs = 10 * 1000;

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

} // namespace

Session::Session(QWebSocket *socket, quint64 tabId, SessionManager *manager)
    : QObject(manager)
    , m_manager(manager)
    , m_socket(socket)
    , m_tabId(tabId)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &Session::handleTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Session::handleBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &Session::handleSocketDisconnected);

    qCDebug(SALON_DAEMON).noquote() << label() << "opened by" << socket->peerAddress().toString();
}

Session::~Session() = default;

QString Session::label() const
{
    if (m_jid.isEmpty()) {
        return QStringLiteral("session %1").arg(m_tabId);
    }
    return QStringLiteral("session %1 (%2)").arg(m_tabId).arg(m_jid);
}

bool Session::hasLinker() const
{
    return !m_linker.isNull();
}

bool Session::hasOpenTab() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Session::shutdown()
{
    endSession(QStringLiteral("serverShutdown"), tr("The server is shutting down."), LinkerAction::Stop);
}

void Session::handleTextMessage(const QString &text)
{
    if (m_ended) {
        return;
    }
    m_manager->countFrameFromTab();

    const JsonMessage::DecodeResult decoded = JsonMessage::decode(text.toUtf8());
    if (!decoded.isValid()) {
        qCInfo(SALON_DAEMON).noquote() << label() << "closed: browser sent" << decoded.errorString;
        endSession(QStringLiteral("protocolError"), tr("The page sent an invalid message."), LinkerAction::Stop);
        return;
    }

    const QJsonObject &message = decoded.object;
    const QString type = typeOf(message);
    if (type.isEmpty()) {
        sendError(tr("The message has no type."));
    } else if (type == QLatin1String("signIn")) {
        handleSignIn(message);
    } else if (type == QLatin1String("signOut")) {
        handleSignOut();
    } else if (m_linker) {
        m_linker->send(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("fromTab")},
            {QStringLiteral("tab"), double(m_tabId)},
            {QStringLiteral("message"), message},
        });
    } else {
        sendError(tr("Sign in first."));
    }
}

void Session::handleBinaryMessage(const QByteArray &data)
{
    if (m_ended) {
        return;
    }
    qCInfo(SALON_DAEMON).noquote() << label() << "closed: browser sent a binary message of" << data.size() << "bytes";
    endSession(QStringLiteral("protocolError"), tr("The page sent an invalid message."), LinkerAction::Stop);
}

void Session::handleSocketDisconnected()
{
    // Qt closes the socket itself, with code 1009, when the browser sends more than the size limit.
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        qCWarning(SALON_DAEMON).noquote() << label() << "closed: the browser sent a message over the size limit";
    }
    if (!m_ended) {
        m_ended = true;
        if (m_linker && m_linker->isRunning()) {
            qCInfo(SALON_DAEMON).noquote() << label() << "WebSocket closed; signing out";
            m_linker->send(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("tabClosed")},
                {QStringLiteral("tab"), double(m_tabId)},
            });
            m_linker->stop();
        } else {
            qCDebug(SALON_DAEMON).noquote() << label() << "WebSocket closed";
        }
    }
    deleteIfDone();
}

void Session::handleSignIn(const QJsonObject &message)
{
    if (m_linker) {
        sendError(tr("This session is signed in already."));
        return;
    }

    const QJsonValue jid = message.value(QStringLiteral("jid"));
    const QJsonValue password = message.value(QStringLiteral("password"));
    if (!jid.isString() || jid.toString().isEmpty() || !password.isString()) {
        sendError(tr("Enter a JID and a password."));
        return;
    }

    // The JID is logged to tell sessions apart; it is limited so a long one cannot flood the log.
    m_jid = jid.toString().left(256);
    m_linker = m_manager->startLinker(this);
    if (!m_linker) {
        endSession(QStringLiteral("serverFull"), tr("The server has reached its maximum number of sessions. Try again later."), LinkerAction::None);
        return;
    }

    connect(m_linker, &LinkerProcess::messageReceived, this, &Session::handleLinkerMessage);
    connect(m_linker, &LinkerProcess::protocolError, this, &Session::handleLinkerProtocolError);
    connect(m_linker, &LinkerProcess::finished, this, &Session::handleLinkerFinished);

    // The password travels in this frame only, never in the linker's arguments or environment.
    m_linker->send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("signIn")},
        {QStringLiteral("jid"), jid},
        {QStringLiteral("password"), password},
    });
    m_linker->send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("tabOpened")},
        {QStringLiteral("tab"), double(m_tabId)},
    });
}

void Session::handleSignOut()
{
    if (!m_linker) {
        endSession(QStringLiteral("signedOut"), tr("You signed out."), LinkerAction::None);
        return;
    }
    if (m_signOutRequested) {
        return;
    }
    qCInfo(SALON_DAEMON).noquote() << label() << "signing out";
    m_signOutRequested = true;
    // The session ends once the linker has exited, so sessionEnded means the account is offline.
    m_linker->stop();
}

void Session::handleLinkerMessage(const QJsonObject &message)
{
    if (m_ended) {
        return;
    }

    const QString type = typeOf(message);
    if (type != QLatin1String("toTab")) {
        qCWarning(SALON_DAEMON).noquote() << label() << "ignores a linker frame of unknown type" << type;
        return;
    }

    const QJsonValue tab = message.value(QStringLiteral("tab"));
    const QJsonValue payload = message.value(QStringLiteral("message"));
    if (!tab.isDouble() || !payload.isObject() || !payload.toObject().value(QStringLiteral("type")).isString()) {
        handleLinkerProtocolError(QStringLiteral("toTab frame without a tab number or a message object with a type"));
        return;
    }

    const auto tabId = quint64(tab.toDouble());
    if (tabId != 0 && tabId != m_tabId) {
        qCDebug(SALON_DAEMON).noquote() << label() << "drops a message for unknown tab" << tabId;
        return;
    }
    forwardToBrowser(payload.toObject());
}

void Session::forwardToBrowser(const QJsonObject &message)
{
    send(message);

    if (typeOf(message) != QLatin1String("account")) {
        return;
    }
    const QString state = message.value(QStringLiteral("state")).toString();
    const QString error = message.value(QStringLiteral("error")).toString();
    if (state == QLatin1String("online")) {
        m_wasOnline = true;
    } else if (!error.isEmpty() && !m_wasOnline) {
        // A failed sign-in must leave no process behind; the browser has the error in the account message.
        qCInfo(SALON_DAEMON).noquote() << label() << "sign-in failed:" << error;
        m_manager->countSignInFailure();
        endSession(QStringLiteral("signInFailed"), message.value(QStringLiteral("errorMessage")).toString(), LinkerAction::Stop);
    }
}

void Session::handleLinkerProtocolError(const QString &reason)
{
    Q_UNUSED(reason) // LinkerProcess has logged it.
    if (!m_protocolFailed) {
        m_protocolFailed = true;
        m_manager->countLinkerFailure();
    }
    if (m_ended) {
        if (m_linker) {
            m_linker->kill();
        }
        return;
    }
    endSession(QStringLiteral("protocolError"), tr("The connection to your account stopped unexpectedly. Sign in again."), LinkerAction::Kill);
}

void Session::handleLinkerFinished(LinkerProcess::ExitKind kind, int code)
{
    if (m_linker) {
        m_linker->deleteLater();
        m_linker = nullptr;
    }

    // A linker killed after a protocol error was counted there already.
    const bool expectedExit = kind == LinkerProcess::ExitKind::Exited && code == 0;
    if (!expectedExit && !m_protocolFailed) {
        m_manager->countLinkerFailure();
    }

    if (!m_ended) {
        if (kind == LinkerProcess::ExitKind::FailedToStart) {
            endSession(QStringLiteral("linkerFailedToStart"), tr("The server could not start a session. Try again later."), LinkerAction::None);
        } else if (kind == LinkerProcess::ExitKind::Exited && code == 0 && m_signOutRequested) {
            endSession(QStringLiteral("signedOut"), tr("You signed out."), LinkerAction::None);
        } else {
            const QString reason = kind == LinkerProcess::ExitKind::Crashed ? QStringLiteral("linkerCrashed")
                                                                            : (code == 0 ? QStringLiteral("linkerExited") : QStringLiteral("linkerFailed"));
            endSession(reason, tr("The connection to your account stopped unexpectedly. Sign in again."), LinkerAction::None);
        }
    }
    deleteIfDone();
}

void Session::send(const QJsonObject &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->sendTextMessage(QString::fromUtf8(JsonMessage::encode(message)));
        m_manager->countFrameToTab();
    }
}

void Session::sendError(const QString &text)
{
    send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("message"), text},
    });
}

void Session::endSession(const QString &reason, const QString &text, LinkerAction linkerAction)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    qCInfo(SALON_DAEMON).noquote() << label() << "ended:" << reason;

    send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("sessionEnded")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), text},
    });
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        // A browser that never replies to the close frame must not keep the session alive.
        QWebSocket *socket = m_socket;
        QTimer::singleShot(CloseTimeoutMs, socket, [socket] {
            socket->abort();
        });
    }

    if (m_linker) {
        if (linkerAction == LinkerAction::Kill) {
            m_linker->kill();
        } else if (linkerAction == LinkerAction::Stop) {
            m_linker->stop();
        }
    }
    deleteIfDone();
}

void Session::deleteIfDone()
{
    const bool socketClosed = !m_socket || m_socket->state() == QAbstractSocket::UnconnectedState;
    if (socketClosed && !m_linker) {
        deleteLater();
    }
}
