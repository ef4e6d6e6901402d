#include "Account.h"
#include "ContactsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QXmppClient.h>
#include <QJsonArray>
#include <QTest>

namespace {

QString roleValue(const ContactsModel *model, const QString &jid, ContactsModel::Role role)
{
    const int row = model->indexOf(jid);
    return row < 0 ? QString() : model->data(model->index(row), role).toString();
}

} // namespace

// The contacts model fed by a real roster and by presences of an independent slixmpp peer.
class ContactsLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.addAccount(QStringLiteral("alice"), QStringLiteral("alice-secret")), qPrintable(m_server.lastError()));
        QVERIFY(m_server.addAccount(QStringLiteral("bob"), QStringLiteral("bob-secret")));
        QVERIFY(m_server.addAccount(QStringLiteral("carol"), QStringLiteral("carol-secret")));
        QVERIFY2(m_server.setRoster(QStringLiteral("alice"),
                                    {{QStringLiteral("bob@localhost"), QStringLiteral("Bob"), {QStringLiteral("Friends")}},
                                     {QStringLiteral("carol@localhost"), QStringLiteral("Carol"), {QStringLiteral("Work"), QStringLiteral("Friends")}}}),
                 qPrintable(m_server.lastError()));
        QVERIFY(m_server.setRoster(QStringLiteral("bob"), {{QStringLiteral("alice@localhost"), QStringLiteral("Alice"), {}}}));
        QVERIFY(m_server.setRoster(QStringLiteral("carol"), {{QStringLiteral("alice@localhost"), QStringLiteral("Alice"), {}}}));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        m_account = std::make_unique<Account>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_account->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        m_account->setConnectionSettings(connection);
        m_account->signIn(QStringLiteral("alice@localhost"), QStringLiteral("alice-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, 10000);
    }

    void cleanup()
    {
        m_tester.reset();
        m_account.reset();
    }

    void rosterFillsModel()
    {
        const ContactsModel *contacts = m_account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::NameRole), QStringLiteral("Bob"));
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("both"));
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"));
        const int carolRow = contacts->indexOf(QStringLiteral("carol@localhost"));
        QVERIFY(carolRow >= 0);
        QCOMPARE(contacts->data(contacts->index(carolRow), ContactsModel::GroupsRole).toStringList(),
                 QStringList({QStringLiteral("Friends"), QStringLiteral("Work")}));
    }

    void peerPresenceUpdatesModel()
    {
        const ContactsModel *contacts = m_account->contacts();
        TestPeer bob(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("online"), 5000);

        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("presence")},
                              {QStringLiteral("show"), QStringLiteral("away")},
                              {QStringLiteral("status"), QStringLiteral("Lunch")}}),
                 qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("away"), 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::StatusTextRole), QStringLiteral("Lunch"));
        QCOMPARE(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"));

        bob.stop();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"), 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::StatusTextRole), QString());
    }

    void bestResourceWins()
    {
        const ContactsModel *contacts = m_account->contacts();
        TestPeer phone(m_server, QStringLiteral("carol"), QStringLiteral("carol-secret"));
        phone.setResource(QStringLiteral("phone"));
        QVERIFY2(phone.waitOnline(), qPrintable(phone.lastError()));
        QVERIFY(phone.command({{QStringLiteral("command"), QStringLiteral("presence")},
                               {QStringLiteral("show"), QStringLiteral("xa")},
                               {QStringLiteral("status"), QStringLiteral("Phone in a drawer")}}));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::PresenceRole), QStringLiteral("xa"), 5000);

        TestPeer desktop(m_server, QStringLiteral("carol"), QStringLiteral("carol-secret"));
        desktop.setResource(QStringLiteral("desktop"));
        QVERIFY2(desktop.waitOnline(), qPrintable(desktop.lastError()));
        QVERIFY(desktop.command({{QStringLiteral("command"), QStringLiteral("presence")},
                                 {QStringLiteral("show"), QStringLiteral("chat")},
                                 {QStringLiteral("status"), QStringLiteral("At my desk")}}));

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::PresenceRole), QStringLiteral("chat"), 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::StatusTextRole), QStringLiteral("At my desk"));

        desktop.stop();
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("carol@localhost"), ContactsModel::PresenceRole), QStringLiteral("xa"), 5000);
        phone.stop();
    }

    void rosterPushAddsAndRemoves()
    {
        const ContactsModel *contacts = m_account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);

        // Another client of the same account edits the roster; the server pushes each change to Salon.
        TestPeer otherDevice(m_server, QStringLiteral("alice"), QStringLiteral("alice-secret"));
        otherDevice.setResource(QStringLiteral("other-device"));
        QVERIFY2(otherDevice.waitOnline(), qPrintable(otherDevice.lastError()));
        QVERIFY2(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterSet")},
                                      {QStringLiteral("jid"), QStringLiteral("dave@localhost")},
                                      {QStringLiteral("name"), QStringLiteral("Dave")},
                                      {QStringLiteral("groups"), QJsonArray({QStringLiteral("Work")})}}),
                 qPrintable(otherDevice.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 3, 5000);
        QCOMPARE(roleValue(contacts, QStringLiteral("dave@localhost"), ContactsModel::NameRole), QStringLiteral("Dave"));
        QCOMPARE(roleValue(contacts, QStringLiteral("dave@localhost"), ContactsModel::SubscriptionRole), QStringLiteral("none"));

        QVERIFY(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterSet")},
                                     {QStringLiteral("jid"), QStringLiteral("dave@localhost")},
                                     {QStringLiteral("name"), QStringLiteral("Dave Okafor")},
                                     {QStringLiteral("groups"), QJsonArray()}}));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("dave@localhost"), ContactsModel::NameRole), QStringLiteral("Dave Okafor"), 5000);

        QVERIFY(otherDevice.command({{QStringLiteral("command"), QStringLiteral("rosterRemove")}, {QStringLiteral("jid"), QStringLiteral("dave@localhost")}}));
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);
        QCOMPARE(contacts->indexOf(QStringLiteral("dave@localhost")), -1);
        otherDevice.stop();
    }

    void forgedRosterPushIgnored()
    {
        const ContactsModel *contacts = m_account->contacts();
        QTRY_COMPARE_WITH_TIMEOUT(contacts->rowCount(), 2, 5000);
        TestPeer bob(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));

        // Only the user's own server may push roster changes (RFC 6121, section 2.1.6).
        const QString aliceFullJid = m_account->client()->configuration().jid();
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                              {QStringLiteral("to"), aliceFullJid},
                              {QStringLiteral("xml"),
                               QStringLiteral("<query xmlns='jabber:iq:roster'><item jid='mallory@localhost' name='Mallory'/></query>")}}),
                 qPrintable(bob.lastError()));
        const QJsonObject response = bob.waitForEvent(QStringLiteral("iqResponse"));
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("error"));

        QCOMPARE(contacts->rowCount(), 2);
        QCOMPARE(contacts->indexOf(QStringLiteral("mallory@localhost")), -1);
        bob.stop();
    }

    void disconnectMarksContactsOffline()
    {
        const ContactsModel *contacts = m_account->contacts();
        TestPeer bob(m_server, QStringLiteral("bob"), QStringLiteral("bob-secret"));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("online"), 5000);

        m_account->signOut();

        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, QStringLiteral("bob@localhost"), ContactsModel::PresenceRole), QStringLiteral("offline"), 5000);
        QCOMPARE(contacts->rowCount(), 2);
        bob.stop();
    }

private:
    TestXmppServer m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(ContactsLiveTest)
#include "ContactsLiveTest.moc"
