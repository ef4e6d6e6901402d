#include "FeedModel.h"
#include "store/Database.h"
#include "store/PostStore.h"
#include "TestPostgresServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto Node = QStringLiteral("urn:xmpp:microblog:0");

constexpr int TimeoutMs = 5000;

FeedPost post(const QString &service, const QString &itemId, qint64 publishedS)
{
    FeedPost result;
    result.service = service;
    result.node = Node;
    result.itemId = itemId;
    result.atomId = QStringLiteral("tag:localhost,2026-12-05:posts-") + itemId;
    result.authorJid = service;
    result.authorName = QStringLiteral("Bob");
    result.title = QStringLiteral("Title ") + itemId;
    result.contentHtml = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Text</p></div>");
    result.plainText = QStringLiteral("Text");
    result.published = QDateTime::fromSecsSinceEpoch(1767225600 + publishedS, Qt::UTC);
    result.updated = result.published;
    result.receivedAt = result.published;
    return result;
}

} // namespace

// PostStore and FeedModel on SQLite and on PostgreSQL.
class PostStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.lastError()));
    }

    void init()
    {
        QFETCH_GLOBAL(QString, engine);
        m_url = newDatabaseUrl(engine);
        m_database = std::make_unique<Database>(m_url);
        QSignalSpy openedSpy(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(openedSpy.wait(TimeoutMs));
        QVERIFY2(openedSpy.at(0).at(0).toBool(), qPrintable(m_database->lastError()));
    }

    void cleanup()
    {
        m_database.reset();
    }

    void postRoundTrip()
    {
        PostStore store(m_database.get(), AliceJid);
        FeedPost saved = post(BobJid, QStringLiteral("p1"), 10);
        AtomLink enclosure;
        enclosure.rel = QStringLiteral("enclosure");
        enclosure.href = QStringLiteral("https://localhost/cat.png");
        enclosure.type = QStringLiteral("image/png");
        enclosure.length = 1234;
        saved.links = {enclosure};
        saved.tags = QStringList{QStringLiteral("cats"), QStringLiteral("news")};
        saved.commentsUri = QStringLiteral("xmpp:bob@localhost?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fp1");
        saved.summary = QStringLiteral("Short");
        saved.accessModel = QStringLiteral("open");
        store.save(saved);

        const QVector<FeedPost> loaded = page(store, {}, 10);
        QCOMPARE(loaded.size(), 1);
        const FeedPost &first = loaded.first();
        QCOMPARE(first.service, BobJid);
        QCOMPARE(first.itemId, QStringLiteral("p1"));
        QCOMPARE(first.atomId, saved.atomId);
        QCOMPARE(first.title, saved.title);
        QCOMPARE(first.contentHtml, saved.contentHtml);
        QCOMPARE(first.summary, saved.summary);
        QCOMPARE(first.published, saved.published);
        QCOMPARE(first.tags, saved.tags);
        QCOMPARE(first.links.size(), 1);
        QCOMPARE(first.links.first(), enclosure);
        QCOMPARE(first.commentsUri, saved.commentsUri);
        QCOMPARE(first.accessModel, QStringLiteral("open"));
        QVERIFY(first.unread);
        QVERIFY(!first.pending);
    }

    void saveReplacesAndKeepsReadState()
    {
        PostStore store(m_database.get(), AliceJid);
        store.save(post(BobJid, QStringLiteral("p1"), 10));
        store.markRead(BobJid, Node, QStringLiteral("p1"));
        FeedPost edited = post(BobJid, QStringLiteral("p1"), 10);
        edited.title = QStringLiteral("Edited");
        store.save(edited);

        const QVector<FeedPost> loaded = page(store, {}, 10);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().title, QStringLiteral("Edited"));
        QVERIFY(!loaded.first().unread);
        QCOMPARE(unreadCount(store), 0);
    }

    void pagesNewestFirstWithCursor()
    {
        PostStore store(m_database.get(), AliceJid);
        // Two posts share a publication time, so the item id orders them.
        for (const auto &[itemId, seconds] : {std::pair{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 2}, {QStringLiteral("d"), 3}}) {
            store.save(post(BobJid, itemId, seconds));
        }

        const QVector<FeedPost> first = page(store, {}, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).itemId, QStringLiteral("d"));
        QCOMPARE(first.at(1).itemId, QStringLiteral("c"));
        const QVector<FeedPost> second = page(store, {first.last().published, first.last().itemId}, 2);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).itemId, QStringLiteral("b"));
        QCOMPARE(second.at(1).itemId, QStringLiteral("a"));
        QCOMPARE(page(store, {second.last().published, second.last().itemId}, 2).size(), 0);
    }

    void removeByItemAndNode()
    {
        PostStore store(m_database.get(), AliceJid);
        store.save(post(BobJid, QStringLiteral("p1"), 1));
        store.save(post(BobJid, QStringLiteral("p2"), 2));
        store.save(post(CarolJid, QStringLiteral("p3"), 3));
        store.remove(BobJid, Node, QStringLiteral("p1"));
        QCOMPARE(page(store, {}, 10).size(), 2);

        store.removeNode(BobJid, Node);
        const QVector<FeedPost> loaded = page(store, {}, 10);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().service, CarolJid);
    }

    void feedAndReadStatePerAccount()
    {
        PostStore alice(m_database.get(), AliceJid);
        PostStore carol(m_database.get(), CarolJid);
        alice.save(post(BobJid, QStringLiteral("p1"), 1));
        alice.save(post(BobJid, QStringLiteral("p2"), 2));
        carol.save(post(BobJid, QStringLiteral("p1"), 1));
        alice.markRead(BobJid, Node, QStringLiteral("p1"));

        QCOMPARE(page(alice, {}, 10).size(), 2);
        QCOMPARE(page(carol, {}, 10).size(), 1);
        QCOMPARE(unreadCount(alice), 1);
        QCOMPARE(unreadCount(carol), 1);
        alice.markAllRead();
        QCOMPARE(unreadCount(alice), 0);
        QCOMPARE(unreadCount(carol), 1);
    }

    void pendingActionsAndDraftSurviveReopen()
    {
        {
            PostStore store(m_database.get(), AliceJid);
            PendingPostAction action;
            action.itemId = QStringLiteral("p1");
            action.title = QStringLiteral("Hello");
            action.body = QStringLiteral("**Hi**");
            action.tags = QStringList{QStringLiteral("news")};
            action.visibility = QStringLiteral("contacts");
            action.published = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
            action.updated = action.published;
            action.createdAt = action.published;
            store.addPendingAction(action);
            PendingPostAction retraction;
            retraction.action = PendingPostAction::Action::Retract;
            retraction.itemId = QStringLiteral("p0");
            retraction.createdAt = action.createdAt.addSecs(1);
            store.addPendingAction(retraction);
            store.saveDraft({QStringLiteral("Soon"), QStringLiteral("Later *maybe*"), {QStringLiteral("draft")}, QStringLiteral("public"), action.createdAt});
        }
        m_database.reset();
        m_database = std::make_unique<Database>(m_url);
        QSignalSpy openedSpy(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(openedSpy.wait(TimeoutMs));

        PostStore store(m_database.get(), AliceJid);
        const QVector<PendingPostAction> actions = pendingActions(store);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).itemId, QStringLiteral("p1"));
        QCOMPARE(actions.at(0).action, PendingPostAction::Action::Publish);
        QCOMPARE(actions.at(0).body, QStringLiteral("**Hi**"));
        QCOMPARE(actions.at(0).tags, QStringList{QStringLiteral("news")});
        QCOMPARE(actions.at(0).visibility, QStringLiteral("contacts"));
        QCOMPARE(actions.at(1).action, PendingPostAction::Action::Retract);

        store.removePendingAction(QStringLiteral("p1"));
        QCOMPARE(pendingActions(store).size(), 1);

        std::optional<PostDraft> draft;
        store.draft(this, [&draft](const PostDraft &loaded) {
            draft = loaded;
        });
        QVERIFY(QTest::qWaitFor([&draft] { return draft.has_value(); }, TimeoutMs));
        QCOMPARE(draft->title, QStringLiteral("Soon"));
        QCOMPARE(draft->body, QStringLiteral("Later *maybe*"));
        QCOMPARE(draft->tags, QStringList{QStringLiteral("draft")});
    }

    void pendingActionKeepsTargetAndEnclosures()
    {
        PostStore store(m_database.get(), AliceJid);
        PendingPostAction action;
        action.service = QStringLiteral("pubsub.localhost");
        action.node = QStringLiteral("cats");
        action.itemId = QStringLiteral("c1");
        action.title = QStringLiteral("Whiskers");
        AtomLink enclosure;
        enclosure.rel = QStringLiteral("enclosure");
        enclosure.href = QStringLiteral("https://upload.localhost/cat.png");
        enclosure.type = QStringLiteral("image/png");
        enclosure.title = QStringLiteral("cat.png");
        enclosure.length = 2048;
        action.enclosures = {enclosure};
        action.published = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        action.updated = action.published;
        action.createdAt = action.published;
        store.addPendingAction(action);

        const QVector<PendingPostAction> actions = pendingActions(store);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).service, QStringLiteral("pubsub.localhost"));
        QCOMPARE(actions.at(0).node, QStringLiteral("cats"));
        QCOMPARE(actions.at(0).enclosures.size(), 1);
        QCOMPARE(actions.at(0).enclosures.at(0), enclosure);
        QVERIFY(actions.at(0).relatedLinks.isEmpty());
    }

    void pendingActionKeepsRelatedLinks()
    {
        PostStore store(m_database.get(), AliceJid);
        PendingPostAction action;
        action.itemId = QStringLiteral("l1");
        action.body = QStringLiteral("See *this*");
        AtomLink related;
        related.rel = QStringLiteral("related");
        related.href = QStringLiteral("https://example.org/article");
        related.title = QStringLiteral("An article");
        action.relatedLinks = {related};
        action.published = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        action.updated = action.published;
        action.createdAt = action.published;
        store.addPendingAction(action);

        const QVector<PendingPostAction> actions = pendingActions(store);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).body, QStringLiteral("See *this*"));
        QCOMPARE(actions.at(0).relatedLinks.size(), 1);
        QCOMPARE(actions.at(0).relatedLinks.at(0), related);
        QVERIFY(actions.at(0).enclosures.isEmpty());
    }

    void markdownSurvivesServerCopy()
    {
        PostStore store(m_database.get(), AliceJid);
        FeedPost own = post(AliceJid, QStringLiteral("m1"), 10);
        own.markdown = QStringLiteral("**Bold** text");
        store.save(own);

        // The server's copy of the same version carries no Markdown, and keeps the stored source.
        FeedPost serverCopy = post(AliceJid, QStringLiteral("m1"), 10);
        store.save(serverCopy);
        QCOMPARE(page(store, {}, 10).first().markdown, QStringLiteral("**Bold** text"));
        QCOMPARE(nodePage(store, AliceJid, Node, {}, 10).first().markdown, QStringLiteral("**Bold** text"));

        // A newer version from another client makes the source unknown.
        FeedPost editedElsewhere = post(AliceJid, QStringLiteral("m1"), 10);
        editedElsewhere.updated = editedElsewhere.updated.addSecs(60);
        editedElsewhere.title = QStringLiteral("Edited elsewhere");
        store.save(editedElsewhere);
        const QVector<FeedPost> loaded = page(store, {}, 10);
        QCOMPARE(loaded.first().title, QStringLiteral("Edited elsewhere"));
        QCOMPARE(loaded.first().markdown, QString());
    }

    void storedNodeItemsTellsNewFromKnown()
    {
        PostStore store(m_database.get(), AliceJid);
        const auto community = QStringLiteral("pubsub.localhost");
        FeedPost known = post(community, QStringLiteral("k1"), 1);
        known.node = QStringLiteral("cats");
        FeedPost cachedOnly = post(community, QStringLiteral("k2"), 2);
        cachedOnly.node = QStringLiteral("cats");

        StoredNodeItems before = storedNodeItems(store, community, QStringLiteral("cats"), {QStringLiteral("k1"), QStringLiteral("k2")});
        QVERIFY(!before.nodeFetched);
        QVERIFY(before.storedItemIds.isEmpty());

        store.save(known);
        store.cache(cachedOnly);
        store.markNodeFetched(community, QStringLiteral("cats"));
        store.markNodeFetched(community, QStringLiteral("cats"));
        const StoredNodeItems after = storedNodeItems(store, community, QStringLiteral("cats"), {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")});
        QVERIFY(after.nodeFetched);
        // Only posts in the feed count: a post that a community page cached is not in it.
        QCOMPARE(after.storedItemIds, (QSet<QString>{QStringLiteral("k1")}));

        // Per account: Carol has fetched nothing.
        PostStore carolStore(m_database.get(), CarolJid);
        const StoredNodeItems carol = storedNodeItems(carolStore, community, QStringLiteral("cats"), {QStringLiteral("k1")});
        QVERIFY(!carol.nodeFetched);
        QVERIFY(carol.storedItemIds.isEmpty());
    }

    void nodePageIncludesCachedPosts()
    {
        PostStore store(m_database.get(), AliceJid);
        const auto community = QStringLiteral("pubsub.localhost");
        for (const auto &[itemId, seconds] : {std::pair{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}}) {
            FeedPost cached = post(community, itemId, seconds);
            cached.node = QStringLiteral("cats");
            if (itemId == QLatin1String("b")) {
                store.save(cached);
            } else {
                store.cache(cached);
            }
        }
        store.save(post(BobJid, QStringLiteral("blog"), 4));

        const QVector<FeedPost> first = nodePage(store, community, QStringLiteral("cats"), {}, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).itemId, QStringLiteral("c"));
        QCOMPARE(first.at(0).unread, false);
        QCOMPARE(first.at(1).itemId, QStringLiteral("b"));
        QCOMPARE(first.at(1).unread, true);
        const QVector<FeedPost> second = nodePage(store, community, QStringLiteral("cats"), {first.last().published, first.last().itemId}, 2);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).itemId, QStringLiteral("a"));
        // Cached posts stay out of the feed.
        QCOMPARE(page(store, {}, 10).size(), 2);
    }

    void taggedPageMatchesOpenPostsOnly()
    {
        PostStore store(m_database.get(), AliceJid);
        const auto tagged = [](const QString &itemId, int seconds, const QStringList &tags, const QString &accessModel) {
            FeedPost result = post(BobJid, itemId, seconds);
            result.tags = tags;
            result.accessModel = accessModel;
            return result;
        };
        store.save(tagged(QStringLiteral("open"), 1, {QStringLiteral("News")}, QStringLiteral("open")));
        store.save(tagged(QStringLiteral("contacts"), 2, {QStringLiteral("news")}, QStringLiteral("presence")));
        store.cache(tagged(QStringLiteral("unknown"), 3, {QStringLiteral("news")}, QString()));
        store.save(tagged(QStringLiteral("longer"), 4, {QStringLiteral("newsletter")}, QStringLiteral("open")));
        store.save(tagged(QStringLiteral("percent"), 5, {QStringLiteral("100%_sure")}, QStringLiteral("open")));
        store.save(tagged(QStringLiteral("lookalike"), 6, {QStringLiteral("100xxsure")}, QStringLiteral("open")));

        QVector<FeedPost> news = taggedPage(store, QStringLiteral("news"), {}, 10);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.at(0).itemId, QStringLiteral("open"));
        const QVector<FeedPost> percent = taggedPage(store, QStringLiteral("100%_sure"), {}, 10);
        QCOMPARE(percent.size(), 1);
        QCOMPARE(percent.at(0).itemId, QStringLiteral("percent"));

        // A copy without an access model keeps the known one, and a node's access model reaches its cached posts.
        store.save(tagged(QStringLiteral("open"), 1, {QStringLiteral("News")}, QString()));
        QCOMPARE(taggedPage(store, QStringLiteral("news"), {}, 10).size(), 1);
        store.setNodeAccessModel(BobJid, Node, QStringLiteral("open"));
        news = taggedPage(store, QStringLiteral("NEWS"), {}, 10);
        QCOMPARE(news.size(), 3);
        QCOMPARE(news.at(0).itemId, QStringLiteral("unknown"));
        QCOMPARE(news.at(1).itemId, QStringLiteral("contacts"));
        QCOMPARE(news.at(2).itemId, QStringLiteral("open"));
        QCOMPARE(taggedPage(store, QStringLiteral("news"), {news.at(0).published, news.at(0).itemId}, 10).size(), 2);
    }

    void modelRolesOfSourceVisibilityAndLinks()
    {
        PostStore store(m_database.get(), AliceJid);
        FeedPost own = post(AliceJid, QStringLiteral("own"), 20);
        own.markdown = QStringLiteral("A *draft*");
        own.accessModel = QStringLiteral("presence");
        const auto link = [](const QString &rel, const QString &href, const QString &title) {
            AtomLink result;
            result.rel = rel;
            result.href = href;
            result.title = title;
            return result;
        };
        own.links = {link(QStringLiteral("related"), QStringLiteral("https://example.org/a"), QStringLiteral("Article")),
                     link(QStringLiteral("enclosure"), QStringLiteral("https://example.org/cat.png"), QString()),
                     link(QStringLiteral("related"), QStringLiteral("javascript:alert(1)"), QStringLiteral("Script")),
                     link(QStringLiteral("related"), QStringLiteral("http://example.org/b"), QString(400, QLatin1Char('t')))};
        for (int i = 0; i < FeedPost::MaxRelatedLinks; ++i) {
            own.links.append(link(QStringLiteral("related"), QStringLiteral("https://example.org/more-%1").arg(i), QString()));
        }
        store.save(own);
        FeedPost other = post(BobJid, QStringLiteral("other"), 10);
        other.accessModel = QStringLiteral("whitelist");
        store.save(other);

        FeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccountJid(AliceJid);
        model.setStore(&store);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, TimeoutMs);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(FeedModel::VisibilityRole), QByteArray("visibility"));
        QCOMPARE(names.value(FeedModel::MarkdownRole), QByteArray("markdown"));
        QCOMPARE(names.value(FeedModel::LinksRole), QByteArray("links"));

        const QModelIndex ownIndex = model.index(model.indexOf(AliceJid, Node, QStringLiteral("own")));
        QCOMPARE(model.data(ownIndex, FeedModel::MarkdownRole).toString(), QStringLiteral("A *draft*"));
        QCOMPARE(model.data(ownIndex, FeedModel::VisibilityRole).toString(), QStringLiteral("contacts"));
        const QVariantList links = model.data(ownIndex, FeedModel::LinksRole).toList();
        QCOMPARE(links.size(), FeedPost::MaxRelatedLinks);
        QCOMPARE(links.at(0).toMap().value(QStringLiteral("href")).toString(), QStringLiteral("https://example.org/a"));
        QCOMPARE(links.at(0).toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Article"));
        QCOMPARE(links.at(1).toMap().value(QStringLiteral("href")).toString(), QStringLiteral("http://example.org/b"));
        QCOMPARE(links.at(1).toMap().value(QStringLiteral("title")).toString().size(), FeedPost::MaxLinkTitleLength);
        QCOMPARE(model.data(ownIndex, FeedModel::EnclosuresRole).toList().size(), 1);

        const QModelIndex otherIndex = model.index(model.indexOf(BobJid, Node, QStringLiteral("other")));
        QCOMPARE(model.data(otherIndex, FeedModel::VisibilityRole).toString(), QString());
        QCOMPARE(model.data(otherIndex, FeedModel::MarkdownRole).toString(), QString());
        QCOMPARE(model.data(otherIndex, FeedModel::LinksRole).toList(), QVariantList());

        // The server's copy of the same version keeps the source and the access model in the row.
        FeedPost serverCopy = post(AliceJid, QStringLiteral("own"), 20);
        model.upsertPost(serverCopy);
        QCOMPARE(model.data(ownIndex, FeedModel::MarkdownRole).toString(), QStringLiteral("A *draft*"));
        QCOMPARE(model.data(ownIndex, FeedModel::VisibilityRole).toString(), QStringLiteral("contacts"));
        FeedPost newer = serverCopy;
        newer.updated = newer.updated.addSecs(5);
        newer.accessModel = QStringLiteral("open");
        model.upsertPost(newer);
        QCOMPARE(model.data(ownIndex, FeedModel::MarkdownRole).toString(), QString());
        QCOMPARE(model.data(ownIndex, FeedModel::VisibilityRole).toString(), QStringLiteral("public"));
    }

    void modelPagesAndFollowsChanges()
    {
        PostStore store(m_database.get(), AliceJid);
        for (int i = 0; i < FeedModel::PageSize + 5; ++i) {
            store.save(post(BobJid, QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), 100 + i));
        }

        FeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccountJid(AliceJid);
        model.setStore(&store);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FeedModel::PageSize, TimeoutMs);
        QVERIFY(model.canLoadMore());
        QCOMPARE(model.data(model.index(0), FeedModel::ItemIdRole).toString(), QStringLiteral("p24"));
        QTRY_COMPARE_WITH_TIMEOUT(model.unreadCount(), FeedModel::PageSize + 5, TimeoutMs);

        model.loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FeedModel::PageSize + 5, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!model.canLoadMore(), TimeoutMs);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), FeedModel::ItemIdRole).toString(), QStringLiteral("p00"));

        // A live post goes to its place, and the user's own post is marked as such.
        FeedPost own = post(AliceJid, QStringLiteral("mine"), 110);
        own.unread = false;
        store.save(own);
        model.upsertPost(own);
        const int row = model.indexOf(AliceJid, Node, QStringLiteral("mine"));
        QCOMPARE(row, 15);
        QCOMPARE(model.data(model.index(row), FeedModel::OwnRole).toBool(), true);
        QCOMPARE(model.data(model.index(0), FeedModel::OwnRole).toBool(), false);

        model.markRead(0);
        QCOMPARE(model.data(model.index(0), FeedModel::UnreadRole).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(model.unreadCount(), FeedModel::PageSize + 4, TimeoutMs);

        model.removePost(BobJid, Node, QStringLiteral("p24"));
        QCOMPARE(model.data(model.index(0), FeedModel::ItemIdRole).toString(), QStringLiteral("p23"));
        model.removeNode(BobJid, Node);
        QCOMPARE(model.rowCount(), 1);
    }

    void modelLeavesOlderPostsToLoadMore()
    {
        PostStore store(m_database.get(), AliceJid);
        for (int i = 0; i < FeedModel::PageSize + 1; ++i) {
            store.save(post(BobJid, QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), 100 + i));
        }
        FeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FeedModel::PageSize, TimeoutMs);

        const FeedPost old = post(CarolJid, QStringLiteral("old"), 1);
        store.save(old);
        model.upsertPost(old);
        QCOMPARE(model.rowCount(), FeedModel::PageSize);
        model.loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FeedModel::PageSize + 2, TimeoutMs);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), FeedModel::ItemIdRole).toString(), QStringLiteral("old"));
    }

    void modelShowsEachPostOnce()
    {
        PostStore store(m_database.get(), AliceJid);
        for (int i = 0; i < FeedModel::PageSize + 5; ++i) {
            store.save(post(BobJid, QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')), 100 + i));
        }
        FeedModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FeedModel::PageSize, TimeoutMs);

        // A newer copy of the oldest post, not stored yet, goes to the top.
        const FeedPost moved = post(BobJid, QStringLiteral("p00"), 500);
        model.upsertPost(moved);
        QCOMPARE(model.rowCount(), FeedModel::PageSize + 1);
        QCOMPARE(model.indexOf(BobJid, Node, QStringLiteral("p00")), 0);

        // The next page contains the stored copy, which is shown already.
        model.loadMore();
        QTRY_VERIFY_WITH_TIMEOUT(!model.canLoadMore(), TimeoutMs);
        QCOMPARE(model.rowCount(), FeedModel::PageSize + 5);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), FeedModel::ItemIdRole).toString(), QStringLiteral("p01"));

        // Removed and then received again, the post takes one row.
        model.removePost(BobJid, Node, QStringLiteral("p00"));
        QCOMPARE(model.indexOf(BobJid, Node, QStringLiteral("p00")), -1);
        QCOMPARE(model.rowCount(), FeedModel::PageSize + 4);
        model.upsertPost(moved);
        QCOMPARE(model.indexOf(BobJid, Node, QStringLiteral("p00")), 0);
        QCOMPARE(model.rowCount(), FeedModel::PageSize + 5);
    }

private:
    QString newDatabaseUrl(const QString &engine)
    {
        ++m_counter;
        if (engine == QLatin1String("sqlite")) {
            return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("posts-%1.sqlite").arg(m_counter));
        }
        const QString name = QStringLiteral("posts_%1").arg(m_counter);
        if (!m_postgres.createDatabase(name)) {
            qWarning("Creating the PostgreSQL database failed: %s", qPrintable(m_postgres.lastError()));
        }
        return m_postgres.url(name);
    }

    QVector<FeedPost> page(const PostStore &store, const FeedCursor &after, int limit)
    {
        std::optional<QVector<FeedPost>> result;
        store.page(after, limit, this, [&result](const QVector<FeedPost> &posts) {
            result = posts;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No page within %d ms", TimeoutMs);
            return {};
        }
        return *result;
    }

    QVector<FeedPost> nodePage(const PostStore &store, const QString &service, const QString &node, const FeedCursor &after, int limit)
    {
        std::optional<QVector<FeedPost>> result;
        store.nodePage(service, node, after, limit, this, [&result](const QVector<FeedPost> &posts) {
            result = posts;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No node page within %d ms", TimeoutMs);
            return {};
        }
        return *result;
    }

    QVector<FeedPost> taggedPage(const PostStore &store, const QString &tag, const FeedCursor &after, int limit)
    {
        std::optional<QVector<FeedPost>> result;
        store.taggedPage(tag, after, limit, this, [&result](const QVector<FeedPost> &posts) {
            result = posts;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No tag page within %d ms", TimeoutMs);
            return {};
        }
        return *result;
    }

    int unreadCount(const PostStore &store)
    {
        std::optional<int> result;
        store.unreadCount(this, [&result](int count) {
            result = count;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No unread count within %d ms", TimeoutMs);
        }
        return result.value_or(-1);
    }

    StoredNodeItems storedNodeItems(const PostStore &store, const QString &service, const QString &node, const QStringList &itemIds)
    {
        std::optional<StoredNodeItems> result;
        store.storedNodeItems(service, node, itemIds, this, [&result](const StoredNodeItems &items) {
            result = items;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No stored node items within %d ms", TimeoutMs);
        }
        return result.value_or(StoredNodeItems());
    }

    QVector<PendingPostAction> pendingActions(const PostStore &store)
    {
        std::optional<QVector<PendingPostAction>> result;
        store.pendingActions(this, [&result](const QVector<PendingPostAction> &actions) {
            result = actions;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No pending actions within %d ms", TimeoutMs);
        }
        return result.value_or(QVector<PendingPostAction>());
    }

    QTemporaryDir m_folder;
    TestPostgresServer m_postgres;
    int m_counter = 0;
    QString m_url;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(PostStoreTest)
#include "PostStoreTest.moc"
