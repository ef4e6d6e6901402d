#include "Account.h"
#include "ContactsModel.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto Domain = QStringLiteral("localhost");
const auto AliceJid = QStringLiteral("alice@localhost");
const auto AlicePassword = QStringLiteral("alice-secret");

// Signing in and roster pushes on the local Prosody take well under a second; the bound leaves room for a loaded machine.
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

QString subscriptionOf(const ContactsModel *model, const QString &jid)
{
    return roleValue(model, jid, ContactsModel::SubscriptionRole).toString();
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

// Adding, accepting, declining, renaming and removing contacts through RosterService,
// against a real Prosody and independent slixmpp peers.
class ContactsManagementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList users = {
            QStringLiteral("alice"), QStringLiteral("bob"),  QStringLiteral("carol"), QStringLiteral("dave"),
            QStringLiteral("erin"),  QStringLiteral("frank"), QStringLiteral("grace"), QStringLiteral("heidi"),
            QStringLiteral("ivan"),
        };
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        m_account = signedInAlice(QString());
        QVERIFY(m_account);
        m_requestsTester = std::make_unique<QAbstractItemModelTester>(m_account->subscriptionRequests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_contactsTester = std::make_unique<QAbstractItemModelTester>(m_account->contacts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_requestsTester.reset();
        m_contactsTester.reset();
        m_account.reset();
    }

    void accountExposesRoster()
    {
        QCOMPARE(m_account->property("roster").value<RosterService *>(), m_account->roster());
        QCOMPARE(m_account->property("subscriptionRequests").value<SubscriptionRequestsModel *>(), m_account->roster()->subscriptionRequests());
        QCOMPARE(m_account->subscriptionRequests(), m_account->roster()->subscriptionRequests());
    }

    void addContactThenMutualPresence()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const ContactsModel *contacts = m_account->contacts();
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);

        // A pasted address with spaces, capitals and a resource is normalized.
        m_account->roster()->addContact(QStringLiteral("  Bob@LOCALHOST/phone "), QStringLiteral(" Bob "), QStringLiteral("Friends"));

        QVERIFY(!bob.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(contacts->indexOf(bobJid) >= 0, TimeoutMs);
        QCOMPARE(roleValue(contacts, bobJid, ContactsModel::NameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(roleValue(contacts, bobJid, ContactsModel::GroupsRole).toStringList(), QStringList{QStringLiteral("Friends")});
        QCOMPARE(subscriptionOf(contacts, bobJid), QStringLiteral("none"));
        // The server marks the item with ask="subscribe" in a roster push once it has the request.
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(contacts, bobJid, ContactsModel::ApprovalPendingRole).toBool(), TimeoutMs);

        // Bob accepts and requests Alice's presence in return, as users of other clients do.
        QVERIFY2(bob.command(peerCommand(QStringLiteral("subscribed"), AliceJid)), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionOf(contacts, bobJid), QStringLiteral("to"), TimeoutMs);
        QCOMPARE(roleValue(contacts, bobJid, ContactsModel::ApprovalPendingRole).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, bobJid, ContactsModel::PresenceRole).toString(), QStringLiteral("online"), TimeoutMs);

        QVERIFY(bob.command(peerCommand(QStringLiteral("subscribe"), AliceJid)));
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();
        QTRY_COMPARE_WITH_TIMEOUT(requests->indexOf(bobJid), 0, TimeoutMs);

        m_account->roster()->acceptSubscription(bobJid);

        QVERIFY(!bob.waitForEvent(QStringLiteral("subscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY(!bob.waitForEvent(QStringLiteral("presence"), from(AliceJid), TimeoutMs).isEmpty());
        QCOMPARE(requests->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionOf(contacts, bobJid), QStringLiteral("both"), TimeoutMs);
        // Alice already had Bob's presence, so she sent no second request.
        QVERIFY(bob.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), 500).isEmpty());
        QCOMPARE(failures.count(), 0);
    }

    void declinedOwnRequestEndsApproval()
    {
        const QString ivanJid = m_server.jid(QStringLiteral("ivan"));
        TestPeer ivan(m_server, QStringLiteral("ivan"), passwordOf(QStringLiteral("ivan")));
        QVERIFY2(ivan.waitOnline(), qPrintable(ivan.lastError()));
        const ContactsModel *contacts = m_account->contacts();

        m_account->roster()->addContact(ivanJid, QString(), QString());

        QVERIFY(!ivan.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(contacts, ivanJid, ContactsModel::ApprovalPendingRole).toBool(), TimeoutMs);

        // Another client of the account reads the pending state from the roster the server sends at sign-in.
        std::unique_ptr<Account> otherDevice = signedInAlice(QStringLiteral("approval-check"));
        QVERIFY(otherDevice);
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(otherDevice->contacts(), ivanJid, ContactsModel::ApprovalPendingRole).toBool(), TimeoutMs);
        otherDevice.reset();

        QVERIFY2(ivan.command(peerCommand(QStringLiteral("unsubscribed"), AliceJid)), qPrintable(ivan.lastError()));

        QTRY_VERIFY_WITH_TIMEOUT(!roleValue(contacts, ivanJid, ContactsModel::ApprovalPendingRole).toBool(), TimeoutMs);
        QCOMPARE(subscriptionOf(contacts, ivanJid), QStringLiteral("none"));
        QCOMPARE(contacts->indexOf(ivanJid) >= 0, true);
    }

    void incomingRequestAccepted()
    {
        const QString carolJid = m_server.jid(QStringLiteral("carol"));
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();
        const ContactsModel *contacts = m_account->contacts();

        QVERIFY2(carol.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(carol.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 1, TimeoutMs);
        const QModelIndex row = requests->index(0);
        QCOMPARE(row.data(SubscriptionRequestsModel::JidRole).toString(), carolJid);
        QCOMPARE(row.data(SubscriptionRequestsModel::NameRole).toString(), QString());
        QCOMPARE(row.data(SubscriptionRequestsModel::DisplayNameRole).toString(), carolJid);
        QCOMPARE(row.data(SubscriptionRequestsModel::MessageRole).toString(), QString());
        QCOMPARE(contacts->indexOf(carolJid), -1);

        m_account->roster()->acceptSubscription(carolJid);

        // Carol may now see Alice, and Alice requests Carol's presence in return.
        QVERIFY(!carol.waitForEvent(QStringLiteral("subscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY(!carol.waitForEvent(QStringLiteral("presence"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY(!carol.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QCOMPARE(requests->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionOf(contacts, carolJid), QStringLiteral("from"), TimeoutMs);

        QVERIFY(carol.command(peerCommand(QStringLiteral("subscribed"), AliceJid)));
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionOf(contacts, carolJid), QStringLiteral("both"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, carolJid, ContactsModel::PresenceRole).toString(), QStringLiteral("online"), TimeoutMs);
    }

    void declinedRequestIsRemoved()
    {
        const QString daveJid = m_server.jid(QStringLiteral("dave"));
        TestPeer dave(m_server, QStringLiteral("dave"), passwordOf(QStringLiteral("dave")));
        QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();

        QVERIFY(dave.command(peerCommand(QStringLiteral("subscribe"), AliceJid)));
        QTRY_COMPARE_WITH_TIMEOUT(requests->indexOf(daveJid), 0, TimeoutMs);

        m_account->roster()->declineSubscription(daveJid);

        QVERIFY(!dave.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QCOMPARE(requests->rowCount(), 0);
        QCOMPARE(m_account->contacts()->indexOf(daveJid), -1);
        // Dave never saw Alice online; the server may send him an unavailable presence (RFC 6121, section 3.2.3).
        const auto availableFromAlice = [](const QJsonObject &event) {
            return event.value(QStringLiteral("from")).toString().startsWith(AliceJid) && event.value(QStringLiteral("type")).toString() == QLatin1String("available");
        };
        QVERIFY(dave.waitForEvent(QStringLiteral("presence"), availableFromAlice, 500).isEmpty());
    }

    void cancelledRequestIsRemoved()
    {
        const QString erinJid = m_server.jid(QStringLiteral("erin"));
        TestPeer erin(m_server, QStringLiteral("erin"), passwordOf(QStringLiteral("erin")));
        QVERIFY2(erin.waitOnline(), qPrintable(erin.lastError()));
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();

        QVERIFY(erin.command(peerCommand(QStringLiteral("subscribe"), AliceJid)));
        QTRY_COMPARE_WITH_TIMEOUT(requests->indexOf(erinJid), 0, TimeoutMs);

        QVERIFY(erin.command(peerCommand(QStringLiteral("unsubscribe"), AliceJid)));

        QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 0, TimeoutMs);
    }

    void requestWaitsForNextSignIn()
    {
        const QString frankJid = m_server.jid(QStringLiteral("frank"));
        m_account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Offline, TimeoutMs);

        TestPeer frank(m_server, QStringLiteral("frank"), passwordOf(QStringLiteral("frank")));
        QVERIFY2(frank.waitOnline(), qPrintable(frank.lastError()));
        QVERIFY(frank.command(peerCommand(QStringLiteral("subscribe"), AliceJid)));

        // The server keeps the request and sends it again after each sign-in.
        m_account->signIn(AliceJid, AlicePassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();
        QTRY_COMPARE_WITH_TIMEOUT(requests->indexOf(frankJid), 0, TimeoutMs);

        // Signing in again shows the request once.
        m_account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Offline, TimeoutMs);
        m_account->signIn(AliceJid, AlicePassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(requests->indexOf(frankJid), 0, TimeoutMs);
        QTest::qWait(300);
        QCOMPARE(requests->rowCount(), 1);

        m_account->roster()->declineSubscription(frankJid);
        QVERIFY(!frank.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
    }

    void renameAndRemoveSeenByOtherResource()
    {
        const QString graceJid = m_server.jid(QStringLiteral("grace"));
        TestPeer grace(m_server, QStringLiteral("grace"), passwordOf(QStringLiteral("grace")));
        QVERIFY2(grace.waitOnline(), qPrintable(grace.lastError()));

        // A second client of the same account receives every roster push.
        std::unique_ptr<Account> otherDevice = signedInAlice(QStringLiteral("other-device"));
        QVERIFY(otherDevice);
        const ContactsModel *otherContacts = otherDevice->contacts();
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);

        m_account->roster()->addContact(graceJid, QStringLiteral("Grace"), QString());
        QVERIFY(!grace.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(otherContacts, graceJid, ContactsModel::NameRole).toString(), QStringLiteral("Grace"), TimeoutMs);
        QCOMPARE(roleValue(otherContacts, graceJid, ContactsModel::GroupsRole).toStringList(), QStringList());

        m_account->roster()->renameContact(graceJid, QStringLiteral("Grace Hopper"));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(otherContacts, graceJid, ContactsModel::NameRole).toString(), QStringLiteral("Grace Hopper"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(m_account->contacts(), graceJid, ContactsModel::NameRole).toString(), QStringLiteral("Grace Hopper"), TimeoutMs);

        // Groups are trimmed, and empty or repeated ones dropped; the name stays.
        m_account->roster()->setGroups(graceJid, {QStringLiteral(" Work "), QStringLiteral("Family"), QString(), QStringLiteral("Work")});
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(otherContacts, graceJid, ContactsModel::GroupsRole).toStringList(),
                                  (QStringList{QStringLiteral("Family"), QStringLiteral("Work")}),
                                  TimeoutMs);
        QCOMPARE(roleValue(otherContacts, graceJid, ContactsModel::NameRole).toString(), QStringLiteral("Grace Hopper"));

        // Renaming keeps the groups; an empty name removes the name.
        m_account->roster()->renameContact(graceJid, QString());
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(otherContacts, graceJid, ContactsModel::DisplayNameRole).toString(), graceJid, TimeoutMs);
        QCOMPARE(roleValue(otherContacts, graceJid, ContactsModel::GroupsRole).toStringList(), (QStringList{QStringLiteral("Family"), QStringLiteral("Work")}));

        m_account->roster()->removeContact(graceJid);
        QTRY_COMPARE_WITH_TIMEOUT(otherContacts->indexOf(graceJid), -1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->contacts()->indexOf(graceJid), -1, TimeoutMs);
        // Prosody withdraws the pending request to Grace when the item is removed.
        QVERIFY(!grace.waitForEvent(QStringLiteral("unsubscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QCOMPARE(failures.count(), 0);
    }

    void addKnownContactKeepsIt()
    {
        const QString heidiJid = m_server.jid(QStringLiteral("heidi"));
        const ContactsModel *contacts = m_account->contacts();
        m_account->roster()->addContact(heidiJid, QStringLiteral("Heidi"), QStringLiteral("Work"));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, heidiJid, ContactsModel::NameRole).toString(), QStringLiteral("Heidi"), TimeoutMs);

        // Adding again with no name keeps the name and adds the group.
        m_account->roster()->addContact(heidiJid, QString(), QStringLiteral("Family"));
        QTRY_COMPARE_WITH_TIMEOUT(roleValue(contacts, heidiJid, ContactsModel::GroupsRole).toStringList(),
                                  (QStringList{QStringLiteral("Family"), QStringLiteral("Work")}),
                                  TimeoutMs);
        QCOMPARE(roleValue(contacts, heidiJid, ContactsModel::NameRole).toString(), QStringLiteral("Heidi"));

        m_account->roster()->removeContact(heidiJid);
        QTRY_COMPARE_WITH_TIMEOUT(contacts->indexOf(heidiJid), -1, TimeoutMs);
    }

    void invalidJidFails_data()
    {
        QTest::addColumn<QString>("jid");

        QTest::newRow("empty") << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ");
        QTest::newRow("no localpart") << QStringLiteral("localhost");
        QTest::newRow("empty localpart") << QStringLiteral("@localhost");
        QTest::newRow("empty domain") << QStringLiteral("bob@");
        QTest::newRow("two at signs") << QStringLiteral("bob@mail@localhost");
        QTest::newRow("space in localpart") << QStringLiteral("bob smith@localhost");
        QTest::newRow("forbidden character") << QStringLiteral("bob<b>@localhost");
        QTest::newRow("empty domain label") << QStringLiteral("bob@local..host");
    }

    void invalidJidFails()
    {
        QFETCH(QString, jid);
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);

        m_account->roster()->addContact(jid, QStringLiteral("Someone"), QString());

        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), jid);
        QVERIFY(!failures.at(0).at(1).toString().isEmpty());
    }

    void ownJidFails_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("jid");

        QTest::newRow("add") << QStringLiteral("add") << AliceJid;
        QTest::newRow("add in capitals with resource") << QStringLiteral("add") << QStringLiteral("Alice@LOCALHOST/laptop");
        QTest::newRow("accept") << QStringLiteral("accept") << AliceJid;
        QTest::newRow("decline") << QStringLiteral("decline") << AliceJid;
        QTest::newRow("remove") << QStringLiteral("remove") << AliceJid;
        QTest::newRow("rename") << QStringLiteral("rename") << AliceJid;
        QTest::newRow("groups") << QStringLiteral("groups") << AliceJid;
    }

    void ownJidFails()
    {
        QFETCH(QString, action);
        QFETCH(QString, jid);
        RosterService *roster = m_account->roster();
        QSignalSpy failures(roster, &RosterService::actionFailed);

        if (action == QLatin1String("add")) {
            roster->addContact(jid, QString(), QString());
        } else if (action == QLatin1String("accept")) {
            roster->acceptSubscription(jid);
        } else if (action == QLatin1String("decline")) {
            roster->declineSubscription(jid);
        } else if (action == QLatin1String("remove")) {
            roster->removeContact(jid);
        } else if (action == QLatin1String("rename")) {
            roster->renameContact(jid, QStringLiteral("Me"));
        } else {
            roster->setGroups(jid, {QStringLiteral("Me")});
        }

        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), AliceJid);
        QVERIFY(failures.at(0).at(1).toString().contains(AliceJid));
        // Nothing reached the server: no roster item for Alice herself appears.
        QTest::qWait(200);
        QCOMPARE(m_account->contacts()->indexOf(AliceJid), -1);
    }

    void serverErrorIsReported()
    {
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);
        const QString strangerJid = QStringLiteral("stranger@") + Domain;

        // Only the server has the whole roster, and it replies item-not-found.
        m_account->roster()->removeContact(strangerJid);

        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(failures.at(0).at(0).toString(), strangerJid);
        const QString message = failures.at(0).at(1).toString();
        QVERIFY2(message.contains(strangerJid), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("not in your contact list")), qPrintable(message));
    }

    void undeliverableRequestIsReported()
    {
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);
        // The test server talks to no other server, so it bounces the subscription request.
        const QString remoteJid = QStringLiteral("someone@remote.example");

        m_account->roster()->addContact(remoteJid, QString(), QString());

        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(failures.at(0).at(0).toString(), remoteJid);
        QVERIFY2(failures.at(0).at(1).toString().contains(remoteJid), qPrintable(failures.at(0).at(1).toString()));
        m_account->roster()->removeContact(remoteJid);
        QTRY_COMPARE_WITH_TIMEOUT(m_account->contacts()->indexOf(remoteJid), -1, TimeoutMs);
    }

    void renameUnknownContactFails()
    {
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);
        const QString strangerJid = QStringLiteral("stranger@") + Domain;

        m_account->roster()->renameContact(strangerJid, QStringLiteral("Stranger"));
        m_account->roster()->setGroups(strangerJid, {QStringLiteral("Strangers")});

        QCOMPARE(failures.count(), 2);
        QCOMPARE(failures.at(0).at(0).toString(), strangerJid);
        QCOMPARE(failures.at(1).at(0).toString(), strangerJid);
    }

    void offlineActionFails()
    {
        m_account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Offline, TimeoutMs);
        QSignalSpy failures(m_account->roster(), &RosterService::actionFailed);

        m_account->roster()->addContact(m_server.jid(QStringLiteral("bob")), QString(), QString());

        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(), m_server.jid(QStringLiteral("bob")));
        QVERIFY(!failures.at(0).at(1).toString().isEmpty());
    }

private:
    /// Returns Alice signed in with \a resource (empty: chosen by the server), or nullptr after a failed check.
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
    std::unique_ptr<QAbstractItemModelTester> m_requestsTester;
    std::unique_ptr<QAbstractItemModelTester> m_contactsTester;
};

QTEST_GUILESS_MAIN(ContactsManagementTest)
#include "ContactsManagementTest.moc"
