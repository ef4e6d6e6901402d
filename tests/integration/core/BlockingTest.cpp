#include "Account.h"
#include "BlockedModel.h"
#include "BlockingService.h"
#include "ContactsModel.h"
#include "RosterService.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto AlicePassword = QStringLiteral("alice-secret");
const auto AliceResource = QStringLiteral("desk");

// Signing in and block list pushes on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QVariant roleValue(const ContactsModel *model, const QString &jid, ContactsModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QString presenceOf(const ContactsModel *model, const QString &jid)
{
    return roleValue(model, jid, ContactsModel::PresenceRole).toString();
}

QJsonObject peerCommand(const QString &command, const QString &to)
{
    return QJsonObject{{QStringLiteral("command"), command}, {QStringLiteral("to"), to}};
}

TestPeer::EventFilter from(const QString &bareJid)
{
    return [bareJid](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString().section(QLatin1Char('/'), 0, 0) == bareJid;
    };
}

} // namespace

// Blocking and unblocking through BlockingService (XEP-0191), against a real Prosody
// with mod_blocklist and independent slixmpp peers.
class BlockingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QXmppMessage>();
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));

        // Bob becomes Alice's contact with subscriptions in both directions, once for all tests.
        m_account = signedInAlice(AliceResource);
        QVERIFY(m_account);
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        m_account->roster()->addContact(bobJid(), QStringLiteral("Bob"), QString());
        QVERIFY(!bob.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY2(bob.command(peerCommand(QStringLiteral("subscribed"), AliceJid)), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(m_account->contacts(), bobJid(), ContactsModel::SubscriptionRole).toString(), QStringLiteral("to"),
                                  TimeoutMs);
        m_account.reset();
    }

    void init()
    {
        m_account = signedInAlice(AliceResource);
        QVERIFY(m_account);
        m_blockedTester = std::make_unique<QAbstractItemModelTester>(m_account->blockedContacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_contactsTester = std::make_unique<QAbstractItemModelTester>(m_account->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->blocking()->isSupported(), TimeoutMs);
    }

    void cleanup()
    {
        // Each test starts with an empty block list.
        if (m_account && m_account->blockedContacts()->rowCount() > 0) {
            const QStringList jids = m_account->blockedContacts()->jids();
            for (const QString &jid : jids) {
                m_account->blocking()->unblock(jid);
            }
            QTRY_COMPARE_WITH_TIMEOUT(m_account->blockedContacts()->rowCount(), 0, TimeoutMs);
        }
        m_blockedTester.reset();
        m_contactsTester.reset();
        m_account.reset();
    }

    void accountExposesBlocking()
    {
        QCOMPARE(m_account->property("blocking").value<BlockingService *>(), m_account->blocking());
        QCOMPARE(m_account->property("blockedContacts").value<BlockedModel *>(), m_account->blocking()->blockedContacts());
        QCOMPARE(m_account->blockedContacts(), m_account->blocking()->blockedContacts());
    }

    void blockHidesPresenceAndMessages()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const ContactsModel *contacts = m_account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(contacts, bobJid()), QStringLiteral("online"), TimeoutMs);
        QSignalSpy failures(m_account->blocking(), &BlockingService::actionFailed);
        QSignalSpy messages(m_account->client(), &QXmppClient::messageReceived);

        // A pasted address with capitals and a resource is normalized.
        m_account->blocking()->block(QStringLiteral(" Bob@LOCALHOST/phone "));

        QTRY_COMPARE_WITH_TIMEOUT(m_account->blockedContacts()->jids(), QStringList{bobJid()}, TimeoutMs);
        QCOMPARE(presenceOf(contacts, bobJid()), QStringLiteral("offline"));
        QCOMPARE(roleValue(contacts, bobJid(), ContactsModel::BlockedRole).toBool(), true);

        // The server drops Bob's messages and presence from now on.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), QStringLiteral("Hello?")}}),
                 qPrintable(bob.lastError()));
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("presence")}, {QStringLiteral("show"), QStringLiteral("chat")}}),
                 qPrintable(bob.lastError()));
        QTest::qWait(500);
        QCOMPARE(messages.count(), 0);
        QCOMPARE(presenceOf(contacts, bobJid()), QStringLiteral("offline"));
        QCOMPARE(failures.count(), 0);
    }

    void blockListFetchedAtSignIn()
    {
        m_account->blocking()->block(bobJid());
        QTRY_COMPARE_WITH_TIMEOUT(m_account->blockedContacts()->rowCount(), 1, TimeoutMs);

        const std::unique_ptr<Account> phone = signedInAlice(QStringLiteral("phone"));
        QVERIFY(phone);

        QTRY_COMPARE_WITH_TIMEOUT(phone->blockedContacts()->jids(), QStringList{bobJid()}, TimeoutMs);
        QCOMPARE(roleValue(phone->contacts(), bobJid(), ContactsModel::BlockedRole).toBool(), true);
    }

    void otherClientSeesBlockAndUnblock()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const std::unique_ptr<Account> phone = signedInAlice(QStringLiteral("phone"));
        QVERIFY(phone);
        QTRY_VERIFY_WITH_TIMEOUT(phone->blocking()->isSupported(), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(phone->contacts(), bobJid()), QStringLiteral("online"), TimeoutMs);

        m_account->blocking()->block(bobJid());

        QTRY_COMPARE_WITH_TIMEOUT(phone->blockedContacts()->jids(), QStringList{bobJid()}, TimeoutMs);
        QCOMPARE(presenceOf(phone->contacts(), bobJid()), QStringLiteral("offline"));

        // The unblock comes from the other client this time.
        phone->blocking()->unblock(bobJid());

        QTRY_COMPARE_WITH_TIMEOUT(m_account->blockedContacts()->rowCount(), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(phone->blockedContacts()->rowCount(), 0, TimeoutMs);
        QCOMPARE(roleValue(m_account->contacts(), bobJid(), ContactsModel::BlockedRole).toBool(), false);
    }

    void unblockShowsPresenceAgain()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const ContactsModel *contacts = m_account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(contacts, bobJid()), QStringLiteral("online"), TimeoutMs);
        QSignalSpy messages(m_account->client(), &QXmppClient::messageReceived);
        m_account->blocking()->block(bobJid());
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(contacts, bobJid()), QStringLiteral("offline"), TimeoutMs);

        m_account->blocking()->unblock(bobJid());

        QTRY_COMPARE_WITH_TIMEOUT(m_account->blockedContacts()->rowCount(), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(presenceOf(contacts, bobJid()), QStringLiteral("online"), TimeoutMs);
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), QStringLiteral("Back")}}),
                 qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 1, TimeoutMs);
    }

    void invalidJidFails_data()
    {
        QTest::addColumn<QString>("jid");

        QTest::newRow("empty") << QString();
        QTest::newRow("no localpart") << QStringLiteral("localhost");
        QTest::newRow("empty domain") << QStringLiteral("bob@");
        QTest::newRow("two at signs") << QStringLiteral("bob@mail@localhost");
        QTest::newRow("space in localpart") << QStringLiteral("bob smith@localhost");
    }

    void invalidJidFails()
    {
        QFETCH(QString, jid);
        QSignalSpy failures(m_account->blocking(), &BlockingService::actionFailed);

        m_account->blocking()->block(jid);
        m_account->blocking()->unblock(jid);

        QCOMPARE(failures.count(), 2);
        QCOMPARE(failures.at(0).at(0).toString(), jid);
        QVERIFY(!failures.at(0).at(1).toString().isEmpty());
        QCOMPARE(failures.at(1).at(0).toString(), jid);
    }

    void ownJidFails()
    {
        QSignalSpy failures(m_account->blocking(), &BlockingService::actionFailed);

        m_account->blocking()->block(QStringLiteral("Alice@LOCALHOST/laptop"));

        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), AliceJid);
        QVERIFY(failures.at(0).at(1).toString().contains(AliceJid));
    }

    void offlineActionFails()
    {
        m_account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Offline, TimeoutMs);
        QSignalSpy failures(m_account->blocking(), &BlockingService::actionFailed);

        m_account->blocking()->block(bobJid());

        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), bobJid());
        QVERIFY(!failures.at(0).at(1).toString().isEmpty());
    }

    void forgedPushIgnored()
    {
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        const QString aliceFullJid = AliceJid + QLatin1Char('/') + AliceResource;
        QSignalSpy inserted(m_account->blockedContacts(), &QAbstractItemModel::rowsInserted);

        // Carol sends a block list push of her own, which only Alice's server may send.
        const QJsonObject forged{
            {QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), aliceFullJid},
            {QStringLiteral("xml"), QStringLiteral("<block xmlns='urn:xmpp:blocking'><item jid='%1'/></block>").arg(bobJid())},
        };
        QVERIFY2(carol.command(forged, TimeoutMs), qPrintable(carol.lastError()));

        const QJsonObject reply = carol.waitForEvent(QStringLiteral("iqResponse"), TimeoutMs);
        QCOMPARE(reply.value(QStringLiteral("from")).toString(), aliceFullJid);
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(reply.value(QStringLiteral("condition")).toString(), QStringLiteral("service-unavailable"));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(m_account->blockedContacts()->rowCount(), 0);
        QCOMPARE(roleValue(m_account->contacts(), bobJid(), ContactsModel::BlockedRole).toBool(), false);
    }

private:
    QString bobJid() const
    {
        return m_server.jid(QStringLiteral("bob"));
    }

    /// Returns Alice signed in with \a resource, or nullptr after a failed check.
    std::unique_ptr<Account> signedInAlice(const QString &resource)
    {
        auto account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.resource = resource;
        connection.extraCaCertificates = m_server.caCertificates();
        account->setConnectionSettings(connection);
        account->signIn(AliceJid, AlicePassword);

        QElapsedTimer timer;
        timer.start();
        while (account->state() != Account::State::Online && timer.elapsed() < TimeoutMs) {
            QTest::qWait(20);
        }
        if (account->state() != Account::State::Online) {
            qWarning() << "Alice did not come online:" << account->errorCode();
            return nullptr;
        }
        return account;
    }

    TestXmppServer m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QAbstractItemModelTester> m_blockedTester;
    std::unique_ptr<QAbstractItemModelTester> m_contactsTester;
};

QTEST_GUILESS_MAIN(BlockingTest)
#include "BlockingTest.moc"
