// SocialNotifier against a throwaway Prosody and its PubSub component, with a slixmpp peer that
// comments on and likes the user's post and posts in a community that the user subscribed to. The test runs on a private D-Bus session bus (dbus-run-session) where
// FakeNotificationServer owns org.freedesktop.Notifications and plays the user who clicks.

#include "Account.h"
#include "CommentsService.h"
#include "CommunityFeed.h"
#include "CommunityService.h"
#include "CommunitySubscription.h"
#include "DesktopSettings.h"
#include "FakeNotificationServer.h"
#include "MicroblogService.h"
#include "SocialNotifier.h"
#include "SubscriptionsModel.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto Heart = QString(QChar(0x2665));

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QJsonObject commentCommand(const QString &node, const QString &text, const QString &itemId)
{
    return {{QStringLiteral("command"), QStringLiteral("comment")},
            {QStringLiteral("to"), AliceJid},
            {QStringLiteral("node"), node},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("text"), text},
            {QStringLiteral("name"), QStringLiteral("Bob <b>the builder</b>")}};
}

// Creates a community that everyone may read and post to.
QString createNodeXml(const QString &node)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>"
                          "<x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                          "<field var='pubsub#access_model'><value>open</value></field>"
                          "<field var='pubsub#publish_model'><value>open</value></field>"
                          "</x></configure></pubsub>")
        .arg(node);
}

// Publishes a post titled \a title as the item \a itemId of \a node at \a service.
QJsonObject publishCommand(const QString &service, const QString &node, const QString &itemId, const QString &title)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString entry = QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>%1</title>"
                                         "<author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>"
                                         "<id>tag:localhost,2026-12-05:%2</id><published>%3</published><updated>%3</updated>"
                                         "<content type='text'>Sow them now</content></entry>")
                              .arg(title, itemId, now);
    return {{QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), service},
            {QStringLiteral("xml"), QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'><item id='%2'>%3</item></publish></pubsub>")
                                        .arg(node, itemId, entry)}};
}

} // namespace

class SocialNotifierTest : public QObject
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

        m_account = std::make_unique<Account>();
        ConnectionSettings connection;
        connection.host = m_server.host();
        connection.port = m_server.clientPort();
        connection.extraCaCertificates = m_server.caCertificates();
        m_account->setConnectionSettings(connection);
        m_account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(m_account->state(), Account::State::Online, TimeoutMs);
        m_notifier = std::make_unique<SocialNotifier>(m_account.get());
    }

    void cleanupTestCase()
    {
        m_notifier.reset();
        m_account.reset();
        m_bob.reset();
    }

    void commentAndLikeNotify()
    {
        QSignalSpy published(m_account->microblog(), &MicroblogService::postPublished);
        const QString postId = m_account->microblog()->publishPost(QStringLiteral("Garden news"), QStringLiteral("Tomatoes"), {}, QStringLiteral("public"));
        QVERIFY(!postId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        const QString node = MicroblogService::commentsNode(postId);
        QSignalSpy received(m_account->comments(), &CommentsService::commentReceived);

        // A comment raises the "comment" event, with the author's name escaped for body markup.
        QVERIFY2(m_bob->command(commentCommand(node, QStringLiteral("Lovely"), QStringLiteral("bob-comment")), TimeoutMs), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), 1, TimeoutMs);
        const FakeNotificationServer::Notification first = m_notificationServer.notifications().constFirst();
        QCOMPARE(first.hints.value(QStringLiteral("x-kde-eventId")).toString(), QStringLiteral("comment"));
        QCOMPARE(first.body, QStringLiteral("Bob &lt;b&gt;the builder&lt;/b&gt; commented on your post “Garden news”."));
        QVERIFY2(!first.body.contains(QStringLiteral("Lovely")), qPrintable(first.body));
        QVERIFY(m_notifier->postNotification(AliceJid, MicroblogService::node(), postId));

        // A like updates the same notification with the counts.
        QVERIFY2(m_bob->command(commentCommand(node, Heart, QStringLiteral("bob-like")), TimeoutMs), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), 2, TimeoutMs);
        const FakeNotificationServer::Notification second = m_notificationServer.notifications().at(1);
        QCOMPARE(second.replacesId, first.id);
        QCOMPARE(second.body, QStringLiteral("New reactions to your post “Garden news”. Comments: 1, likes: 1. Latest by Bob &lt;b&gt;the builder&lt;/b&gt;."));
        QCOMPARE(received.count(), 2);
        QCOMPARE(received.at(1).at(5).toBool(), true);

        // Activating it requests the post.
        QSignalSpy requested(m_notifier.get(), &SocialNotifier::postRequested);
        m_notificationServer.invokeAction(first.id, QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, TimeoutMs);
        QCOMPARE(requested.first().at(0).toString(), AliceJid);
        QCOMPARE(requested.first().at(1).toString(), MicroblogService::node());
        QCOMPARE(requested.first().at(2).toString(), postId);
    }

    void communityPostNotifies()
    {
        const QString service = m_server.pubsubDomain();
        const QString node = QStringLiteral("garden");
        QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), service}, {QStringLiteral("xml"), createNodeXml(node)}}),
                 qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs).value(QStringLiteral("type")).toString(), QStringLiteral("result"));

        // Alice subscribes with notifications on. Posts there at the community's first fetch are
        // not announced, so Bob publishes only after that fetch has ended.
        CommunityService *communities = m_account->communities();
        QSignalSpy fetched(m_account->communityFeed(), &CommunityFeed::communitiesFetched);
        communities->subscribe(service, node, QStringLiteral("Garden Friends"));
        QTRY_COMPARE_WITH_TIMEOUT(communities->subscriptionState(service, node), QStringLiteral("subscribed"), TimeoutMs);
        communities->setNotify(service, node, true);
        const auto notifyOf = [this, &service, &node] {
            const std::optional<CommunitySubscription> entry = m_account->subscriptions()->subscription(service, node);
            return entry && entry->notify;
        };
        QTRY_VERIFY_WITH_TIMEOUT(notifyOf(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, TimeoutMs);

        const int before = m_notificationServer.notifications().size();
        QSignalSpy requested(m_notifier.get(), &SocialNotifier::communityRequested);
        QVERIFY2(m_bob->command(publishCommand(service, node, QStringLiteral("seeds"), QStringLiteral("Seeds"))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), before + 1, TimeoutMs);
        const FakeNotificationServer::Notification shown = m_notificationServer.notifications().constLast();
        QCOMPARE(shown.hints.value(QStringLiteral("x-kde-eventId")).toString(), QStringLiteral("communityPost"));
        QCOMPARE(shown.body, QStringLiteral("Bob posted “Seeds” in Garden Friends."));

        // A second post updates it with the count.
        QVERIFY2(m_bob->command(publishCommand(service, node, QStringLiteral("more-seeds"), QStringLiteral("More seeds"))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), before + 2, TimeoutMs);
        QCOMPARE(m_notificationServer.notifications().constLast().replacesId, shown.id);
        QCOMPARE(m_notificationServer.notifications().constLast().body, QStringLiteral("2 new posts in Garden Friends."));

        // Activating it requests the community.
        m_notificationServer.invokeAction(shown.id, QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, TimeoutMs);
        QCOMPARE(requested.first().at(0).toString(), service);
        QCOMPARE(requested.first().at(1).toString(), node);
    }

    void disabledCommentsStillNotifyLikes()
    {
        QSettings().clear();
        DesktopSettings settings;
        m_notifier->setSettings(&settings);
        QSignalSpy published(m_account->microblog(), &MicroblogService::postPublished);
        const QString postId = m_account->microblog()->publishPost(QStringLiteral("Quiet news"), QStringLiteral("Beans"), {}, QStringLiteral("public"));
        QVERIFY(!postId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        const QString node = MicroblogService::commentsNode(postId);
        QSignalSpy received(m_account->comments(), &CommentsService::commentReceived);
        const int before = m_notificationServer.notifications().size();

        // Comments are off: the comment arrives without a notification.
        settings.setCommentNotifications(false);
        QVERIFY2(m_bob->command(commentCommand(node, QStringLiteral("Hush"), QStringLiteral("bob-quiet-comment")), TimeoutMs), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, TimeoutMs);

        // Do not disturb holds back the like too.
        settings.setDoNotDisturb(true);
        QVERIFY2(m_bob->command(commentCommand(node, Heart, QStringLiteral("bob-quiet-like")), TimeoutMs), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, TimeoutMs);

        // Likes are still on, so a like after do-not-disturb notifies, and its notification is the first one.
        settings.setDoNotDisturb(false);
        QVERIFY2(m_bob->command(commentCommand(node, Heart, QStringLiteral("bob-loud-like")), TimeoutMs), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_notificationServer.notifications().size(), before + 1, TimeoutMs);
        QCOMPARE(m_notificationServer.notifications().constLast().hints.value(QStringLiteral("x-kde-eventId")).toString(), QStringLiteral("comment"));
        QCOMPARE(m_notificationServer.notifications().constLast().body, QStringLiteral("Bob &lt;b&gt;the builder&lt;/b&gt; likes your post “Quiet news”."));
        QCOMPARE(received.count(), 3);

        m_notifier->setSettings(nullptr);
        QSettings().clear();
    }

private:
    FakeNotificationServer m_notificationServer;
    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<SocialNotifier> m_notifier;
};

QTEST_MAIN(SocialNotifierTest)
#include "SocialNotifierTest.moc"
