#include "Session.h"

#include "DaemonLogging.h"
#include "SessionManager.h"
#include "Tab.h"

#include <QJsonValue>
#include <QWebSocket>

namespace {

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

} // namespace

Session::Session(quint64 id, const QString &jid, SessionManager *manager)
    : QObject(manager)
    , m_manager(manager)
    , m_id(id)
    , m_jid(jid)
{
    m_signInTimer.setSingleShot(true);
    connect(&m_signInTimer, &QTimer::timeout, this, [this] {
        qCWarning(SALON_DAEMON).noquote() << label() << "sign-in did not finish within" << m_manager->settings().signInTimeoutMs << "ms";
        finishSignIn({504, QStringLiteral("timeout"), tr("The server of your account did not answer in time. Try again later.")});
        end(QStringLiteral("signInFailed"), tr("The server of your account did not answer in time. Try again later."), LinkerAction::Stop);
    });

    m_idleTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which is 90 s of a 30 min idle timeout.
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(SALON_DAEMON).noquote() << label() << "had no open tab for" << m_manager->settings().idleTimeoutMs << "ms";
        end(QStringLiteral("idleTimeout"), tr("You were signed out because no page of this session was open for a long time."), LinkerAction::Stop);
    });
}

Session::~Session() = default;

quint64 Session::id() const
{
    return m_id;
}

QString Session::jid() const
{
    return m_jid;
}

QString Session::label() const
{
    return QStringLiteral("session %1 (%2)").arg(m_id).arg(m_jid);
}

bool Session::isActive() const
{
    return m_active && !m_ended;
}

bool Session::hasEnded() const
{
    return m_ended;
}

qint64 Session::linkerProcessId() const
{
    return m_linker ? m_linker->processId() : 0;
}

int Session::tabCount() const
{
    return m_tabs.size();
}

void Session::signIn(LinkerProcess *linker, const QString &password)
{
    m_linker = linker;
    m_signingIn = true;
    connect(linker, &LinkerProcess::messageReceived, this, &Session::handleLinkerMessage);
    connect(linker, &LinkerProcess::tabMessageReceived, this, &Session::handleLinkerTabMessage);
    connect(linker, &LinkerProcess::protocolError, this, &Session::handleLinkerProtocolError);
    connect(linker, &LinkerProcess::finished, this, &Session::handleLinkerFinished);

    linker->start();
    // The password travels in this frame only, never in the linker's arguments, environment or log.
    linker->send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("signIn")},
        {QStringLiteral("jid"), m_jid},
        {QStringLiteral("password"), password},
    });
    m_signInTimer.start(m_manager->settings().signInTimeoutMs);
}

void Session::addTab(QWebSocket *socket, quint64 tabId)
{
    auto *tab = new Tab(socket, tabId, this, m_manager);
    if (m_ended || !m_linker) {
        tab->close(QStringLiteral("signedOut"), tr("Your session has ended. Sign in again."));
        return;
    }

    m_tabs.append(tab);
    connect(tab, &Tab::closed, this, &Session::handleTabClosed);
    updateIdleTimer();
    m_linker->send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("tabOpened")},
        {QStringLiteral("tab"), double(tabId)},
    });
}

void Session::handleTabMessage(Tab *tab, const QJsonObject &message, const QByteArray &json)
{
    if (m_ended || !m_linker) {
        return;
    }

    const QString type = typeOf(message);
    if (type.isEmpty()) {
        tab->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), tr("The message has no type.")}});
    } else if (type == QLatin1String("signOut")) {
        qCInfo(SALON_DAEMON).noquote() << label() << "signing out at the request of" << tab->label();
        signOut();
    } else if (type == QLatin1String("signIn")) {
        tab->send(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), tr("This session is signed in already.")}});
    } else {
        m_linker->sendFromTab(tab->id(), json);
    }
}

void Session::signOut()
{
    end(QStringLiteral("signedOut"), tr("You signed out."), LinkerAction::Stop);
}

void Session::shutdown()
{
    finishSignIn({503, QStringLiteral("shuttingDown"), tr("The server is shutting down. Try again later.")});
    end(QStringLiteral("serverShutdown"), tr("The server is shutting down."), LinkerAction::Stop);
}

void Session::cancelSignIn()
{
    if (!m_signingIn) {
        return;
    }
    qCInfo(SALON_DAEMON).noquote() << label() << "sign-in abandoned: the client closed the connection";
    m_signingIn = false;
    m_signInTimer.stop();
    end(QStringLiteral("signInFailed"), QString(), LinkerAction::Stop);
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

    const QJsonValue tabValue = message.value(QStringLiteral("tab"));
    const QJsonValue payload = message.value(QStringLiteral("message"));
    if (!tabValue.isDouble() || !payload.isObject() || !payload.toObject().value(QStringLiteral("type")).isString()) {
        qCWarning(SALON_DAEMON).noquote() << label() << "linker" << linkerProcessId() << "sent a toTab frame without a tab number or a message object with a type";
        handleLinkerProtocolError(QStringLiteral("invalid toTab frame"));
        return;
    }

    const QJsonObject payloadObject = payload.toObject();
    if (typeOf(payloadObject) == QLatin1String("account")) {
        handleAccountMessage(payloadObject);
        if (m_ended) {
            return;
        }
    }

    const auto tabId = quint64(tabValue.toDouble());
    for (Tab *tab : qAsConst(m_tabs)) {
        if (tabId == 0 || tab->id() == tabId) {
            tab->send(payloadObject);
        }
    }
}

void Session::handleLinkerTabMessage(quint64 tabId, const QByteArray &json)
{
    if (m_ended) {
        return;
    }
    for (Tab *tab : qAsConst(m_tabs)) {
        if (tabId == 0 || tab->id() == tabId) {
            tab->sendText(json);
        }
    }
}

void Session::handleAccountMessage(const QJsonObject &message)
{
    if (!m_signingIn) {
        return;
    }
    const QString state = message.value(QStringLiteral("state")).toString();
    const QString error = message.value(QStringLiteral("error")).toString();
    if (state == QLatin1String("online")) {
        qCInfo(SALON_DAEMON).noquote() << label() << "signed in";
        m_active = true;
        finishSignIn({});
        updateIdleTimer();
    } else if (!error.isEmpty()) {
        // A failed sign-in must leave no process behind.
        qCInfo(SALON_DAEMON).noquote() << label() << "sign-in failed:" << error;
        QString text = message.value(QStringLiteral("errorMessage")).toString();
        if (text.isEmpty()) {
            text = tr("Signing in failed.");
        }
        finishSignIn({401, error, text});
        end(QStringLiteral("signInFailed"), text, LinkerAction::Stop);
    }
}

void Session::handleLinkerProtocolError(const QString &reason)
{
    Q_UNUSED(reason) // LinkerProcess has logged it.
    if (m_ended) {
        if (m_linker) {
            m_linker->kill();
        }
        return;
    }
    m_manager->countLinkerFailure();
    finishSignIn({502, QStringLiteral("linkerFailed"), tr("The server could not sign in to your account. Try again later.")});
    end(QStringLiteral("protocolError"), tr("The connection to your account stopped unexpectedly. Sign in again."), LinkerAction::Kill);
}

void Session::handleLinkerFinished(LinkerProcess::ExitKind kind, int code)
{
    if (m_linker) {
        m_linker->deleteLater();
        m_linker = nullptr;
    }

    if (!m_ended) {
        QString reason;
        QString cause;
        if (kind == LinkerProcess::ExitKind::FailedToStart) {
            reason = QStringLiteral("linkerFailedToStart");
            cause = QStringLiteral("the linker could not be started");
        } else if (kind == LinkerProcess::ExitKind::Crashed) {
            reason = QStringLiteral("linkerCrashed");
            cause = QStringLiteral("linker killed by signal %1").arg(code);
        } else if (kind == LinkerProcess::ExitKind::Stalled) {
            reason = QStringLiteral("linkerStalled");
            cause = QStringLiteral("linker stopped answering pings");
        } else if (kind == LinkerProcess::ExitKind::LimitExceeded) {
            reason = QStringLiteral("linkerLimitExceeded");
            cause = QStringLiteral("linker went over its memory or frame limit");
        } else {
            reason = code == 0 ? QStringLiteral("linkerExited") : QStringLiteral("linkerFailed");
            cause = QStringLiteral("linker exited with status %1").arg(code);
        }
        qCWarning(SALON_DAEMON).noquote() << label() << "lost its linker:" << cause;
        if (reason != QLatin1String("linkerExited")) {
            m_manager->countLinkerFailure();
        }
        finishSignIn({502, QStringLiteral("linkerFailed"), tr("The server could not sign in to your account. Try again later.")});
        end(reason, tr("The connection to your account stopped unexpectedly. Sign in again."), LinkerAction::None);
    }
    deleteIfDone();
}

void Session::handleTabClosed(Tab *tab)
{
    m_tabs.removeOne(tab);
    if (m_linker && !m_ended) {
        m_linker->send(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("tabClosed")},
            {QStringLiteral("tab"), double(tab->id())},
        });
    }
    updateIdleTimer();
}

void Session::updateIdleTimer()
{
    if (m_ended || !m_active || !m_tabs.isEmpty()) {
        m_idleTimer.stop();
        return;
    }
    if (!m_idleTimer.isActive()) {
        m_idleTimer.start(m_manager->settings().idleTimeoutMs);
    }
}

void Session::finishSignIn(const SignInResult &result)
{
    if (!m_signingIn) {
        return;
    }
    m_signingIn = false;
    m_signInTimer.stop();
    if (!result.error.isEmpty()) {
        m_manager->countSignInFailure();
    }
    Q_EMIT signInFinished(result);
}

void Session::end(const QString &reason, const QString &text, LinkerAction linkerAction)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_signInTimer.stop();
    m_idleTimer.stop();
    qCInfo(SALON_DAEMON).noquote() << label() << "ended:" << reason << "with" << m_tabs.size() << "tabs open";
    Q_EMIT ended(this);

    // Closing a tab may emit its closed() signal at once, which edits m_tabs.
    const QList<Tab *> tabs = m_tabs;
    m_tabs.clear();
    for (Tab *tab : tabs) {
        tab->disconnect(this);
        tab->close(reason, text);
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
    if (m_ended && !m_linker) {
        deleteLater();
    }
}
