#include "TestServerProcess.h"

#include "TestXmppServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace
{
constexpr int StartTimeoutMs = 10000;
}

TestServerProcess::TestServerProcess(const QString &program)
{
    m_process.setProgram(program);
    m_process.setReadChannel(QProcess::StandardError);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
        m_log += m_process.readAllStandardError();
    });
}

TestServerProcess::~TestServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList TestServerProcess::xmppArguments(const TestXmppServer &xmpp)
{
    return {
        QStringLiteral("--xmpp-host"),
        xmpp.host(),
        QStringLiteral("--xmpp-port"),
        QString::number(xmpp.clientPort()),
        QStringLiteral("--ca-certificates"),
        xmpp.caCertificatePath(),
    };
}

bool TestServerProcess::start(const QStringList &arguments)
{
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        qWarning() << "salon-server did not start:" << m_process.errorString();
        return false;
    }

    // With port 0 the system chooses the port, and the server logs it.
    static const QRegularExpression listening(QStringLiteral("Listening on (https?)://127\\.0\\.0\\.1:(\\d+)/"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < StartTimeoutMs && m_process.state() == QProcess::Running) {
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(log()));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = quint16(match.captured(2).toUInt());
            return true;
        }
        m_process.waitForReadyRead(100);
    }
    qWarning() << "salon-server did not report its port; log:" << log();
    return false;
}

bool TestServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return true;
    }
    m_process.terminate();
    return m_process.waitForFinished(timeoutMs);
}

int TestServerProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    m_log += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

quint16 TestServerProcess::port() const
{
    return m_port;
}

QString TestServerProcess::scheme() const
{
    return m_scheme;
}

QString TestServerProcess::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

qint64 TestServerProcess::processId() const
{
    return m_process.processId();
}

QByteArray TestServerProcess::log() const
{
    if (m_process.isOpen()) {
        m_log += m_process.readAllStandardError();
    }
    return m_log;
}

QStringList TestServerProcess::openFiles() const
{
    const QDir folder(QStringLiteral("/proc/%1/fd").arg(m_process.processId()));
    QStringList targets;
    const QFileInfoList entries = folder.entryInfoList(QDir::NoDotAndDotDot | QDir::System | QDir::Files);
    for (const QFileInfo &entry : entries) {
        targets.append(entry.symLinkTarget().isEmpty() ? QFile::symLinkTarget(entry.filePath()) : entry.symLinkTarget());
    }
    return targets;
}

QList<qint64> TestServerProcess::linkerPids(const QString &sessionLabelPattern, int timeoutMs) const
{
    // The log arrives through the event loop, so the wait runs it.
    const QRegularExpression started(sessionLabelPattern + QStringLiteral(" started linker (\\d+)"));
    QList<qint64> pids;
    QElapsedTimer timer;
    timer.start();
    while (pids.isEmpty() && timer.elapsed() < timeoutMs) {
        auto matches = started.globalMatch(QString::fromUtf8(log()));
        while (matches.hasNext()) {
            pids.append(matches.next().captured(1).toLongLong());
        }
        if (pids.isEmpty()) {
            QTest::qWait(20);
        }
    }
    return pids;
}
