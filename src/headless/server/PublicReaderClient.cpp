#include "PublicReaderClient.h"

#include "DaemonLogging.h"
#include "LinkerProcess.h"

#include <QFile>
#include <QMetaEnum>
#include <QTimer>

PublicReaderClient::PublicReaderClient(const QString &program, const QStringList &arguments, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
    , m_timeoutMs(timeoutMs)
{
    m_arguments << QStringLiteral("--public-reader");
}

PublicReaderClient::~PublicReaderClient()
{
    // The callbacks' contexts may already be gone during shutdown, so no callback runs here.
    for (const PendingRequest &pending : qAsConst(m_pending)) {
        delete pending.timer;
    }
    m_pending.clear();
}

void PublicReaderClient::setServiceAccount(const QString &jid, const QString &password)
{
    m_serviceJid = jid;
    m_servicePassword = password;
}

bool PublicReaderClient::readPasswordFile(const QString &fileName, QString *password, QString *errorString)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("cannot read the password file %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray firstLine = file.readLine(4096);
    *password = QString::fromUtf8(firstLine).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password->isEmpty()) {
        *errorString = QStringLiteral("the password file %1 is empty; write the password on its first line").arg(fileName);
        return false;
    }
    return true;
}

void PublicReaderClient::request(const QString &jid, QObject *context, std::function<void(const Reply &)> done)
{
    const auto existing = m_pending.find(jid);
    if (existing != m_pending.end()) {
        existing->waiters.append({context, std::move(done)});
        return;
    }
    if (m_pending.size() >= MaxPendingRequests) {
        qCWarning(SALON_DAEMON) << "Public reader has" << m_pending.size() << "requests waiting; rejecting another one";
        done(Reply{});
        return;
    }

    if (!m_reader || !m_reader->isRunning()) {
        startReader();
    }

    PendingRequest pending;
    pending.id = m_nextId++;
    pending.jid = jid;
    pending.waiters.append({context, std::move(done)});
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, jid] {
        qCWarning(SALON_DAEMON) << "Public reader did not answer within" << m_timeoutMs << "ms";
        Reply reply;
        reply.status = Reply::Status::TimedOut;
        complete(jid, reply);
    });
    pending.timer->start(m_timeoutMs);
    const quint64 id = pending.id;
    m_pending.insert(jid, pending);

    ++m_sentRequests;
    if (!m_reader->send({{QStringLiteral("type"), QStringLiteral("publicPageRequest")}, {QStringLiteral("id"), double(id)}, {QStringLiteral("jid"), jid}})) {
        complete(jid, Reply{});
        return;
    }
    qCDebug(SALON_DAEMON) << "Sent public page request" << id << "to the public reader";
}

quint64 PublicReaderClient::sentRequestCount() const
{
    return m_sentRequests;
}

void PublicReaderClient::stop()
{
    if (m_reader) {
        m_reader->stop();
    }
    failAll(QStringLiteral("the reader was stopped"));
}

void PublicReaderClient::startReader()
{
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader.release()->deleteLater();
    }
    m_reader = std::make_unique<LinkerProcess>(m_program, m_arguments, QStringLiteral("public reader"));
    LinkerProcess *reader = m_reader.get();
    connect(reader, &LinkerProcess::messageReceived, this, &PublicReaderClient::handleMessage);
    connect(reader, &LinkerProcess::protocolError, this, [this, reader](const QString &reason) {
        failAll(QStringLiteral("protocol error: %1").arg(reason));
        reader->kill();
    });
    connect(reader, &LinkerProcess::finished, this, [this](LinkerProcess::ExitKind kind, int code) {
        failAll(QStringLiteral("the reader ended (%1, %2)").arg(QString::fromLatin1(QMetaEnum::fromType<LinkerProcess::ExitKind>().valueToKey(int(kind)))).arg(code));
    });
    reader->start();
    if (!m_serviceJid.isEmpty()) {
        reader->send({{QStringLiteral("type"), QStringLiteral("signIn")}, {QStringLiteral("jid"), m_serviceJid}, {QStringLiteral("password"), m_servicePassword}});
    }
}

void PublicReaderClient::handleMessage(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    const quint64 id = quint64(message.value(QStringLiteral("id")).toDouble());
    if (type != QLatin1String("publicPage")) {
        qCWarning(SALON_DAEMON).noquote() << "Public reader sent a frame of unexpected type" << type;
        return;
    }

    QString jid;
    for (auto pending = m_pending.cbegin(); pending != m_pending.cend(); ++pending) {
        if (pending->id == id) {
            jid = pending.key();
            break;
        }
    }
    if (jid.isNull()) {
        // A reply after its timeout; its callbacks ran already.
        qCDebug(SALON_DAEMON) << "Public reader answered request" << id << "after its timeout";
        return;
    }

    Reply reply;
    const QString status = message.value(QStringLiteral("status")).toString();
    reply.page = message.value(QStringLiteral("page")).toString().toUtf8();
    if (status == QLatin1String("ok")) {
        reply.status = Reply::Status::Ok;
        reply.feed = message.value(QStringLiteral("feed")).toString().toUtf8();
        reply.lastModified = QDateTime::fromString(message.value(QStringLiteral("lastModified")).toString(), Qt::ISODate).toUTC();
    } else if (status == QLatin1String("notFound")) {
        reply.status = Reply::Status::NotFound;
    } else {
        qCWarning(SALON_DAEMON).noquote() << "Public reader answered request" << id << "with the unknown status" << status;
        reply.status = Reply::Status::Unavailable;
    }
    complete(jid, reply);
}

void PublicReaderClient::failAll(const QString &reason)
{
    if (m_pending.isEmpty()) {
        return;
    }
    qCWarning(SALON_DAEMON).noquote() << "Public reader failed" << m_pending.size() << "waiting requests:" << reason;
    const QStringList jids = m_pending.keys();
    for (const QString &jid : jids) {
        complete(jid, Reply{});
    }
}

void PublicReaderClient::complete(const QString &jid, const Reply &reply)
{
    const auto pending = m_pending.find(jid);
    if (pending == m_pending.end()) {
        return;
    }
    const QVector<Waiter> waiters = pending->waiters;
    pending->timer->deleteLater();
    m_pending.erase(pending);

    for (const Waiter &waiter : waiters) {
        if (waiter.context) {
            waiter.done(reply);
        }
    }
}
