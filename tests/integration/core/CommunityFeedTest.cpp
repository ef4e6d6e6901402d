#include "Account.h"
#include "CommunityFeed.h"
#include "CommunityService.h"
#include "CommunitySubscription.h"
#include "FeedModel.h"
#include "MicroblogService.h"
#include "NodePostsModel.h"
#include "PostPagesService.h"
#include "PubSubClient.h"
#include "SubscriptionsModel.h"
#include "TaggedPostsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

// An Atom entry as another client publishes it, published at 08:MM on the test day, with the
// category \a tag unless it is empty.
QString entryXml(const QString &title, int minute, const QString &tag = QString())
{
    const QString category = tag.isEmpty() ? QString() : QStringLiteral("<category term='%1'/>").arg(tag);
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'>"
                          "<title>%1</title>%4"
                          "<id>tag:localhost,2026-12-05:posts-%1</id>"
                          "<published>2026-12-05T08:%2:00Z</published><updated>2026-12-05T08:%2:00Z</updated>"
                          "<author><name>Bob</name><uri>xmpp:%3</uri></author>"
                          "<content type='text'>Text of %1</content></entry>")
        .arg(title)
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(BobJid, category);
}

QJsonObject iqSet(const QString &to, const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), to}, {QStringLiteral("xml"), xml}};
}

// Creates \a node with \a title, access model open and publish model \a publishModel, keeping 100 items.
QString createNodeXml(const QString &node, const QString &title, const QString &publishModel = QStringLiteral("publishers"))
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>"
                          "<x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                          "<field var='pubsub#title'><value>%2</value></field>"
                          "<field var='pubsub#access_model'><value>open</value></field>"
                          "<field var='pubsub#publish_model'><value>%3</value></field>"
                          "<field var='pubsub#max_items'><value>100</value></field>"
                          "</x></configure></pubsub>")
        .arg(node, title, publishModel);
}

QString publishXml(const QString &node, const QString &itemId, const QString &payload)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'><item id='%2'>%3</item></publish></pubsub>")
        .arg(node, itemId, payload);
}

QString subscribeXml(const QString &node, const QString &jid)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><subscribe node='%1' jid='%2'/></pubsub>").arg(node, jid);
}

QString deleteNodeXml(const QString &node)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><delete node='%1'/></pubsub>").arg(node);
}

QJsonObject itemsCommand(const QString &jid, const QString &node)
{
    return {{QStringLiteral("command"), QStringLiteral("nodeItems")}, {QStringLiteral("jid"), jid}, {QStringLiteral("node"), node}};
}

QVariant roleOf(const FeedModel *feed, const QString &service, const QString &node, const QString &itemId, int role)
{
    const int row = feed->indexOf(service, node, itemId);
    return row < 0 ? QVariant() : feed->data(feed->index(row), role);
}

QStringList titles(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(model->data(model->index(row, 0), FeedModel::TitleRole).toString());
    }
    return result;
}

// Returns the number of links of relation "related" in an Atom payload, in either quote style.
int relatedLinkCount(const QString &payload)
{
    return payload.count(QStringLiteral("rel=\"related\"")) + payload.count(QStringLiteral("rel='related'"));
}

bool hasItem(const QJsonObject &event, const QString &itemId)
{
    const QJsonArray items = event.value(QStringLiteral("items")).toArray();
    return std::any_of(items.cbegin(), items.cend(), [&itemId](const QJsonValue &item) {
        return item.toObject().value(QStringLiteral("id")).toString() == itemId;
    });
}

} // namespace

// Community posts in the feed (CommunityFeed), publishing into communities, attachments and the
// post page models against Prosody's PubSub component pubsub.localhost and PEP. Bob, a contact,
// and Carol, who is not a contact, are slixmpp peers.
class CommunityFeedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_server.addAccount(QStringLiteral("carol"), chatTestPassword(QStringLiteral("carol"))), qPrintable(m_server.lastError()));
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite")));
        QSignalSpy opened(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(opened.wait(TimeoutMs));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(m_database->lastError()));

        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        m_carol = std::make_unique<TestPeer>(m_server, QStringLiteral("carol"), chatTestPassword(QStringLiteral("carol")));
        QVERIFY2(m_carol->waitOnline(), qPrintable(m_carol->lastError()));

        m_alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QString(), m_database.get(), TimeoutMs);
        QVERIFY(m_alice);
        m_feedTester = std::make_unique<QAbstractItemModelTester>(m_alice->feed(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_feedTester.reset();
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        m_database.reset();
    }

    void accountExposesPostPages()
    {
        QCOMPARE(m_alice->property("postPages").value<PostPagesService *>(), m_alice->postPages());
        QVERIFY(m_alice->communityFeed());
        const QHash<int, QByteArray> roles = m_alice->feed()->roleNames();
        QVERIFY(roles.values().contains("isCommunity"));
        QVERIFY(roles.values().contains("communityTitle"));
        QVERIFY(roles.values().contains("canDelete"));
    }

    void userPublishesIntoCommunity()
    {
        const QString node = QStringLiteral("cfeed-alice-cats");
        QSignalSpy created(m_alice->communities(), &CommunityService::communityCreated);
        m_alice->communities()->createCommunity(pubsub(), node, QStringLiteral("Alice's cats"), QString(), QStringLiteral("open"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, TimeoutMs);

        QVERIFY2(m_bob->command(iqSet(pubsub(), subscribeXml(node, BobJid))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));

        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QVariantList enclosures{QVariantMap{{QStringLiteral("href"), QStringLiteral("https://upload.localhost/files/cat.png")},
                                                  {QStringLiteral("type"), QStringLiteral("image/png")},
                                                  {QStringLiteral("title"), QStringLiteral("cat.png")},
                                                  {QStringLiteral("length"), 2048}},
                                      QVariantMap{{QStringLiteral("href"), QStringLiteral("javascript:alert(1)")}}};
        const QString itemId = m_alice->microblog()->publishWithOptions(QVariantMap{{QStringLiteral("service"), pubsub()},
                                                                                    {QStringLiteral("node"), node},
                                                                                    {QStringLiteral("title"), QStringLiteral("Whiskers")},
                                                                                    {QStringLiteral("markdown"), QStringLiteral("A *cat*")},
                                                                                    {QStringLiteral("enclosures"), enclosures}});
        QVERIFY(!itemId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(0).toString(), itemId);

        // The subscriber receives the entry with its attachment.
        const QJsonObject event = m_bob->waitForEvent(
            QStringLiteral("pubsubEvent"),
            [&itemId](const QJsonObject &candidate) {
                return hasItem(candidate, itemId);
            },
            TimeoutMs);
        QCOMPARE(event.value(QStringLiteral("node")).toString(), node);
        const QString payload = event.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("payload")).toString();
        QVERIFY2(payload.contains(QStringLiteral("Whiskers")), qPrintable(payload));
        QVERIFY2(payload.contains(QStringLiteral("rel=\"enclosure\"")) || payload.contains(QStringLiteral("rel='enclosure'")), qPrintable(payload));
        QVERIFY2(payload.contains(QStringLiteral("https://upload.localhost/files/cat.png")), qPrintable(payload));
        QVERIFY2(!payload.contains(QStringLiteral("javascript")), qPrintable(payload));

        // The post is in Alice's feed as her own community post.
        const FeedModel *feed = m_alice->feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->indexOf(pubsub(), node, itemId) >= 0, TimeoutMs);
        QCOMPARE(roleOf(feed, pubsub(), node, itemId, FeedModel::IsCommunityRole).toBool(), true);
        QCOMPARE(roleOf(feed, pubsub(), node, itemId, FeedModel::OwnRole).toBool(), true);
        QCOMPARE(roleOf(feed, pubsub(), node, itemId, FeedModel::CanDeleteRole).toBool(), true);
        QCOMPARE(roleOf(feed, pubsub(), node, itemId, FeedModel::AuthorJidRole).toString(), AliceJid);

        // An edit goes to the same item of the community.
        QVERIFY(m_alice->microblog()->editWithOptions(itemId, QVariantMap{{QStringLiteral("service"), pubsub()},
                                                                          {QStringLiteral("node"), node},
                                                                          {QStringLiteral("title"), QStringLiteral("Whiskers again")}}));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, TimeoutMs);
        const QJsonObject edited = m_bob->waitForEvent(
            QStringLiteral("pubsubEvent"),
            [&itemId](const QJsonObject &candidate) {
                return hasItem(candidate, itemId);
            },
            TimeoutMs);
        const QString editedPayload = edited.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("payload")).toString();
        QVERIFY2(editedPayload.contains(QStringLiteral("Whiskers again")), qPrintable(editedPayload));
        QCOMPARE(roleOf(feed, pubsub(), node, itemId, FeedModel::TitleRole).toString(), QStringLiteral("Whiskers again"));
    }

    void enclosuresRoundTrip()
    {
        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QVariantList enclosures{QVariantMap{{QStringLiteral("href"), QStringLiteral("https://upload.localhost/files/report.pdf")},
                                                  {QStringLiteral("type"), QStringLiteral("application/pdf")},
                                                  {QStringLiteral("title"), QStringLiteral("Report")},
                                                  {QStringLiteral("length"), 123456}}};
        const QString itemId = m_alice->microblog()->publishPost(QStringLiteral("With a file"), QStringLiteral("See the report"), {},
                                                                 QStringLiteral("public"), enclosures);
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);

        // Read back from the server through the model of Alice's blog.
        NodePostsModel *blog = m_alice->postPages()->openNodePosts(AliceJid);
        QVERIFY(blog);
        QAbstractItemModelTester tester(blog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(blog, &NodePostsModel::pageLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, TimeoutMs);
        const int row = blog->indexOf(AliceJid, MicroblogService::node(), itemId);
        QVERIFY(row >= 0);
        const QVariantList shown = blog->data(blog->index(row), FeedModel::EnclosuresRole).toList();
        QCOMPARE(shown.size(), 1);
        const QVariantMap enclosure = shown.first().toMap();
        QCOMPARE(enclosure.value(QStringLiteral("href")).toString(), QStringLiteral("https://upload.localhost/files/report.pdf"));
        QCOMPARE(enclosure.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(enclosure.value(QStringLiteral("title")).toString(), QStringLiteral("Report"));
        QCOMPARE(enclosure.value(QStringLiteral("length")).toLongLong(), 123456);
        m_alice->postPages()->closeModel(blog);
    }

    void relatedLinksAndSourceRoundTrip()
    {
        QVariantList links{QVariantMap{{QStringLiteral("href"), QStringLiteral("https://example.org/article")}, {QStringLiteral("title"), QStringLiteral("An article")}},
                           QVariantMap{{QStringLiteral("href"), QStringLiteral("javascript:alert(1)")}, {QStringLiteral("title"), QStringLiteral("Script")}},
                           QVariantMap{{QStringLiteral("href"), QStringLiteral("ftp://example.org/file")}}};
        for (int i = 0; i < FeedPost::MaxRelatedLinks; ++i) {
            links.append(QVariantMap{{QStringLiteral("href"), QStringLiteral("https://example.org/more-%1").arg(i)}});
        }
        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QString itemId = m_alice->microblog()->publishWithOptions(QVariantMap{{QStringLiteral("title"), QStringLiteral("Linked")},
                                                                                    {QStringLiteral("markdown"), QStringLiteral("Read **this**")},
                                                                                    {QStringLiteral("visibility"), QStringLiteral("public")},
                                                                                    {QStringLiteral("links"), links}});
        QVERIFY(!itemId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        m_linkedItemId = itemId;

        // The feed shows the source, the visibility and the kept links.
        const FeedModel *feed = m_alice->feed();
        const QString blog = MicroblogService::node();
        QCOMPARE(roleOf(feed, AliceJid, blog, itemId, FeedModel::MarkdownRole).toString(), QStringLiteral("Read **this**"));
        QCOMPARE(roleOf(feed, AliceJid, blog, itemId, FeedModel::VisibilityRole).toString(), QStringLiteral("public"));
        const QVariantList shown = roleOf(feed, AliceJid, blog, itemId, FeedModel::LinksRole).toList();
        QCOMPARE(shown.size(), FeedPost::MaxRelatedLinks);
        QCOMPARE(shown.first().toMap().value(QStringLiteral("href")).toString(), QStringLiteral("https://example.org/article"));
        QCOMPARE(shown.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("An article"));

        // Bob reads the entry with the related links from the server.
        QVERIFY2(m_bob->command(itemsCommand(AliceJid, blog)), qPrintable(m_bob->lastError()));
        const QJsonObject items = m_bob->waitForEvent(QStringLiteral("nodeItems"));
        QCOMPARE(items.value(QStringLiteral("condition")).toString(), QString());
        const int index = items.value(QStringLiteral("itemIds")).toArray().toVariantList().indexOf(itemId);
        QVERIFY(index >= 0);
        const QString payload = items.value(QStringLiteral("payloads")).toArray().at(index).toString();
        QCOMPARE(relatedLinkCount(payload), FeedPost::MaxRelatedLinks);
        QVERIFY2(payload.contains(QStringLiteral("https://example.org/article")), qPrintable(payload));
        QVERIFY2(payload.contains(QStringLiteral("An article")), qPrintable(payload));
        QVERIFY2(!payload.contains(QStringLiteral("javascript")), qPrintable(payload));
        QVERIFY2(!payload.contains(QStringLiteral("ftp://")), qPrintable(payload));
        QVERIFY2(!payload.contains(QStringLiteral("Read **this**")), qPrintable(payload));

        // The page of Alice's blog reads the server's copy and keeps the source known to this account.
        NodePostsModel *page = m_alice->postPages()->openNodePosts(AliceJid);
        QAbstractItemModelTester tester(page, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(page, &NodePostsModel::pageLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, TimeoutMs);
        const int row = page->indexOf(AliceJid, blog, itemId);
        QVERIFY(row >= 0);
        QCOMPARE(page->data(page->index(row), FeedModel::LinksRole).toList().size(), FeedPost::MaxRelatedLinks);
        QCOMPARE(page->data(page->index(row), FeedModel::MarkdownRole).toString(), QStringLiteral("Read **this**"));
        QCOMPARE(page->data(page->index(row), FeedModel::VisibilityRole).toString(), QStringLiteral("public"));
        m_alice->postPages()->closeModel(page);

        // An edit replaces the source and the links.
        QVERIFY(m_alice->microblog()->editWithOptions(itemId, QVariantMap{{QStringLiteral("title"), QStringLiteral("Linked")},
                                                                          {QStringLiteral("markdown"), QStringLiteral("Read *that*")},
                                                                          {QStringLiteral("visibility"), QStringLiteral("public")},
                                                                          {QStringLiteral("links"), QVariantList{links.first()}}}));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, TimeoutMs);
        QCOMPARE(roleOf(feed, AliceJid, blog, itemId, FeedModel::MarkdownRole).toString(), QStringLiteral("Read *that*"));
        QCOMPARE(roleOf(feed, AliceJid, blog, itemId, FeedModel::LinksRole).toList().size(), 1);
    }

    void peerPostArrivesLive()
    {
        const QString node = QStringLiteral("cfeed-bob-garden");
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(node, QStringLiteral("Bob's garden")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        subscribeAlice(node, QStringLiteral("Bob's garden"));

        publishAsBob(node, QStringLiteral("garden-1"), entryXml(QStringLiteral("Tomatoes"), 1));
        const FeedModel *feed = m_alice->feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->indexOf(pubsub(), node, QStringLiteral("garden-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::TitleRole).toString(), QStringLiteral("Tomatoes"));
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::IsCommunityRole).toBool(), true);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::CommunityTitleRole).toString(), QStringLiteral("Bob's garden"));
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::AuthorJidRole).toString(), BobJid);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::OwnRole).toBool(), false);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::CanDeleteRole).toBool(), false);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("garden-1"), FeedModel::UnreadRole).toBool(), true);
    }

    void unsubscribeKeepsReadPosts()
    {
        const QString node = QStringLiteral("cfeed-bob-garden");
        const QString marker = QStringLiteral("cfeed-bob-marker");
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(marker, QStringLiteral("Marker")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        subscribeAlice(marker, QStringLiteral("Marker"));

        QSignalSpy unsubscribed(m_alice->communities(), &CommunityService::unsubscribed);
        m_alice->communities()->unsubscribe(pubsub(), node);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);

        // Events of one service arrive in order, so once the marker post is in, the other one would be too.
        publishAsBob(node, QStringLiteral("garden-2"), entryXml(QStringLiteral("Potatoes"), 2));
        publishAsBob(marker, QStringLiteral("marker-1"), entryXml(QStringLiteral("Marker"), 3));
        const FeedModel *feed = m_alice->feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->indexOf(pubsub(), marker, QStringLiteral("marker-1")) >= 0, TimeoutMs);
        QCOMPARE(feed->indexOf(pubsub(), node, QStringLiteral("garden-2")), -1);
        QVERIFY(feed->indexOf(pubsub(), node, QStringLiteral("garden-1")) >= 0);

        // A deleted community takes its posts out of the feed.
        QVERIFY2(m_bob->command(iqSet(pubsub(), deleteNodeXml(marker))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QTRY_COMPARE_WITH_TIMEOUT(feed->indexOf(pubsub(), marker, QStringLiteral("marker-1")), -1, TimeoutMs);
    }

    void ownerRetractsPeerPost()
    {
        const QString node = QStringLiteral("cfeed-alice-open");
        std::optional<PubSubResult> createResult;
        m_alice->pubsub()->createNode(pubsub(), node,
                                      {{QStringLiteral("pubsub#title"), {QStringLiteral("Open house")}},
                                       {QStringLiteral("pubsub#access_model"), {QStringLiteral("open")}},
                                       {QStringLiteral("pubsub#publish_model"), {QStringLiteral("open")}}},
                                      this, [&createResult](const PubSubResult &result, const QString &) {
                                          createResult = result;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(createResult.has_value(), TimeoutMs);
        QVERIFY2(createResult->isOk(), qPrintable(createResult->code()));
        subscribeAlice(node, QStringLiteral("Open house"));

        publishAsBob(node, QStringLiteral("visitor-1"), entryXml(QStringLiteral("Visitor"), 4));
        const FeedModel *feed = m_alice->feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->indexOf(pubsub(), node, QStringLiteral("visitor-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOf(feed, pubsub(), node, QStringLiteral("visitor-1"), FeedModel::OwnRole).toBool(), false);
        // CommunityFeed learns from the node's affiliations that Alice owns it.
        QTRY_VERIFY_WITH_TIMEOUT(roleOf(feed, pubsub(), node, QStringLiteral("visitor-1"), FeedModel::CanDeleteRole).toBool(), TimeoutMs);

        QSignalSpy deleted(m_alice->microblog(), &MicroblogService::postDeleted);
        QVERIFY(m_alice->microblog()->deletePostAt(pubsub(), node, QStringLiteral("visitor-1")));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(feed->indexOf(pubsub(), node, QStringLiteral("visitor-1")), -1, TimeoutMs);

        QVERIFY2(m_bob->command(itemsCommand(pubsub(), node)), qPrintable(m_bob->lastError()));
        const QJsonObject items = m_bob->waitForEvent(QStringLiteral("nodeItems"));
        QCOMPARE(items.value(QStringLiteral("condition")).toString(), QString());
        QVERIFY(!items.value(QStringLiteral("itemIds")).toArray().contains(QStringLiteral("visitor-1")));
    }

    void publisherMayNotRetractOthersPost()
    {
        // Bob's community, where Alice only reads: her client rejects queueing the deletion.
        const QString node = QStringLiteral("cfeed-bob-garden");
        subscribeAlice(node, QStringLiteral("Bob's garden"));
        QVERIFY(m_alice->feed()->indexOf(pubsub(), node, QStringLiteral("garden-1")) >= 0);
        QVERIFY(!m_alice->microblog()->deletePostAt(pubsub(), node, QStringLiteral("garden-1")));
    }

    void contactsVisibilityHidesFromStrangers()
    {
        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QString itemId = m_alice->microblog()->publishPost(QStringLiteral("Only friends"), QStringLiteral("Hello friends"),
                                                                 {QStringLiteral("salon-explore")}, QStringLiteral("contacts"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);

        QVERIFY2(m_bob->command(itemsCommand(AliceJid, MicroblogService::node())), qPrintable(m_bob->lastError()));
        const QJsonObject contactItems = m_bob->waitForEvent(QStringLiteral("nodeItems"));
        QCOMPARE(contactItems.value(QStringLiteral("condition")).toString(), QString());
        QVERIFY(contactItems.value(QStringLiteral("itemIds")).toArray().contains(itemId));

        QVERIFY2(m_carol->command(itemsCommand(AliceJid, MicroblogService::node())), qPrintable(m_carol->lastError()));
        const QJsonObject strangerItems = m_carol->waitForEvent(QStringLiteral("nodeItems"));
        QVERIFY2(!strangerItems.value(QStringLiteral("condition")).toString().isEmpty(), "a stranger read a contacts-only node");
        QVERIFY(!strangerItems.value(QStringLiteral("itemIds")).toArray().contains(itemId));

        // PEP has one access model per node, so every post of Alice's blog is now for contacts.
        const FeedModel *feed = m_alice->feed();
        QCOMPARE(roleOf(feed, AliceJid, MicroblogService::node(), itemId, FeedModel::VisibilityRole).toString(), QStringLiteral("contacts"));
        QCOMPARE(roleOf(feed, AliceJid, MicroblogService::node(), m_linkedItemId, FeedModel::VisibilityRole).toString(), QStringLiteral("contacts"));
    }

    void nodePostsPageThroughLargeNode()
    {
        const QString node = QStringLiteral("cfeed-bob-many");
        constexpr int Posts = PostListModel::PageSize + 5;
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(node, QStringLiteral("Many posts")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        for (int i = 1; i <= Posts; ++i) {
            publishAsBob(node, QStringLiteral("many-%1").arg(i), entryXml(QStringLiteral("Post %1").arg(i), 10 + i));
        }

        NodePostsModel *model = m_alice->postPages()->openNodePosts(pubsub(), node);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model, &NodePostsModel::pageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, TimeoutMs);
        QCOMPARE(model->rowCount(), PostListModel::PageSize);
        QVERIFY(model->canLoadMore());
        QCOMPARE(titles(model).first(), QStringLiteral("Post %1").arg(Posts));

        model->loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, TimeoutMs);
        QCOMPARE(model->rowCount(), Posts);
        QVERIFY(!model->canLoadMore());
        QCOMPARE(titles(model).last(), QStringLiteral("Post 1"));
        QCOMPARE(model->errorText(), QString());

        // Live while open, for a community that Alice subscribed to.
        subscribeAlice(node, QStringLiteral("Many posts"));
        publishAsBob(node, QStringLiteral("many-live"), entryXml(QStringLiteral("Live"), 59));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(pubsub(), node, QStringLiteral("many-live")) >= 0, TimeoutMs);
        QCOMPARE(titles(model).first(), QStringLiteral("Live"));
        m_alice->postPages()->closeModel(model);
    }

    void blogWithoutNodeIsEmpty()
    {
        // Bob, a contact, never posted to his blog, so his PEP service has no blog node: an empty
        // blog, not an error. (Prosody 0.12 replies to a stranger such as Carol with forbidden instead.)
        NodePostsModel *blog = m_alice->postPages()->openNodePosts(m_server.jid(QStringLiteral("bob")));
        QVERIFY(blog);
        QSignalSpy loaded(blog, &NodePostsModel::pageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, TimeoutMs);
        QCOMPARE(blog->errorText(), QString());
        QCOMPARE(blog->rowCount(), 0);
        QVERIFY(!blog->isLoading());
        QVERIFY(!blog->canLoadMore());
        m_alice->postPages()->closeModel(blog);

        // A missing community node is still an error.
        NodePostsModel *community = m_alice->postPages()->openNodePosts(pubsub(), QStringLiteral("cfeed-no-such-node"));
        QVERIFY(community);
        QSignalSpy communityLoaded(community, &NodePostsModel::pageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(communityLoaded.count(), 1, TimeoutMs);
        QVERIFY(!community->errorText().isEmpty());
        m_alice->postPages()->closeModel(community);
    }

    void taggedPostsFindsPublicPosts()
    {
        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QString itemId = m_alice->microblog()->publishPost(QStringLiteral("Tagged"), QStringLiteral("Public and tagged"),
                                                                 {QStringLiteral("Salon-Explore")}, QStringLiteral("public"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);

        // A tagged post of an open community that Alice subscribed to.
        const QString community = QStringLiteral("cfeed-bob-many");
        publishAsBob(community, QStringLiteral("many-tagged"), entryXml(QStringLiteral("Community tagged"), 7, QStringLiteral("salon-explore")));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->feed()->indexOf(pubsub(), community, QStringLiteral("many-tagged")) >= 0, TimeoutMs);

        TaggedPostsModel *model = m_alice->postPages()->openTaggedPosts(QStringLiteral("salon-explore"));
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(model, &TaggedPostsModel::pageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, TimeoutMs);
        const int row = model->indexOf(AliceJid, MicroblogService::node(), itemId);
        QVERIFY(row >= 0);
        QCOMPARE(model->data(model->index(row), FeedModel::VisibilityRole).toString(), QStringLiteral("public"));
        QCOMPARE(model->data(model->index(row), FeedModel::MarkdownRole).toString(), QStringLiteral("Public and tagged"));
        QCOMPARE(model->data(model->index(row), FeedModel::LinksRole).toList(), QVariantList());
        // The public post opened Alice's whole blog node (PEP has one access model per node), so
        // the earlier contacts-only post with the same tag is public now too.
        QStringList shown = titles(model);
        QCOMPARE(shown.takeLast(), QStringLiteral("Community tagged"));
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Only friends"), QStringLiteral("Tagged")}));
        QCOMPARE(roleOf(m_alice->feed(), AliceJid, MicroblogService::node(), m_linkedItemId, FeedModel::VisibilityRole).toString(),
                 QStringLiteral("public"));

        TaggedPostsModel *other = m_alice->postPages()->openTaggedPosts(QStringLiteral("no-such-tag"));
        QSignalSpy otherLoaded(other, &TaggedPostsModel::pageLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(otherLoaded.count(), 1, TimeoutMs);
        QCOMPARE(other->rowCount(), 0);
        m_alice->postPages()->closeModel(model);
        m_alice->postPages()->closeModel(other);
    }

    void newCommunityPostAnnounced()
    {
        const QString node = QStringLiteral("cfeed-bob-news");
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(node, QStringLiteral("News"), QStringLiteral("open")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        publishAsBob(node, QStringLiteral("news-old"), entryXml(QStringLiteral("Old news"), 20));

        CommunityFeed *communityFeed = m_alice->communityFeed();
        QSignalSpy announced(communityFeed, &CommunityFeed::postReceived);
        QSignalSpy fetched(communityFeed, &CommunityFeed::communitiesFetched);
        subscribeAlice(node, QStringLiteral("News"));
        m_alice->communities()->setNotify(pubsub(), node, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->subscriptions()->subscription(pubsub(), node).value_or(CommunitySubscription()).notify, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, TimeoutMs);
        QVERIFY(m_alice->feed()->indexOf(pubsub(), node, QStringLiteral("news-old")) >= 0);

        // A new post of Bob is announced once, with its title and author.
        publishAsBob(node, QStringLiteral("news-1"), entryXml(QStringLiteral("Fresh"), 21));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, TimeoutMs);
        QCOMPARE(announced.first().at(0).toString(), pubsub());
        QCOMPARE(announced.first().at(1).toString(), node);
        QCOMPARE(announced.first().at(2).toString(), QStringLiteral("news-1"));
        QCOMPARE(announced.first().at(3).toString(), QStringLiteral("Fresh"));
        QCOMPARE(announced.first().at(4).toString(), BobJid);
        QCOMPARE(announced.first().at(5).toString(), QStringLiteral("Bob"));

        // An edit of the same item and Alice's own post are not announced: the next
        // announcement is Bob's next post. Store reads end in order, so a wrong one would come first.
        publishAsBob(node, QStringLiteral("news-1"), entryXml(QStringLiteral("Fresh again"), 21));
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(m_alice->feed(), pubsub(), node, QStringLiteral("news-1"), FeedModel::TitleRole).toString(),
                                  QStringLiteral("Fresh again"), TimeoutMs);
        QSignalSpy published(m_alice->microblog(), &MicroblogService::postPublished);
        const QString ownItem = m_alice->microblog()->publishWithOptions(QVariantMap{{QStringLiteral("service"), pubsub()},
                                                                                     {QStringLiteral("node"), node},
                                                                                     {QStringLiteral("title"), QStringLiteral("Mine")}});
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        publishAsBob(node, QStringLiteral("news-2"), entryXml(QStringLiteral("Second"), 22));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 2, TimeoutMs);
        QCOMPARE(announced.at(1).at(2).toString(), QStringLiteral("news-2"));

        // Without the notify flag nothing is announced. A post of another community with the flag
        // set marks when the first post would have been announced. The flag of one community is not
        // switched twice in a row, because the echo of the first change from the PEP node may come last.
        const QString loud = QStringLiteral("cfeed-bob-loud");
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(loud, QStringLiteral("Loud")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        subscribeAlice(loud, QStringLiteral("Loud"));
        m_alice->communities()->setNotify(pubsub(), loud, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->subscriptions()->subscription(pubsub(), loud).value_or(CommunitySubscription()).notify, TimeoutMs);
        m_alice->communities()->setNotify(pubsub(), node, false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice->subscriptions()->subscription(pubsub(), node).value_or(CommunitySubscription()).notify, TimeoutMs);
        publishAsBob(node, QStringLiteral("news-3"), entryXml(QStringLiteral("Quiet"), 23));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->feed()->indexOf(pubsub(), node, QStringLiteral("news-3")) >= 0, TimeoutMs);
        publishAsBob(loud, QStringLiteral("loud-1"), entryXml(QStringLiteral("Loud"), 24));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 3, TimeoutMs);
        QCOMPARE(announced.at(2).at(1).toString(), loud);
        QCOMPARE(announced.at(2).at(2).toString(), QStringLiteral("loud-1"));
        QVERIFY(!ownItem.isEmpty());
    }

    void subscriptionsMarkOwnedCommunities()
    {
        SubscriptionsModel *subscriptions = m_alice->subscriptions();
        QAbstractItemModelTester tester(subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(subscriptions->roleNames().value(SubscriptionsModel::OwnedRole), QByteArray("owned"));
        const auto owned = [subscriptions](const QString &node) {
            for (int row = 0; row < subscriptions->rowCount(); ++row) {
                const QModelIndex index = subscriptions->index(row);
                if (subscriptions->data(index, SubscriptionsModel::NodeRole).toString() == node) {
                    return subscriptions->data(index, SubscriptionsModel::OwnedRole);
                }
            }
            return QVariant();
        };
        // Alice created the first with CommunityService, the second with a plain PubSub request.
        subscribeAlice(QStringLiteral("cfeed-alice-cats"), QStringLiteral("Alice's cats"));
        QTRY_COMPARE_WITH_TIMEOUT(owned(QStringLiteral("cfeed-alice-cats")), QVariant(true), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(owned(QStringLiteral("cfeed-alice-open")), QVariant(true), TimeoutMs);
        QCOMPARE(owned(QStringLiteral("cfeed-bob-news")), QVariant(false));
        QCOMPARE(owned(QStringLiteral("cfeed-bob-many")), QVariant(false));
    }

    void unlistedSubscriptionIsIgnored()
    {
        // Alice subscribes at the service without the list of subscriptions, as another client
        // might: the service sends the events, and CommunityFeed leaves them out of the feed.
        const QString node = QStringLiteral("cfeed-bob-unlisted");
        const QString marker = QStringLiteral("cfeed-bob-many");
        QVERIFY2(m_bob->command(iqSet(pubsub(), createNodeXml(node, QStringLiteral("Unlisted")))), qPrintable(m_bob->lastError()));
        QCOMPARE(m_bob->waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        std::optional<QString> state;
        m_alice->pubsub()->subscribe(pubsub(), node, AliceJid, this, [&state](const PubSubResult &, const QString &subscription) {
            state = subscription;
        });
        QTRY_VERIFY_WITH_TIMEOUT(state.has_value(), TimeoutMs);
        QCOMPARE(*state, QStringLiteral("subscribed"));
        QCOMPARE(m_alice->communities()->subscriptionState(pubsub(), marker), QStringLiteral("subscribed"));

        publishAsBob(node, QStringLiteral("unlisted-1"), entryXml(QStringLiteral("Unlisted"), 5));
        publishAsBob(marker, QStringLiteral("many-marker"), entryXml(QStringLiteral("Marker"), 6));
        const FeedModel *feed = m_alice->feed();
        QTRY_VERIFY_WITH_TIMEOUT(feed->indexOf(pubsub(), marker, QStringLiteral("many-marker")) >= 0, TimeoutMs);
        QCOMPARE(feed->indexOf(pubsub(), node, QStringLiteral("unlisted-1")), -1);
    }

    void offlineCommunityPostWaitsInOutbox()
    {
        // Written while the server is down, and published to the community after a restart of Salon.
        const QString node = QStringLiteral("cfeed-alice-cats");
        m_feedTester.reset();
        m_alice.reset();
        m_server.stop();
        QString itemId;
        {
            auto alice = std::make_unique<Account>();
            alice->setDatabase(m_database.get());
            alice->setConnectionSettings(testConnectionSettings(m_server));
            alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
            const QVariantList enclosures{QVariantMap{{QStringLiteral("href"), QStringLiteral("https://upload.localhost/files/later.png")},
                                                      {QStringLiteral("type"), QStringLiteral("image/png")}}};
            const QVariantList links{QVariantMap{{QStringLiteral("href"), QStringLiteral("https://example.org/offline")},
                                                 {QStringLiteral("title"), QStringLiteral("Read offline")}}};
            itemId = alice->microblog()->publishWithOptions(QVariantMap{{QStringLiteral("service"), pubsub()},
                                                                        {QStringLiteral("node"), node},
                                                                        {QStringLiteral("title"), QStringLiteral("Written offline")},
                                                                        {QStringLiteral("markdown"), QStringLiteral("Offline *source*")},
                                                                        {QStringLiteral("enclosures"), enclosures},
                                                                        {QStringLiteral("links"), links}});
            QVERIFY(!itemId.isEmpty());
            QCOMPARE(alice->microblog()->pendingCount(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(roleOf(alice->feed(), pubsub(), node, itemId, FeedModel::PendingRole).toBool(), true, TimeoutMs);

            // Offline, a community page shows the posts cached earlier: 25 posts, the live one,
            // the marker and the tagged one.
            NodePostsModel *cached = alice->postPages()->openNodePosts(pubsub(), QStringLiteral("cfeed-bob-many"));
            QAbstractItemModelTester tester(cached, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy loaded(cached, &NodePostsModel::pageLoaded);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, TimeoutMs);
            QCOMPARE(cached->rowCount(), PostListModel::PageSize + 8);
            QVERIFY(!cached->canLoadMore());
            QCOMPARE(titles(cached).first(), QStringLiteral("Live"));
            alice->postPages()->closeModel(cached);
        }

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        auto alice = std::make_unique<Account>();
        alice->setDatabase(m_database.get());
        alice->setConnectionSettings(testConnectionSettings(m_server));
        QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
        QSignalSpy announced(alice->communityFeed(), &CommunityFeed::postReceived);
        QSignalSpy fetched(alice->communityFeed(), &CommunityFeed::communitiesFetched);
        alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(0).toString(), itemId);
        QCOMPARE(alice->microblog()->pendingCount(), 0);

        // The Markdown source of Alice's posts survives the restart, in the feed and on the blog's page.
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(alice->feed(), AliceJid, MicroblogService::node(), m_linkedItemId, FeedModel::MarkdownRole).toString(),
                                  QStringLiteral("Read *that*"), TimeoutMs);
        QCOMPARE(roleOf(alice->feed(), AliceJid, MicroblogService::node(), m_linkedItemId, FeedModel::VisibilityRole).toString(), QStringLiteral("public"));
        QCOMPARE(roleOf(alice->feed(), pubsub(), node, itemId, FeedModel::MarkdownRole).toString(), QStringLiteral("Offline *source*"));
        const QVariantList offlineLinks = roleOf(alice->feed(), pubsub(), node, itemId, FeedModel::LinksRole).toList();
        QCOMPARE(offlineLinks.size(), 1);
        QCOMPARE(offlineLinks.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Read offline"));

        // Posts known before the restart are not announced again: the next announcement is a new post.
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, TimeoutMs);
        publishAsBob(QStringLiteral("cfeed-bob-loud"), QStringLiteral("loud-2"), entryXml(QStringLiteral("After restart"), 25));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, TimeoutMs);
        QCOMPARE(announced.first().at(2).toString(), QStringLiteral("loud-2"));

        QVERIFY2(m_bob->command(itemsCommand(pubsub(), node), TimeoutMs), qPrintable(m_bob->lastError()));
        const QJsonObject items = m_bob->waitForEvent(QStringLiteral("nodeItems"));
        QCOMPARE(items.value(QStringLiteral("condition")).toString(), QString());
        const int index = items.value(QStringLiteral("itemIds")).toArray().toVariantList().indexOf(itemId);
        QVERIFY(index >= 0);
        const QString payload = items.value(QStringLiteral("payloads")).toArray().at(index).toString();
        QVERIFY2(payload.contains(QStringLiteral("https://upload.localhost/files/later.png")), qPrintable(payload));
        QVERIFY2(payload.contains(QStringLiteral("https://example.org/offline")), qPrintable(payload));
        QCOMPARE(relatedLinkCount(payload), 1);
    }

private:
    QString pubsub() const
    {
        return m_server.pubsubDomain();
    }

    void subscribeAlice(const QString &node, const QString &title)
    {
        if (m_alice->communities()->subscriptionState(pubsub(), node) == QLatin1String("subscribed")) {
            return;
        }
        QSignalSpy subscribed(m_alice->communities(), &CommunityService::subscribed);
        m_alice->communities()->subscribe(pubsub(), node, title);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);
        QCOMPARE(subscribed.first().at(2).toString(), QStringLiteral("subscribed"));
    }

    void publishAsBob(const QString &node, const QString &itemId, const QString &payload)
    {
        QVERIFY2(m_bob->command(iqSet(pubsub(), publishXml(node, itemId, payload))), qPrintable(m_bob->lastError()));
        const QJsonObject response = m_bob->waitForEvent(QStringLiteral("iqResponse"));
        QVERIFY2(response.value(QStringLiteral("type")).toString() == QLatin1String("result"),
                 qPrintable(QStringLiteral("publishing %1 failed: %2").arg(itemId, response.value(QStringLiteral("condition")).toString())));
    }

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<TestPeer> m_carol;
    std::unique_ptr<Account> m_alice;
    std::unique_ptr<QAbstractItemModelTester> m_feedTester;
    // Alice's blog post with related links, whose source must survive the restart.
    QString m_linkedItemId;
};

QTEST_GUILESS_MAIN(CommunityFeedTest)
#include "CommunityFeedTest.moc"
