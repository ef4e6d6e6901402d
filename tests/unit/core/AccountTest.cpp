#include "Account.h"
#include "ChatService.h"
#include "MessagesModel.h"

#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppDiscoveryIq.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Account behaviour that needs no XMPP server; tests against Prosody are in tests/integration/core.
class AccountTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discoveryFeaturesUnique()
    {
        // A repeated feature makes the entity capabilities hash invalid (XEP-0115, section 5.4).
        Account account;
        const QStringList features = account.client()->findExtension<QXmppDiscoveryManager>()->capabilities().features();
        QVERIFY(!features.isEmpty());
        QStringList unique = features;
        unique.removeDuplicates();
        QCOMPARE(features.size(), unique.size());
        QVERIFY(features.contains(QStringLiteral("jabber:x:conference")));
        QVERIFY(features.contains(QStringLiteral("urn:xmpp:bookmarks:1+notify")));
    }

    void codesAreLowerCamelCase()
    {
        QCOMPARE(Account::stateCode(Account::State::Offline), QStringLiteral("offline"));
        QCOMPARE(Account::stateCode(Account::State::Reconnecting), QStringLiteral("reconnecting"));
        QCOMPARE(Account::errorCode(Account::Error::NoError), QString());
        QCOMPARE(Account::errorCode(Account::Error::WrongPassword), QStringLiteral("wrongPassword"));
        QCOMPARE(Account::errorCode(Account::Error::CertificateNotTrusted), QStringLiteral("certificateNotTrusted"));
    }

    void invalidJidRejected_data()
    {
        QTest::addColumn<QString>("jid");
        QTest::newRow("empty") << QString();
        QTest::newRow("no user") << QStringLiteral("example.org");
        QTest::newRow("no domain") << QStringLiteral("alice@");
        QTest::newRow("two at signs") << QStringLiteral("alice@bob@example.org");
        QTest::newRow("space") << QStringLiteral("al ice@example.org");
        QTest::newRow("full JID") << QStringLiteral("alice@example.org/phone");
    }

    void invalidJidRejected()
    {
        QFETCH(QString, jid);
        Account account;
        QSignalSpy stateSpy(&account, &Account::stateChanged);

        account.signIn(jid, QStringLiteral("secret"));

        QCOMPARE(account.error(), Account::Error::InvalidJid);
        QCOMPARE(account.state(), Account::State::Offline);
        QCOMPARE(stateSpy.count(), 0);
        QVERIFY(!account.errorMessage().isEmpty());
    }

    void refusedPortReportsUnreachable()
    {
        // A port that was free a moment ago refuses connections.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        Account account;
        ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = port;
        settings.reconnectInitialDelayMs = 60000;
        account.setConnectionSettings(settings);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("secret"));
        QCOMPARE(account.state(), Account::State::Connecting);

        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);
        QCOMPARE(account.error(), Account::Error::ServerUnreachable);

        account.signOut();
        QCOMPARE(account.state(), Account::State::Offline);
        QCOMPARE(account.error(), Account::Error::NoError);
    }

    void silentServerAttemptRetried()
    {
        // A server that accepts the TCP connection and never responds holds the attempt until it times out.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVector<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                accepted.append(socket);
            }
        });

        Account account;
        ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = silent.serverPort();
        settings.connectAttemptTimeoutMs = 300;
        settings.reconnectInitialDelayMs = 100;
        settings.reconnectMaxDelayMs = 100;
        account.setConnectionSettings(settings);

        account.signIn(QStringLiteral("alice@localhost"), QStringLiteral("secret"));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), Account::State::Reconnecting, 10000);
        QCOMPARE(account.error(), Account::Error::ServerUnreachable);

        // The timed-out connection is closed, and the next attempt opens a new one.
        QTRY_COMPARE_WITH_TIMEOUT(accepted.first()->state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 2, 10000);

        account.signOut();
        QCOMPARE(account.state(), Account::State::Offline);
    }

    void closedConversationDeleted()
    {
        Account account;
        ChatService *chats = account.chats();
        const QPointer<MessagesModel> first = chats->openConversation(QStringLiteral("Bob@example.org"));
        QVERIFY(first);
        QCOMPARE(chats->openConversation(QStringLiteral("bob@example.org")), first.data());

        chats->closeConversation(QStringLiteral("bob@example.org"));

        // The model goes once control returns to the event loop, and the next open makes a new one.
        QTRY_VERIFY(first.isNull());
        MessagesModel *second = chats->openConversation(QStringLiteral("bob@example.org"));
        QVERIFY(second);
        QCOMPARE(second->peer(), QStringLiteral("bob@example.org"));
        // Closing a conversation that is not open does nothing.
        chats->closeConversation(QStringLiteral("carol@example.org"));
        QCOMPARE(chats->openConversation(QStringLiteral("bob@example.org")), second);
    }
};

QTEST_GUILESS_MAIN(AccountTest)
#include "AccountTest.moc"
