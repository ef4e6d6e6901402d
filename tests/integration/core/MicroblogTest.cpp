#include "Account.h"
#include "FeedModel.h"
#include "MicroblogEntry.h"
#include "MicroblogService.h"
#include "PubSubClient.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>

#include <memory>
#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

// An Atom entry as another client could publish it, with markup that must never reach the feed.
QString hostileEntry(const QString &title)
{
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'>"
                          "<title>%1</title>"
                          "<id>tag:localhost,2026-12-05:posts-%1</id>"
                          "<published>2026-12-05T09:00:00Z</published><updated>2026-12-05T09:00:00Z</updated>"
                          "<author><name>Bob</name><uri>xmpp:bob@localhost</uri></author>"
                          "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
                          "<p onclick='steal()'>Hi <b>there</b></p><script>alert(1)</script>"
                          "</div></content></entry>")
        .arg(title);
}

QJsonObject publishCommand(const QString &itemId, const QString &payload)
{
    return {{QStringLiteral("command"), QStringLiteral("publish")},
            {QStringLiteral("node"), MicroblogService::node()},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("payload"), payload}};
}

QJsonObject retractCommand(const QString &itemId)
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), BobJid},
            {QStringLiteral("xml"), QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                                   "<retract node='urn:xmpp:microblog:0' notify='true'><item id='%1'/></retract>"
                                                   "</pubsub>")
                                        .arg(itemId)}};
}

// Configures Bob's posts node to keep as many items as the server allows.
QJsonObject keepItemsCommand()
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), BobJid},
            {QStringLiteral("xml"), QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub#owner'>"
                                                   "<configure node='urn:xmpp:microblog:0'><x xmlns='jabber:x:data' type='submit'>"
                                                   "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                                                   "<field var='pubsub#max_items'><value>max</value></field>"
                                                   "</x></configure></pubsub>")}};
}

// Writes a comment as an Atom entry (XEP-0277, section 4) with \a title.
PubSubClient::PayloadWriter comment(const QString &title)
{
    return [title](QXmlStreamWriter *writer) {
        MicroblogEntry entry;
        entry.atomId = QStringLiteral("tag:localhost,2026-12-05:comment-") + title;
        entry.title = {AtomText::Type::Text, title};
        entry.authorJid = BobJid;
        entry.published = QDateTime::currentDateTimeUtc();
        entry.writeAtom(writer);
    };
}

QVariant roleOf(const FeedModel *feed, const QString &service, const QString &itemId, int role)
{
    const int row = feed->indexOf(service, MicroblogService::node(), itemId);
    return row < 0 ? QVariant() : feed->data(feed->index(row), role);
}

} // namespace

// MicroblogService and the feed against Prosody's PEP (XEP-0277, XEP-0163), with Bob as a slixmpp
// peer for entries of other clients and as a second Salon account for reading Alice's node.
class MicroblogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_database = openDatabase();
        QVERIFY(m_database);
    }

    void cleanupTestCase()
    {
        m_database.reset();
    }

    void contactPostArrivesSanitized()
    {
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        QAbstractItemModelTester tester(alice->feed(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));

        QVERIFY2(bob.command(publishCommand(QStringLiteral("hostile"), hostileEntry(QStringLiteral("hostile")))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("hostile")) >= 0, TimeoutMs);

        const QString html = roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::ContentHtmlRole).toString();
        QVERIFY2(!html.contains(QStringLiteral("script")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("alert")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onclick")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<b>there</b>")), qPrintable(html));
        QCOMPARE(roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::PlainTextRole).toString().trimmed(), QStringLiteral("Hi there"));
        QCOMPARE(roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::TitleRole).toString(), QStringLiteral("hostile"));
        QCOMPARE(roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::AuthorJidRole).toString(), BobJid);
        QCOMPARE(roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::UnreadRole).toBool(), true);
        QCOMPARE(roleOf(alice->feed(), BobJid, QStringLiteral("hostile"), FeedModel::OwnRole).toBool(), false);

        QVERIFY2(bob.command(retractCommand(QStringLiteral("hostile"))), qPrintable(bob.lastError()));
        const QJsonObject response = bob.waitForEvent(QStringLiteral("iqResponse"));
        QCOMPARE(response.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QTRY_COMPARE_WITH_TIMEOUT(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("hostile")), -1, TimeoutMs);
    }

    void ownPostPublishEditDelete()
    {
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        auto bob = signedInAccount(m_server, BobJid, chatTestPassword(QStringLiteral("bob")), {}, nullptr, TimeoutMs);
        QVERIFY(bob);
        MicroblogService *microblog = alice->microblog();
        FeedModel *feed = alice->feed();
        QAbstractItemModelTester tester(feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy published(microblog, &MicroblogService::postPublished);

        const QString itemId = microblog->publishPost(QStringLiteral("Hello world"), QStringLiteral("Some **bold** text"), {QStringLiteral("news")},
                                                      QStringLiteral("public"));
        QVERIFY(!itemId.isEmpty());
        QVERIFY(feed->indexOf(AliceJid, MicroblogService::node(), itemId) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(0).toString(), itemId);
        QCOMPARE(microblog->pendingCount(), 0);
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::PendingRole).toBool(), false);
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::OwnRole).toBool(), true);
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::UnreadRole).toBool(), false);
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::TagsRole).toStringList(), QStringList{QStringLiteral("news")});
        const QString html = roleOf(feed, AliceJid, itemId, FeedModel::ContentHtmlRole).toString();
        QVERIFY2(html.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(html));
        const QString commentsUri = roleOf(feed, AliceJid, itemId, FeedModel::CommentsUriRole).toString();
        QVERIFY2(commentsUri.startsWith(QStringLiteral("xmpp:alice@localhost?;node=")), qPrintable(commentsUri));

        // Bob, a contact, reads the post from Alice's node, and the comments node exists.
        std::optional<MicroblogEntry> fetched = fetchEntry(bob.get(), itemId);
        QVERIFY(fetched);
        QCOMPARE(fetched->title.value, QStringLiteral("Hello world"));
        QCOMPARE(fetched->categories, QStringList{QStringLiteral("news")});
        QCOMPARE(fetched->commentsUri(), commentsUri);
        QCOMPARE(fetchResult(bob.get(), MicroblogService::commentsNode(itemId), {}).error(), PubSubResult::Error::None);
        std::optional<PubSubResult> commented;
        QObject scope;
        bob->pubsub()->publish(AliceJid, MicroblogService::commentsNode(itemId), QString(), comment(QStringLiteral("Nice")), {}, &scope,
                               [&commented](const PubSubResult &result, const QString &) {
                                   commented = result;
                               });
        QVERIFY(QTest::qWaitFor([&commented] { return commented.has_value(); }, TimeoutMs));
        QVERIFY2(commented->isOk(), qPrintable(commented->code()));

        // An edit keeps the id and the publication time.
        const QDateTime firstPublished = roleOf(feed, AliceJid, itemId, FeedModel::PublishedRole).toDateTime();
        QVERIFY(microblog->editPost(itemId, QStringLiteral("Hello again"), QStringLiteral("Edited"), {}, QStringLiteral("public")));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, TimeoutMs);
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::TitleRole).toString(), QStringLiteral("Hello again"));
        QCOMPARE(roleOf(feed, AliceJid, itemId, FeedModel::PublishedRole).toDateTime(), firstPublished);
        fetched = fetchEntry(bob.get(), itemId);
        QVERIFY(fetched);
        QCOMPARE(fetched->title.value, QStringLiteral("Hello again"));
        QCOMPARE(fetched->atomId.isEmpty(), false);

        QSignalSpy deleted(microblog, &MicroblogService::postDeleted);
        QVERIFY(microblog->deletePost(itemId));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(feed->indexOf(AliceJid, MicroblogService::node(), itemId), -1);
        // Prosody 0.12 returns an empty result for a retracted item id.
        const PubSubItemsPage afterDeletion = fetchPage(bob.get(), MicroblogService::node(), {itemId});
        QVERIFY(afterDeletion.result.isOk() || afterDeletion.result.error() == PubSubResult::Error::ItemNotFound);
        QCOMPARE(afterDeletion.items.size(), 0);
    }

    void offlinePostsFetchedOnceAndCached()
    {
        {
            TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
            QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
            // Prosody 0.12 keeps one item of a PEP node created by a plain publish, so Bob's
            // node is configured to keep more, as microblog clients do.
            QVERIFY2(bob.command(publishCommand(QStringLiteral("while-away-1"), hostileEntry(QStringLiteral("while-away-1")))), qPrintable(bob.lastError()));
            QVERIFY2(bob.command(keepItemsCommand()), qPrintable(bob.lastError()));
            QCOMPARE(bob.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
            QVERIFY2(bob.command(publishCommand(QStringLiteral("while-away-2"), hostileEntry(QStringLiteral("while-away-2")))), qPrintable(bob.lastError()));
        }

        for (int signIn = 0; signIn < 2; ++signIn) {
            auto alice = std::make_unique<Account>();
            alice->setDatabase(m_database.get());
            alice->setConnectionSettings(testConnectionSettings(m_server));
            QSignalSpy fetched(alice->microblog(), &MicroblogService::feedsFetched);
            // Whether a fetch was still queued or running at each feedsFetched().
            QList<bool> fetchingAtEnd;
            connect(alice->microblog(), &MicroblogService::feedsFetched, this, [&fetchingAtEnd, microblog = alice->microblog()] {
                fetchingAtEnd.append(microblog->isFetchingFeeds());
            });
            QVERIFY(!alice->microblog()->isFetchingFeeds());
            alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
            QVERIFY(fetched.wait(TimeoutMs));
            QVERIFY(!fetchingAtEnd.isEmpty());
            QVERIFY(!fetchingAtEnd.contains(true));
            QTRY_VERIFY_WITH_TIMEOUT(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("while-away-1")) >= 0, TimeoutMs);
            QVERIFY(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("while-away-2")) >= 0);
            QCOMPARE(rowsOf(alice->feed(), QStringLiteral("while-away-1")), 1);
        }
        QCOMPARE(storedRows(QStringLiteral("while-away-1")), 1);

        // After a restart the feed comes from the store, with the server stopped.
        m_server.stop();
        auto alice = std::make_unique<Account>();
        alice->setDatabase(m_database.get());
        alice->setConnectionSettings(testConnectionSettings(m_server));
        QAbstractItemModelTester tester(alice->feed(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("while-away-2")) >= 0, TimeoutMs);
        QVERIFY(alice->feed()->indexOf(BobJid, MicroblogService::node(), QStringLiteral("while-away-1")) >= 0);
        QVERIFY(alice->state() != Account::State::Online);
        const QString html = roleOf(alice->feed(), BobJid, QStringLiteral("while-away-1"), FeedModel::ContentHtmlRole).toString();
        QVERIFY2(!html.contains(QStringLiteral("script")), qPrintable(html));
        alice.reset();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    }

    void offlinePostWaitsAcrossRestart()
    {
        m_server.stop();
        QString itemId;
        {
            auto alice = std::make_unique<Account>();
            alice->setDatabase(m_database.get());
            alice->setConnectionSettings(testConnectionSettings(m_server));
            alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
            itemId = alice->microblog()->publishPost(QStringLiteral("Written offline"), QStringLiteral("Sent *later*"), {}, QStringLiteral("contacts"));
            QVERIFY(!itemId.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(roleOf(alice->feed(), AliceJid, itemId, FeedModel::PendingRole).toBool(), true, TimeoutMs);
            QCOMPARE(alice->microblog()->pendingCount(), 1);
            alice->microblog()->saveDraft(QStringLiteral("Next"), QStringLiteral("Not done"), {QStringLiteral("later")}, QStringLiteral("contacts"));
        }

        // A restart while still offline: the post and the draft come back from the store.
        auto alice = std::make_unique<Account>();
        alice->setDatabase(m_database.get());
        alice->setConnectionSettings(testConnectionSettings(m_server));
        QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
        alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(alice->microblog()->pendingCount(), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(alice->feed(), AliceJid, itemId, FeedModel::PendingRole).toBool(), true, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(alice->microblog()->draft().value(QStringLiteral("title")).toString(), QStringLiteral("Next"), TimeoutMs);
        QCOMPARE(alice->microblog()->draft().value(QStringLiteral("tags")).toStringList(), QStringList{QStringLiteral("later")});

        // Once the server is back, the post is published once.
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(0).toString(), itemId);
        QTRY_COMPARE_WITH_TIMEOUT(alice->microblog()->pendingCount(), 0, TimeoutMs);
        QCOMPARE(roleOf(alice->feed(), AliceJid, itemId, FeedModel::PendingRole).toBool(), false);
        QTest::qWait(500);
        QCOMPARE(published.count(), 1);

        auto bob = signedInAccount(m_server, BobJid, chatTestPassword(QStringLiteral("bob")), {}, nullptr, TimeoutMs);
        QVERIFY(bob);
        const std::optional<MicroblogEntry> fetched = fetchEntry(bob.get(), itemId);
        QVERIFY(fetched);
        QCOMPARE(fetched->title.value, QStringLiteral("Written offline"));
        QCOMPARE(fetchResult(bob.get(), MicroblogService::node(), {}).error(), PubSubResult::Error::None);

        alice->microblog()->discardDraft();
        QVERIFY(alice->microblog()->draft().isEmpty());
    }

    // Runs last, because its posts push older ones out of the first page of the feed.
    void editAndDeleteBeyondLoadedPage()
    {
        QString oldest;
        {
            auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
            QVERIFY(alice);
            QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
            oldest = alice->microblog()->publishPost(QStringLiteral("Oldest"), QStringLiteral("First"), {}, QStringLiteral("public"));
            QVERIFY(published.wait(TimeoutMs));
            // Entries give times in whole seconds, so the newer posts come a second later.
            QTest::qWait(1100);
            for (int i = 0; i < FeedModel::PageSize; ++i) {
                QVERIFY(!alice->microblog()->publishPost(QStringLiteral("Newer %1").arg(i), QStringLiteral("Text"), {}, QStringLiteral("public")).isEmpty());
            }
            QTRY_COMPARE_WITH_TIMEOUT(published.count(), FeedModel::PageSize + 1, TimeoutMs);
        }

        // After a restart the first page holds only the newer posts.
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        QTRY_COMPARE_WITH_TIMEOUT(alice->feed()->rowCount(), FeedModel::PageSize, TimeoutMs);
        QCOMPARE(alice->feed()->indexOf(AliceJid, MicroblogService::node(), oldest), -1);

        QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
        QVERIFY(alice->microblog()->editPost(oldest, QStringLiteral("Oldest, edited"), QStringLiteral("Changed"), {}, QStringLiteral("public")));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        auto bob = signedInAccount(m_server, BobJid, chatTestPassword(QStringLiteral("bob")), {}, nullptr, TimeoutMs);
        QVERIFY(bob);
        const std::optional<MicroblogEntry> fetched = fetchEntry(bob.get(), oldest);
        QVERIFY(fetched);
        QCOMPARE(fetched->title.value, QStringLiteral("Oldest, edited"));

        QSignalSpy deleted(alice->microblog(), &MicroblogService::postDeleted);
        QVERIFY(alice->microblog()->deletePost(oldest));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(fetchPage(bob.get(), MicroblogService::node(), {oldest}).items.size(), 0);

        QSignalSpy failed(alice->microblog(), &MicroblogService::actionFailed);
        QVERIFY(alice->microblog()->deletePost(QStringLiteral("no-such-post")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("no-such-post"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

private:
    std::unique_ptr<Database> openDatabase()
    {
        auto database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite")));
        QSignalSpy opened(database.get(), &Database::opened);
        database->open();
        if (!opened.wait(TimeoutMs) || !opened.first().at(0).toBool()) {
            qWarning() << "Opening the database failed:" << database->lastError();
            return nullptr;
        }
        return database;
    }

    // Requests the items of Alice's \a node as \a reader, with \a itemIds or the newest ones.
    PubSubItemsPage fetchPage(Account *reader, const QString &node, const QStringList &itemIds)
    {
        PubSubClient::ItemsQuery query;
        query.itemIds = itemIds;
        std::optional<PubSubItemsPage> page;
        QObject scope;
        reader->pubsub()->requestItems(AliceJid, node, query, &scope, [&page](const PubSubItemsPage &result) {
            page = result;
        });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, TimeoutMs)) {
            qWarning() << "No items of" << node << "within" << TimeoutMs << "ms";
            return {};
        }
        return *page;
    }

    PubSubResult fetchResult(Account *reader, const QString &node, const QStringList &itemIds)
    {
        return fetchPage(reader, node, itemIds).result;
    }

    std::optional<MicroblogEntry> fetchEntry(Account *reader, const QString &itemId)
    {
        const PubSubItemsPage page = fetchPage(reader, MicroblogService::node(), {itemId});
        if (!page.result.isOk() || page.items.size() != 1) {
            qWarning() << "Fetching item" << itemId << "failed:" << page.result.code() << "items:" << page.items.size();
            return std::nullopt;
        }
        return MicroblogEntry::fromAtom(page.items.first().payload);
    }

    static int rowsOf(const FeedModel *feed, const QString &itemId)
    {
        int rows = 0;
        for (int row = 0; row < feed->rowCount(); ++row) {
            rows += feed->data(feed->index(row), FeedModel::ItemIdRole).toString() == itemId ? 1 : 0;
        }
        return rows;
    }

    int storedRows(const QString &itemId)
    {
        int rows = -1;
        m_database->runBlocking([&rows, &itemId](QSqlDatabase &database) {
            QSqlQuery query(database);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM feed_entries WHERE item_id = ?"));
            query.addBindValue(itemId);
            if (query.exec() && query.next()) {
                rows = query.value(0).toInt();
            }
        });
        return rows;
    }

    TestXmppServer m_server;
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(MicroblogTest)
#include "MicroblogTest.moc"
