#include "CommunityDirectoryModel.h"
#include "CommunityInfo.h"
#include "CommunityListing.h"
#include "CommunityService.h"
#include "CommunitySubscription.h"
#include "DiscoItemsPage.h"
#include "SubscriptionsModel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>

namespace {

const auto Service = QStringLiteral("pubsub.example.org");

// Parses an element the way QXmpp hands it over inside a response.
QDomElement parsed(QDomDocument &document, const QString &xml)
{
    document.setContent(xml, true);
    return document.documentElement();
}

QString itemsQuery(const QString &items, const QString &resultSet = QString())
{
    return QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#items'>") + items + resultSet + QStringLiteral("</query>");
}

QString resultSet(const QString &last, int count = -1)
{
    QString set = QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><first>a</first><last>") + last + QStringLiteral("</last>");
    if (count >= 0) {
        set += QStringLiteral("<count>%1</count>").arg(count);
    }
    return set + QStringLiteral("</set>");
}

QString nodeItems(int first, int count, const QString &service = Service)
{
    QString items;
    for (int i = first; i < first + count; ++i) {
        items += QStringLiteral("<item jid='%1' node='node%2' name='Node %2'/>").arg(service).arg(i);
    }
    return items;
}

DiscoItemsPage page(const QString &xml, int maxItems = 100000)
{
    QDomDocument document;
    return DiscoItemsPage::fromQuery(parsed(document, xml), maxItems);
}

// A disco#info result of a node with a meta-data form of \a fields.
QString nodeInfo(const QString &fields)
{
    return QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info' node='news'>"
                          "<identity category='pubsub' type='leaf'/>"
                          "<x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#meta-data</value></field>")
        + fields + QStringLiteral("</x></query>");
}

QString field(const QString &name, const QString &value)
{
    return QStringLiteral("<field var='%1'><value>%2</value></field>").arg(name, value);
}

CommunityInfo community(const QString &node, const QString &title)
{
    CommunityInfo info;
    info.service = Service;
    info.node = node;
    info.title = title;
    return info;
}

CommunitySubscription subscription(const QString &node, const QString &title, bool notify = false)
{
    CommunitySubscription result;
    result.service = Service;
    result.node = node;
    result.title = title;
    result.notify = notify;
    return result;
}

} // namespace

// The readers behind CommunityDirectory and CommunityService: node listings of broken and
// hostile services, node meta-data, subscription items, and the models under QAbstractItemModelTester.
class CommunityParsingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listingKeepsServiceNodes()
    {
        CommunityListing listing(Service, 1000);
        const QString items = nodeItems(1, 2) + QStringLiteral("<item jid='other.example.org' node='foreign'/>")
            + QStringLiteral("<item jid='pubsub.example.org'/>") + QStringLiteral("<item node='nojid'/>")
            + QStringLiteral("<item jid='PubSub.Example.org' node='node1'/>")
            + QStringLiteral("<item jid='pubsub.example.org' node='%1'/>").arg(QString(CommunityInfo::MaxNodeLength + 1, QLatin1Char('n')));
        const CommunityListing::PageResult result = listing.addPage(page(itemsQuery(items)));

        QCOMPARE(result.communities.size(), 2);
        QCOMPARE(result.communities.at(0).node, QStringLiteral("node1"));
        QCOMPARE(result.communities.at(0).title, QStringLiteral("Node 1"));
        QCOMPARE(result.communities.at(0).service, Service);
        QCOMPARE(result.invalid, 3);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.withoutJid, 1);
        // Without Result Set Management the first page is the whole list.
        QVERIFY(listing.isComplete());
    }

    void listingSkipsCommentNodes()
    {
        CommunityListing listing(Service, 1000);
        const QString items = QStringLiteral("<item jid='pubsub.example.org' node='urn:xmpp:microblog:0:comments/post1'/>")
            + QStringLiteral("<item jid='pubsub.example.org' node='urn:xmpp:microblog:0:comments/post2'/>");
        CommunityListing::PageResult result = listing.addPage(page(itemsQuery(items, resultSet(QStringLiteral("post2"), 3))));

        QCOMPARE(result.communities.size(), 0);
        QCOMPARE(result.commentNodes, 2);
        QCOMPARE(result.invalid, 0);
        // A page of comment nodes only does not end the list.
        QVERIFY(!listing.isComplete());

        result = listing.addPage(page(itemsQuery(nodeItems(1, 1))));
        QCOMPARE(result.communities.size(), 1);
        QCOMPARE(result.communities.at(0).node, QStringLiteral("node1"));
        QVERIFY(listing.isComplete());
    }

    void listingFollowsPages()
    {
        CommunityListing listing(Service, 1000);
        CommunityListing::PageResult result = listing.addPage(page(itemsQuery(nodeItems(1, 100), resultSet(QStringLiteral("node100"), 250))));
        QCOMPARE(result.communities.size(), 100);
        QVERIFY(!listing.isComplete());
        QCOMPARE(listing.nextAfter(), QStringLiteral("node100"));

        result = listing.addPage(page(itemsQuery(nodeItems(101, 100), resultSet(QStringLiteral("node200"), 250))));
        QCOMPARE(result.communities.size(), 100);
        QVERIFY(!listing.isComplete());

        result = listing.addPage(page(itemsQuery(nodeItems(201, 50), resultSet(QStringLiteral("node250"), 250))));
        QCOMPARE(result.communities.size(), 50);
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 250);
        QCOMPARE(listing.pageCount(), 3);
    }

    void listingStopsRepeatedPages()
    {
        CommunityListing listing(Service, 1000);
        listing.addPage(page(itemsQuery(nodeItems(1, 10), resultSet(QStringLiteral("node10")))));
        QVERIFY(!listing.isComplete());
        // The same page again brings no new node: the listing ends instead of looping.
        const CommunityListing::PageResult repeated = listing.addPage(page(itemsQuery(nodeItems(1, 10), resultSet(QStringLiteral("node10")))));
        QCOMPARE(repeated.duplicates, 10);
        QVERIFY(listing.isComplete());
    }

    void listingBoundsHugeList()
    {
        CommunityListing listing(Service, 1000);
        const DiscoItemsPage huge = page(itemsQuery(nodeItems(1, 5000), resultSet(QStringLiteral("node5000"))), listing.remaining() + 100);
        QCOMPARE(huge.items.size(), 1100);
        QCOMPARE(huge.itemsBeyondLimit, 3900);
        const CommunityListing::PageResult result = listing.addPage(huge);
        QCOMPARE(result.communities.size(), 1000);
        QCOMPARE(result.beyondLimit, 3900 + 100);
        QCOMPARE(listing.remaining(), 0);
        QVERIFY(listing.isComplete());
    }

    void listingStopsAfterMaxPages()
    {
        CommunityListing listing(Service, 100000);
        for (int pageIndex = 0; pageIndex < CommunityListing::MaxPages; ++pageIndex) {
            QVERIFY(!listing.isComplete());
            const int first = pageIndex * 10 + 1;
            listing.addPage(page(itemsQuery(nodeItems(first, 10), resultSet(QStringLiteral("node%1").arg(first + 9)))));
        }
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), CommunityListing::MaxPages * 10);
    }

    void metaDataRead()
    {
        QDomDocument document;
        CommunityInfo info = community(QStringLiteral("news"), QStringLiteral("From the list"));
        info.readDiscoInfo(parsed(document, nodeInfo(field(QStringLiteral("pubsub#title"), QStringLiteral("Daily News"))
                                                     + field(QStringLiteral("pubsub#description"), QStringLiteral("Line one\nLine two"))
                                                     + field(QStringLiteral("pubsub#access_model"), QStringLiteral("authorize"))
                                                     + field(QStringLiteral("pubsub#type"), QStringLiteral("http://www.w3.org/2005/Atom"))
                                                     + field(QStringLiteral("pubsub#num_subscribers"), QStringLiteral("42")))));
        QVERIFY(info.infoLoaded);
        QCOMPARE(info.title, QStringLiteral("Daily News"));
        QCOMPARE(info.description, QStringLiteral("Line one\nLine two"));
        QCOMPARE(info.accessModel, QStringLiteral("authorize"));
        QCOMPARE(info.payloadType, QStringLiteral("http://www.w3.org/2005/Atom"));
        QCOMPARE(info.subscriberCount, 42);
        QCOMPARE(info.itemCount, -1);
    }

    void metaDataBounded()
    {
        QDomDocument document;
        CommunityInfo info = community(QStringLiteral("news"), QStringLiteral("From the list"));
        const QString hugeTitle(100000, QLatin1Char('T'));
        const QString hugeDescription(100000, QLatin1Char('d'));
        info.readDiscoInfo(parsed(document, nodeInfo(field(QStringLiteral("pubsub#title"), hugeTitle + QStringLiteral("\u202E"))
                                                     + field(QStringLiteral("pubsub#description"), hugeDescription)
                                                     + field(QStringLiteral("pubsub#num_subscribers"), QStringLiteral("-5"))
                                                     + field(QStringLiteral("pubsub#num_items"), QStringLiteral("999999999999")))));
        QCOMPARE(info.title.size(), CommunityInfo::MaxTitleLength);
        QCOMPARE(info.description.size(), CommunityInfo::MaxDescriptionLength);
        QCOMPARE(info.subscriberCount, -1);
        QCOMPARE(info.itemCount, -1);
    }

    void metaDataWithoutTitleKeepsListTitle()
    {
        QDomDocument document;
        CommunityInfo info = community(QStringLiteral("news"), QStringLiteral("From the list"));
        info.readDiscoInfo(parsed(document, QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'/>")));
        QVERIFY(info.infoLoaded);
        QCOMPARE(info.title, QStringLiteral("From the list"));
        QCOMPARE(info.displayTitle(), QStringLiteral("From the list"));
        info.title.clear();
        QCOMPARE(info.displayTitle(), QStringLiteral("news"));
    }

    void subscriptionItemRoundTrip()
    {
        CommunitySubscription written = subscription(QStringLiteral("party"), QStringLiteral("Party at the Capulets"), true);
        written.state = QStringLiteral("pending");
        QString xml;
        QXmlStreamWriter writer(&xml);
        written.write(&writer);

        QDomDocument document;
        CommunitySubscription read;
        QVERIFY(read.read(parsed(document, xml)));
        QCOMPARE(read, written);
    }

    void subscriptionItemOfOtherClientRead()
    {
        // An item as XEP-0330 shows it, without Salon's options.
        QDomDocument document;
        CommunitySubscription read;
        QVERIFY(read.read(parsed(document, QStringLiteral("<subscription xmlns='urn:xmpp:pubsub:subscription:0' server='pubsub.shakespeare.lit' node='party'>"
                                                          "<title>Party at the Capulets</title></subscription>"))));
        QCOMPARE(read.service, QStringLiteral("pubsub.shakespeare.lit"));
        QCOMPARE(read.node, QStringLiteral("party"));
        QCOMPARE(read.title, QStringLiteral("Party at the Capulets"));
        QCOMPARE(read.state, QStringLiteral("subscribed"));
        QCOMPARE(read.notify, false);
    }

    void invalidSubscriptionItemsRejected_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("other namespace") << QStringLiteral("<subscription xmlns='urn:example' server='pubsub.example.org' node='a'/>");
        QTest::newRow("no server") << QStringLiteral("<subscription xmlns='urn:xmpp:pubsub:subscription:0' node='a'/>");
        QTest::newRow("no node") << QStringLiteral("<subscription xmlns='urn:xmpp:pubsub:subscription:0' server='pubsub.example.org'/>");
        QTest::newRow("invalid server") << QStringLiteral("<subscription xmlns='urn:xmpp:pubsub:subscription:0' server='not a server' node='a'/>");
    }

    void invalidSubscriptionItemsRejected()
    {
        QFETCH(QString, xml);
        QDomDocument document;
        CommunitySubscription read;
        QVERIFY(!read.read(parsed(document, xml)));
    }

    void subscriptionTitleBounded()
    {
        QDomDocument document;
        CommunitySubscription read;
        const QString xml = QStringLiteral("<subscription xmlns='urn:xmpp:pubsub:subscription:0' server='pubsub.example.org' node='a'><title>%1</title></subscription>")
                                .arg(QString(50000, QLatin1Char('x')));
        QVERIFY(read.read(parsed(document, xml)));
        QCOMPARE(read.title.size(), CommunitySubscription::MaxTitleLength);
    }

    void subscriptionItemIdHashed()
    {
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("pubsub.example.org<party<alice@example.org"), QCryptographicHash::Sha1).toHex());
        QCOMPARE(CommunitySubscription::itemId(Service, QStringLiteral("party"), QStringLiteral("alice@example.org")), expected);
        QVERIFY(CommunitySubscription::itemId(Service, QStringLiteral("party"), QStringLiteral("bob@example.org")) != expected);
    }

    void nodeNameFromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("node");
        QTest::newRow("words") << QStringLiteral("Salon Cats") << QStringLiteral("salon-cats");
        QTest::newRow("accents") << QStringLiteral("Café Noël") << QStringLiteral("cafe-noel");
        QTest::newRow("punctuation") << QStringLiteral("  Hello, World!  ") << QStringLiteral("hello-world");
        QTest::newRow("no letters") << QStringLiteral("日本語") << QString();
        QTest::newRow("long") << QString(500, QLatin1Char('a')) << QString(CommunityService::MaxGeneratedNodeLength, QLatin1Char('a'));
    }

    void nodeNameFromTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, node);
        QCOMPARE(CommunityService::nodeFromTitle(title), node);
    }

    void directoryModelSortsAndUpdates()
    {
        CommunityDirectoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(Service);
        model.setCommunity(community(QStringLiteral("b"), QStringLiteral("Zebras")));
        model.setCommunity(community(QStringLiteral("a"), QStringLiteral("Apples")));
        model.setCommunity(community(QStringLiteral("c"), QString()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::NodeRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::DisplayTitleRole).toString(), QStringLiteral("c"));
        QCOMPARE(model.data(model.index(2), CommunityDirectoryModel::NodeRole).toString(), QStringLiteral("b"));

        // A title that arrives with the info moves the row.
        CommunityInfo renamed = community(QStringLiteral("b"), QStringLiteral("Aardvarks"));
        renamed.infoLoaded = true;
        renamed.subscriberCount = 3;
        model.setCommunity(renamed);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::NodeRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::SubscribersRole).toInt(), 3);
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::InfoLoadedRole).toBool(), true);

        model.removeCommunity(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.contains(QStringLiteral("a")));
        model.reset(QStringLiteral("other.example.org"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.service(), QStringLiteral("other.example.org"));
    }

    void directoryModelShowsSubscriptionState()
    {
        SubscriptionsModel subscriptions;
        CommunityDirectoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions(&subscriptions);
        model.reset(Service);
        model.setCommunity(community(QStringLiteral("a"), QStringLiteral("Ants")));
        model.setCommunity(community(QStringLiteral("b"), QStringLiteral("Bees")));
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("none"));

        QSignalSpy changed(&model, &CommunityDirectoryModel::dataChanged);
        CommunitySubscription pending = subscription(QStringLiteral("b"), QStringLiteral("Bees"));
        pending.state = QStringLiteral("pending");
        subscriptions.setSubscription(pending);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("pending"));

        pending.state = QStringLiteral("subscribed");
        subscriptions.setSubscription(pending);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("subscribed"));
        subscriptions.removeSubscription(Service, QStringLiteral("b"));
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("none"));
        QCOMPARE(changed.count(), 3);
    }

    void directoryModelMarksOwned()
    {
        SubscriptionsModel subscriptions;
        CommunityDirectoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions(&subscriptions);
        model.reset(Service);
        QCOMPARE(model.roleNames().value(CommunityDirectoryModel::OwnedRole), QByteArray("owned"));
        // Known before the node is listed, as when the affiliations arrive before the list.
        model.setOwned(QStringLiteral("a"), true);
        model.setCommunity(community(QStringLiteral("a"), QStringLiteral("Ants")));
        model.setCommunity(community(QStringLiteral("b"), QStringLiteral("Bees")));
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::OwnedRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::OwnedRole).toBool(), false);

        QSignalSpy changed(&model, &CommunityDirectoryModel::dataChanged);
        model.setOwned(QStringLiteral("b"), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::OwnedRole).toBool(), true);
        model.setOwned(QStringLiteral("b"), true);
        QCOMPARE(changed.count(), 1);
        model.setOwned(QStringLiteral("b"), false);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::OwnedRole).toBool(), false);

        // What the subscriptions know counts too.
        subscriptions.setOwned(Service, QStringLiteral("b"), true);
        QCOMPARE(model.data(model.index(1), CommunityDirectoryModel::OwnedRole).toBool(), true);

        // A new listing clears the marks of the last one.
        model.reset(Service);
        model.setCommunity(community(QStringLiteral("a"), QStringLiteral("Ants")));
        QCOMPARE(model.data(model.index(0), CommunityDirectoryModel::OwnedRole).toBool(), false);
    }

    void subscriptionsModelMarksOwned()
    {
        SubscriptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.roleNames().value(SubscriptionsModel::OwnedRole), QByteArray("owned"));
        // Kept for a node without a subscription yet, such as one the user just created.
        model.setOwned(Service.toUpper(), QStringLiteral("a"), true);
        model.setSubscriptions({subscription(QStringLiteral("a"), QStringLiteral("Ants")), subscription(QStringLiteral("b"), QStringLiteral("Bees"))});
        QCOMPARE(model.data(model.index(0), SubscriptionsModel::OwnedRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), SubscriptionsModel::OwnedRole).toBool(), false);
        QVERIFY(model.isOwned(Service, QStringLiteral("a")));

        QSignalSpy changed(&model, &SubscriptionsModel::dataChanged);
        model.setOwned(Service, QStringLiteral("a"), false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<QVector<int>>(), QVector<int>{SubscriptionsModel::OwnedRole});
        QCOMPARE(model.data(model.index(0), SubscriptionsModel::OwnedRole).toBool(), false);
        model.setOwned(Service, QStringLiteral("a"), false);
        QCOMPARE(changed.count(), 1);
    }

    void subscriptionsModelKeepsOnePerNode()
    {
        SubscriptionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions({subscription(QStringLiteral("b"), QStringLiteral("Bees")), subscription(QStringLiteral("a"), QStringLiteral("Ants")),
                                subscription(QStringLiteral("a"), QStringLiteral("Ants again"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SubscriptionsModel::TitleRole).toString(), QStringLiteral("Ants"));

        model.setSubscription(subscription(QStringLiteral("b"), QStringLiteral("Bees"), true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), SubscriptionsModel::NotifyRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), SubscriptionsModel::StateRole).toString(), QStringLiteral("subscribed"));

        model.setSubscription(subscription(QStringLiteral("b"), QStringLiteral("Aardvarks")));
        QCOMPARE(model.data(model.index(0), SubscriptionsModel::NodeRole).toString(), QStringLiteral("b"));

        model.removeSubscription(Service, QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.subscription(Service, QStringLiteral("a")));
        QVERIFY(model.subscription(Service, QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(CommunityParsingTest)
#include "CommunityParsingTest.moc"
