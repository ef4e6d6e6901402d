#include "Account.h"
#include "OutboxService.h"
#include "TestPeer.h"
#include "TestConnection.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppIq.h>
#include <QXmppMessage.h>

namespace {

// A get request without a payload, which Prosody rejects with an error.
class EmptyGetIq : public QXmppIq
{
public:
    explicit EmptyGetIq(const QString &to)
        : QXmppIq(QXmppIq::Get)
    {
        setTo(to);
    }
};

int countOutboxRows(Database &database)
{
    int rows = -1;
    database.runBlocking([&rows](QSqlDatabase &connection) {
        QSqlQuery query(connection);
        query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        query.next();
        rows = query.value(0).toInt();
    });
    return rows;
}

} // namespace

// What the user writes is stored first and leaves the outbox only once the server has it.
class OutboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret")), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void messageSentOnceAfterKill()
    {
        const QString url = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("killed.sqlite"));
        m_server.stop();

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(OUTBOX_WRITER_PATH),
                     {QStringLiteral("--database"), url, QStringLiteral("--jid"), QStringLiteral("alice@localhost"), QStringLiteral("--port"),
                      QString::number(m_server.clientPort()), QStringLiteral("--to"), QStringLiteral("bob@localhost"), QStringLiteral("--body"),
                      QStringLiteral("Written offline")});
        QVERIFY(writer.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine(), 10000);
        const QString stored = QString::fromUtf8(writer.readLine()).trimmed();
        QVERIFY2(stored.startsWith(QLatin1String("stored ")), qPrintable(stored));
        const QString stanzaId = stored.mid(int(qstrlen("stored ")));
        writer.kill();
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        TestPeer bob(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));

        Database database(url);
        database.open();
        Account account;
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        QSignalSpy acknowledgedSpy(account.outbox(), &OutboxService::acknowledged);
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), 10000);
        QCOMPARE(received.value(QStringLiteral("body")).toString(), QStringLiteral("Written offline"));
        QTRY_COMPARE_WITH_TIMEOUT(acknowledgedSpy.count(), 1, 5000);
        QCOMPARE(acknowledgedSpy.at(0).at(0).toString(), stanzaId);
        QCOMPARE(account.outbox()->pendingCount(), 0);
        QCOMPARE(countOutboxRows(database), 0);

        // Exactly once: no second copy arrives.
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), 1500).isEmpty());
    }

    void messageWrittenOfflineSentOnConnect()
    {
        m_server.stop();
        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("offline.sqlite")));
        database.open();
        Account account;
        account.setDatabase(&database);
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);

        QXmppMessage first(QString(), QStringLiteral("bob@localhost"), QStringLiteral("First"));
        QXmppMessage second(QString(), QStringLiteral("bob@localhost"), QStringLiteral("Second"));
        account.outbox()->send(first, QStringLiteral("message"));
        account.outbox()->send(second, QStringLiteral("message"));
        QCOMPARE(account.outbox()->pendingCount(), 2);
        QCOMPARE(countOutboxRows(database), 2);

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        TestPeer bob(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));

        QCOMPARE(bob.waitForEvent(QStringLiteral("message"), 15000).value(QStringLiteral("body")).toString(), QStringLiteral("First"));
        QCOMPARE(bob.waitForEvent(QStringLiteral("message"), 5000).value(QStringLiteral("body")).toString(), QStringLiteral("Second"));
        QTRY_COMPARE_WITH_TIMEOUT(account.outbox()->pendingCount(), 0, 5000);
        QCOMPARE(countOutboxRows(database), 0);
    }

    void iqErrorLeavesOutbox()
    {
        QVERIFY2(m_server.isRunning() || m_server.restart(), qPrintable(m_server.lastError()));
        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QSignalSpy rejectedSpy(account.outbox(), &OutboxService::rejected);
        QSignalSpy acknowledgedSpy(account.outbox(), &OutboxService::acknowledged);

        EmptyGetIq iq(QStringLiteral("localhost"));
        const QString stanzaId = account.outbox()->send(iq, QStringLiteral("iq"));

        QTRY_COMPARE_WITH_TIMEOUT(rejectedSpy.count(), 1, 5000);
        QCOMPARE(rejectedSpy.at(0).at(0).toString(), stanzaId);
        QCOMPARE(acknowledgedSpy.count(), 0);
        QCOMPARE(account.outbox()->pendingCount(), 0);
    }

private:
    ConnectionSettings settings() const
    {
        return testConnectionSettings(m_server);
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "OutboxTest.moc"
