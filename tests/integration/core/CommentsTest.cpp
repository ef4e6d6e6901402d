#include "Account.h"
#include "CommentsModel.h"
#include "CommentsService.h"
#include "MicroblogService.h"
#include "PubSubClient.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "XmppUri.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto Heart = QString(QChar(0x2665));

// Requests to the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString commentsUri(const QString &service, const QString &node)
{
    return XmppUri::build(service, QString(), {{QStringLiteral("node"), node}});
}

QJsonObject commentCommand(const QString &service, const QString &node, const QString &text, const QString &itemId = QString())
{
    return {{QStringLiteral("command"), QStringLiteral("comment")},
            {QStringLiteral("to"), service},
            {QStringLiteral("node"), node},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("text"), text},
            {QStringLiteral("name"), QStringLiteral("Bob")}};
}

// Creates a comments node that everyone may read and publish to (XEP-0277, section 4), on the
// PubSub service \a service, or on the peer's own PEP service.
QJsonObject createCommentsNodeCommand(const QString &service, const QString &node)
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), service},
            {QStringLiteral("xml"), QStringLiteral("<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/>"
                                                   "<configure><x xmlns='jabber:x:data' type='submit'>"
                                                   "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>"
                                                   "<field var='pubsub#access_model'><value>open</value></field>"
                                                   "<field var='pubsub#publish_model'><value>open</value></field>"
                                                   "<field var='pubsub#max_items'><value>max</value></field>"
                                                   "<field var='pubsub#notify_retract'><value>true</value></field>"
                                                   "</x></configure></pubsub>")
                                        .arg(node)}};
}

// Returns the items of \a node that Bob reads, as the peer reports them.
QJsonArray peerItems(TestPeer &peer, const QString &service, const QString &node)
{
    peer.clearEvents();
    if (!peer.command({{QStringLiteral("command"), QStringLiteral("items")}, {QStringLiteral("to"), service}, {QStringLiteral("node"), node}}, TimeoutMs)) {
        qWarning() << "items request failed:" << peer.lastError();
        return {};
    }
    return peer.waitForEvent(QStringLiteral("items")).value(QStringLiteral("items")).toArray();
}

QJsonObject itemById(const QJsonArray &items, const QString &itemId)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("id")).toString() == itemId) {
            return item.toObject();
        }
    }
    return {};
}

} // namespace

// CommentsService and CommentsModel against Prosody's PEP and PubSub service, with Bob as a
// slixmpp peer that comments as Movim does.
class CommentsTest : public QObject
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

    void peerCommentsOnOwnPostLive()
    {
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        CommentsService *comments = alice->comments();
        QSignalSpy received(comments, &CommentsService::commentReceived);
        QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
        const QString postId = alice->microblog()->publishPost(QStringLiteral("Comment on this"), QStringLiteral("Please"), {}, QStringLiteral("public"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        const QString node = MicroblogService::commentsNode(postId);
        const QString uri = commentsUri(AliceJid, node);

        CommentsModel *model = comments->open(uri);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), TimeoutMs);
        QCOMPARE(model->rowCount(), 0);

        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(commentCommand(AliceJid, node, QStringLiteral("Nice <b>post</b>"), QStringLiteral("bob-1")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
        QCOMPARE(model->data(model->index(0), CommentsModel::ItemIdRole).toString(), QStringLiteral("bob-1"));
        QCOMPARE(model->data(model->index(0), CommentsModel::AuthorJidRole).toString(), BobJid);
        QCOMPARE(model->data(model->index(0), CommentsModel::AuthorNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(model->data(model->index(0), CommentsModel::PlainTextRole).toString(), QStringLiteral("Nice <b>post</b>"));
        QCOMPARE(model->data(model->index(0), CommentsModel::OwnRole).toBool(), false);
        // Alice owns the node, so she may delete Bob's comment.
        QCOMPARE(model->data(model->index(0), CommentsModel::CanDeleteRole).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, TimeoutMs);
        QCOMPARE(received.first().at(0).toString(), AliceJid);
        QCOMPARE(received.first().at(1).toString(), MicroblogService::node());
        QCOMPARE(received.first().at(2).toString(), postId);
        QCOMPARE(received.first().at(3).toString(), BobJid);
        QCOMPARE(received.first().at(4).toString(), QStringLiteral("Bob"));
        QCOMPARE(received.first().at(5).toBool(), false);

        // Two likes of Bob count once.
        QVERIFY2(bob.command(commentCommand(AliceJid, node, Heart, QStringLiteral("bob-like-1")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->likeCount(), 1, TimeoutMs);
        QVERIFY2(bob.command(commentCommand(AliceJid, node, Heart, QStringLiteral("bob-like-2")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, TimeoutMs);
        QCOMPARE(model->likeCount(), 1);
        QCOMPARE(model->likers(), QStringList{BobJid});
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(received.at(1).at(5).toBool(), true);

        // Alice's own comment raises no notification.
        QSignalSpy commented(comments, &CommentsService::commentPublished);
        const QString ownId = comments->addComment(uri, QStringLiteral("Thanks *Bob*"));
        QVERIFY(!ownId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(commented.count(), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, TimeoutMs);
        // Prosody sends a publish's notifications before its result, so the echo of the comment has
        // been handled by the time commentPublished is sent.
        QCOMPARE(received.count(), 3);

        // Alice likes and unlikes her post, and deletes her comment, as the node's owner.
        QSignalSpy deleted(comments, &CommentsService::commentDeleted);
        const QString likeId = comments->like(uri);
        QVERIFY(!likeId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(commented.count(), 2, TimeoutMs);
        QCOMPARE(model->likeCount(), 2);
        QVERIFY(model->likedByMe());
        QVERIFY(comments->unlike(uri));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(model->likeCount(), 1);
        QVERIFY(!model->likedByMe());
        QVERIFY(comments->deleteComment(uri, ownId));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, TimeoutMs);
        QCOMPARE(model->indexOf(ownId), -1);
        QCOMPARE(model->rowCount(), 1);
        const QJsonArray items = peerItems(bob, AliceJid, node);
        QVERIFY(itemById(items, likeId).isEmpty());
        QVERIFY(itemById(items, ownId).isEmpty());
        QVERIFY(!itemById(items, QStringLiteral("bob-1")).isEmpty());

        // Without an open model, comments on Alice's own post are still followed.
        comments->close(uri);
        QVERIFY(!comments->model(uri));
        QVERIFY2(bob.command(commentCommand(AliceJid, node, QStringLiteral("Still there?"), QStringLiteral("bob-2")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 4, TimeoutMs);
        QCOMPARE(received.last().at(2).toString(), postId);

        // After a new sign-in, the comments seen before raise nothing, and a comment written
        // while Alice was away is announced.
        alice.reset();
        QVERIFY2(bob.command(commentCommand(AliceJid, node, QStringLiteral("While away"), QStringLiteral("bob-3")), TimeoutMs), qPrintable(bob.lastError()));
        alice = std::make_unique<Account>();
        alice->setDatabase(m_database.get());
        alice->setConnectionSettings(testConnectionSettings(m_server));
        QSignalSpy receivedAgain(alice->comments(), &CommentsService::commentReceived);
        alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(receivedAgain.count(), 1, TimeoutMs);
        QCOMPARE(receivedAgain.first().at(2).toString(), postId);
        CommentsModel *reopened = alice->comments()->open(uri);
        QVERIFY(reopened);
        QTRY_COMPARE_WITH_TIMEOUT(reopened->rowCount(), 3, TimeoutMs);
        // The announcement came from the sign-in's fetch of the whole node, and the reopened
        // model's fetch must not announce anything again.
        QCOMPARE(receivedAgain.count(), 1);
        QCOMPARE(reopened->likeCount(), 1);
        alice->comments()->close(uri);
    }

    void deleteAndUnlikeWithoutModel()
    {
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        CommentsService *comments = alice->comments();
        QSignalSpy received(comments, &CommentsService::commentReceived);
        QSignalSpy commented(comments, &CommentsService::commentPublished);
        QSignalSpy deleted(comments, &CommentsService::commentDeleted);
        QSignalSpy failed(comments, &CommentsService::actionFailed);
        QSignalSpy published(alice->microblog(), &MicroblogService::postPublished);
        const QString postId = alice->microblog()->publishPost(QStringLiteral("No model"), QStringLiteral("Changes without a model"), {},
                                                               QStringLiteral("public"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        const QString node = MicroblogService::commentsNode(postId);
        const QString uri = commentsUri(AliceJid, node);
        QVERIFY(!comments->model(uri));

        // Alice's comment and like, and Bob's comment, reach the store of the followed node.
        const QString ownId = comments->addComment(uri, QStringLiteral("My own remark"));
        const QString likeId = comments->like(uri);
        QVERIFY(!ownId.isEmpty());
        QVERIFY(!likeId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(commented.count(), 2, TimeoutMs);
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(commentCommand(AliceJid, node, QStringLiteral("Spam"), QStringLiteral("bob-spam")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, TimeoutMs);

        // Deletion and unlike look the items up in the store.
        QVERIFY(comments->deleteComment(uri, ownId));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, TimeoutMs);
        QCOMPARE(deleted.last().at(1).toString(), ownId);
        QVERIFY(comments->unlike(uri));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, TimeoutMs);
        QCOMPARE(deleted.last().at(1).toString(), likeId);
        // Alice owns the node of her post, so she may delete Bob's comment too.
        QVERIFY(comments->deleteComment(uri, QStringLiteral("bob-spam")));
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 3, TimeoutMs);
        QCOMPARE(failed.count(), 0);
        const QJsonArray items = peerItems(bob, AliceJid, node);
        QVERIFY(itemById(items, ownId).isEmpty());
        QVERIFY(itemById(items, likeId).isEmpty());
        QVERIFY(itemById(items, QStringLiteral("bob-spam")).isEmpty());

        // Nothing left to delete or unlike: reported, and nothing is retracted.
        QVERIFY(comments->deleteComment(uri, QStringLiteral("no-such-comment")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("no-such-comment"));
        QVERIFY(comments->unlike(uri));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, TimeoutMs);
        QCOMPARE(failed.last().at(1).toString(), QString());
        QCOMPARE(deleted.count(), 3);
        QCOMPARE(comments->pendingCount(), 0);

        // An invalid URI is rejected at once.
        QVERIFY(!comments->deleteComment(QStringLiteral("not a uri"), ownId));
        QVERIFY(!comments->unlike(QStringLiteral("not a uri")));
    }

    void commentAndLikeOnPeerPost()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QString node = MicroblogService::commentsNode(QStringLiteral("bob-post"));
        QVERIFY2(bob.command(createCommentsNodeCommand(BobJid, node), TimeoutMs), qPrintable(bob.lastError()));
        QCOMPARE(bob.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        const QString uri = commentsUri(BobJid, node);

        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        CommentsService *comments = alice->comments();
        CommentsModel *model = comments->open(uri);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), TimeoutMs);
        QSignalSpy commented(comments, &CommentsService::commentPublished);
        QSignalSpy deleted(comments, &CommentsService::commentDeleted);
        QSignalSpy received(comments, &CommentsService::commentReceived);

        const QString commentId = comments->addComment(uri, QStringLiteral("Hello **Bob**"));
        QVERIFY(!commentId.isEmpty());
        QCOMPARE(model->rowCount(), 1);
        const QString likeId = comments->like(uri);
        QVERIFY(!likeId.isEmpty());
        QVERIFY(model->likedByMe());
        QTRY_COMPARE_WITH_TIMEOUT(commented.count(), 2, TimeoutMs);
        QCOMPARE(model->data(model->index(0), CommentsModel::PendingRole).toBool(), false);
        QCOMPARE(model->data(model->index(0), CommentsModel::OwnRole).toBool(), true);
        QCOMPARE(model->data(model->index(0), CommentsModel::CanDeleteRole).toBool(), true);
        // A second like() returns the first like.
        QCOMPARE(comments->like(uri), likeId);

        QJsonArray items = peerItems(bob, QString(), node);
        QCOMPARE(itemById(items, commentId).value(QStringLiteral("title")).toString(), QStringLiteral("Hello Bob"));
        QCOMPARE(itemById(items, commentId).value(QStringLiteral("authorUri")).toString(), QStringLiteral("xmpp:") + AliceJid);
        QCOMPARE(itemById(items, likeId).value(QStringLiteral("title")).toString(), Heart);

        // Bob's comment on his own node reaches Alice's open model at once.
        QVERIFY2(bob.command(commentCommand(QString(), node, QStringLiteral("Hi Alice"), QStringLiteral("bob-reply")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(QStringLiteral("bob-reply")) >= 0, TimeoutMs);
        QCOMPARE(model->rowCount(), 2);
        // Rows of the same second sort by item id, so the row is looked up.
        QCOMPARE(model->data(model->index(model->indexOf(QStringLiteral("bob-reply"))), CommentsModel::CanDeleteRole).toBool(), false);
        QVERIFY(!comments->deleteComment(uri, QStringLiteral("bob-reply")));
        // Not Alice's post, so no notification.
        QCOMPARE(received.count(), 0);

        // Prosody 0.12 lets only a node's owner and publishers retract items, not those that
        // publish_model "open" lets publish, so Alice's unlike and deletion on Bob's node fail
        // and her like and comment stay.
        QSignalSpy failed(comments, &CommentsService::actionFailed);
        QVERIFY(comments->unlike(uri));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(1).toString(), likeId);
        QVERIFY(!failed.first().at(2).toString().isEmpty());
        QCOMPARE(model->likeCount(), 1);
        QVERIFY(model->likedByMe());
        QVERIFY(comments->deleteComment(uri, commentId));
        QCOMPARE(model->data(model->index(model->indexOf(commentId)), CommentsModel::PendingRole).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, TimeoutMs);
        QCOMPARE(model->data(model->index(model->indexOf(commentId)), CommentsModel::PendingRole).toBool(), false);
        QCOMPARE(deleted.count(), 0);

        items = peerItems(bob, QString(), node);
        QVERIFY(!itemById(items, likeId).isEmpty());
        QVERIFY(!itemById(items, commentId).isEmpty());
        QVERIFY(!itemById(items, QStringLiteral("bob-reply")).isEmpty());
        QCOMPARE(comments->pendingCount(), 0);
        comments->close(uri);
    }

    void movimNodeOnPubSubService()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QString service = m_server.pubsubDomain();
        const QString node = MicroblogService::commentsNode(QStringLiteral("movim-post"));
        QVERIFY2(bob.command(createCommentsNodeCommand(service, node), TimeoutMs), qPrintable(bob.lastError()));
        QCOMPARE(bob.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QVERIFY2(bob.command(commentCommand(service, node, QStringLiteral("First"), QStringLiteral("movim-1")), TimeoutMs), qPrintable(bob.lastError()));

        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        const QString uri = commentsUri(service, node);
        CommentsModel *model = alice->comments()->open(uri);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
        QCOMPARE(model->data(model->index(0), CommentsModel::CanDeleteRole).toBool(), false);

        // The subscription of the open model brings Bob's next comment at once.
        // The model subscribes before it fetches, and the service answers in order, so the
        // subscription is active once the fetched comment shows.
        QSignalSpy published(alice->comments(), &CommentsService::commentPublished);
        QVERIFY2(bob.command(commentCommand(service, node, Heart, QStringLiteral("movim-like")), TimeoutMs), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->likeCount(), 1, TimeoutMs);
        const QString commentId = alice->comments()->addComment(uri, QStringLiteral("From Salon"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QVERIFY(!itemById(peerItems(bob, service, node), commentId).isEmpty());
        alice->comments()->close(uri);
    }

    void timedOutCommentSentAgain()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QString node = MicroblogService::commentsNode(QStringLiteral("bob-slow-post"));
        QVERIFY2(bob.command(createCommentsNodeCommand(BobJid, node), TimeoutMs), qPrintable(bob.lastError()));
        QCOMPARE(bob.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        const QString uri = commentsUri(BobJid, node);

        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), {}, m_database.get(), TimeoutMs);
        QVERIFY(alice);
        CommentsModel *model = alice->comments()->open(uri);
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), TimeoutMs);
        QSignalSpy published(alice->comments(), &CommentsService::commentPublished);
        QSignalSpy failed(alice->comments(), &CommentsService::actionFailed);

        // A timeout of 0 ms ends the publish before any response can arrive.
        const int timeoutMs = alice->pubsub()->timeoutMs();
        alice->pubsub()->setTimeoutMs(0);
        const QString commentId = alice->comments()->addComment(uri, QStringLiteral("Slow network"));
        QVERIFY(!commentId.isEmpty());
        // NOTE: nothing observable marks the timeout, so a fixed wait lets it happen before the
        // normal timeout is restored.
        QTest::qWait(500);
        QCOMPARE(published.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(alice->comments()->pendingCount(), 1);
        QCOMPARE(model->data(model->index(model->indexOf(commentId)), CommentsModel::PendingRole).toBool(), true);

        // The retry, CommentOutbox::RetryDelayMs later, gets its response.
        alice->pubsub()->setTimeoutMs(timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(1).toString(), commentId);
        // The timeout only delayed the comment: it never failed.
        QCOMPARE(failed.count(), 0);
        QCOMPARE(alice->comments()->pendingCount(), 0);
        QCOMPARE(model->data(model->index(model->indexOf(commentId)), CommentsModel::PendingRole).toBool(), false);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(itemById(peerItems(bob, QString(), node), commentId).value(QStringLiteral("title")).toString(), QStringLiteral("Slow network"));
        alice->comments()->close(uri);
    }

    void offlineCommentSentAfterSignIn()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        const QString node = MicroblogService::commentsNode(QStringLiteral("bob-offline-post"));
        QVERIFY2(bob.command(createCommentsNodeCommand(BobJid, node), TimeoutMs), qPrintable(bob.lastError()));
        QCOMPARE(bob.waitForEvent(QStringLiteral("iqResponse")).value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        bob.stop();
        const QString uri = commentsUri(BobJid, node);

        m_server.stop();
        QString commentId;
        {
            auto alice = std::make_unique<Account>();
            alice->setDatabase(m_database.get());
            alice->setConnectionSettings(testConnectionSettings(m_server));
            alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
            CommentsModel *model = alice->comments()->open(uri);
            QVERIFY(model);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            commentId = alice->comments()->addComment(uri, QStringLiteral("Written offline"));
            QVERIFY(!commentId.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
            QCOMPARE(model->data(model->index(0), CommentsModel::PendingRole).toBool(), true);
            QCOMPARE(alice->comments()->pendingCount(), 1);
            alice->comments()->close(uri);
        }

        // A restart while offline: the comment comes back from the store as pending.
        auto alice = std::make_unique<Account>();
        alice->setDatabase(m_database.get());
        alice->setConnectionSettings(testConnectionSettings(m_server));
        QSignalSpy published(alice->comments(), &CommentsService::commentPublished);
        alice->signIn(AliceJid, chatTestPassword(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(alice->comments()->pendingCount(), 1, TimeoutMs);
        CommentsModel *model = alice->comments()->open(uri);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
        QCOMPARE(model->data(model->index(0), CommentsModel::PendingRole).toBool(), true);

        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, TimeoutMs);
        QCOMPARE(published.first().at(1).toString(), commentId);
        QTRY_COMPARE_WITH_TIMEOUT(alice->comments()->pendingCount(), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->indexOf(commentId)), CommentsModel::PendingRole).toBool(), false, TimeoutMs);

        TestPeer reader(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(reader.waitOnline(), qPrintable(reader.lastError()));
        const QJsonArray items = peerItems(reader, QString(), node);
        // The comment went out once, also after the reader's sign-in and request.
        QCOMPARE(published.count(), 1);
        QCOMPARE(itemById(items, commentId).value(QStringLiteral("title")).toString(), QStringLiteral("Written offline"));
        alice->comments()->close(uri);
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

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(CommentsTest)
#include "CommentsTest.moc"
