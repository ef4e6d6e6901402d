// Self-test of the throwaway ejabberd server of the test harness.

#include "TestEjabberdServer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace {

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

// Returns the real user id of a running process from /proc, or -1.
qint64 processUserId(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Returns the ids of the Erlang VMs whose command line names @p directory.
QList<qint64> virtualMachinesUsing(const QString &directory)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("beam"))
            continue;
        QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (commandLine.open(QIODevice::ReadOnly) && commandLine.readAll().contains(QFile::encodeName(directory)))
            pids += pid;
    }
    return pids;
}

// Reads the STARTTLS-required stream features of a fresh c2s connection.
QByteArray streamFeatures(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("<?xml version='1.0'?><stream:stream to='localhost' version='1.0' xmlns='jabber:client' "
                 "xmlns:stream='http://etherx.jabber.org/streams'>");
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (!received.contains("</stream:features>") && timer.elapsed() < 5000) {
        if (socket.waitForReadyRead(500))
            received += socket.readAll();
    }
    socket.abort();
    return received;
}

} // namespace

class TestEjabberdServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndStops()
    {
        QString directory;
        {
            TestEjabberdServer server;
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(server.start(), qPrintable(server.lastError()));
            qInfo("ejabberd accepted connections %lld ms after start()", static_cast<long long>(timer.elapsed()));
            directory = server.directory();

            QVERIFY(server.isRunning());
            QVERIFY(server.clientPort() != 0);
            QVERIFY(portAcceptsConnections(server.clientPort()));
            QCOMPARE(server.domain(), QStringLiteral("localhost"));
            QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(server.jid(QStringLiteral("alice")), QStringLiteral("alice@localhost"));
            QVERIFY(QFileInfo::exists(server.caCertificatePath()));
            QCOMPARE(server.caCertificates().size(), 1);
            QVERIFY(QFileInfo::exists(server.configPath()));
            QVERIFY(QFileInfo::exists(server.logPath()));

            const qint64 pid = server.processId();
            QVERIFY(pid > 0);
            QCOMPARE(virtualMachinesUsing(directory), QList<qint64>{pid});
            if (geteuid() == 0) {
                const passwd *ejabberd = getpwnam("ejabberd");
                QVERIFY(ejabberd);
                QCOMPARE(processUserId(pid), static_cast<qint64>(ejabberd->pw_uid));
            }

            timer.restart();
            server.stop();
            qInfo("ejabberd stopped %lld ms after stop()", static_cast<long long>(timer.elapsed()));
            QVERIFY(!server.isRunning());
            QCOMPARE(server.processId(), 0);
            QVERIFY(virtualMachinesUsing(directory).isEmpty());
            QVERIFY(!portAcceptsConnections(server.clientPort()));
        }
        QVERIFY(!QFileInfo::exists(directory) || qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER"));
    }

    void requiresStartTls()
    {
        TestEjabberdServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));

        const QByteArray features = streamFeatures(server.clientPort());
        QVERIFY2(features.contains("urn:ietf:params:xml:ns:xmpp-tls"), features.constData());
        QVERIFY2(features.contains("<required/>"), features.constData());
        // Authentication is offered only after STARTTLS.
        QVERIFY2(!features.contains("urn:ietf:params:xml:ns:xmpp-sasl"), features.constData());
    }

    void accountsAndRosterSurviveRestart()
    {
        TestEjabberdServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const quint16 port = server.clientPort();
        const qint64 firstPid = server.processId();

        QVERIFY2(server.addAccount(QStringLiteral("alice"), QStringLiteral("first")), qPrintable(server.lastError()));
        // Registering again sets a new password.
        QVERIFY2(server.addAccount(QStringLiteral("alice"), QStringLiteral("second")), qPrintable(server.lastError()));
        QVERIFY2(server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")), qPrintable(server.lastError()));
        QVERIFY2(server.addRosterItems(QStringLiteral("alice"),
                                       {{QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Friends"), QStringLiteral("Work")}}}),
                 qPrintable(server.lastError()));

        QVERIFY2(server.restart(), qPrintable(server.lastError()));
        QCOMPARE(server.clientPort(), port);
        QVERIFY(server.processId() != firstPid);
        QVERIFY(virtualMachinesUsing(server.directory()).size() == 1);

        QVERIFY2(server.runEjabberdctl({QStringLiteral("check_password"), QStringLiteral("alice"), server.domain(), QStringLiteral("second")}),
                 qPrintable(server.lastError()));
        QVERIFY(!server.runEjabberdctl({QStringLiteral("check_password"), QStringLiteral("alice"), server.domain(), QStringLiteral("first")}));

        QString roster;
        QVERIFY2(server.runEjabberdctl({QStringLiteral("get_roster"), QStringLiteral("alice"), server.domain()}, &roster), qPrintable(server.lastError()));
        QVERIFY2(roster.contains(QStringLiteral("bob@localhost\tBob\tboth")), qPrintable(roster));
        QVERIFY2(roster.contains(QStringLiteral("Friends")), qPrintable(roster));
        QVERIFY2(roster.contains(QStringLiteral("Work")), qPrintable(roster));
    }

    void commandsNeedRunningServer()
    {
        TestEjabberdServer server;
        QVERIFY(!server.addAccount(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY2(server.lastError().contains(QStringLiteral("start()")), qPrintable(server.lastError()));
        QVERIFY(!server.addRosterItems(QStringLiteral("alice"), {{QStringLiteral("bob@localhost"), QString(), {}}}));
    }

    void invalidRosterJidRejected()
    {
        TestEjabberdServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QVERIFY(server.addAccount(QStringLiteral("alice"), QStringLiteral("secret")));

        QVERIFY(!server.addRosterItems(QStringLiteral("alice"), {{QStringLiteral("no-domain"), QString(), {}}}));
        QVERIFY2(server.lastError().contains(QStringLiteral("no-domain")), qPrintable(server.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestEjabberdServerTest)
#include "tst_testejabberdserver.moc"
