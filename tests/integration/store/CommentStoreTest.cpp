#include "store/CommentStore.h"
#include "store/Database.h"
#include "TestPostgresServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto Node = QStringLiteral("urn:xmpp:microblog:0:comments/p1");
const auto OtherNode = QStringLiteral("urn:xmpp:microblog:0:comments/p2");

constexpr int TimeoutMs = 5000;

Comment comment(const QString &node, const QString &itemId, qint64 publishedS, bool isLike = false)
{
    Comment result;
    result.service = BobJid;
    result.node = node;
    result.itemId = itemId;
    result.authorJid = CarolJid;
    result.authorName = QStringLiteral("Carol");
    result.contentHtml = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Text</p></div>");
    result.plainText = QStringLiteral("Text");
    result.published = QDateTime::fromSecsSinceEpoch(1767225600 + publishedS, Qt::UTC);
    result.isLike = isLike;
    return result;
}

} // namespace

// CommentStore on SQLite and on PostgreSQL.
class CommentStoreTest : public QObject
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
        QVERIFY(openDatabase());
    }

    void cleanup()
    {
        m_database.reset();
    }

    void commentRoundTrip()
    {
        CommentStore store(m_database.get(), AliceJid);
        Comment saved = comment(Node, QStringLiteral("c1"), 10);
        store.save(saved);
        store.save(comment(Node, QStringLiteral("l1"), 5, true));

        const QVector<Comment> loaded = comments(store, Node);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).itemId, QStringLiteral("l1"));
        QVERIFY(loaded.at(0).isLike);
        const Comment &first = loaded.at(1);
        QCOMPARE(first.service, BobJid);
        QCOMPARE(first.node, Node);
        QCOMPARE(first.authorJid, CarolJid);
        QCOMPARE(first.authorName, QStringLiteral("Carol"));
        QCOMPARE(first.contentHtml, saved.contentHtml);
        QCOMPARE(first.plainText, saved.plainText);
        QCOMPARE(first.published, saved.published);
        QVERIFY(!first.isLike);

        // Comments belong to the account that fetched them.
        CommentStore carol(m_database.get(), CarolJid);
        QCOMPARE(comments(carol, Node).size(), 0);
    }

    void keepsNewestPerNode()
    {
        CommentStore store(m_database.get(), AliceJid);
        store.save(comment(OtherNode, QStringLiteral("other"), 0));
        const int total = CommentStore::MaxCommentsPerNode + 5;
        for (int i = 0; i < total; ++i) {
            store.save(comment(Node, QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0')), i));
        }

        const QVector<Comment> loaded = comments(store, Node);
        QCOMPARE(loaded.size(), CommentStore::MaxCommentsPerNode);
        QCOMPARE(loaded.first().itemId, QStringLiteral("c005"));
        QCOMPARE(loaded.last().itemId, QStringLiteral("c204"));
        QCOMPARE(comments(store, OtherNode).size(), 1);
    }

    void replaceMarksNodeFetched()
    {
        CommentStore store(m_database.get(), AliceJid);
        store.save(comment(Node, QStringLiteral("old"), 1));
        auto known = knownItems(store, Node);
        QCOMPARE(known.first, QSet<QString>{QStringLiteral("old")});
        QVERIFY(!known.second);

        store.replaceNode(BobJid, Node, {comment(Node, QStringLiteral("n1"), 2), comment(Node, QStringLiteral("n2"), 3, true)});
        known = knownItems(store, Node);
        QCOMPARE(known.first, (QSet<QString>{QStringLiteral("n1"), QStringLiteral("n2")}));
        QVERIFY(known.second);

        store.remove(BobJid, Node, QStringLiteral("n1"));
        QCOMPARE(knownItems(store, Node).first, QSet<QString>{QStringLiteral("n2")});

        store.removeNode(BobJid, Node);
        known = knownItems(store, Node);
        QVERIFY(known.first.isEmpty());
        QVERIFY(!known.second);
    }

    void pendingActionsSurviveReopen()
    {
        {
            CommentStore store(m_database.get(), AliceJid);
            PendingCommentAction action;
            action.service = BobJid;
            action.node = Node;
            action.itemId = QStringLiteral("c1");
            action.body = QStringLiteral("Nice *post*");
            action.createdAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
            store.addPendingAction(action);
            PendingCommentAction like = action;
            like.itemId = QStringLiteral("l1");
            like.body.clear();
            like.isLike = true;
            like.createdAt = action.createdAt.addSecs(1);
            store.addPendingAction(like);
            PendingCommentAction retraction = like;
            retraction.action = PendingCommentAction::Action::Retract;
            retraction.itemId = QStringLiteral("c0");
            retraction.createdAt = action.createdAt.addSecs(2);
            store.addPendingAction(retraction);
        }
        m_database.reset();
        QVERIFY(openDatabase());

        CommentStore store(m_database.get(), AliceJid);
        const QVector<PendingCommentAction> actions = pendingActions(store);
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0).itemId, QStringLiteral("c1"));
        QCOMPARE(actions.at(0).service, BobJid);
        QCOMPARE(actions.at(0).node, Node);
        QCOMPARE(actions.at(0).body, QStringLiteral("Nice *post*"));
        QCOMPARE(actions.at(0).action, PendingCommentAction::Action::Publish);
        QCOMPARE(actions.at(0).createdAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QVERIFY(!actions.at(0).isLike);
        QVERIFY(actions.at(1).isLike);
        QCOMPARE(actions.at(2).action, PendingCommentAction::Action::Retract);

        store.removePendingAction(BobJid, Node, QStringLiteral("c1"));
        QCOMPARE(pendingActions(store).size(), 2);
        CommentStore carol(m_database.get(), CarolJid);
        QCOMPARE(pendingActions(carol).size(), 0);
    }

private:
    bool openDatabase()
    {
        m_database = std::make_unique<Database>(m_url);
        QSignalSpy openedSpy(m_database.get(), &Database::opened);
        m_database->open();
        if (!openedSpy.wait(TimeoutMs) || !openedSpy.at(0).at(0).toBool()) {
            qWarning("Opening the database failed: %s", qPrintable(m_database->lastError()));
            return false;
        }
        return true;
    }

    QString newDatabaseUrl(const QString &engine)
    {
        ++m_counter;
        if (engine == QLatin1String("sqlite")) {
            return QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("comments-%1.sqlite").arg(m_counter));
        }
        const QString name = QStringLiteral("comments_%1").arg(m_counter);
        if (!m_postgres.createDatabase(name)) {
            qWarning("Creating the PostgreSQL database failed: %s", qPrintable(m_postgres.lastError()));
        }
        return m_postgres.url(name);
    }

    QVector<Comment> comments(const CommentStore &store, const QString &node)
    {
        std::optional<QVector<Comment>> result;
        store.comments(BobJid, node, this, [&result](const QVector<Comment> &loaded) {
            result = loaded;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No comments within %d ms", TimeoutMs);
        }
        return result.value_or(QVector<Comment>());
    }

    std::pair<QSet<QString>, bool> knownItems(const CommentStore &store, const QString &node)
    {
        std::optional<std::pair<QSet<QString>, bool>> result;
        store.knownItems(BobJid, node, this, [&result](const QSet<QString> &ids, bool fetched) {
            result = std::make_pair(ids, fetched);
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No known items within %d ms", TimeoutMs);
        }
        return result.value_or(std::make_pair(QSet<QString>(), false));
    }

    QVector<PendingCommentAction> pendingActions(const CommentStore &store)
    {
        std::optional<QVector<PendingCommentAction>> result;
        store.pendingActions(this, [&result](const QVector<PendingCommentAction> &actions) {
            result = actions;
        });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs)) {
            qWarning("No pending actions within %d ms", TimeoutMs);
        }
        return result.value_or(QVector<PendingCommentAction>());
    }

    QTemporaryDir m_folder;
    TestPostgresServer m_postgres;
    int m_counter = 0;
    QString m_url;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(CommentStoreTest)
#include "CommentStoreTest.moc"
