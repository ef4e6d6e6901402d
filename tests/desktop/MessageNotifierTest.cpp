// MessageNotifier and UnreadTrayIcon against a throwaway Prosody and slixmpp peers.
// The test runs on a private D-Bus session bus (dbus-run-session) where
// FakeNotificationServer owns org.freedesktop.Notifications, so the notifications
// travel through KNotifications and D-Bus as on a desktop, and the server plays
// the user who clicks their actions and types inline replies.

#include "Account.h"
#include "ChatService.h"
#include "ContactPresences.h"
#include "ConversationsModel.h"
#include "DesktopSettings.h"
#include "FakeNotificationServer.h"
#include "MessageNotifier.h"
#include "RosterService.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "UnreadTrayIcon.h"

#include <KStatusNotifierItem>
#include <QSettings>
#include <QSignalSpy>
#include <QXmppClient.h>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");

// Signing in and messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QJsonObject messageCommand(const QString &body)
{
    return {{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), body}};
}

TestPeer::EventFilter messageWithBody(const QString &body)
{
    return [body](const QJsonObject &event) {
        return event.value(QStringLiteral("body")).toString() == body;
    };
}

// Returns the label of the action \a key in a Notify call's list of key and label pairs, or a null string.
QString actionLabel(const FakeNotificationServer::Notification &notification, const QString &key)
{
    for (int i = 0; i + 1 < notification.actions.size(); i += 2) {
        if (notification.actions.at(i) == key) {
            return notification.actions.at(i + 1);
        }
    }
    return {};
}

} // namespace

class MessageNotifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_notificationServer.start(), "the fake notification server could not own its name; run the test under dbus-run-session");
        const QStringList users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
        for (const QString &user : users) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        m_carol = std::make_unique<TestPeer>(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(m_carol->waitOnline(), qPrintable(m_carol->lastError()));

        // One session for the whole test: Prosody delivers the stanzas that a closed stream had not
        // acknowledged again as offline messages, which would reach the next test's session.
        m_account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        m_account->setConnectionSettings(connection);
        m_account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        // The server sends the initial presence back once it has taken it. Before that it would store
        // the peers' messages offline instead of delivering them.
        const QString resource = m_account->client()->configuration().resource();
        QTRY_VERIFY_WITH_TIMEOUT(m_account->roster()->presences()->presences(AliceJid).contains(resource), TimeoutMs);
    }

    void init()
    {
        m_notifier = std::make_unique<MessageNotifier>(m_account.get());
        m_firstNotification = m_notificationServer.notifications().size();
    }

    void cleanup()
    {
        m_notifier.reset();
        QCOMPARE(m_account->conversations()->unreadTotal(), 0);
    }

    void cleanupTestCase()
    {
        m_account.reset();
        m_carol.reset();
        m_bob.reset();
    }

    void messageNotifiesWithActions()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Are you there?"))), qPrintable(m_bob->lastError()));

        const FakeNotificationServer::Notification shown = waitForNotification();
        QCOMPARE(shown.appName, QStringLiteral("Salon"));
        QCOMPARE(shown.summary, bobJid);
        QCOMPARE(shown.body, QStringLiteral("Are you there?"));
        QCOMPARE(shown.hints.value(QStringLiteral("x-kde-eventId")).toString(), QStringLiteral("message"));
        QCOMPARE(actionLabel(shown, QStringLiteral("1")), QStringLiteral("Mark as read"));
        QVERIFY2(!actionLabel(shown, QStringLiteral("default")).isNull(), qPrintable(shown.actions.join(QLatin1Char(','))));
        QCOMPARE(actionLabel(shown, QStringLiteral("inline-reply")), QStringLiteral("Reply"));
        QVERIFY(m_notifier->notification(bobJid));
        readAll(bobJid);
    }

    void secondMessageUpdatesNotification()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("First"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification first = waitForNotification();

        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Second"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification second = waitForNotification();

        QCOMPARE(second.replacesId, first.id);
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.body, QStringLiteral("2 new messages. The newest: Second"));
        QCOMPARE(m_notificationServer.openIds().count(first.id), 1);
        readAll(bobJid);
    }

    void bodyIsEscapedAndCut()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> & ") + QString(500, QLatin1Char('z'));
        QVERIFY2(m_bob->command(messageCommand(hostile)), qPrintable(m_bob->lastError()));

        const FakeNotificationServer::Notification shown = waitForNotification();
        QVERIFY2(shown.body.startsWith(QStringLiteral("&lt;img src=x onerror=alert(1)&gt; &amp; zzz")), qPrintable(shown.body));
        QVERIFY2(!shown.body.contains(QLatin1Char('<')), qPrintable(shown.body));
        QVERIFY2(shown.body.endsWith(QChar(0x2026)), qPrintable(shown.body));
        QVERIFY2(shown.body.size() < hostile.size(), qPrintable(shown.body));
        readAll(bobJid);
    }

    void inlineReplySendsMessage()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Lunch?"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification shown = waitForNotification();

        m_notificationServer.reply(shown.id, QStringLiteral("Yes, at noon"));

        QVERIFY(!m_bob->waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Yes, at noon")), TimeoutMs).isEmpty());
        ConversationsModel *conversations = m_account->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(conversations->index(conversations->indexOf(bobJid)).data(ConversationsModel::UnreadCountRole).toInt(), 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notificationServer.openIds().contains(shown.id), TimeoutMs);
        QCOMPARE(m_notifier->notification(bobJid), nullptr);
    }

    void markAsReadActionReadsConversation()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Ping"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification shown = waitForNotification();
        QCOMPARE(m_account->conversations()->unreadTotal(), 1);

        m_notificationServer.invokeAction(shown.id, QStringLiteral("1"));

        QTRY_COMPARE_WITH_TIMEOUT(m_account->conversations()->unreadTotal(), 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notificationServer.openIds().contains(shown.id), TimeoutMs);
    }

    void activationRequestsConversation()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        QSignalSpy requested(m_notifier.get(), &MessageNotifier::conversationRequested);
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Look at this"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification shown = waitForNotification();

        m_notificationServer.invokeAction(shown.id, QStringLiteral("default"));

        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, TimeoutMs);
        QCOMPARE(requested.first().at(0).toString(), bobJid);
        // Opening the conversation is what reads it.
        m_notifier->setViewedConversation(bobJid);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notificationServer.openIds().contains(shown.id), TimeoutMs);
        readAll(bobJid);
    }

    void viewedConversationNotifiesNothing()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        const QString carolJid = m_server.jid(QStringLiteral("carol"));
        m_notifier->setViewedConversation(bobJid);
        QSignalSpy received(m_account->chats(), &ChatService::messageReceived);

        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("You see this already"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, TimeoutMs);
        QVERIFY2(m_carol->command(messageCommand(QStringLiteral("Hi from Carol"))), qPrintable(m_carol->lastError()));

        // Carol's notification is the first one after Bob's message, which was in view.
        const FakeNotificationServer::Notification shown = waitForNotification();
        QCOMPARE(shown.summary, carolJid);
        QCOMPARE(m_notifier->notification(bobJid), nullptr);
        readAll(bobJid);
        readAll(carolJid);
    }

    void trayShowsUnreadTotal()
    {
        const QString bobJid = m_server.jid(QStringLiteral("bob"));
        UnreadTrayIcon tray(m_account->conversations());
        QCOMPARE(tray.item()->status(), KStatusNotifierItem::Active);
        QCOMPARE(tray.item()->toolTipSubTitle(), QStringLiteral("No unread messages"));

        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("One"))), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Two"))), qPrintable(m_bob->lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(m_account->conversations()->unreadTotal(), 2, TimeoutMs);
        // The Notify calls of both messages reach the server asynchronously. Waiting for the newest
        // keeps the next test from taking them for its own.
        waitForNotificationEndingWith(QStringLiteral("Two"));
        QCOMPARE(tray.item()->status(), KStatusNotifierItem::NeedsAttention);
        QCOMPARE(tray.item()->toolTipSubTitle(), QStringLiteral("2 unread messages"));

        m_account->chats()->markConversationRead(bobJid);
        QCOMPARE(tray.item()->status(), KStatusNotifierItem::Active);
        QCOMPARE(tray.item()->toolTipSubTitle(), QStringLiteral("No unread messages"));
    }

    void disabledMessagesAndDoNotDisturbNotifyNothing()
    {
        // Settings of an earlier run would change the defaults.
        QSettings().clear();
        DesktopSettings settings;
        m_notifier->setSettings(&settings);
        const QString bobJid = m_server.jid(QStringLiteral("bob"));

        settings.setMessageNotifications(false);
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Muted kind"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->conversations()->unreadTotal(), 1, TimeoutMs);

        // Do not disturb wins over the setting of the kind.
        settings.setMessageNotifications(true);
        settings.setDoNotDisturb(true);
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Do not disturb"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->conversations()->unreadTotal(), 2, TimeoutMs);

        // Notify calls go out in order, so the next one is the first that the notifier sent.
        settings.setDoNotDisturb(false);
        QVERIFY2(m_bob->command(messageCommand(QStringLiteral("Notified"))), qPrintable(m_bob->lastError()));
        const FakeNotificationServer::Notification shown = waitForNotification();
        QCOMPARE(shown.body, QStringLiteral("3 new messages. The newest: Notified"));
        QCOMPARE(m_notificationServer.notifications().size(), m_firstNotification);
        readAll(bobJid);
        QSettings().clear();
    }

private:
    // Waits for the next Notify call after those already checked and returns it.
    FakeNotificationServer::Notification waitForNotification()
    {
        const int expected = m_firstNotification + 1;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_notificationServer.notifications().size() >= expected, TimeoutMs);
        }();
        if (m_notificationServer.notifications().size() < expected) {
            return {};
        }
        m_firstNotification = expected;
        return m_notificationServer.notifications().at(expected - 1);
    }

    // Waits until a Notify call after those already checked shows a body ending with the text,
    // and marks every call up to it as checked.
    void waitForNotificationEndingWith(const QString &text)
    {
        const auto find = [&] {
            const QVector<FakeNotificationServer::Notification> &all = m_notificationServer.notifications();
            for (int i = all.size() - 1; i >= m_firstNotification; --i) {
                if (all.at(i).body.endsWith(text)) {
                    return i;
                }
            }
            return -1;
        };
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(find() >= 0, TimeoutMs);
        }();
        const int found = find();
        if (found >= 0) {
            m_firstNotification = found + 1;
        }
    }

    void readAll(const QString &jid)
    {
        m_account->chats()->markConversationRead(jid);
    }

    FakeNotificationServer m_notificationServer;
    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<TestPeer> m_carol;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<MessageNotifier> m_notifier;
    int m_firstNotification = 0;
};

QTEST_MAIN(MessageNotifierTest)
#include "MessageNotifierTest.moc"
