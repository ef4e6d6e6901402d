// The public pages of salon-server (/blog/JID and /blog/JID/feed.atom) as a visitor meets them:
// the real salon-server and its public reader (salon-linker --public-reader) on a loopback port,
// over a SQLite database that the test fills as users' linkers fill it. The feed is checked
// with Python's feedparser, as feed readers parse it.

#include "ContentSanitizer.h"
#include "FeedPost.h"
#include "store/Database.h"
#include "store/PostStore.h"
#include "store/PublicPageStore.h"
#include "TestServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace {

constexpr int StartTimeoutMs = 10000;
const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");
const auto Alice = QStringLiteral("alice@example.org");
const auto Bob = QStringLiteral("bob@example.org");
const auto Carol = QStringLiteral("carol@example.org");

struct HttpResult {
    int status = 0;
    QByteArray body;
    QNetworkReply *reply = nullptr;
    QMap<QByteArray, QByteArray> headers;
};

FeedPost post(const QString &jid, const QString &itemId, const QString &title, const QString &contentHtml, const QString &accessModel, int minutesAgo)
{
    FeedPost post;
    post.service = jid;
    post.node = MicroblogNode;
    post.itemId = itemId;
    post.atomId = QStringLiteral("tag:example.org,2026:%1").arg(itemId);
    post.authorJid = jid;
    post.title = title;
    post.contentHtml = contentHtml;
    post.plainText = ContentSanitizer::plainText(contentHtml);
    post.published = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    post.updated = post.published;
    post.receivedAt = QDateTime::currentDateTimeUtc();
    post.tags = QStringList{QStringLiteral("salon")};
    post.accessModel = accessModel;
    return post;
}

} // namespace

class PublicPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pageShowsPublicPosts();
    void feedIsValidAtom();
    void notFoundForUnknownHiddenAndInvalid();
    void emptyPageForUserWithoutPosts();
    void conditionalRequestGets304();
    void cacheAndReaderFailures();

private:
    HttpResult get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    qint64 readerPid() const;

    QTemporaryDir m_folder;
    TestServerProcess m_server{QStringLiteral(SALON_SERVER_PATH)};
    QNetworkAccessManager m_network;
};

void PublicPagesTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    const QString databaseUrl = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite"));

    {
        Database database(databaseUrl);
        QSignalSpy opened(&database, &Database::opened);
        database.open();
        QVERIFY(opened.wait(StartTimeoutMs));
        QCOMPARE(opened.first().first().toBool(), true);

        PublicPageStore(&database, Alice).registerAccount();
        PublicPageStore(&database, Bob).registerAccount();
        PublicPageStore(&database, Bob).setShown(false);
        PublicPageStore(&database, Carol).registerAccount();

        PostStore alicePosts(&database, Alice);
        alicePosts.cache(post(Alice, QStringLiteral("newest"), QStringLiteral("Newest <post>"), ContentSanitizer::sanitizeText(QStringLiteral("Hello & welcome")),
                              QStringLiteral("open"), 1));
        alicePosts.cache(post(Alice, QStringLiteral("hostile"), QStringLiteral("Hostile"),
                              ContentSanitizer::sanitizeHtml(QStringLiteral("<p>safe</p><script>alert(1)</script><img src=x onerror=alert(2)>")),
                              QStringLiteral("open"), 2));
        alicePosts.cache(post(Alice, QStringLiteral("contacts-only"), QStringLiteral("For contacts"), ContentSanitizer::sanitizeText(QStringLiteral("private")),
                              QStringLiteral("presence"), 3));
        PostStore(&database, Bob).cache(post(Bob, QStringLiteral("bob-1"), QStringLiteral("Bob's post"), ContentSanitizer::sanitizeText(QStringLiteral("hidden")),
                                              QStringLiteral("open"), 1));
        database.runBlocking([](QSqlDatabase &) {});
    }

    QVERIFY(m_server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--linker"), QStringLiteral(SALON_LINKER_PATH),
                            QStringLiteral("--database"), databaseUrl, QStringLiteral("--log-level"), QStringLiteral("debug")}));
}

void PublicPagesTest::cleanupTestCase()
{
    // The destructor kills a server that does not exit in time.
    m_server.stop(10000);
}

HttpResult PublicPagesTest::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path)));
    for (const auto &header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs()) {
        result.headers.insert(pair.first.toLower(), pair.second);
    }
    reply->deleteLater();
    return result;
}

qint64 PublicPagesTest::readerPid() const
{
    static const QRegularExpression started(QStringLiteral("public reader started linker (\\d+)"));
    qint64 pid = 0;
    auto matches = started.globalMatch(QString::fromUtf8(m_server.log()));
    while (matches.hasNext()) {
        pid = matches.next().captured(1).toLongLong();
    }
    return pid;
}

void PublicPagesTest::pageShowsPublicPosts()
{
    const HttpResult page = get(QStringLiteral("/blog/alice@example.org"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(page.headers.value("content-security-policy").contains("default-src 'none'"));
    QVERIFY(!page.headers.value("content-security-policy").contains("script-src"));
    QVERIFY(!page.headers.value("etag").isEmpty());
    QVERIFY(!page.headers.value("last-modified").isEmpty());
    QVERIFY(page.headers.value("cache-control").startsWith("public, max-age="));

    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(html.contains(QLatin1String("<link rel=\"alternate\" type=\"application/atom+xml\"")));
    QVERIFY(html.contains(QLatin1String("<h2>Newest &lt;post&gt;</h2>")));
    QVERIFY(html.contains(QLatin1String("Hello &amp; welcome")));
    QVERIFY(html.contains(QLatin1String("<h2>Hostile</h2>")));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("onerror")));
    QVERIFY(!html.contains(QLatin1String("For contacts")));
    QVERIFY(html.indexOf(QLatin1String("Newest")) < html.indexOf(QLatin1String("Hostile")));
}

void PublicPagesTest::feedIsValidAtom()
{
    const HttpResult feed = get(QStringLiteral("/blog/alice@example.org/feed.atom"));
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.headers.value("content-type"), QByteArray("application/atom+xml; charset=utf-8"));

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, json, feedparser\n"
                                 "d = feedparser.parse(sys.stdin.buffer.read())\n"
                                 "print(json.dumps({'bozo': d.bozo, 'version': d.version, 'bozo_exception': str(d.get('bozo_exception', '')),\n"
                                 "  'titles': [e.title for e in d.entries], 'contents': [e.content[0].value for e in d.entries]}))\n")});
    QVERIFY(python.waitForStarted());
    python.write(feed.body);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY2(result.value(QStringLiteral("bozo")).toInt() == 0, qPrintable(result.value(QStringLiteral("bozo_exception")).toString()));
    QCOMPARE(result.value(QStringLiteral("version")).toString(), QStringLiteral("atom10"));
    const QJsonArray titles = result.value(QStringLiteral("titles")).toArray();
    QCOMPARE(titles.size(), 2);
    QCOMPARE(titles.at(0).toString(), QStringLiteral("Newest <post>"));
    QCOMPARE(titles.at(1).toString(), QStringLiteral("Hostile"));
    const QString hostileContent = result.value(QStringLiteral("contents")).toArray().at(1).toString();
    QVERIFY(hostileContent.contains(QLatin1String("safe")));
    QVERIFY(!hostileContent.contains(QLatin1String("script")));
    QVERIFY(!hostileContent.contains(QLatin1String("onerror")));
}

void PublicPagesTest::notFoundForUnknownHiddenAndInvalid()
{
    for (const QString &path : {QStringLiteral("/blog/bob@example.org"), QStringLiteral("/blog/bob@example.org/feed.atom"),
                                QStringLiteral("/blog/nobody@example.org"), QStringLiteral("/blog/not-a-jid"), QStringLiteral("/blog/a@b/c"),
                                QStringLiteral("/blog/%00@example.org"), QStringLiteral("/blog/")}) {
        const HttpResult result = get(path);
        QVERIFY2(result.status == 404, qPrintable(path));
        QVERIFY2(result.headers.value("content-type").startsWith("text/html"), qPrintable(path));
        QVERIFY2(!result.body.contains("Bob's post"), qPrintable(path));
    }
}

void PublicPagesTest::emptyPageForUserWithoutPosts()
{
    const HttpResult page = get(QStringLiteral("/blog/carol@example.org"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("There are no public posts yet."));
    const HttpResult feed = get(QStringLiteral("/blog/carol@example.org/feed.atom"));
    QCOMPARE(feed.status, 200);
    QVERIFY(!feed.body.contains("<entry"));
}

void PublicPagesTest::conditionalRequestGets304()
{
    const HttpResult first = get(QStringLiteral("/blog/alice@example.org"));
    QCOMPARE(first.status, 200);
    const HttpResult again = get(QStringLiteral("/blog/alice@example.org"), {{QByteArrayLiteral("If-None-Match"), first.headers.value("etag")}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    const HttpResult since = get(QStringLiteral("/blog/alice@example.org"), {{QByteArrayLiteral("If-Modified-Since"), first.headers.value("last-modified")}});
    QCOMPARE(since.status, 304);
}

void PublicPagesTest::cacheAndReaderFailures()
{
    const HttpResult first = get(QStringLiteral("/blog/alice@example.org"));
    QCOMPARE(first.status, 200);

    // With the reader stopped, the cached page still comes back unchanged.
    const qint64 pid = readerPid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    const HttpResult cached = get(QStringLiteral("/blog/alice@example.org"));
    QCOMPARE(cached.status, 200);
    QCOMPARE(cached.headers.value("etag"), first.headers.value("etag"));
    QCOMPARE(cached.body, first.body);

    // A page that is not cached waits for the stopped reader until the daemon's timeout of 10 seconds.
    const HttpResult timedOut = get(QStringLiteral("/blog/erin@example.org"));
    QCOMPARE(timedOut.status, 504);
    QCOMPARE(timedOut.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);

    // A reader that dies fails the requests that wait for it with 503.
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    const QByteArray sentLine = "Sent public page request";
    const int sentBefore = m_server.log().count(sentLine);
    QNetworkReply *waiting = m_network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/blog/frank@example.org").arg(m_server.port()))));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().count(sentLine) > sentBefore, 5000);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(waiting->isFinished(), 5000);
    QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(waiting->rawHeader("Retry-After"), QByteArray("10"));
    waiting->deleteLater();

    // The next request that the cache does not serve starts a new reader.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains("public reader linker " + QByteArray::number(pid) + " was killed by signal"), 5000);
    const HttpResult uncached = get(QStringLiteral("/blog/dave@example.org"));
    QCOMPARE(uncached.status, 404);
    QVERIFY(readerPid() != pid);
}

QTEST_GUILESS_MAIN(PublicPagesTest)
#include "PublicPagesTest.moc"
