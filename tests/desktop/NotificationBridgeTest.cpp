// NotificationBridge's notifications of subscription requests, against a
// throwaway Prosody and slixmpp peers. The test runs on a private D-Bus session
// bus without a notification server, so KNotifications shows nothing. The test
// checks which notifications the bridge creates and triggers their actions
// through KNotification's activate() slot, as a notification server would.

#include "Account.h"
#include "ContactsModel.h"
#include "NotificationBridge.h"
#include "RosterService.h"
#include "SubscriptionRequestsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QXmppClient.h>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");

// Signing in and presence on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
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

// What the bridge had set on a request's notification when it sent it.
struct SentNotification {
    QString jid;
    QString eventId;
    QString componentName;
    QString title;
    QString text;
    QStringList actions;
    QPointer<QObject> notification;
};

} // namespace

class NotificationBridgeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("erin"),
                                   QStringLiteral("frank"), QStringLiteral("grace")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void init()
    {
        m_account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        m_account->setConnectionSettings(connection);
        m_bridge = std::make_unique<NotificationBridge>(m_account.get());
        m_sent.clear();
        m_actionToTrigger = -1;

        // KNotifications may close a notification that no server shows at the next turn of the
        // event loop, so its properties are read, and its action triggered, as the bridge sends it.
        connect(m_bridge.get(), &NotificationBridge::eventSent, this, [this](const QString &eventId) {
            if (eventId != QLatin1String("subscriptionRequest")) {
                return;
            }
            const QString jid = m_account->subscriptionRequests()->index(m_account->subscriptionRequests()->rowCount() - 1).data(SubscriptionRequestsModel::JidRole).toString();
            QObject *notification = m_bridge->requestNotification(jid);
            SentNotification sent;
            sent.jid = jid;
            sent.notification = notification;
            if (notification) {
                sent.eventId = notification->property("eventId").toString();
                sent.componentName = notification->property("componentName").toString();
                sent.title = notification->property("title").toString();
                sent.text = notification->property("text").toString();
                sent.actions = notification->property("actions").toStringList();
                if (m_actionToTrigger >= 0) {
                    QMetaObject::invokeMethod(notification, "activate", Q_ARG(unsigned int, unsigned(m_actionToTrigger)));
                }
            }
            m_sent.append(sent);
        });

        m_account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
    }

    void cleanup()
    {
        m_bridge.reset();
        m_account.reset();
    }

    void requestNotifiesWithActions()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QSignalSpy windowRequests(m_bridge.get(), &NotificationBridge::windowRequested);
        // Activating the notification itself, not an action, brings the window to the front.
        m_actionToTrigger = 0;

        QVERIFY2(bob.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, TimeoutMs);
        const SentNotification sent = m_sent.first();
        QCOMPARE(sent.jid, bobJid);
        QVERIFY2(sent.notification, "the bridge has no notification for the request it just sent");
        QCOMPARE(sent.eventId, QStringLiteral("subscriptionRequest"));
        QCOMPARE(sent.componentName, QStringLiteral("salon"));
        QCOMPARE(sent.title, QStringLiteral("Contact request"));
        QVERIFY2(sent.text.contains(bobJid), qPrintable(sent.text));
        QCOMPARE(sent.actions, (QStringList{QStringLiteral("Accept"), QStringLiteral("Decline")}));
        QCOMPARE(windowRequests.count(), 1);
        // The request stays until the user accepts or declines it.
        QCOMPARE(m_account->subscriptionRequests()->indexOf(bobJid), 0);

        // Declined, so that the server does not send it again in the next tests.
        m_account->roster()->declineSubscription(bobJid);
        QVERIFY(!bob.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
    }

    void acceptActionAcceptsRequest()
    {
        const QString carolJid = m_server.jid(QStringLiteral("carol"));
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        m_actionToTrigger = 1;

        QVERIFY2(carol.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(carol.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, TimeoutMs);
        QCOMPARE(m_sent.first().jid, carolJid);
        // Accepting lets Carol see Alice and requests Carol's presence in return.
        QVERIFY(!carol.waitForEvent(QStringLiteral("subscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QVERIFY(!carol.waitForEvent(QStringLiteral("subscribe"), from(AliceJid), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_account->subscriptionRequests()->rowCount(), 0, TimeoutMs);
        QCOMPARE(m_bridge->requestNotification(carolJid), nullptr);
    }

    void declineActionDeclinesRequest()
    {
        const QString daveJid = m_server.jid(QStringLiteral("dave"));
        TestPeer dave(m_server, QStringLiteral("dave"), passwordOf(QStringLiteral("dave")));
        QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));
        m_actionToTrigger = 2;

        QVERIFY2(dave.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(dave.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, TimeoutMs);
        QCOMPARE(m_sent.first().jid, daveJid);
        QVERIFY(!dave.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_account->subscriptionRequests()->rowCount(), 0, TimeoutMs);
        QCOMPARE(m_account->contacts()->indexOf(daveJid), -1);
    }

    void repeatedRequestNotifiesOnce()
    {
        const QString erinJid = m_server.jid(QStringLiteral("erin"));
        TestPeer erin(m_server, QStringLiteral("erin"), passwordOf(QStringLiteral("erin")));
        QVERIFY2(erin.waitOnline(), qPrintable(erin.lastError()));
        QVERIFY2(erin.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(erin.lastError()));
        SubscriptionRequestsModel *requests = m_account->subscriptionRequests();
        QTRY_VERIFY_WITH_TIMEOUT(requests->indexOf(erinJid) >= 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 1, TimeoutMs);
        QSignalSpy sent(m_bridge.get(), &NotificationBridge::eventSent);

        // A new session: the server sends the pending request again.
        QSignalSpy reset(requests, &QAbstractItemModel::modelReset);
        QSignalSpy disconnected(m_account->client(), &QXmppClient::disconnected);
        m_account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, TimeoutMs);
        m_account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(requests->indexOf(erinJid) >= 0, TimeoutMs);
        QCOMPARE(sent.count(), 0);

        // Declining the request in the window closes its notification.
        m_account->roster()->declineSubscription(erinJid);
        QVERIFY(!erin.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
        QCOMPARE(m_bridge->requestNotification(erinJid), nullptr);

        // A later request of the same address is a new one.
        QVERIFY2(erin.command(peerCommand(QStringLiteral("subscribe"), AliceJid)), qPrintable(erin.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sent.size(), 2, TimeoutMs);
        QCOMPARE(m_sent.at(1).jid, erinJid);
        m_account->roster()->declineSubscription(erinJid);
        QVERIFY(!erin.waitForEvent(QStringLiteral("unsubscribed"), from(AliceJid), TimeoutMs).isEmpty());
    }

    void cachedRequestNotifiesOnce()
    {
        QTemporaryDir cacheFolder;
        QVERIFY(cacheFolder.isValid());
        Database database(QStringLiteral("sqlite:") + cacheFolder.filePath(QStringLiteral("cache.sqlite")));
        QSignalSpy opened(&database, &Database::opened);
        database.open();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, TimeoutMs);
        QVERIFY(opened.at(0).at(0).toBool());
        const QString frankJid = m_server.jid(QStringLiteral("frank"));
        const QString graceJid = m_server.jid(QStringLiteral("grace"));

        // A first run receives Grace's request, announces it and caches it.
        {
            Account first;
            first.setDatabase(&database);
            first.setConnectionSettings(m_account->connectionSettings());
            NotificationBridge bridge(&first);
            QSignalSpy sent(&bridge, &NotificationBridge::eventSent);
            first.signIn(frankJid, passwordOf(QStringLiteral("frank")));
            QTRY_COMPARE_WITH_TIMEOUT(first.state(), Account::State::Online, TimeoutMs);

            TestPeer grace(m_server, QStringLiteral("grace"), passwordOf(QStringLiteral("grace")));
            QVERIFY2(grace.waitOnline(), qPrintable(grace.lastError()));
            QVERIFY2(grace.command(peerCommand(QStringLiteral("subscribe"), frankJid)), qPrintable(grace.lastError()));
            QTRY_VERIFY_WITH_TIMEOUT(first.subscriptionRequests()->indexOf(graceJid) >= 0, TimeoutMs);
            QCOMPARE(sent.count(), 1);
            QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("subscriptionRequest"));
        }

        // The next run starts without the server, so the request comes from the cache only.
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost));
        ConnectionSettings unreachable = m_account->connectionSettings();
        unreachable.host = QStringLiteral("127.0.0.1");
        unreachable.port = closedPort.serverPort();
        closedPort.close();

        Account second;
        second.setDatabase(&database);
        second.setConnectionSettings(unreachable);
        NotificationBridge bridge(&second);
        QSignalSpy sent(&bridge, &NotificationBridge::eventSent);
        second.signIn(frankJid, passwordOf(QStringLiteral("frank")));
        QTRY_VERIFY_WITH_TIMEOUT(second.subscriptionRequests()->indexOf(graceJid) >= 0, TimeoutMs);
        QVERIFY(second.subscriptionRequests()->index(0).data(SubscriptionRequestsModel::RestoredRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), Account::State::Reconnecting, TimeoutMs);
        QCOMPARE(sent.count(), 0);
        QVERIFY(!bridge.requestNotification(graceJid));

        // Once the server is reachable again, its copy of the request sends nothing either.
        second.setConnectionSettings(m_account->connectionSettings());
        second.signIn(frankJid, passwordOf(QStringLiteral("frank")));
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), Account::State::Online, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(second.subscriptionRequests()->indexOf(graceJid) >= 0
                                     && !second.subscriptionRequests()->index(0).data(SubscriptionRequestsModel::RestoredRole).toBool(),
                                 TimeoutMs);
        QCOMPARE(sent.count(), 0);
    }

private:
    TestXmppServer m_server;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<NotificationBridge> m_bridge;
    QList<SentNotification> m_sent;
    // The action that the eventSent handler triggers: 0 for the notification itself, 1 Accept, 2 Decline, or -1 for none.
    int m_actionToTrigger = -1;
};

QTEST_MAIN(NotificationBridgeTest)
#include "NotificationBridgeTest.moc"
