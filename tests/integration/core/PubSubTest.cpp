#include "Account.h"
#include "IqRequestExtension.h"
#include "PubSubClient.h"
#include "PubSubEventReader.h"
#include "TestConnection.h"
#include "TestXmppServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>

#include <memory>
#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto AtomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

// Writes an Atom entry with the title, as a microblog post would have.
PubSubClient::PayloadWriter entry(const QString &title)
{
    return [title](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("entry"));
        writer->writeDefaultNamespace(AtomNamespace);
        writer->writeTextElement(QStringLiteral("title"), title);
        writer->writeEndElement();
    };
}

QString titleOf(const PubSubItem &item)
{
    return item.payload.firstChildElement(QStringLiteral("title")).text();
}

// A signed-in account with a PubSub client and an event reader of its own.
struct PubSubUser {
    std::unique_ptr<Account> account;
    IqRequestExtension *requests = nullptr;
    PubSubClient *pubsub = nullptr;
    PubSubEventReader *events = nullptr;
};

// Waits for the outcome that a request passes to its callback.
template<typename Outcome>
bool waitFor(const std::optional<Outcome> &outcome)
{
    return QTest::qWaitFor([&outcome] { return outcome.has_value(); }, TimeoutMs);
}

} // namespace

// PubSubClient and PubSubEventReader against Prosody's PubSub component and PEP (XEP-0060, XEP-0163).
class PubSubTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QVector<PubSubItem>>();
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_alice = signedIn(AliceJid);
        QVERIFY(m_alice.account);
        m_bob = signedIn(BobJid);
        QVERIFY(m_bob.account);
    }

    void cleanupTestCase()
    {
        m_alice = {};
        m_bob = {};
    }

    void nodeLifecycleWithEvents()
    {
        // Ends the callbacks of requests still running when the test returns.
        QObject scope;
        const QString service = m_server.pubsubDomain();
        const QString node = QStringLiteral("salon-test-news");
        const PubSubClient::FormFields config{{QStringLiteral("pubsub#access_model"), {QStringLiteral("open")}},
                                              {QStringLiteral("pubsub#max_items"), {QStringLiteral("10")}}};

        std::optional<std::pair<PubSubResult, QString>> created;
        m_alice.pubsub->createNode(service, node, config, &scope, [&created](const PubSubResult &result, const QString &name) {
            created.emplace(result, name);
        });
        QVERIFY(waitFor(created));
        QVERIFY2(created->first.isOk(), qPrintable(created->first.code()));
        QCOMPARE(created->second, node);

        std::optional<PubSubResult> createdAgain;
        m_alice.pubsub->createNode(service, node, config, &scope, [&createdAgain](const PubSubResult &result, const QString &) {
            createdAgain = result;
        });
        QVERIFY(waitFor(createdAgain));
        QCOMPARE(createdAgain->error(), PubSubResult::Error::Conflict);
        QVERIFY(!createdAgain->text().isEmpty());

        // Prosody 0.12 sends no response to a request for the subscriptions of a JID that is still
        // subscribed to a deleted node, so Bob, who lists his below, stays off this node.
        std::optional<std::pair<PubSubResult, QString>> subscribed;
        m_alice.pubsub->subscribe(service, node, AliceJid, &scope, [&subscribed](const PubSubResult &result, const QString &state) {
            subscribed.emplace(result, state);
        });
        QVERIFY(waitFor(subscribed));
        QVERIFY2(subscribed->first.isOk(), qPrintable(subscribed->first.code()));
        QCOMPARE(subscribed->second, QStringLiteral("subscribed"));

        // The subscription brings each publish, payload included.
        QSignalSpy published(m_alice.events, &PubSubEventReader::itemsPublished);
        std::optional<std::pair<PubSubResult, QString>> first;
        m_alice.pubsub->publish(service, node, QStringLiteral("first"), entry(QStringLiteral("Hello")), {}, this,
                                [&first](const PubSubResult &result, const QString &id) {
                                    first.emplace(result, id);
                                });
        QVERIFY(waitFor(first));
        QVERIFY2(first->first.isOk(), qPrintable(first->first.code()));
        QCOMPARE(first->second, QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(0).toString(), service);
        QCOMPARE(published.first().at(1).toString(), node);
        const auto items = published.first().at(2).value<QVector<PubSubItem>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().id, QStringLiteral("first"));
        QCOMPARE(titleOf(items.first()), QStringLiteral("Hello"));

        // Without an id, the service names the item.
        std::optional<std::pair<PubSubResult, QString>> second;
        m_alice.pubsub->publish(service, node, QString(), entry(QStringLiteral("Second")), {}, &scope, [&second](const PubSubResult &result, const QString &id) {
            second.emplace(result, id);
        });
        QVERIFY(waitFor(second));
        QVERIFY(second->first.isOk());
        QVERIFY(!second->second.isEmpty());

        std::optional<PubSubItemsPage> all;
        m_bob.pubsub->requestItems(service, node, {}, &scope, [&all](const PubSubItemsPage &page) {
            all = page;
        });
        QVERIFY(waitFor(all));
        QVERIFY2(all->result.isOk(), qPrintable(all->result.code()));
        QCOMPARE(all->items.size(), 2);
        QStringList titles;
        for (const PubSubItem &item : qAsConst(all->items)) {
            titles.append(titleOf(item));
        }
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Hello"), QStringLiteral("Second")}));

        // The newest item alone.
        std::optional<PubSubItemsPage> newest;
        PubSubClient::ItemsQuery newestQuery;
        newestQuery.maxItems = 1;
        m_bob.pubsub->requestItems(service, node, newestQuery, &scope, [&newest](const PubSubItemsPage &page) {
            newest = page;
        });
        QVERIFY(waitFor(newest));
        QVERIFY2(newest->result.isOk(), qPrintable(newest->result.code()));
        QCOMPARE(newest->items.size(), 1);
        QCOMPARE(titleOf(newest->items.first()), QStringLiteral("Second"));

        std::optional<PubSubItemsPage> byId;
        PubSubClient::ItemsQuery query;
        query.itemIds = QStringList{QStringLiteral("first")};
        m_bob.pubsub->requestItems(service, node, query, &scope, [&byId](const PubSubItemsPage &page) {
            byId = page;
        });
        QVERIFY(waitFor(byId));
        QCOMPARE(byId->items.size(), 1);
        QCOMPARE(titleOf(byId->items.first()), QStringLiteral("Hello"));

        QSignalSpy retracted(m_alice.events, &PubSubEventReader::itemsRetracted);
        std::optional<PubSubResult> retractResult;
        m_alice.pubsub->retract(service, node, QStringLiteral("first"), true, &scope, [&retractResult](const PubSubResult &result) {
            retractResult = result;
        });
        QVERIFY(waitFor(retractResult));
        QVERIFY2(retractResult->isOk(), qPrintable(retractResult->code()));
        QTRY_COMPARE_WITH_TIMEOUT(retracted.count(), 1, TimeoutMs);
        QCOMPARE(retracted.first().at(2).toStringList(), QStringList{QStringLiteral("first")});

        QSignalSpy purged(m_alice.events, &PubSubEventReader::nodePurged);
        std::optional<PubSubResult> purgeResult;
        m_alice.pubsub->purgeNode(service, node, &scope, [&purgeResult](const PubSubResult &result) {
            purgeResult = result;
        });
        QVERIFY(waitFor(purgeResult));
        QVERIFY2(purgeResult->isOk(), qPrintable(purgeResult->code()));
        QTRY_COMPARE_WITH_TIMEOUT(purged.count(), 1, TimeoutMs);

        QSignalSpy deleted(m_alice.events, &PubSubEventReader::nodeDeleted);
        std::optional<PubSubResult> deleteResult;
        m_alice.pubsub->deleteNode(service, node, &scope, [&deleteResult](const PubSubResult &result) {
            deleteResult = result;
        });
        QVERIFY(waitFor(deleteResult));
        QVERIFY2(deleteResult->isOk(), qPrintable(deleteResult->code()));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(deleted.first().at(1).toString(), node);

        std::optional<PubSubItemsPage> gone;
        m_bob.pubsub->requestItems(service, node, {}, &scope, [&gone](const PubSubItemsPage &page) {
            gone = page;
        });
        QVERIFY(waitFor(gone));
        QCOMPARE(gone->result.error(), PubSubResult::Error::ItemNotFound);
    }

    void subscriptionsAndAffiliationsListed()
    {
        // Ends the callbacks of requests still running when the test returns.
        QObject scope;
        const QString service = m_server.pubsubDomain();
        const QString node = QStringLiteral("salon-test-listed");
        std::optional<PubSubResult> created;
        m_alice.pubsub->createNode(service, node, {}, &scope, [&created](const PubSubResult &result, const QString &) {
            created = result;
        });
        QVERIFY(waitFor(created));
        QVERIFY2(created->isOk(), qPrintable(created->code()));

        std::optional<std::pair<PubSubResult, QVector<PubSubAffiliation>>> affiliations;
        m_alice.pubsub->requestNodeAffiliations(service, node, &scope, [&affiliations](const PubSubResult &result, const QVector<PubSubAffiliation> &list) {
            affiliations.emplace(result, list);
        });
        QVERIFY(waitFor(affiliations));
        QVERIFY2(affiliations->first.isOk(), qPrintable(affiliations->first.code()));
        bool owner = false;
        for (const PubSubAffiliation &affiliation : qAsConst(affiliations->second)) {
            owner = owner || (affiliation.jid == AliceJid && affiliation.affiliation == QLatin1String("owner"));
        }
        QVERIFY(owner);

        // Prosody 0.12 has no list of the user's own affiliations, which comes out as a typed error.
        std::optional<PubSubResult> ownList;
        m_alice.pubsub->requestAffiliations(service, &scope, [&ownList](const PubSubResult &result, const QVector<PubSubAffiliation> &) {
            ownList = result;
        });
        QVERIFY(waitFor(ownList));
        QCOMPARE(ownList->error(), PubSubResult::Error::Unsupported);

        std::optional<std::pair<PubSubResult, QString>> subscribed;
        m_bob.pubsub->subscribe(service, node, BobJid, &scope, [&subscribed](const PubSubResult &result, const QString &state) {
            subscribed.emplace(result, state);
        });
        QVERIFY(waitFor(subscribed));
        QVERIFY(subscribed->first.isOk());

        std::optional<std::pair<PubSubResult, QVector<PubSubSubscription>>> subscriptions;
        m_bob.pubsub->requestSubscriptions(service, &scope, [&subscriptions](const PubSubResult &result, const QVector<PubSubSubscription> &list) {
            subscriptions.emplace(result, list);
        });
        QVERIFY(waitFor(subscriptions));
        QVERIFY2(subscriptions->first.isOk(), qPrintable(subscriptions->first.code()));
        bool listed = false;
        for (const PubSubSubscription &subscription : qAsConst(subscriptions->second)) {
            listed = listed || (subscription.node == node && subscription.state == QLatin1String("subscribed"));
        }
        QVERIFY(listed);

        std::optional<PubSubResult> unsubscribed;
        m_bob.pubsub->unsubscribe(service, node, BobJid, &scope, [&unsubscribed](const PubSubResult &result) {
            unsubscribed = result;
        });
        QVERIFY(waitFor(unsubscribed));
        QVERIFY2(unsubscribed->isOk(), qPrintable(unsubscribed->code()));

        // Only the owner may delete the node.
        std::optional<PubSubResult> deletedByBob;
        m_bob.pubsub->deleteNode(service, node, &scope, [&deletedByBob](const PubSubResult &result) {
            deletedByBob = result;
        });
        QVERIFY(waitFor(deletedByBob));
        QCOMPARE(deletedByBob->error(), PubSubResult::Error::Forbidden);
    }

    void pepPublishOptionsChecked()
    {
        // Ends the callbacks of requests still running when the test returns.
        QObject scope;
        const QString node = QStringLiteral("urn:salon:test:options");
        const PubSubClient::FormFields whitelist{{QStringLiteral("pubsub#access_model"), {QStringLiteral("whitelist")}}};
        std::optional<PubSubResult> first;
        m_alice.pubsub->publish(QString(), node, QStringLiteral("current"), entry(QStringLiteral("Private")), whitelist, this,
                                [&first](const PubSubResult &result, const QString &) {
                                    first = result;
                                });
        QVERIFY(waitFor(first));
        QVERIFY2(first->isOk(), qPrintable(first->code()));

        // Options that differ from the node's configuration are rejected, not applied.
        const PubSubClient::FormFields open{{QStringLiteral("pubsub#access_model"), {QStringLiteral("open")}}};
        std::optional<PubSubResult> mismatch;
        m_alice.pubsub->publish(QString(), node, QStringLiteral("current"), entry(QStringLiteral("Public")), open, this,
                                [&mismatch](const PubSubResult &result, const QString &) {
                                    mismatch = result;
                                });
        QVERIFY(waitFor(mismatch));
        QCOMPARE(mismatch->error(), PubSubResult::Error::PreconditionNotMet);
        QCOMPARE(mismatch->pubSubCondition(), QStringLiteral("precondition-not-met"));

        std::optional<PubSubItemsPage> own;
        m_alice.pubsub->requestItems(QString(), node, {}, &scope, [&own](const PubSubItemsPage &page) {
            own = page;
        });
        QVERIFY(waitFor(own));
        QVERIFY2(own->result.isOk(), qPrintable(own->result.code()));
        QCOMPARE(own->items.size(), 1);
        QCOMPARE(titleOf(own->items.first()), QStringLiteral("Private"));

        // Bob is not on the whitelist of Alice's node.
        std::optional<PubSubItemsPage> foreign;
        m_bob.pubsub->requestItems(AliceJid, node, {}, &scope, [&foreign](const PubSubItemsPage &page) {
            foreign = page;
        });
        QVERIFY(waitFor(foreign));
        QCOMPARE(foreign->result.error(), PubSubResult::Error::Forbidden);
    }

    void requestToOwnBareJidAnswered()
    {
        // Prosody replies to a request about a node of the account's own PEP service without a sender.
        QXmppDiscoveryIq info;
        info.setType(QXmppIq::Get);
        info.setQueryType(QXmppDiscoveryIq::InfoQuery);
        info.setTo(AliceJid);
        info.setQueryNode(QStringLiteral("urn:xmpp:microblog:0"));
        // Ends the callback when the test returns, even if the request is still running.
        QObject scope;
        std::optional<IqResponse> response;
        m_alice.requests->sendRequest(info, &scope, [&response](const IqResponse &result) {
            response = result;
        }, TimeoutMs);

        QVERIFY(waitFor(response));
        // A result or an error (item-not-found while the node does not exist) is a response to the request.
        QVERIFY2(response->status == IqResponse::Status::Result || response->status == IqResponse::Status::Error,
                 qPrintable(QStringLiteral("status %1").arg(int(response->status))));
    }

    void offlineRequestFailsAtOnce()
    {
        // Ends the callbacks of requests still running when the test returns.
        QObject scope;
        Account account;
        auto *requests = new IqRequestExtension;
        account.client()->insertExtension(0, requests);
        PubSubClient pubsub(account.client(), requests);
        std::optional<PubSubItemsPage> page;
        pubsub.requestItems(m_server.pubsubDomain(), QStringLiteral("any"), {}, &scope, [&page](const PubSubItemsPage &result) {
            page = result;
        });
        QVERIFY(page.has_value());
        QCOMPARE(page->result.error(), PubSubResult::Error::Offline);
        QVERIFY(!page->result.text().isEmpty());
    }

private:
    PubSubUser signedIn(const QString &jid)
    {
        PubSubUser user;
        user.account = signedInAccount(m_server, jid, chatTestPassword(jid.section(QLatin1Char('@'), 0, 0)), QString(), nullptr, TimeoutMs);
        if (!user.account) {
            return user;
        }
        user.requests = new IqRequestExtension;
        user.account->client()->insertExtension(0, user.requests);
        user.events = new PubSubEventReader;
        user.account->client()->insertExtension(0, user.events);
        user.pubsub = new PubSubClient(user.account->client(), user.requests, user.account.get());
        return user;
    }

    TestXmppServer m_server;
    PubSubUser m_alice;
    PubSubUser m_bob;
};

QTEST_GUILESS_MAIN(PubSubTest)
#include "PubSubTest.moc"
