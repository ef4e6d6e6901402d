// RoomMentionNotifier against a throwaway Prosody and its MUC component, with a slixmpp peer
// as the other occupant. The test runs on a private D-Bus session bus (dbus-run-session) where
// FakeNotificationServer owns org.freedesktop.Notifications and plays the user who clicks.

#include "Account.h"
#include "DesktopSettings.h"
#include "FakeNotificationServer.h"
#include "RoomMentionNotifier.h"
#include "RoomMessageService.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto Room = QStringLiteral("mentions@conference.localhost");

// Joins and messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QJsonObject roomMessage(const QString &body)
{
    return {{QStringLiteral("command"), QStringLiteral("message")},
            {QStringLiteral("to"), Room},
            {QStringLiteral("type"), QStringLiteral("groupchat")},
            {QStringLiteral("body"), body}};
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

int mentionCountOf(const Account *account)
{
    const std::optional<RoomEntry> entry = account->roomList()->room(Room);
    return entry ? entry->mentionCount : -1;
}

} // namespace

class RoomMentionNotifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_notificationServer.start(), "the fake notification server could not own its name; run the test under dbus-run-session");
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            QVERIFY2(m_server.addAccount(user, passwordOf(user)), qPrintable(m_server.lastError()));
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        bobCreatesRoom();

        m_account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        m_account->setConnectionSettings(connection);
        m_account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        QSignalSpy joined(m_account->rooms(), &RoomService::roomJoined);
        m_account->rooms()->join(Room);
        QTRY_COMPARE_WITH_TIMEOUT(joined.count(), 1, TimeoutMs);
        m_notifier = std::make_unique<RoomMentionNotifier>(m_account.get());
    }

    void cleanupTestCase()
    {
        m_notifier.reset();
        m_account.reset();
        m_bob.reset();
    }

    void mentionNotifiesAndMarksRead()
    {
        QVERIFY2(m_bob->command(roomMessage(QStringLiteral("alice: are you there?"))), qPrintable(m_bob->lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), 1, TimeoutMs);
        const FakeNotificationServer::Notification shown = m_notificationServer.notifications().constFirst();
        QCOMPARE(shown.hints.value(QStringLiteral("x-kde-eventId")).toString(), QStringLiteral("mention"));
        QCOMPARE(shown.body, QStringLiteral("bob mentioned you."));
        QCOMPARE(actionLabel(shown, QStringLiteral("1")), QStringLiteral("Mark as read"));
        QVERIFY(m_notifier->notification(Room));
        QCOMPARE(mentionCountOf(m_account.get()), 1);

        m_notificationServer.invokeAction(shown.id, QStringLiteral("1"));

        QTRY_COMPARE_WITH_TIMEOUT(mentionCountOf(m_account.get()), 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_notificationServer.openIds().contains(shown.id), TimeoutMs);
    }

    void viewedRoomNotifiesNothing()
    {
        const int before = m_notificationServer.notifications().size();
        m_notifier->setViewedRoom(Room);
        QSignalSpy mentioned(m_account->roomMessages(), &RoomMessageService::mentionReceived);

        QVERIFY2(m_bob->command(roomMessage(QStringLiteral("alice: you see this already"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(mentioned.count(), 1, TimeoutMs);

        QCOMPARE(m_notificationServer.notifications().size(), before);
        QCOMPARE(m_notifier->notification(Room), nullptr);
        m_account->roomMessages()->markRoomRead(Room);
        m_notifier->setViewedRoom(QString());
    }

    void disabledMentionsAndDoNotDisturbNotifyNothing()
    {
        QSettings().clear();
        DesktopSettings settings;
        m_notifier->setSettings(&settings);
        const int before = m_notificationServer.notifications().size();
        QSignalSpy mentioned(m_account->roomMessages(), &RoomMessageService::mentionReceived);

        settings.setMentionNotifications(false);
        QVERIFY2(m_bob->command(roomMessage(QStringLiteral("alice: muted kind"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(mentioned.count(), 1, TimeoutMs);

        settings.setMentionNotifications(true);
        settings.setDoNotDisturb(true);
        QVERIFY2(m_bob->command(roomMessage(QStringLiteral("alice: do not disturb"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(mentioned.count(), 2, TimeoutMs);

        // Notify calls go out in order, so the next one is the first that the notifier sent.
        settings.setDoNotDisturb(false);
        QVERIFY2(m_bob->command(roomMessage(QStringLiteral("alice: now you hear me"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), before + 1, TimeoutMs);
        QCOMPARE(m_notificationServer.notifications().constLast().body, QStringLiteral("bob mentioned you. 3 unread mentions."));

        m_account->roomMessages()->markRoomRead(Room);
        m_notifier->setSettings(nullptr);
        QSettings().clear();
    }

private:
    // Bob creates Room as an instant room: Prosody 0.12 keeps a new room locked until its owner submits the configuration.
    void bobCreatesRoom()
    {
        QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("stanza")},
                                {QStringLiteral("xml"),
                                 QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>").arg(Room)}}));
        const auto ownPresence = [](const QJsonObject &event) {
            return event.value(QStringLiteral("from")).toString() == Room + QStringLiteral("/bob")
                && event.value(QStringLiteral("mucCodes")).toArray().contains(QJsonValue(110));
        };
        QVERIFY(!m_bob->waitForEvent(QStringLiteral("presence"), ownPresence, TimeoutMs).isEmpty());
        QVERIFY(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                                {QStringLiteral("to"), Room},
                                {QStringLiteral("xml"),
                                 QStringLiteral("<query xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' type='submit'/></query>")}}));
        const QJsonObject response = m_bob->waitForEvent(QStringLiteral("iqResponse"), {}, TimeoutMs);
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    }

    FakeNotificationServer m_notificationServer;
    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<RoomMentionNotifier> m_notifier;
};

QTEST_MAIN(RoomMentionNotifierTest)
#include "RoomMentionNotifierTest.moc"
