// Self-test of the test harness: Prosody, certificates and slixmpp peers.

#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

namespace {
const auto Alice = QStringLiteral("alice");
const auto Bob = QStringLiteral("bob");
const auto AlicePassword = QStringLiteral("alice-secret");
const auto BobPassword = QStringLiteral("bob-secret");

QJsonObject commandObject(const QString &name, const QJsonObject &fields = {})
{
    QJsonObject command = fields;
    command.insert(QStringLiteral("command"), name);
    return command;
}

TestPeer::EventFilter fromUser(const TestXmppServer &server, const QString &user)
{
    const QString bareJid = server.jid(user);
    return [bareJid](const QJsonObject &event) {
        const QString from = event.value(QStringLiteral("from")).toString();
        return from == bareJid || from.startsWith(bareJid + QLatin1Char('/'));
    };
}
}

class TestServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateVerifiesForLocalhost();
    void peersExchangePresenceAndMessages();
    void peerCreatesPubsubNode();
    void addAccountsSignIn();
    void restartKeepsPorts();
    void startFailsWhenPortTaken();
    void destructorRemovesFolder();
    void cleanupTestCase();

private:
    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_alice;
    std::unique_ptr<TestPeer> m_bob;
};

void TestServerTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_server.clientPort() != 0);
    QVERIFY(m_server.httpPort() != 0);
    QVERIFY(m_server.isRunning());

    // Accounts and rosters go in while Prosody runs and both users are offline.
    QVERIFY2(m_server.addAccount(Alice, AlicePassword), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.addAccount(Bob, BobPassword), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setRoster(Alice, {{m_server.jid(Bob), QStringLiteral("Bob \"B\" Martin"), {QStringLiteral("Friends")}, QStringLiteral("both")}}),
             qPrintable(m_server.lastError()));
    QVERIFY2(m_server.setRoster(Bob, {{m_server.jid(Alice), QStringLiteral("Alice"), {}, QStringLiteral("both")}}), qPrintable(m_server.lastError()));

    m_alice = std::make_unique<TestPeer>(m_server, Alice, AlicePassword);
    m_bob = std::make_unique<TestPeer>(m_server, Bob, BobPassword);
    QVERIFY2(m_alice->waitOnline(), qPrintable(m_alice->lastError()));
    QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
}

void TestServerTest::certificateVerifiesForLocalhost()
{
    // STARTTLS needs an XMPP exchange, so the chain and the names are checked
    // with QSslCertificate::verify() instead of a handshake.
    QFile certificateFile(m_server.directory() + QStringLiteral("/certs/server.crt"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    QVERIFY(!certificate.isNull());

    const QList<QSslCertificate> chain{certificate};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(m_server.caCertificates());
    QSslConfiguration::setDefaultConfiguration(configuration);

    for (const QString &name : {QStringLiteral("localhost"), QStringLiteral("conference.localhost"), QStringLiteral("pubsub.localhost"), QStringLiteral("upload.localhost")}) {
        const QList<QSslError> errors = QSslCertificate::verify(chain, name);
        QVERIFY2(errors.isEmpty(), qPrintable(name + QStringLiteral(": ") + (errors.isEmpty() ? QString() : errors.constFirst().errorString())));
    }
    QVERIFY(!QSslCertificate::verify(chain, QStringLiteral("example.org")).isEmpty());
}

void TestServerTest::peersExchangePresenceAndMessages()
{
    const QJsonObject initial = m_alice->waitForEvent(QStringLiteral("presence"), [this](const QJsonObject &event) {
        return fromUser(m_server, Bob)(event) && event.value(QStringLiteral("type")).toString() == QLatin1String("available");
    });
    QVERIFY2(!initial.isEmpty(), "alice never saw bob's initial presence");
    QCOMPARE(initial.value(QStringLiteral("show")).toString(), QString());

    QVERIFY2(m_bob->command(commandObject(QStringLiteral("presence"),
                                          {{QStringLiteral("show"), QStringLiteral("away")}, {QStringLiteral("status"), QStringLiteral("Lunch")}})),
             qPrintable(m_bob->lastError()));
    const QJsonObject away = m_alice->waitForEvent(QStringLiteral("presence"), [this](const QJsonObject &event) {
        return fromUser(m_server, Bob)(event) && event.value(QStringLiteral("show")).toString() == QLatin1String("away");
    });
    QVERIFY2(!away.isEmpty(), "alice never saw bob going away");
    QCOMPARE(away.value(QStringLiteral("status")).toString(), QStringLiteral("Lunch"));

    QVERIFY2(m_bob->command(commandObject(QStringLiteral("message"), {{QStringLiteral("to"), m_server.jid(Alice)}, {QStringLiteral("body"), QStringLiteral("Hello Alice")}})),
             qPrintable(m_bob->lastError()));
    const QJsonObject message = m_alice->waitForEvent(QStringLiteral("message"), fromUser(m_server, Bob));
    QVERIFY2(!message.isEmpty(), "alice never received bob's message");
    QCOMPARE(message.value(QStringLiteral("body")).toString(), QStringLiteral("Hello Alice"));
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("chat"));

    // A failing command reports the server's error instead of timing out.
    QVERIFY(!m_bob->command(commandObject(QStringLiteral("noSuchCommand"))));
    QVERIFY(m_bob->lastError().contains(QStringLiteral("unknown command")));
}

void TestServerTest::peerCreatesPubsubNode()
{
    QVERIFY2(m_bob->command(commandObject(QStringLiteral("createNode"), {{QStringLiteral("jid"), m_server.pubsubDomain()}, {QStringLiteral("node"), QStringLiteral("bobs-community")}})),
             qPrintable(m_bob->lastError()));
    QVERIFY2(m_bob->command(commandObject(QStringLiteral("publish"),
                                          {{QStringLiteral("node"), QStringLiteral("urn:xmpp:microblog:0")},
                                           {QStringLiteral("itemId"), QStringLiteral("first-post")},
                                           {QStringLiteral("payload"), QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>Hi</title></entry>")}})),
             qPrintable(m_bob->lastError()));
}

void TestServerTest::addAccountsSignIn()
{
    QVERIFY2(m_server.addAccounts({{QStringLiteral("bulk1"), QStringLiteral("bulk1-secret")}, {QStringLiteral("bulk2"), QStringLiteral("bulk2-secret")}}),
             qPrintable(m_server.lastError()));

    TestPeer first(m_server, QStringLiteral("bulk1"), QStringLiteral("bulk1-secret"));
    QVERIFY2(first.waitOnline(), qPrintable(first.lastError()));
    TestPeer second(m_server, QStringLiteral("bulk2"), QStringLiteral("bulk2-secret"));
    QVERIFY2(second.waitOnline(), qPrintable(second.lastError()));

    TestPeer wrongPassword(m_server, QStringLiteral("bulk1"), QStringLiteral("bulk2-secret"));
    QVERIFY(!wrongPassword.waitOnline());

    QVERIFY(!m_server.addAccounts({{QStringLiteral("bulk3"), QStringLiteral("caf\u00e9")}}));
    QVERIFY(m_server.lastError().contains(QStringLiteral("printable ASCII")));
}

void TestServerTest::restartKeepsPorts()
{
    const quint16 clientPort = m_server.clientPort();
    const quint16 httpPort = m_server.httpPort();
    m_alice->clearEvents();

    m_server.stop();
    QVERIFY(!m_server.isRunning());
    QVERIFY(!m_alice->waitForEvent(QStringLiteral("disconnected")).isEmpty());

    QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    QCOMPARE(m_server.clientPort(), clientPort);
    QCOMPARE(m_server.httpPort(), httpPort);

    // The peers reconnect by themselves to the same port.
    QVERIFY2(!m_alice->waitForEvent(QStringLiteral("online"), 10000).isEmpty(), qPrintable(m_alice->lastError()));
    QVERIFY2(!m_bob->waitForEvent(QStringLiteral("online"), 10000).isEmpty(), qPrintable(m_bob->lastError()));
    QVERIFY2(m_alice->command(commandObject(QStringLiteral("message"), {{QStringLiteral("to"), m_server.jid(Bob)}, {QStringLiteral("body"), QStringLiteral("Back again")}})),
             qPrintable(m_alice->lastError()));
    QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), fromUser(m_server, Alice)).isEmpty());
}

void TestServerTest::startFailsWhenPortTaken()
{
    m_server.stop();
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, m_server.clientPort()));

    QVERIFY(!m_server.start(5000));
    QVERIFY(!m_server.isRunning());
    QVERIFY2(m_server.lastError().contains(QString::number(m_server.clientPort())), qPrintable(m_server.lastError()));
    // The error carries the end of Prosody's own log.
    QVERIFY2(m_server.lastError().contains(QStringLiteral("Failed to open server port")), qPrintable(m_server.lastError()));

    blocker.close();
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestServerTest::destructorRemovesFolder()
{
    if (qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER"))
        QSKIP("SALON_KEEP_TEST_SERVER keeps the folder");

    QString directory;
    {
        TestXmppServer server;
        // Accounts can be made before the first start.
        QVERIFY2(server.addAccount(QStringLiteral("carol"), QStringLiteral("carol-secret")), qPrintable(server.lastError()));
        QVERIFY(!server.isRunning());
        directory = server.directory();
        QVERIFY(QFileInfo::exists(directory + QStringLiteral("/data/localhost/accounts/carol.dat")));
    }
    QVERIFY(!QFileInfo::exists(directory));
}

void TestServerTest::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    m_server.stop();
    QVERIFY(!m_server.isRunning());
}

QTEST_GUILESS_MAIN(TestServerTest)
#include "tst_testserver.moc"
