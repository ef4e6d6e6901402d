// The public reader (salon-linker --public-reader) with a service account against the test
// Prosody: a slixmpp peer publishes microblog posts (XEP-0277), and the reader, started and
// signed in by the daemon's PublicReaderClient, fetches and renders the public ones. A user's own
// linker registers the account for a public page and stores the user's opt-out.

#include "LinkerProcess.h"
#include "PublicReaderClient.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/PostStore.h"
#include "store/PublicPageStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const auto MicroblogNode = QStringLiteral("urn:xmpp:microblog:0");
const auto Password = QStringLiteral("secret-password");

QString atomEntry(const QString &title, const QString &content, const QString &published)
{
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><title>%1</title><content type='html'>%2</content>"
                          "<id>tag:example.org,2026:%1</id><published>%3</published><updated>%3</updated></entry>")
        .arg(title, content.toHtmlEscaped(), published);
}

} // namespace

class PublicReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceAccountFetchesPublicPosts();
    void userLinkerRegistersAndOptsOut();

private:
    TestXmppServer m_server;
    QTemporaryDir m_folder;
};

void PublicReaderTest::initTestCase()
{
    qRegisterMetaType<LinkerProcess::ExitKind>();
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(m_server.addAccount(QStringLiteral("writer"), Password));
    QVERIFY(m_server.addAccount(QStringLiteral("private"), Password));
    QVERIFY(m_server.addAccount(QStringLiteral("reader"), Password));
}

void PublicReaderTest::serviceAccountFetchesPublicPosts()
{
    const QString writer = m_server.jid(QStringLiteral("writer"));
    const QString privateWriter = m_server.jid(QStringLiteral("private"));

    TestPeer publicPeer(m_server, QStringLiteral("writer"), Password);
    QVERIFY2(publicPeer.start() && publicPeer.waitOnline(), qPrintable(publicPeer.lastError()));
    QVERIFY2(publicPeer.command({{QStringLiteral("command"), QStringLiteral("publish")},
                                 {QStringLiteral("node"), MicroblogNode},
                                 {QStringLiteral("itemId"), QStringLiteral("first")},
                                 {QStringLiteral("accessModel"), QStringLiteral("open")},
                                 {QStringLiteral("maxItems"), QStringLiteral("max")},
                                 {QStringLiteral("payload"), atomEntry(QStringLiteral("Older post"), QStringLiteral("<p>one</p>"),
                                                                       QStringLiteral("2026-12-01T10:00:00Z"))}}),
             qPrintable(publicPeer.lastError()));
    QVERIFY2(publicPeer.command({{QStringLiteral("command"), QStringLiteral("publish")},
                                 {QStringLiteral("node"), MicroblogNode},
                                 {QStringLiteral("itemId"), QStringLiteral("second")},
                                 {QStringLiteral("accessModel"), QStringLiteral("open")},
                                 {QStringLiteral("maxItems"), QStringLiteral("max")},
                                 {QStringLiteral("payload"), atomEntry(QStringLiteral("Newer post"), QStringLiteral("<p>two</p><script>x()</script>"),
                                                                       QStringLiteral("2026-12-02T10:00:00Z"))}}),
             qPrintable(publicPeer.lastError()));

    TestPeer privatePeer(m_server, QStringLiteral("private"), Password);
    QVERIFY2(privatePeer.start() && privatePeer.waitOnline(), qPrintable(privatePeer.lastError()));
    QVERIFY2(privatePeer.command({{QStringLiteral("command"), QStringLiteral("publish")},
                                  {QStringLiteral("node"), MicroblogNode},
                                  {QStringLiteral("itemId"), QStringLiteral("secret")},
                                  {QStringLiteral("accessModel"), QStringLiteral("presence")},
                                  {QStringLiteral("maxItems"), QStringLiteral("max")},
                                  {QStringLiteral("payload"), atomEntry(QStringLiteral("Contacts only"), QStringLiteral("<p>hidden</p>"),
                                                                        QStringLiteral("2026-12-02T10:00:00Z"))}}),
             qPrintable(privatePeer.lastError()));

    // The rows that each user's first sign-in through the server writes, which give both a public page.
    const QString databaseUrl = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("cache.sqlite"));
    {
        Database database(databaseUrl);
        QSignalSpy opened(&database, &Database::opened);
        database.open();
        QVERIFY(opened.wait(10000));
        PublicPageStore(&database, writer).registerAccount();
        PublicPageStore(&database, privateWriter).registerAccount();
        database.runBlocking([](QSqlDatabase &) {});
    }

    // The daemon's side of the reader, which adds --public-reader and sends the signIn frame.
    PublicReaderClient client(QStringLiteral(SALON_LINKER_PATH),
                              {QStringLiteral("--database"), databaseUrl, QStringLiteral("--xmpp-host"), m_server.host(), QStringLiteral("--xmpp-port"),
                               QString::number(m_server.clientPort()), QStringLiteral("--ca-certificates"), m_server.caCertificatePath(),
                               QStringLiteral("--log-level"), QStringLiteral("debug")});
    client.setServiceAccount(m_server.jid(QStringLiteral("reader")), Password);
    const auto fetch = [&client, this](const QString &jid) {
        std::optional<PublicReaderClient::Reply> result;
        client.request(jid, this, [&result](const PublicReaderClient::Reply &reply) {
            result = reply;
        });
        // A reply that does not come leaves the status Unavailable, which the checks below report.
        const bool replied = QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        Q_UNUSED(replied)
        return result.value_or(PublicReaderClient::Reply{});
    };

    // The reader serves the cache until the service account is online, so requests repeat until the fetched posts show.
    PublicReaderClient::Reply reply;
    for (int attempt = 1; attempt <= 40 && !reply.page.contains("Newer post"); ++attempt) {
        reply = fetch(writer);
        QCOMPARE(reply.status, PublicReaderClient::Reply::Status::Ok);
        if (!reply.page.contains("Newer post")) {
            QTest::qWait(250);
        }
    }
    const QString page = QString::fromUtf8(reply.page);
    QVERIFY2(page.contains(QLatin1String("<h2>Newer post</h2>")), qPrintable(page));
    QVERIFY(page.contains(QLatin1String("<h2>Older post</h2>")));
    QVERIFY(page.indexOf(QLatin1String("Newer post")) < page.indexOf(QLatin1String("Older post")));
    QVERIFY(page.contains(QLatin1String("<p>two</p>")));
    QVERIFY(!page.contains(QLatin1String("<script")));
    QVERIFY(reply.feed.contains(">Newer post</title>"));
    QCOMPARE(reply.lastModified, QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));

    // A node that a stranger may not read gives an empty page, not the contacts-only post.
    const PublicReaderClient::Reply privateReply = fetch(privateWriter);
    QCOMPARE(privateReply.status, PublicReaderClient::Reply::Status::Ok);
    QVERIFY(!privateReply.page.contains("Contacts only"));
    QVERIFY(privateReply.page.contains("There are no public posts yet."));

    // An address that never signed in through the server has no page, even with public posts.
    QCOMPARE(fetch(m_server.jid(QStringLiteral("reader"))).status, PublicReaderClient::Reply::Status::NotFound);

    // The fetched posts went into the shared database, where a reader without a service account finds them.
    client.stop();
    {
        Database database(databaseUrl);
        QSignalSpy opened(&database, &Database::opened);
        database.open();
        QVERIFY(opened.wait(10000));
        QVector<FeedPost> cached;
        bool read = false;
        PostStore(&database, QString()).openNodePage(writer, MicroblogNode, 20, this, [&](const QVector<FeedPost> &posts) {
            cached = posts;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(cached.size(), 2);
        QCOMPARE(cached.at(0).title, QStringLiteral("Newer post"));
    }

    publicPeer.stop();
    privatePeer.stop();
}

void PublicReaderTest::userLinkerRegistersAndOptsOut()
{
    QVERIFY(m_server.addAccount(QStringLiteral("optout"), Password));
    const QString jid = m_server.jid(QStringLiteral("optout"));
    const QString databaseUrl = QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("optout.sqlite"));

    // The user's own linker, as salon-server starts it for a session.
    LinkerProcess linker(QStringLiteral(SALON_LINKER_PATH),
                         {QStringLiteral("--database"), databaseUrl, QStringLiteral("--xmpp-host"), m_server.host(), QStringLiteral("--xmpp-port"),
                          QString::number(m_server.clientPort()), QStringLiteral("--ca-certificates"), m_server.caCertificatePath()},
                         QStringLiteral("session 1"));
    QJsonObject publicPages;
    QJsonObject invokeResult;
    // Messages for tabs come as routed frames, with the JSON text of the message.
    connect(&linker, &LinkerProcess::tabMessageReceived, this, [&](quint64, const QByteArray &json) {
        const QJsonObject message = QJsonDocument::fromJson(json).object();
        if (message.value(QStringLiteral("type")) == QLatin1String("object") && message.value(QStringLiteral("object")) == QLatin1String("publicPages")) {
            publicPages = message.value(QStringLiteral("properties")).toObject();
        } else if (message.value(QStringLiteral("type")) == QLatin1String("invokeResult")) {
            invokeResult = message;
        }
    });
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    QVERIFY(linker.send({{QStringLiteral("type"), QStringLiteral("signIn")}, {QStringLiteral("jid"), jid}, {QStringLiteral("password"), Password}}));
    QVERIFY(linker.send({{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 1}}));

    // Once online, the account has a public page, shown by default.
    QTRY_VERIFY_WITH_TIMEOUT(publicPages.value(QStringLiteral("available")).toBool(), 15000);
    QCOMPARE(publicPages.value(QStringLiteral("shown")).toBool(), true);

    QVERIFY(linker.send({{QStringLiteral("type"), QStringLiteral("fromTab")},
                         {QStringLiteral("tab"), 1},
                         {QStringLiteral("message"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("invoke")},
                                      {QStringLiteral("object"), QStringLiteral("publicPages")},
                                      {QStringLiteral("method"), QStringLiteral("setShown")},
                                      {QStringLiteral("args"), QJsonArray{false}},
                                      {QStringLiteral("id"), 7}}}}));
    QTRY_VERIFY_WITH_TIMEOUT(!invokeResult.isEmpty(), 5000);
    QCOMPARE(invokeResult.value(QStringLiteral("ok")).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(publicPages.value(QStringLiteral("shown")).toBool(), false, 5000);

    linker.stop();
    QVERIFY(finished.wait(10000));

    // The public reader then has no page for the user.
    LinkerProcess reader(QStringLiteral(SALON_LINKER_PATH), {QStringLiteral("--public-reader"), QStringLiteral("--database"), databaseUrl},
                         QStringLiteral("public reader"));
    QSignalSpy replies(&reader, &LinkerProcess::messageReceived);
    reader.start();
    QVERIFY(reader.send({{QStringLiteral("type"), QStringLiteral("publicPageRequest")}, {QStringLiteral("id"), 1}, {QStringLiteral("jid"), jid}}));
    QVERIFY(replies.wait(10000));
    QCOMPARE(replies.takeFirst().first().toJsonObject().value(QStringLiteral("status")).toString(), QStringLiteral("notFound"));
    reader.stop();
}

QTEST_GUILESS_MAIN(PublicReaderTest)
#include "PublicReaderTest.moc"
