#include "Account.h"
#include "CommunityFeed.h"
#include "CommunityDirectory.h"
#include "CommunityDirectoryModel.h"
#include "CommunityService.h"
#include "CommunitySubscription.h"
#include "DataFormModel.h"
#include "FeedModel.h"
#include "PubSubClient.h"
#include "SubscriptionsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
// Nodes that Bob, through a slixmpp peer, creates with a title and a description.
const auto GardenNode = QStringLiteral("salon-test-garden");
const auto ChessNode = QStringLiteral("salon-test-chess");
const auto UntitledNode = QStringLiteral("salon-test-untitled");

// Nodes of the paged stand-in service: more than CommunityDirectory::MaxCommunities.
constexpr int PagedNodes = 1200;

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

// Returns the row of \a node in \a model, or -1.
int rowOf(const QAbstractItemModel *model, const QString &node, int nodeRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, 0), nodeRole).toString() == node) {
            return row;
        }
    }
    return -1;
}

QVariant directoryRole(const CommunityDirectoryModel *model, const QString &node, int role)
{
    const int row = rowOf(model, node, CommunityDirectoryModel::NodeRole);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QVariant subscriptionRole(const SubscriptionsModel *model, const QString &node, int role)
{
    const int row = rowOf(model, node, SubscriptionsModel::NodeRole);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

// The XML of a create request with a node configuration (XEP-0060).
QString createNodeXml(const QString &node, const QString &title, const QString &description, const QString &accessModel)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>"
                          "<x xmlns='jabber:x:data' type='submit'>"
                          "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                          "<field var='pubsub#title'><value>%2</value></field>"
                          "<field var='pubsub#description'><value>%3</value></field>"
                          "<field var='pubsub#access_model'><value>%4</value></field>"
                          "</x></configure></pubsub>")
        .arg(node, title, description, accessModel);
}

// The XML of a publish request with an Atom entry titled \a title by Bob (XEP-0277).
QString publishXml(const QString &node, const QString &itemId, const QString &title)
{
    return QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%1'><item id='%2'>"
                          "<entry xmlns='http://www.w3.org/2005/Atom'><title>%3</title><id>tag:localhost,2026:%2</id>"
                          "<published>2026-12-05T08:00:00Z</published><updated>2026-12-05T08:00:00Z</updated>"
                          "<author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>"
                          "<content type='text'>Text of %3</content></entry></item></publish></pubsub>")
        .arg(node, itemId, title);
}

} // namespace

// CommunityService and CommunityDirectory against Prosody's PubSub component pubsub.localhost
// and PEP, with nodes that a slixmpp peer creates.
class CommunitiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setNodeListSize(PagedNodes);
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        createNode(GardenNode, QStringLiteral("Garden Friends"), QStringLiteral("Seeds, soil and sun"));
        createNode(ChessNode, QStringLiteral("Chess Club"), QStringLiteral("Openings and endgames"));
        QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("createNode")},
                                 {QStringLiteral("jid"), m_server.pubsubDomain()},
                                 {QStringLiteral("node"), UntitledNode}}),
                 qPrintable(m_bob->lastError()));
        QVERIFY(!QTest::currentTestFailed());

        m_alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QString(), nullptr, TimeoutMs);
        QVERIFY(m_alice);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_bob.reset();
    }

    void accountExposesCommunities()
    {
        QCOMPARE(m_alice->property("communities").value<CommunityService *>(), m_alice->communities());
        QCOMPARE(m_alice->property("communityDirectory").value<CommunityDirectoryModel *>(), m_alice->communities()->directory()->communities());
        QCOMPARE(m_alice->property("subscriptions").value<SubscriptionsModel *>(), m_alice->communities()->subscriptions());
    }

    void servicesFound_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("user's server") << QString();
        QTest::newRow("typed server") << QStringLiteral("localhost");
        QTest::newRow("typed service") << QStringLiteral(" PubSub.Localhost ");
    }

    void servicesFound()
    {
        QFETCH(QString, server);
        CommunityDirectory *directory = m_alice->communities()->directory();
        QSignalSpy found(directory, &CommunityDirectory::servicesFound);
        QSignalSpy failed(directory, &CommunityDirectory::actionFailed);

        directory->findServices(server);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        const QStringList services = found.first().at(1).toStringList();
        QVERIFY2(services.contains(m_server.pubsubDomain()), qPrintable(services.join(QStringLiteral(", "))));
        if (server.trimmed().isEmpty() || server == QLatin1String("localhost")) {
            QVERIFY(services.contains(m_server.nodeListDomain()));
        }
        // Neither the group chat service nor the server with its accounts' PEP services is a PubSub service.
        QVERIFY(!services.contains(QStringLiteral("conference.localhost")));
        QVERIFY(!services.contains(QStringLiteral("localhost")));
        QCOMPARE(directory->services(), services);
    }

    void invalidServerRejected()
    {
        CommunityDirectory *directory = m_alice->communities()->directory();
        QSignalSpy failed(directory, &CommunityDirectory::actionFailed);
        directory->findServices(QStringLiteral("not a server!"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());

        directory->requestCommunities(QStringLiteral("alice@"));
        QCOMPARE(failed.count(), 2);
    }

    void missingServiceFails()
    {
        CommunityDirectory *directory = m_alice->communities()->directory();
        QSignalSpy failed(directory, &CommunityDirectory::actionFailed);
        directory->requestCommunities(QStringLiteral("nowhere.localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("nowhere.localhost"));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("nowhere.localhost")));
        QTRY_VERIFY_WITH_TIMEOUT(!directory->communities()->isLoading(), TimeoutMs);
    }

    void peerNodesListed()
    {
        CommunityDirectory *directory = m_alice->communities()->directory();
        CommunityDirectoryModel *communities = directory->communities();
        QAbstractItemModelTester tester(communities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(directory, &CommunityDirectory::communitiesListed);

        directory->requestCommunities(m_server.pubsubDomain());
        QVERIFY(communities->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QVERIFY(!communities->isLoading());
        QCOMPARE(communities->service(), m_server.pubsubDomain());
        QVERIFY(communities->contains(GardenNode));
        QVERIFY(communities->contains(ChessNode));
        QVERIFY(communities->contains(UntitledNode));

        QCOMPARE(directoryRole(communities, GardenNode, CommunityDirectoryModel::TitleRole).toString(), QStringLiteral("Garden Friends"));
        QCOMPARE(directoryRole(communities, GardenNode, CommunityDirectoryModel::DescriptionRole).toString(), QStringLiteral("Seeds, soil and sun"));
        QCOMPARE(directoryRole(communities, GardenNode, CommunityDirectoryModel::AccessModelRole).toString(), QStringLiteral("open"));
        QCOMPARE(directoryRole(communities, GardenNode, CommunityDirectoryModel::InfoLoadedRole).toBool(), true);
        QCOMPARE(directoryRole(communities, ChessNode, CommunityDirectoryModel::DisplayTitleRole).toString(), QStringLiteral("Chess Club"));
        QCOMPARE(directoryRole(communities, UntitledNode, CommunityDirectoryModel::DisplayTitleRole).toString(), UntitledNode);

        // Sorted by title: Chess Club before Garden Friends.
        QVERIFY(rowOf(communities, ChessNode, CommunityDirectoryModel::NodeRole) < rowOf(communities, GardenNode, CommunityDirectoryModel::NodeRole));
    }

    void ownedCommunitiesMarked()
    {
        // Created with a plain PubSub request, so only the listing can tell that Alice owns it.
        const QString ownNode = QStringLiteral("salon-test-alice-own");
        std::optional<PubSubResult> createResult;
        m_alice->pubsub()->createNode(m_server.pubsubDomain(), ownNode, {{QStringLiteral("pubsub#title"), {QStringLiteral("Alice's own")}}}, this,
                                      [&createResult](const PubSubResult &result, const QString &) {
                                          createResult = result;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(createResult.has_value(), TimeoutMs);
        QVERIFY2(createResult->isOk(), qPrintable(createResult->code()));

        CommunityDirectory *directory = m_alice->communities()->directory();
        CommunityDirectoryModel *communities = directory->communities();
        QAbstractItemModelTester tester(communities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(communities->roleNames().value(CommunityDirectoryModel::OwnedRole), QByteArray("owned"));
        QSignalSpy listed(directory, &CommunityDirectory::communitiesListed);
        directory->requestCommunities(m_server.pubsubDomain());
        // Prosody 0.12 does not return the user's affiliations with every node, so the
        // directory requests each node's affiliations. The listing ends when those requests have ended.
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QCOMPARE(directoryRole(communities, ownNode, CommunityDirectoryModel::OwnedRole).toBool(), true);
        QCOMPARE(directoryRole(communities, GardenNode, CommunityDirectoryModel::OwnedRole).toBool(), false);
        QCOMPARE(directoryRole(communities, ChessNode, CommunityDirectoryModel::OwnedRole).toBool(), false);

        // A subscription to the node is marked owned once CommunityFeed has fetched it.
        QSignalSpy subscribed(m_alice->communities(), &CommunityService::subscribed);
        m_alice->communities()->subscribe(m_server.pubsubDomain(), ownNode, QStringLiteral("Alice's own"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);
        SubscriptionsModel *subscriptions = m_alice->subscriptions();
        QAbstractItemModelTester subscriptionsTester(subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionRole(subscriptions, ownNode, SubscriptionsModel::OwnedRole), QVariant(true), TimeoutMs);

        QSignalSpy unsubscribed(m_alice->communities(), &CommunityService::unsubscribed);
        m_alice->communities()->unsubscribe(m_server.pubsubDomain(), ownNode);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);
    }

    void newPostAnnouncedWithoutStore()
    {
        // Alice has no database here, so CommunityFeed remembers the posts seen on this run.
        const QString node = QStringLiteral("salon-test-announced");
        createNode(node, QStringLiteral("Announced"), QString());
        bobRequest(publishXml(node, QStringLiteral("before"), QStringLiteral("Before")));

        CommunityFeed *communityFeed = m_alice->communityFeed();
        QSignalSpy announced(communityFeed, &CommunityFeed::postReceived);
        QSignalSpy fetched(communityFeed, &CommunityFeed::communitiesFetched);
        QSignalSpy subscribed(m_alice->communities(), &CommunityService::subscribed);
        m_alice->communities()->subscribe(m_server.pubsubDomain(), node, QStringLiteral("Announced"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);
        m_alice->communities()->setNotify(m_server.pubsubDomain(), node, true);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() >= 1, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->feed()->indexOf(m_server.pubsubDomain(), node, QStringLiteral("before")) >= 0, TimeoutMs);

        bobRequest(publishXml(node, QStringLiteral("after"), QStringLiteral("After")));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, TimeoutMs);
        QCOMPARE(announced.first().at(2).toString(), QStringLiteral("after"));
        QCOMPARE(announced.first().at(3).toString(), QStringLiteral("After"));
        // An edit of the same item is not announced again: the next announcement is a new post.
        bobRequest(publishXml(node, QStringLiteral("after"), QStringLiteral("After, edited")));
        bobRequest(publishXml(node, QStringLiteral("later"), QStringLiteral("Later")));
        QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 2, TimeoutMs);
        QCOMPARE(announced.last().at(2).toString(), QStringLiteral("later"));

        QSignalSpy unsubscribed(m_alice->communities(), &CommunityService::unsubscribed);
        m_alice->communities()->unsubscribe(m_server.pubsubDomain(), node);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);
    }

    void pagedListBounded()
    {
        CommunityDirectory *directory = m_alice->communities()->directory();
        CommunityDirectoryModel *communities = directory->communities();
        QAbstractItemModelTester tester(communities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(directory, &CommunityDirectory::communitiesListed);
        QSignalSpy failed(directory, &CommunityDirectory::actionFailed);

        directory->requestCommunities(m_server.nodeListDomain());
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 4 * TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(listed.first().at(1).toInt(), CommunityDirectory::MaxCommunities);
        QCOMPARE(communities->rowCount(), CommunityDirectory::MaxCommunities);
        // The pages come in order, so the listing stops after node1000.
        QVERIFY(communities->contains(QStringLiteral("node001")));
        QVERIFY(communities->contains(QStringLiteral("node1000")));
        QVERIFY(!communities->contains(QStringLiteral("node1001")));
        QCOMPARE(directoryRole(communities, QStringLiteral("node017"), CommunityDirectoryModel::TitleRole).toString(), QStringLiteral("Node 17"));
        QCOMPARE(directoryRole(communities, QStringLiteral("node017"), CommunityDirectoryModel::DescriptionRole).toString(),
                 QStringLiteral("Description of node 17"));
        QCOMPARE(directoryRole(communities, QStringLiteral("node017"), CommunityDirectoryModel::SubscribersRole).toInt(), 7);
        for (int row = 0; row < communities->rowCount(); ++row) {
            QVERIFY(communities->data(communities->index(row), CommunityDirectoryModel::InfoLoadedRole).toBool());
        }
    }

    void subscriptionSyncedAcrossClients()
    {
        CommunityService *communities = m_alice->communities();
        SubscriptionsModel *subscriptions = communities->subscriptions();
        QAbstractItemModelTester tester(subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy subscribed(communities, &CommunityService::subscribed);
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        const QString service = m_server.pubsubDomain();
        QCOMPARE(communities->subscriptionState(service, GardenNode), QStringLiteral("none"));
        CommunityDirectoryModel *listed = communities->directory()->communities();
        QSignalSpy listedSpy(communities->directory(), &CommunityDirectory::communitiesListed);
        communities->directory()->requestCommunities(service);
        QTRY_COMPARE_WITH_TIMEOUT(listedSpy.count(), 1, TimeoutMs);
        QCOMPARE(directoryRole(listed, GardenNode, CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("none"));

        communities->subscribe(service, GardenNode, QStringLiteral("Garden Friends"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(subscribed.first().at(2).toString(), QStringLiteral("subscribed"));
        QCOMPARE(communities->subscriptionState(service, GardenNode), QStringLiteral("subscribed"));
        QCOMPARE(subscriptionRole(subscriptions, GardenNode, SubscriptionsModel::ServiceRole).toString(), service);
        QCOMPARE(subscriptionRole(subscriptions, GardenNode, SubscriptionsModel::TitleRole).toString(), QStringLiteral("Garden Friends"));
        QCOMPARE(subscriptionRole(subscriptions, GardenNode, SubscriptionsModel::NotifyRole).toBool(), false);
        QCOMPARE(subscriptionRole(subscriptions, GardenNode, SubscriptionsModel::OwnedRole).toBool(), false);
        QCOMPARE(directoryRole(listed, GardenNode, CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("subscribed"));

        // A second client of Alice reads the list from her PEP node at sign-in.
        auto second = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("second"), nullptr, TimeoutMs);
        QVERIFY(second);
        SubscriptionsModel *secondList = second->subscriptions();
        QAbstractItemModelTester secondTester(secondList, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(secondList, GardenNode, SubscriptionsModel::NodeRole) >= 0, TimeoutMs);
        QCOMPARE(subscriptionRole(secondList, GardenNode, SubscriptionsModel::TitleRole).toString(), QStringLiteral("Garden Friends"));
        QCOMPARE(subscriptionRole(secondList, GardenNode, SubscriptionsModel::StateRole).toString(), QStringLiteral("subscribed"));
        QCOMPARE(second->communities()->subscriptionState(service, GardenNode), QStringLiteral("subscribed"));

        // The notify flag travels with the stored item, through the PEP notification.
        communities->setNotify(service, GardenNode, true);
        QCOMPARE(subscriptionRole(subscriptions, GardenNode, SubscriptionsModel::NotifyRole).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionRole(secondList, GardenNode, SubscriptionsModel::NotifyRole).toBool(), true, TimeoutMs);

        QSignalSpy unsubscribed(communities, &CommunityService::unsubscribed);
        communities->unsubscribe(service, GardenNode);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(communities->subscriptionState(service, GardenNode), QStringLiteral("none"));
        QCOMPARE(rowOf(subscriptions, GardenNode, SubscriptionsModel::NodeRole), -1);
        QCOMPARE(directoryRole(listed, GardenNode, CommunityDirectoryModel::SubscriptionStateRole).toString(), QStringLiteral("none"));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(secondList, GardenNode, SubscriptionsModel::NodeRole), -1, TimeoutMs);

        // A client that signs in afterwards reads the list without it.
        second.reset();
        auto third = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("third"), nullptr, TimeoutMs);
        QVERIFY(third);
        QTest::qWait(500);
        QCOMPARE(rowOf(third->subscriptions(), GardenNode, SubscriptionsModel::NodeRole), -1);
    }

    void listNodeOptionsOfOtherClientKept()
    {
        // Another client made the list node readable by Alice's contacts, as XEP-0330 allows.
        const PubSubClient::FormFields presence{{QStringLiteral("pubsub#access_model"), {QStringLiteral("presence")}}};
        std::optional<PubSubResult> configured;
        QObject scope;
        m_alice->pubsub()->configureNode(QString(), CommunitySubscription::nodeName(), presence, &scope, [&configured](const PubSubResult &result) {
            configured = result;
        });
        QVERIFY(QTest::qWaitFor([&configured] { return configured.has_value(); }, TimeoutMs));
        QVERIFY2(configured->isOk(), qPrintable(configured->code()));

        // Storing the subscription with Salon's options fails with precondition-not-met, so
        // CommunityService publishes it again without options, and the node keeps its own.
        CommunityService *communities = m_alice->communities();
        const QString service = m_server.pubsubDomain();
        QSignalSpy subscribed(communities, &CommunityService::subscribed);
        communities->subscribe(service, ChessNode, QStringLiteral("Chess Club"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);

        auto second = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("options"), nullptr, TimeoutMs);
        QVERIFY(second);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(second->subscriptions(), ChessNode, SubscriptionsModel::NodeRole) >= 0, TimeoutMs);

        std::optional<PubSubItemsPage> page;
        m_alice->pubsub()->requestItems(QString(), CommunitySubscription::nodeName(), {}, &scope, [&page](const PubSubItemsPage &items) {
            page = items;
        });
        QVERIFY(QTest::qWaitFor([&page] { return page.has_value(); }, TimeoutMs));
        QVERIFY2(page->result.isOk(), qPrintable(page->result.code()));
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.first().id, CommunitySubscription::itemId(service, ChessNode, AliceJid));

        QSignalSpy unsubscribed(communities, &CommunityService::unsubscribed);
        communities->unsubscribe(service, ChessNode);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(second->subscriptions(), ChessNode, SubscriptionsModel::NodeRole), -1, TimeoutMs);
    }

    void otherAddressStartsEmpty()
    {
        CommunityService *communities = m_alice->communities();
        const QString service = m_server.pubsubDomain();
        QSignalSpy subscribed(communities, &CommunityService::subscribed);
        communities->subscribe(service, GardenNode, QStringLiteral("Garden Friends"));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);

        // Bob signs in on an account object that showed Alice's list.
        auto account = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QStringLiteral("shared"), nullptr, TimeoutMs);
        QVERIFY(account);
        SubscriptionsModel *subscriptions = account->subscriptions();
        QAbstractItemModelTester tester(subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(subscriptions, GardenNode, SubscriptionsModel::NodeRole) >= 0, TimeoutMs);
        account->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Offline, TimeoutMs);
        account->signIn(QStringLiteral("bob@localhost"), chatTestPassword(QStringLiteral("bob")));
        QCOMPARE(subscriptions->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(account->state(), Account::State::Online, TimeoutMs);
        QTest::qWait(500);
        QCOMPARE(subscriptions->rowCount(), 0);
        account.reset();

        QSignalSpy unsubscribed(communities, &CommunityService::unsubscribed);
        communities->unsubscribe(service, GardenNode);
        QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.count(), 1, TimeoutMs);
    }

    void deletedNodeEndsSubscription()
    {
        CommunityService *communities = m_alice->communities();
        SubscriptionsModel *subscriptions = communities->subscriptions();
        QAbstractItemModelTester tester(subscriptions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString service = m_server.pubsubDomain();
        const auto node = QStringLiteral("salon-test-doomed");
        createNode(node, QStringLiteral("Doomed"), QStringLiteral("Soon gone"));
        QVERIFY(!QTest::currentTestFailed());

        QSignalSpy subscribed(communities, &CommunityService::subscribed);
        communities->subscribe(service, node);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, TimeoutMs);
        QVERIFY(rowOf(subscriptions, node, SubscriptionsModel::NodeRole) >= 0);

        // Bob, the owner, deletes the node, and the service notifies its subscribers.
        bobRequest(QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><delete node='%1'/></pubsub>").arg(node));
        QVERIFY(!QTest::currentTestFailed());
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(subscriptions, node, SubscriptionsModel::NodeRole), -1, TimeoutMs);
        QCOMPARE(communities->subscriptionState(service, node), QStringLiteral("none"));
    }

    void unsupportedAccessModelReported()
    {
        // Prosody 0.12 rejects the access model "authorize", so no subscription here becomes "pending".
        CommunityService *communities = m_alice->communities();
        QSignalSpy created(communities, &CommunityService::communityCreated);
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        communities->createCommunity(m_server.pubsubDomain(), QString(), QStringLiteral("Club"), QString(), QStringLiteral("authorize"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 1, TimeoutMs);
        QCOMPARE(created.count(), 0);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("club"));
        QCOMPARE(failed.first().at(2).toString(),
                 QStringLiteral("%1 rejected the community's settings. It may not support the access model “authorize”. Choose another one.")
                     .arg(m_server.pubsubDomain()));
    }

    void ownCommunityCreatedConfiguredDeleted()
    {
        CommunityService *communities = m_alice->communities();
        CommunityDirectory *directory = communities->directory();
        CommunityDirectoryModel *listedCommunities = directory->communities();
        QAbstractItemModelTester tester(listedCommunities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy created(communities, &CommunityService::communityCreated);
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        const QString service = m_server.pubsubDomain();

        communities->createCommunity(service, QString(), QStringLiteral("Salon Cats"), QStringLiteral("Whiskers\nand paws"), QStringLiteral("whitelist"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        const QString node = created.first().at(1).toString();
        QCOMPARE(node, QStringLiteral("salon-cats"));

        // The directory reads the new node's info from the service.
        QSignalSpy listed(directory, &CommunityDirectory::communitiesListed);
        directory->requestCommunities(service);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QVERIFY(listedCommunities->contains(node));
        QCOMPARE(directoryRole(listedCommunities, node, CommunityDirectoryModel::TitleRole).toString(), QStringLiteral("Salon Cats"));
        QCOMPARE(directoryRole(listedCommunities, node, CommunityDirectoryModel::DescriptionRole).toString(), QStringLiteral("Whiskers\nand paws"));
        QCOMPARE(directoryRole(listedCommunities, node, CommunityDirectoryModel::AccessModelRole).toString(), QStringLiteral("whitelist"));
        QCOMPARE(directoryRole(listedCommunities, node, CommunityDirectoryModel::OwnedRole).toBool(), true);

        // Configuration through the node's form.
        DataFormModel *form = communities->configurationForm(service, node);
        QVERIFY(form);
        QAbstractItemModelTester formTester(form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(communities, &CommunityService::configurationReady);
        communities->requestConfiguration(service, node);
        QCOMPARE(form->status(), QStringLiteral("loading"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, TimeoutMs);
        QCOMPARE(form->status(), QStringLiteral("ready"));
        QCOMPARE(form->value(QStringLiteral("pubsub#title")).toString(), QStringLiteral("Salon Cats"));

        QSignalSpy saved(communities, &CommunityService::configurationSaved);
        communities->submitConfiguration(service, node, QVariantMap{{QStringLiteral("pubsub#title"), QStringLiteral("Salon Lions")}});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(form->status(), QStringLiteral("saved"));
        // The directory requests the node's info again by itself.
        QTRY_COMPARE_WITH_TIMEOUT(directoryRole(listedCommunities, node, CommunityDirectoryModel::TitleRole).toString(), QStringLiteral("Salon Lions"),
                                  TimeoutMs);

        // A new listing reads the changed title from the service too.
        listed.clear();
        directory->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QCOMPARE(directoryRole(listedCommunities, node, CommunityDirectoryModel::TitleRole).toString(), QStringLiteral("Salon Lions"));

        // Cancelling leaves the configuration as it is.
        ready.clear();
        communities->requestConfiguration(service, node);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, TimeoutMs);
        QSignalSpy cancelled(communities, &CommunityService::configurationCancelled);
        communities->cancelConfiguration(service, node);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(form->status(), QStringLiteral("cancelled"));
        communities->closeConfiguration(service, node);

        QSignalSpy deleted(communities, &CommunityService::communityDeleted);
        communities->deleteCommunity(service, node);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!listedCommunities->contains(node));
        listed.clear();
        directory->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, TimeoutMs);
        QVERIFY(!listedCommunities->contains(node));
    }

    void createdNameTaken()
    {
        CommunityService *communities = m_alice->communities();
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        communities->createCommunity(m_server.pubsubDomain(), GardenNode, QStringLiteral("Another garden"), QString(), QStringLiteral("open"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(1).toString(), GardenNode);
        QCOMPARE(failed.first().at(2).toString(),
                 QStringLiteral("A community with this name exists already on %1. Choose another name.").arg(m_server.pubsubDomain()));

        communities->createCommunity(m_server.pubsubDomain(), QString(), QStringLiteral("Anything"), QString(), QStringLiteral("everyone"));
        QCOMPARE(failed.count(), 2);
        QVERIFY(!failed.at(1).at(2).toString().isEmpty());
    }

    void missingNodeSubscriptionFails()
    {
        CommunityService *communities = m_alice->communities();
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        QSignalSpy subscribed(communities, &CommunityService::subscribed);
        communities->subscribe(m_server.pubsubDomain(), QStringLiteral("salon-test-missing"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(subscribed.count(), 0);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("salon-test-missing"));
        QCOMPARE(failed.first().at(2).toString(), QStringLiteral("This community does not exist on %1.").arg(m_server.pubsubDomain()));
        QCOMPARE(communities->subscriptionState(m_server.pubsubDomain(), QStringLiteral("salon-test-missing")), QStringLiteral("none"));
    }

    void foreignNodeConfigurationFails()
    {
        CommunityService *communities = m_alice->communities();
        QSignalSpy failed(communities, &CommunityService::actionFailed);
        DataFormModel *form = communities->configurationForm(m_server.pubsubDomain(), ChessNode);
        communities->requestConfiguration(m_server.pubsubDomain(), ChessNode);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        const QString expected = QStringLiteral("Only the owners of a community may configure it.");
        QCOMPARE(failed.first().at(2).toString(), expected);
        QCOMPARE(form->status(), QStringLiteral("failed"));
        QCOMPARE(form->errorText(), expected);

        communities->deleteCommunity(m_server.pubsubDomain(), ChessNode);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, TimeoutMs);
        QCOMPARE(failed.at(1).at(2).toString(), QStringLiteral("Only the owners of a community may delete it."));
        communities->closeConfiguration(m_server.pubsubDomain(), ChessNode);
    }

private:
    void createNode(const QString &node, const QString &title, const QString &description, const QString &accessModel = QStringLiteral("open"))
    {
        bobRequest(createNodeXml(node, title, description, accessModel));
    }

    // Sends \a xml in an iq set from Bob to the PubSub service and expects a result.
    void bobRequest(const QString &xml)
    {
        m_bob->clearEvents();
        QVERIFY2(m_bob->command({{QStringLiteral("command"), QStringLiteral("iqSet")},
                                 {QStringLiteral("to"), m_server.pubsubDomain()},
                                 {QStringLiteral("xml"), xml}},
                                TimeoutMs),
                 qPrintable(m_bob->lastError()));
        const QJsonObject response = m_bob->waitForEvent(QStringLiteral("iqResponse"), TimeoutMs);
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<Account> m_alice;
};

QTEST_GUILESS_MAIN(CommunitiesTest)
#include "CommunitiesTest.moc"
