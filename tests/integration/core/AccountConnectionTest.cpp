#include "Account.h"
#include "ContactsModel.h"
#include "TestCertificates.h"
#include "TestConnection.h"
#include "TestXmppServer.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Messages of the salon.core.xmpp category, as "w TEXT" for warnings and "i TEXT" for information,
// while a LogCapture exists.
QStringList g_xmppMessages;
QtMessageHandler g_previousHandler = nullptr;

void captureXmppMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("salon.core.xmpp")) {
        g_xmppMessages += (type == QtWarningMsg ? QStringLiteral("w ") : QStringLiteral("i ")) + message;
    }
    g_previousHandler(type, context, message);
}

struct LogCapture {
    LogCapture()
    {
        g_xmppMessages.clear();
        // The category shows warnings only by default.
        QLoggingCategory::setFilterRules(QStringLiteral("salon.core.xmpp.info=true"));
        g_previousHandler = qInstallMessageHandler(captureXmppMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }
};

} // namespace

// Sign-in, its failures and reconnection, against a real Prosody.
class AccountConnectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret")));
        QVERIFY(m_server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")));
    }

    void signInSucceeds()
    {
        Account account;
        account.setConnectionSettings(settings());
        QSignalSpy stateSpy(&account, &Account::stateChanged);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QCOMPARE(account.state(), Account::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);
        QCOMPARE(account.error(), Account::Error::NoError);
        QCOMPARE(account.jid(), QStringLiteral("alice@localhost"));

        account.signOut();
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void trustedCertificateErrorsNotWarned()
    {
        // The test server's certificate comes from an authority that only the settings name, so
        // QXmpp reports certificate errors that the account then accepts.
        const LogCapture capture;
        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);

        const QString announcement = QStringLiteral("alice@localhost SSL errors");
        QVERIFY2(g_xmppMessages.contains(QStringLiteral("i ") + announcement), qPrintable(g_xmppMessages.join(QLatin1Char('\n'))));
        QVERIFY2(!g_xmppMessages.contains(QStringLiteral("w ") + announcement), qPrintable(g_xmppMessages.join(QLatin1Char('\n'))));
        for (const QString &message : qAsConst(g_xmppMessages)) {
            QVERIFY2(!message.startsWith(QLatin1String("w ")), qPrintable(message));
        }
        account.signOut();
    }

    void wrongPasswordStopsWithoutRetry()
    {
        Account account;
        ConnectionSettings connection = settings();
        connection.reconnectInitialDelayMs = 50;
        account.setConnectionSettings(connection);
        QSignalSpy stateSpy(&account, &Account::stateChanged);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("not-the-password"));

        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::WrongPassword, 10000);
        QCOMPARE(account.state(), Account::State::Offline);
        QVERIFY(!account.errorMessage().isEmpty());

        // A retry would start within 50 ms; the account must stay offline.
        const int stateChanges = stateSpy.count();
        QTest::qWait(1500);
        QCOMPARE(stateSpy.count(), stateChanges);
        QCOMPARE(account.state(), Account::State::Offline);
        QCOMPARE(account.error(), Account::Error::WrongPassword);
    }

    void unknownAccountIsWrongPassword()
    {
        Account account;
        account.setConnectionSettings(settings());

        account.signIn(QStringLiteral("nobody@localhost"), QStringLiteral("whatever"));

        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::WrongPassword, 10000);
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void untrustedCertificateStops()
    {
        Account account;
        ConnectionSettings connection = settings();
        connection.extraCaCertificates.clear();
        connection.reconnectInitialDelayMs = 50;
        account.setConnectionSettings(connection);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::CertificateNotTrusted, 10000);
        QCOMPARE(account.state(), Account::State::Offline);
        QTest::qWait(500);
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void certificateFromOtherAuthorityStops()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        TestCertificates stranger(directory.path());
        QVERIFY2(stranger.create(), qPrintable(stranger.lastError()));

        Account account;
        ConnectionSettings connection = settings();
        connection.extraCaCertificates = stranger.caCertificates();
        account.setConnectionSettings(connection);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(account.error(), Account::Error::CertificateNotTrusted, 10000);
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void connectionLostThenRestored()
    {
        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("bob@localhost"), QStringLiteral("bob-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 10000);

        m_server.stop();

        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);
        QCOMPARE(account.error(), Account::Error::ConnectionLost);
        QVERIFY(!account.errorMessage().isEmpty());

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 20000);
        QCOMPARE(account.error(), Account::Error::NoError);
    }

    void unreachableServerRetriedUntilBack()
    {
        m_server.stop();
        Account account;
        account.setConnectionSettings(settings());

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));

        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);
        QCOMPARE(account.error(), Account::Error::ServerUnreachable);
        // Several attempts fail while the server is down.
        QTest::qWait(1000);
        QCOMPARE(account.state(), Account::State::Reconnecting);

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Online, 20000);
        QCOMPARE(account.error(), Account::Error::NoError);
    }

    void signOutStopsReconnecting()
    {
        m_server.stop();
        Account account;
        account.setConnectionSettings(settings());
        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);

        account.signOut();

        QCOMPARE(account.state(), Account::State::Offline);
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTest::qWait(1500);
        QCOMPARE(account.state(), Account::State::Offline);
    }

private:
    ConnectionSettings settings() const
    {
        return testConnectionSettings(m_server);
    }

    TestXmppServer m_server;
};

QTEST_GUILESS_MAIN(AccountConnectionTest)
#include "AccountConnectionTest.moc"
