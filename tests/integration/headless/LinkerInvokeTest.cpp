// The invoke requests of salon-linker as salon-server forwards them: frames
// on its standard input and output. The account connects to a loopback port
// where nothing listens, so it stays offline: these tests cover the routing
// of requests, replies and notices, not a roster change on a server (the
// web end-to-end test does that).

#include "FrameDecoder.h"
#include "FrameEncoder.h"
#include "JsonMessage.h"
#include "LinkerFrameDecoding.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

namespace {

constexpr int TimeoutMs = 10000;
constexpr int Tab = 5;

/// A loopback port with nothing listening on it: the system chose it, and it is closed again.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QJsonObject fromTab(const QJsonObject &message)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("fromTab")},
        {QStringLiteral("tab"), Tab},
        {QStringLiteral("message"), message},
    };
}

QJsonObject invoke(const QString &object, const QString &method, const QJsonArray &args, int id)
{
    return fromTab(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invoke")},
        {QStringLiteral("object"), object},
        {QStringLiteral("method"), method},
        {QStringLiteral("args"), args},
        {QStringLiteral("id"), id},
    });
}

/// A salon-linker process that is signed in as alice@localhost, with the frames it wrote.
class Linker
{
public:
    Linker()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            const FrameDecoder::Result result = m_decoder.feed(m_process.readAllStandardOutput());
            for (const QByteArray &payload : result.frames) {
                m_frames.append(decodeLinkerPayload(payload).object);
            }
        });
    }

    ~Linker()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(TimeoutMs)) {
                m_process.kill();
                m_process.waitForFinished(TimeoutMs);
            }
        }
    }

    bool startSignedIn()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SALON_LINKER_PATH),
                        {QStringLiteral("--xmpp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--xmpp-port"), QString::number(closedPort())});
        if (!m_process.waitForStarted(TimeoutMs)) {
            return false;
        }
        send(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("signIn")},
            {QStringLiteral("jid"), QStringLiteral("alice@localhost")},
            {QStringLiteral("password"), QStringLiteral("linker test password")},
        });
        return true;
    }

    void send(const QJsonObject &message)
    {
        m_process.write(FrameEncoder::encode(JsonMessage::encode(message)));
    }

    /// Waits for the next toTab frame whose message has type \a type and returns it, or an empty object.
    QJsonObject take(const QString &type)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < TimeoutMs && m_process.state() != QProcess::NotRunning) {
            for (int i = 0; i < m_frames.size(); ++i) {
                if (m_frames.at(i).value(QStringLiteral("message")).toObject().value(QStringLiteral("type")).toString() == type) {
                    return m_frames.takeAt(i);
                }
            }
            QTest::qWait(20);
        }
        return {};
    }

    /// Waits for the invokeResult of request \a id and returns its message.
    QJsonObject result(int id)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < TimeoutMs) {
            const QJsonObject frame = take(QStringLiteral("invokeResult"));
            if (frame.isEmpty()) {
                return {};
            }
            if (frame.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toInt() == id) {
                m_lastResultTab = frame.value(QStringLiteral("tab")).toInt();
                return frame.value(QStringLiteral("message")).toObject();
            }
        }
        return {};
    }

    int lastResultTab() const
    {
        return m_lastResultTab;
    }

private:
    QProcess m_process;
    FrameDecoder m_decoder;
    QList<QJsonObject> m_frames;
    int m_lastResultTab = -1;
};

} // namespace

class LinkerInvokeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotIncludesSubscriptionRequests()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), Tab}});

        // Other models may send their own messages first, so the two are looked for among them.
        QStringList models;
        for (int i = 0; i < 8 && models.size() < 2; ++i) {
            const QJsonObject message = linker.take(QStringLiteral("model")).value(QStringLiteral("message")).toObject();
            const QString model = message.value(QStringLiteral("model")).toString();
            if (model == QLatin1String("contacts") || model == QLatin1String("subscriptionRequests")) {
                models.append(model);
            }
            if (model == QLatin1String("subscriptionRequests")) {
                QCOMPARE(message.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
                QCOMPARE(message.value(QStringLiteral("roles")).toArray(),
                         (QJsonArray{QStringLiteral("jid"), QStringLiteral("name"), QStringLiteral("displayName"), QStringLiteral("message"),
                                     QStringLiteral("restored")}));
            }
        }
        QCOMPARE(models, (QStringList{QStringLiteral("contacts"), QStringLiteral("subscriptionRequests")}));
    }

    void rosterActionAnsweredAndFailureNoticed()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());

        linker.send(invoke(QStringLiteral("roster"), QStringLiteral("addContact"), {QStringLiteral("bob@localhost"), QStringLiteral("Bob"), QString()}, 1));

        // The call itself succeeds, to the tab that sent it; the offline account then reports the failure to every tab.
        const QJsonObject result = linker.result(1);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(linker.lastResultTab(), Tab);

        const QJsonObject frame = linker.take(QStringLiteral("notice"));
        QCOMPARE(frame.value(QStringLiteral("tab")).toInt(), 0);
        const QJsonObject notice = frame.value(QStringLiteral("message")).toObject();
        QCOMPARE(notice.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(notice.value(QStringLiteral("object")).toString(), QStringLiteral("roster"));
        QCOMPARE(notice.value(QStringLiteral("jid")).toString(), QStringLiteral("bob@localhost"));
        QVERIFY(!notice.value(QStringLiteral("message")).toString().isEmpty());
    }

    void invalidJidNoticed()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());

        linker.send(invoke(QStringLiteral("roster"), QStringLiteral("removeContact"), {QStringLiteral("not an address")}, 2));

        QCOMPARE(linker.result(2).value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject notice = linker.take(QStringLiteral("notice")).value(QStringLiteral("message")).toObject();
        QCOMPARE(notice.value(QStringLiteral("jid")).toString(), QStringLiteral("not an address"));
        QVERIFY(notice.value(QStringLiteral("message")).toString().contains(QStringLiteral("not an address")));
    }

    void offlinePostMirroredAsPending()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), Tab}});

        linker.send(invoke(QStringLiteral("microblog"), QStringLiteral("publishPost"),
                           {QStringLiteral("Hello"), QStringLiteral("Some **bold** text"), QJsonArray{QStringLiteral("news")}, QStringLiteral("public")}, 3));
        QCOMPARE(linker.result(3).value(QStringLiteral("ok")).toBool(), true);

        // The account is offline, so the post waits in the feed as pending.
        QJsonObject row;
        for (int i = 0; i < 20 && row.isEmpty(); ++i) {
            const QJsonObject message = linker.take(QStringLiteral("model")).value(QStringLiteral("message")).toObject();
            if (message.value(QStringLiteral("model")).toString() == QLatin1String("feed") && message.value(QStringLiteral("op")).toString() == QLatin1String("insert")) {
                row = message.value(QStringLiteral("rows")).toArray().first().toObject();
            }
        }
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("Hello"));
        QCOMPARE(row.value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("own")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("news")});
        QVERIFY(row.value(QStringLiteral("contentHtml")).toString().contains(QStringLiteral("<strong>bold</strong>")));
    }

    void conversationPublishedToItsTab()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        const QString modelName = QStringLiteral("messages/bob@localhost");

        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("openConversation"), {QStringLiteral("Bob@localhost")}, 20));

        // The snapshot comes before the reply, to the tab that opened the conversation only.
        const QJsonObject snapshot = linker.take(QStringLiteral("model"));
        QCOMPARE(snapshot.value(QStringLiteral("tab")).toInt(), Tab);
        const QJsonObject reset = snapshot.value(QStringLiteral("message")).toObject();
        QCOMPARE(reset.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(reset.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
        QVERIFY(reset.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("body")));
        // The model's object message carries whether the peer is typing.
        const QJsonObject object = linker.take(QStringLiteral("object")).value(QStringLiteral("message")).toObject();
        QCOMPARE(object.value(QStringLiteral("object")).toString(), modelName);
        const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("peerTyping")), QJsonValue(false));
        QVERIFY(properties.contains(QStringLiteral("loading")));
        const QJsonObject result = linker.result(20);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(linker.lastResultTab(), Tab);

        // A message written while offline waits in the outbox and shows at once as pending.
        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("sendMessage"), {QStringLiteral("bob@localhost"), QStringLiteral("Hello")}, 21));
        QCOMPARE(linker.result(21).value(QStringLiteral("ok")).toBool(), true);
        QJsonObject insert;
        for (int i = 0; i < 8 && insert.isEmpty(); ++i) {
            const QJsonObject frame = linker.take(QStringLiteral("model"));
            const QJsonObject message = frame.value(QStringLiteral("message")).toObject();
            if (message.value(QStringLiteral("model")).toString() == modelName) {
                QCOMPARE(frame.value(QStringLiteral("tab")).toInt(), Tab);
                insert = message;
            }
        }
        QCOMPARE(insert.value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        const QJsonObject row = insert.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("body")).toString(), QStringLiteral("Hello"));
        QCOMPARE(row.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("fetchOlderMessages"), {QStringLiteral("bob@localhost")}, 22));
        QCOMPARE(linker.result(22).value(QStringLiteral("ok")).toBool(), true);

        // A loaded message is revealed at once.
        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("revealMessage"), {QStringLiteral("bob@localhost"), row.value(QStringLiteral("messageId"))}, 25));
        QCOMPARE(linker.result(25).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(linker.lastResultTab(), Tab);

        // After closing, the tab can no longer page through it.
        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("closeConversation"), {QStringLiteral("bob@localhost")}, 23));
        QCOMPARE(linker.result(23).value(QStringLiteral("ok")).toBool(), true);
        linker.send(invoke(QStringLiteral("chats"), QStringLiteral("fetchOlderMessages"), {QStringLiteral("bob@localhost")}, 24));
        const QJsonObject closed = linker.result(24);
        QCOMPARE(closed.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(closed.value(QStringLiteral("error")).toString(), QStringLiteral("notOpen"));
    }

    void communityFormPublishedToItsTab()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        const QString modelName = QStringLiteral("communityConfiguration/pubsub.localhost/news/2026");

        // A node name may contain "/", which stays in the model's name after the service.
        linker.send(invoke(QStringLiteral("communities"), QStringLiteral("openConfiguration"), {QStringLiteral("PubSub.localhost"), QStringLiteral("news/2026")}, 40));

        const QJsonObject snapshot = linker.take(QStringLiteral("model"));
        QCOMPARE(snapshot.value(QStringLiteral("tab")).toInt(), Tab);
        const QJsonObject reset = snapshot.value(QStringLiteral("message")).toObject();
        QCOMPARE(reset.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(reset.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
        QVERIFY(reset.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("var")));
        const QJsonObject result = linker.result(40);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(linker.lastResultTab(), Tab);

        linker.send(invoke(QStringLiteral("communities"), QStringLiteral("closeConfiguration"), {QStringLiteral("pubsub.localhost"), QStringLiteral("news/2026")}, 41));
        QCOMPARE(linker.result(41).value(QStringLiteral("ok")).toBool(), true);
    }

    void commentsPublishedToItsTab()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        const QString uri = QStringLiteral("xmpp:alice@localhost?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fpost-1");
        const QString modelName = QStringLiteral("comments/") + uri;

        linker.send(invoke(QStringLiteral("comments"), QStringLiteral("open"), {uri}, 50));

        const QJsonObject snapshot = linker.take(QStringLiteral("model"));
        QCOMPARE(snapshot.value(QStringLiteral("tab")).toInt(), Tab);
        const QJsonObject reset = snapshot.value(QStringLiteral("message")).toObject();
        QCOMPARE(reset.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(reset.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
        QVERIFY(reset.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("canDelete")));
        // The likes come with the model's object message.
        const QJsonObject object = linker.take(QStringLiteral("object")).value(QStringLiteral("message")).toObject();
        QCOMPARE(object.value(QStringLiteral("object")).toString(), modelName);
        const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("likeCount")), QJsonValue(0));
        QCOMPARE(properties.value(QStringLiteral("likedByMe")), QJsonValue(false));
        const QJsonObject result = linker.result(50);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("model")).toString(), modelName);
        QCOMPARE(linker.lastResultTab(), Tab);

        // Opening again keeps the one subscription.
        linker.send(invoke(QStringLiteral("comments"), QStringLiteral("open"), {uri}, 51));
        QCOMPARE(linker.result(51).value(QStringLiteral("model")).toString(), modelName);
        linker.send(invoke(QStringLiteral("comments"), QStringLiteral("close"), {uri}, 52));
        QCOMPARE(linker.result(52).value(QStringLiteral("ok")).toBool(), true);
    }

    void postPagesPublishedToItsTab()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());
        const QString blogName = QStringLiteral("nodePosts/bob@localhost/urn:xmpp:microblog:0");

        // An empty node is the user's blog.
        linker.send(invoke(QStringLiteral("postPages"), QStringLiteral("openNodePosts"), {QStringLiteral("Bob@localhost"), QString()}, 60));
        const QJsonObject snapshot = linker.take(QStringLiteral("model"));
        QCOMPARE(snapshot.value(QStringLiteral("tab")).toInt(), Tab);
        const QJsonObject reset = snapshot.value(QStringLiteral("message")).toObject();
        QCOMPARE(reset.value(QStringLiteral("model")).toString(), blogName);
        QVERIFY(reset.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("enclosures")));
        const QJsonObject object = linker.take(QStringLiteral("object")).value(QStringLiteral("message")).toObject();
        QCOMPARE(object.value(QStringLiteral("object")).toString(), blogName);
        QVERIFY(object.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("canLoadMore")));
        const QJsonObject result = linker.result(60);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("model")).toString(), blogName);

        linker.send(invoke(QStringLiteral("postPages"), QStringLiteral("loadMore"), {blogName}, 61));
        QCOMPARE(linker.result(61).value(QStringLiteral("ok")).toBool(), true);

        linker.send(invoke(QStringLiteral("postPages"), QStringLiteral("openTaggedPosts"), {QStringLiteral("News")}, 62));
        const QJsonObject tagged = linker.result(62);
        QCOMPARE(tagged.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(tagged.value(QStringLiteral("model")).toString(), QStringLiteral("taggedPosts/news"));

        // After closing, the tab can no longer page through it.
        linker.send(invoke(QStringLiteral("postPages"), QStringLiteral("close"), {blogName}, 63));
        QCOMPARE(linker.result(63).value(QStringLiteral("ok")).toBool(), true);
        linker.send(invoke(QStringLiteral("postPages"), QStringLiteral("loadMore"), {blogName}, 64));
        QCOMPARE(linker.result(64).value(QStringLiteral("error")).toString(), QStringLiteral("notOpen"));
    }

    void linkPreviewFailureSentAsEvent()
    {
        Linker linker;
        QVERIFY(linker.startSignedIn());

        // The linker runs on the server, so it does not fetch a loopback address.
        const QString url = QStringLiteral("http://127.0.0.1/admin");
        linker.send(invoke(QStringLiteral("linkPreviews"), QStringLiteral("requestPreview"), {url}, 70));
        QCOMPARE(linker.result(70).value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject frame = linker.take(QStringLiteral("event"));
        QCOMPARE(frame.value(QStringLiteral("tab")).toInt(), 0);
        const QJsonObject event = frame.value(QStringLiteral("message")).toObject();
        QCOMPARE(event.value(QStringLiteral("object")).toString(), QStringLiteral("linkPreviews"));
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("previewFailed"));
        QCOMPARE(event.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(event.value(QStringLiteral("code")).toString(), QStringLiteral("blockedAddress"));
        QVERIFY(!event.value(QStringLiteral("message")).toString().isEmpty());
    }

    void roomActionsAnsweredAndFailuresNoticed_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("subjectKey");

        const QString room = QStringLiteral("lounge@conference.localhost");
        QTest::newRow("join") << invoke(QStringLiteral("rooms"), QStringLiteral("join"), {room, QStringLiteral("Alice"), QString()}, 30) << QStringLiteral("rooms")
                              << QStringLiteral("jid");
        QTest::newRow("room message") << invoke(QStringLiteral("roomMessages"), QStringLiteral("sendMessage"), {room, QStringLiteral("Hello")}, 30)
                                      << QStringLiteral("roomMessages") << QStringLiteral("jid");
        QTest::newRow("kick") << invoke(QStringLiteral("roomModeration"), QStringLiteral("kick"), {room, QStringLiteral("bob"), QString()}, 30)
                              << QStringLiteral("roomModeration") << QStringLiteral("jid");
        QTest::newRow("invite") << invoke(QStringLiteral("invitations"), QStringLiteral("invite"), {room, QStringLiteral("bob@localhost"), QString(), QString()}, 30)
                                << QStringLiteral("invitations") << QStringLiteral("roomJid");
        QTest::newRow("bookmark") << invoke(QStringLiteral("bookmarks"), QStringLiteral("setBookmark"), {room, QString(), QStringLiteral("Alice"), true, QString()}, 30)
                                  << QStringLiteral("bookmarks") << QStringLiteral("jid");
        QTest::newRow("public rooms") << invoke(QStringLiteral("roomDirectory"), QStringLiteral("requestRooms"), {QStringLiteral("conference.localhost")}, 30)
                                      << QStringLiteral("roomDirectory") << QStringLiteral("service");
        QTest::newRow("room form") << invoke(QStringLiteral("roomConfiguration"), QStringLiteral("requestForm"), {room}, 30)
                                   << QStringLiteral("roomConfiguration") << QStringLiteral("jid");
        QTest::newRow("community subscription")
            << invoke(QStringLiteral("communities"), QStringLiteral("subscribe"), {QStringLiteral("pubsub.localhost"), QStringLiteral("news"), QString()}, 30)
            << QStringLiteral("communities") << QStringLiteral("service");
        QTest::newRow("community listing") << invoke(QStringLiteral("communityBrowser"), QStringLiteral("requestCommunities"), {QStringLiteral("pubsub.localhost")}, 30)
                                           << QStringLiteral("communityBrowser") << QStringLiteral("service");
    }

    void roomActionsAnsweredAndFailuresNoticed()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, object);
        QFETCH(QString, subjectKey);
        Linker linker;
        QVERIFY(linker.startSignedIn());

        linker.send(request);

        // The account stays offline, so each room action fails after its call was accepted.
        QCOMPARE(linker.result(30).value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject notice = linker.take(QStringLiteral("notice")).value(QStringLiteral("message")).toObject();
        QCOMPARE(notice.value(QStringLiteral("object")).toString(), object);
        QVERIFY(notice.value(subjectKey).isString());
        QVERIFY(!notice.value(QStringLiteral("message")).toString().isEmpty());
    }

    void rejectedRequestsAnswered_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown object") << invoke(QStringLiteral("calendar"), QStringLiteral("addEvent"), {}, 10) << QStringLiteral("unknownObject");
        QTest::newRow("unknown method") << invoke(QStringLiteral("roster"), QStringLiteral("launchRocket"), {}, 10) << QStringLiteral("unknownMethod");
        QTest::newRow("sign-out through invoke") << invoke(QStringLiteral("account"), QStringLiteral("signOut"), {}, 10) << QStringLiteral("unknownMethod");
        QTest::newRow("sign-in through invoke") << invoke(QStringLiteral("account"), QStringLiteral("signIn"), {QStringLiteral("mallory@localhost"), QStringLiteral("x")}, 10)
                                                << QStringLiteral("unknownMethod");
        // A path from a tab would name a file on the server.
        QTest::newRow("send a server file") << invoke(QStringLiteral("files"), QStringLiteral("sendFile"), {QStringLiteral("bob@localhost"), QStringLiteral("/etc/passwd")}, 10)
                                            << QStringLiteral("unknownMethod");
        QTest::newRow("upload a server file") << invoke(QStringLiteral("files"), QStringLiteral("uploadFile"), {QStringLiteral("/etc/passwd")}, 10)
                                              << QStringLiteral("unknownMethod");
        QTest::newRow("wrong argument count") << invoke(QStringLiteral("roster"), QStringLiteral("addContact"), {QStringLiteral("bob@localhost")}, 10)
                                              << QStringLiteral("wrongArgumentCount");
        QTest::newRow("groups not an array") << invoke(QStringLiteral("roster"), QStringLiteral("setGroups"), {QStringLiteral("bob@localhost"), QStringLiteral("Friends")}, 10)
                                             << QStringLiteral("invalidArgument");
        QTest::newRow("conversation with an invalid address") << invoke(QStringLiteral("chats"), QStringLiteral("openConversation"), {QStringLiteral("not an address")}, 10)
                                                              << QStringLiteral("invalidArgument");
        QTest::newRow("conversation without an address") << invoke(QStringLiteral("chats"), QStringLiteral("openConversation"), {}, 10)
                                                         << QStringLiteral("wrongArgumentCount");
        QTest::newRow("older messages of a closed conversation")
            << invoke(QStringLiteral("chats"), QStringLiteral("fetchOlderMessages"), {QStringLiteral("bob@localhost")}, 10) << QStringLiteral("notOpen");
        QTest::newRow("message of a closed conversation")
            << invoke(QStringLiteral("chats"), QStringLiteral("revealMessage"), {QStringLiteral("bob@localhost"), 1}, 10) << QStringLiteral("notOpen");
        QTest::newRow("export in an unknown format")
            << invoke(QStringLiteral("chats"), QStringLiteral("exportConversation"), {QStringLiteral("bob@localhost"), QStringLiteral("pdf")}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("models of an unknown room")
            << invoke(QStringLiteral("roomMessages"), QStringLiteral("openRoom"), {QStringLiteral("lounge@conference.localhost")}, 10) << QStringLiteral("notFound");
        QTest::newRow("room with an invalid address")
            << invoke(QStringLiteral("roomMessages"), QStringLiteral("openRoom"), {QStringLiteral("not an address")}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("older messages of a closed room")
            << invoke(QStringLiteral("roomMessages"), QStringLiteral("fetchOlderMessages"), {QStringLiteral("lounge@conference.localhost")}, 10) << QStringLiteral("notOpen");
        QTest::newRow("occupants through invoke")
            << invoke(QStringLiteral("rooms"), QStringLiteral("occupants"), {QStringLiteral("lounge@conference.localhost")}, 10) << QStringLiteral("unknownMethod");
        QTest::newRow("room form with an invalid address")
            << invoke(QStringLiteral("roomConfiguration"), QStringLiteral("openForm"), {QStringLiteral("not an address")}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("room form model through invoke")
            << invoke(QStringLiteral("roomConfiguration"), QStringLiteral("form"), {QStringLiteral("lounge@conference.localhost")}, 10) << QStringLiteral("unknownMethod");
        QTest::newRow("community form with an invalid service")
            << invoke(QStringLiteral("communities"), QStringLiteral("openConfiguration"), {QStringLiteral("not a service"), QStringLiteral("news")}, 10)
            << QStringLiteral("invalidArgument");
        QTest::newRow("community form without a node")
            << invoke(QStringLiteral("communities"), QStringLiteral("openConfiguration"), {QStringLiteral("pubsub.localhost")}, 10)
            << QStringLiteral("wrongArgumentCount");
        QTest::newRow("community form model through invoke")
            << invoke(QStringLiteral("communities"), QStringLiteral("configurationForm"), {QStringLiteral("pubsub.localhost"), QStringLiteral("news")}, 10)
            << QStringLiteral("unknownMethod");
        QTest::newRow("invitation dismissed from a tab")
            << invoke(QStringLiteral("invitations"), QStringLiteral("dismiss"), {QStringLiteral("lounge@conference.localhost")}, 10)
            << QStringLiteral("unknownMethod");
        // The account is offline, so no upload service is known.
        QTest::newRow("comments of an invalid address")
            << invoke(QStringLiteral("comments"), QStringLiteral("open"), {QStringLiteral("https://example.org/post")}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("comments model through invoke")
            << invoke(QStringLiteral("comments"), QStringLiteral("model"), {QStringLiteral("xmpp:alice@localhost?;node=n")}, 10) << QStringLiteral("unknownMethod");
        QTest::newRow("posts of an empty service")
            << invoke(QStringLiteral("postPages"), QStringLiteral("openNodePosts"), {QString(), QString()}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("posts of a node without a node argument")
            << invoke(QStringLiteral("postPages"), QStringLiteral("openNodePosts"), {QStringLiteral("bob@localhost")}, 10) << QStringLiteral("wrongArgumentCount");
        QTest::newRow("posts of an empty tag")
            << invoke(QStringLiteral("postPages"), QStringLiteral("openTaggedPosts"), {QStringLiteral(" ")}, 10) << QStringLiteral("invalidArgument");
        QTest::newRow("more posts of a closed page")
            << invoke(QStringLiteral("postPages"), QStringLiteral("loadMore"), {QStringLiteral("taggedPosts/news")}, 10) << QStringLiteral("notOpen");
        QTest::newRow("posts model closed through invoke")
            << invoke(QStringLiteral("postPages"), QStringLiteral("closeModel"), {QStringLiteral("taggedPosts/news")}, 10) << QStringLiteral("unknownObject");
        QTest::newRow("upload without a service")
            << invoke(QStringLiteral("uploads"), QStringLiteral("begin"), {QStringLiteral("u1"), QStringLiteral("bob@localhost"), QStringLiteral("a.png"), 10}, 10)
            << QStringLiteral("uploadUnavailable");
    }

    void rejectedRequestsAnswered()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, error);
        Linker linker;
        QVERIFY(linker.startSignedIn());

        linker.send(request);

        const QJsonObject result = linker.result(10);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!result.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(linker.lastResultTab(), Tab);
    }
};

QTEST_GUILESS_MAIN(LinkerInvokeTest)
#include "LinkerInvokeTest.moc"
