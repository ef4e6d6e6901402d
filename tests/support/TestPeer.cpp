#include "TestPeer.h"

#include "TestSupportLogging.h"
#include "TestXmppServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace {
const auto EventKey = QStringLiteral("event");
const auto IdKey = QStringLiteral("id");
const auto MessageKey = QStringLiteral("message");
constexpr int MaxStderrBytes = 16 * 1024;
constexpr int ErrorTailBytes = 2000;
}

TestPeer::TestPeer(const QString &jid, const QString &password, const QString &host, quint16 port, const QString &caFile, QObject *parent)
    : QObject(parent)
    , m_jid(jid)
    , m_password(password)
    , m_host(host)
    , m_port(port)
    , m_caFile(caFile)
{
}

TestPeer::TestPeer(const TestXmppServer &server, const QString &user, const QString &password, QObject *parent)
    : TestPeer(server.jid(user), password, server.host(), server.clientPort(), server.caCertificatePath(), parent)
{
}

TestPeer::~TestPeer()
{
    stop();
}

void TestPeer::setResource(const QString &resource)
{
    m_resource = resource;
}

bool TestPeer::start()
{
    if (isRunning())
        return true;
    stop();
    m_lastError.clear();
    m_stdoutBuffer.clear();
    m_stderr.clear();

    QStringList arguments{
        QStringLiteral(SALON_TEST_PEER_SCRIPT),
        QStringLiteral("--jid"), m_jid,
        QStringLiteral("--password"), m_password,
        QStringLiteral("--host"), m_host,
        QStringLiteral("--port"), QString::number(m_port),
        QStringLiteral("--ca-file"), m_caFile,
    };
    if (!m_resource.isEmpty())
        arguments += {QStringLiteral("--resource"), m_resource};

    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TestPeer::readEvents);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray output = m_process->readAllStandardError();
        m_stderr += output;
        if (m_stderr.size() > MaxStderrBytes)
            m_stderr = m_stderr.right(MaxStderrBytes);
        qCDebug(SALON_TEST_SUPPORT).noquote() << "peer" << m_jid << "stderr:" << QString::fromUtf8(output).trimmed();
    });

    m_process->start(QStringLiteral(SALON_TEST_PYTHON), arguments);
    if (!m_process->waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start %1 for the peer %2: %3").arg(QStringLiteral(SALON_TEST_PYTHON), m_jid, m_process->errorString());
        delete m_process;
        m_process = nullptr;
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Started peer" << m_jid << "as process" << m_process->processId();
    return true;
}

bool TestPeer::waitOnline(int timeoutMs)
{
    if (!start())
        return false;
    if (!waitForEvent(QStringLiteral("online"), timeoutMs).isEmpty())
        return true;

    QStringList errors;
    for (const QJsonObject &event : qAsConst(m_events)) {
        if (event.value(EventKey).toString() == QLatin1String("error"))
            errors.append(event.value(MessageKey).toString());
    }
    m_lastError = QStringLiteral("Peer %1 did not come online within %2 ms").arg(m_jid).arg(timeoutMs);
    if (!errors.isEmpty())
        m_lastError += QStringLiteral(": ") + errors.join(QStringLiteral("; "));
    m_lastError += errorTail();
    return false;
}

bool TestPeer::publishAvatar(const QByteArray &image, const QString &itemId, qint64 announcedBytes)
{
    const QString hash = itemId.isEmpty() ? QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex()) : itemId;
    const auto publish = [this, &hash](const QString &node, const QString &payload) {
        return command({{QStringLiteral("command"), QStringLiteral("publish")},
                        {QStringLiteral("node"), node},
                        {QStringLiteral("itemId"), hash},
                        {QStringLiteral("payload"), payload}});
    };
    const QString data = QStringLiteral("<data xmlns='urn:xmpp:avatar:data'>%1</data>").arg(QString::fromLatin1(image.toBase64()));
    const QString metadata = QStringLiteral("<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='%1' id='%2' type='image/png'/></metadata>")
                                 .arg(announcedBytes < 0 ? image.size() : announcedBytes)
                                 .arg(hash);
    return publish(QStringLiteral("urn:xmpp:avatar:data"), data) && publish(QStringLiteral("urn:xmpp:avatar:metadata"), metadata);
}

bool TestPeer::command(const QJsonObject &command, int timeoutMs)
{
    m_lastError.clear();
    const QString name = command.value(QStringLiteral("command")).toString();
    if (!isRunning()) {
        m_lastError = QStringLiteral("Peer %1 is not running, so it cannot run %2").arg(m_jid, name) + errorTail();
        return false;
    }

    QJsonObject request = command;
    if (!request.contains(IdKey))
        request.insert(IdKey, QString::number(m_nextCommandId++));
    const QJsonValue id = request.value(IdKey);
    m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');

    QJsonObject reply;
    const bool answered = waitUntil(
        [this, &id, &reply] {
            for (int i = 0; i < m_events.size(); ++i) {
                const QString event = m_events.at(i).value(EventKey).toString();
                if ((event == QLatin1String("done") || event == QLatin1String("error")) && m_events.at(i).value(IdKey) == id) {
                    reply = m_events.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);

    if (!answered) {
        m_lastError = QStringLiteral("Peer %1 did not acknowledge %2 within %3 ms").arg(m_jid, name).arg(timeoutMs) + errorTail();
        return false;
    }
    if (reply.value(EventKey).toString() == QLatin1String("error")) {
        m_lastError = QStringLiteral("Peer %1 failed to run %2: %3").arg(m_jid, name, reply.value(MessageKey).toString());
        return false;
    }
    return true;
}

QJsonObject TestPeer::waitForEvent(const QString &event, int timeoutMs)
{
    return waitForEvent(event, EventFilter(), timeoutMs);
}

QJsonObject TestPeer::waitForEvent(const QString &event, const EventFilter &filter, int timeoutMs)
{
    QJsonObject found;
    waitUntil(
        [this, &event, &filter, &found] {
            for (int i = 0; i < m_events.size(); ++i) {
                const QJsonObject &candidate = m_events.at(i);
                if (candidate.value(EventKey).toString() == event && (!filter || filter(candidate))) {
                    found = m_events.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QList<QJsonObject> TestPeer::events() const
{
    return m_events;
}

void TestPeer::clearEvents()
{
    m_events.clear();
}

void TestPeer::stop(int timeoutMs)
{
    if (!m_process)
        return;

    const qint64 pid = m_process->processId();
    if (m_process->state() == QProcess::Running) {
        m_process->write(R"({"command":"quit","id":"quit"})" "\n");
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(timeoutMs)) {
            qCWarning(SALON_TEST_SUPPORT) << "Peer" << m_jid << "(process" << pid << ") did not quit within" << timeoutMs << "ms, killing it";
            m_process->kill();
            m_process->waitForFinished(timeoutMs);
        }
    }
    readEvents();
    qCDebug(SALON_TEST_SUPPORT) << "Peer" << m_jid << "(process" << pid << ") exited with code" << m_process->exitCode();

    m_process->disconnect(this);
    delete m_process;
    m_process = nullptr;
}

bool TestPeer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestPeer::jid() const
{
    return m_jid;
}

QString TestPeer::lastError() const
{
    return m_lastError;
}

bool TestPeer::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired() || !isRunning())
            return false;

        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &TestPeer::eventReceived, &loop, &QEventLoop::quit);
        connect(m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start(int(deadline.remainingTime()));
        loop.exec();
    }
    return true;
}

void TestPeer::readEvents()
{
    if (!m_process)
        return;
    m_stdoutBuffer += m_process->readAllStandardOutput();

    int end;
    while ((end = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(end).trimmed();
        m_stdoutBuffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            qCWarning(SALON_TEST_SUPPORT) << "Peer" << m_jid << "wrote a line that is not a JSON object:" << error.errorString();
            continue;
        }

        const QJsonObject event = document.object();
        // Only the name and sender: events may carry message bodies.
        qCDebug(SALON_TEST_SUPPORT) << "Peer" << m_jid << "event" << event.value(EventKey).toString() << event.value(QStringLiteral("from")).toString();
        m_events.append(event);
        Q_EMIT eventReceived(event);
    }
}

QString TestPeer::errorTail() const
{
    QString tail;
    if (m_process && m_process->state() == QProcess::NotRunning)
        tail += QStringLiteral(" (the peer exited with code %1)").arg(m_process->exitCode());
    if (!m_stderr.isEmpty())
        tail += QStringLiteral("\n--- peer standard error ---\n") + QString::fromUtf8(m_stderr.right(ErrorTailBytes));
    return tail;
}

bool TestPeer::disableMessageArchive(const TestXmppServer &server, const QString &user, const QString &password, QString *error)
{
    TestPeer peer(server, user, password);
    if (!peer.waitOnline()) {
        *error = peer.lastError();
        return false;
    }
    const QString jid = server.jid(user);
    if (!peer.command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                       {QStringLiteral("to"), jid},
                       {QStringLiteral("xml"), QStringLiteral("<prefs xmlns='urn:xmpp:mam:2' default='never'/>")}})) {
        *error = peer.lastError();
        return false;
    }
    const QString type = peer.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString();
    peer.stop();
    if (type != QLatin1String("result")) {
        *error = QStringLiteral("%1 rejected the archive preferences: the response was \"%2\"").arg(jid, type);
        return false;
    }
    return true;
}
