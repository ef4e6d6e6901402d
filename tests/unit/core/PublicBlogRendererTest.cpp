#include "ContentSanitizer.h"
#include "FeedPost.h"
#include "PublicBlogRenderer.h"

#include <QDomDocument>
#include <QTest>

namespace {

const auto Jid = QStringLiteral("alice@example.org");

FeedPost postWith(const QString &itemId, const QString &title, const QString &contentHtml, const QStringList &tags = {})
{
    FeedPost post;
    post.service = Jid;
    post.node = QStringLiteral("urn:xmpp:microblog:0");
    post.itemId = itemId;
    post.atomId = QStringLiteral("tag:example.org,2026:") + itemId;
    post.authorJid = Jid;
    post.authorName = QStringLiteral("Alice");
    post.title = title;
    post.contentHtml = contentHtml;
    post.published = QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
    post.updated = post.published;
    post.tags = tags;
    post.accessModel = QStringLiteral("open");
    return post;
}

} // namespace

class PublicBlogRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageHasHeadAndFeedLink()
    {
        const QString page = QString::fromUtf8(PublicBlogRenderer::renderPage(Jid, {postWith(QStringLiteral("1"), QStringLiteral("Hello"), ContentSanitizer::sanitizeText(QStringLiteral("Body text")))}));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(page.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(page.contains(QLatin1String("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Public posts of alice@example.org\" href=\"/blog/alice@example.org/feed.atom\">")));
        QVERIFY(page.contains(QLatin1String("<article id=\"post-1\">")));
        QVERIFY(page.contains(QLatin1String("<h2>Hello</h2>")));
        QVERIFY(page.contains(QLatin1String("<time datetime=\"2026-12-01T10:30:00Z\">2026-12-01 10:30 UTC</time>")));
        QVERIFY(page.contains(QLatin1String("<div class=\"content\"><p>Body text</p></div>")));
    }

    void pageEscapesFields()
    {
        FeedPost post = postWith(QStringLiteral("a\"><b>"), QStringLiteral("<script>alert(1)</script> & \"quotes\""), ContentSanitizer::sanitizeText(QStringLiteral("x")),
                                 {QStringLiteral("<b>tag</b>"), QStringLiteral("a\"b")});
        post.links.append({QStringLiteral("enclosure"), QStringLiteral("https://files.example.org/a.png?x=1&y=2"), QStringLiteral("image/png"),
                           QStringLiteral("<i>file</i>"), 10});
        const QString page = QString::fromUtf8(PublicBlogRenderer::renderPage(QStringLiteral("a&b@example.org"), {post}));

        QVERIFY(!page.contains(QLatin1String("<script>")));
        QVERIFY(!page.contains(QLatin1String("<b>tag")));
        QVERIFY(!page.contains(QLatin1String("<i>file")));
        QVERIFY(page.contains(QLatin1String("<h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h2>")));
        QVERIFY(page.contains(QLatin1String("<li>#&lt;b&gt;tag&lt;/b&gt;</li>")));
        QVERIFY(page.contains(QLatin1String("<li>#a&quot;b</li>")));
        QVERIFY(page.contains(QLatin1String("<a href=\"https://files.example.org/a.png?x=1&amp;y=2\" rel=\"nofollow noopener noreferrer\">&lt;i&gt;file&lt;/i&gt;</a>")));
        QVERIFY(page.contains(QLatin1String("Public posts of a&amp;b@example.org")));
        QVERIFY(page.contains(QLatin1String("<article id=\"post-a%22%3E%3Cb%3E\">")));
        QVERIFY(page.contains(QLatin1String("href=\"/blog/a%26b@example.org/feed.atom\"")));
    }

    void pageShowsOnlySanitizedContent_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("forbidden");

        QTest::newRow("script") << QStringLiteral("<p>hi</p><script>alert(1)</script>") << QStringLiteral("<script");
        QTest::newRow("event handler") << QStringLiteral("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">") << QStringLiteral("onerror");
        QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>") << QStringLiteral("javascript:");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>") << QStringLiteral("<iframe");
        QTest::newRow("style") << QStringLiteral("<p style=\"position:fixed\">x</p><style>body{}</style>") << QStringLiteral("position:fixed");
        QTest::newRow("closing tags") << QStringLiteral("</div></main></body><p>x") << QStringLiteral("</main></body><p>");
    }

    void pageShowsOnlySanitizedContent()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, forbidden);

        const QString page = QString::fromUtf8(PublicBlogRenderer::renderPage(Jid, {postWith(QStringLiteral("1"), QString(), ContentSanitizer::sanitizeHtml(hostile))}));
        QVERIFY2(!page.contains(forbidden), qPrintable(page));
        QCOMPARE(page.count(QLatin1String("<main>")), 1);
        QCOMPARE(page.count(QLatin1String("</main>")), 1);
    }

    void emptyElementsGetEndTags()
    {
        const QString html = PublicBlogRenderer::htmlFromSanitized(ContentSanitizer::sanitizeHtml(QStringLiteral("<p>a<strong></strong>b<br>c</p><hr>")));
        QCOMPARE(html, QStringLiteral("<p>a<strong></strong>b<br>c</p><hr>"));
    }

    void malformedContentIsLeftOut()
    {
        QCOMPARE(PublicBlogRenderer::htmlFromSanitized(QStringLiteral("<div><p>unclosed</div>")), QString());
        QCOMPARE(PublicBlogRenderer::htmlFromSanitized(QStringLiteral("<div><p onclick=\"x\">a</p><Script>b</Script></div>")), QString());
    }

    void emptyListRendersEmptyPageAndFeed()
    {
        const QString page = QString::fromUtf8(PublicBlogRenderer::renderPage(Jid, {}));
        QVERIFY(page.contains(QLatin1String("There are no public posts yet.")));
        QVERIFY(!page.contains(QLatin1String("<article")));

        const QDateTime generatedAt(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
        QDomDocument feed;
        QVERIFY(feed.setContent(PublicBlogRenderer::renderFeed(Jid, {}, generatedAt), true));
        QCOMPARE(feed.documentElement().localName(), QStringLiteral("feed"));
        QCOMPARE(feed.documentElement().namespaceURI(), QStringLiteral("http://www.w3.org/2005/Atom"));
        QCOMPARE(feed.documentElement().firstChildElement(QStringLiteral("updated")).text(), QStringLiteral("2026-12-05T12:00:00Z"));
        QVERIFY(feed.documentElement().firstChildElement(QStringLiteral("entry")).isNull());
    }

    void feedHasSanitizedEntries()
    {
        const FeedPost first = postWith(QStringLiteral("2"), QStringLiteral("Second <post>"), ContentSanitizer::sanitizeHtml(QStringLiteral("<p>new<script>x()</script></p>")), {QStringLiteral("news")});
        FeedPost second = postWith(QStringLiteral("1"), QStringLiteral("First"), ContentSanitizer::sanitizeText(QStringLiteral("old")));
        second.published = second.published.addDays(-1);
        second.updated = second.published;

        QDomDocument feed;
        QVERIFY(feed.setContent(PublicBlogRenderer::renderFeed(Jid, {first, second}, QDateTime::currentDateTimeUtc()), true));
        const QDomElement root = feed.documentElement();
        QCOMPARE(root.firstChildElement(QStringLiteral("id")).text(), QStringLiteral("xmpp:alice@example.org?;node=urn%3Axmpp%3Amicroblog%3A0"));
        QCOMPARE(root.firstChildElement(QStringLiteral("updated")).text(), QStringLiteral("2026-12-01T10:30:00Z"));

        const QDomElement entry = root.firstChildElement(QStringLiteral("entry"));
        QCOMPARE(entry.firstChildElement(QStringLiteral("title")).text(), QStringLiteral("Second <post>"));
        QCOMPARE(entry.firstChildElement(QStringLiteral("id")).text(), QStringLiteral("tag:example.org,2026:2"));
        QCOMPARE(entry.firstChildElement(QStringLiteral("category")).attribute(QStringLiteral("term")), QStringLiteral("news"));
        const QDomElement alternate = entry.firstChildElement(QStringLiteral("link"));
        QCOMPARE(alternate.attribute(QStringLiteral("rel")), QStringLiteral("alternate"));
        QCOMPARE(alternate.attribute(QStringLiteral("href")), QStringLiteral("/blog/alice@example.org#post-2"));
        const QDomElement content = entry.firstChildElement(QStringLiteral("content"));
        QCOMPARE(content.attribute(QStringLiteral("type")), QStringLiteral("xhtml"));
        QCOMPARE(content.text(), QStringLiteral("new"));
        QVERIFY(content.elementsByTagName(QStringLiteral("script")).isEmpty());
        QCOMPARE(entry.nextSiblingElement(QStringLiteral("entry")).firstChildElement(QStringLiteral("title")).text(), QStringLiteral("First"));
    }

    void postsAreBounded()
    {
        QVector<FeedPost> posts;
        for (int index = 0; index < PublicBlogRenderer::MaxPosts + 5; ++index) {
            posts.append(postWith(QString::number(index), QStringLiteral("Post %1").arg(index), ContentSanitizer::sanitizeText(QStringLiteral("x"))));
        }
        const QString page = QString::fromUtf8(PublicBlogRenderer::renderPage(Jid, posts));
        QCOMPARE(page.count(QLatin1String("<article id=")), PublicBlogRenderer::MaxPosts);

        QDomDocument feed;
        QVERIFY(feed.setContent(PublicBlogRenderer::renderFeed(Jid, posts, QDateTime::currentDateTimeUtc()), true));
        QCOMPARE(feed.elementsByTagNameNS(QStringLiteral("http://www.w3.org/2005/Atom"), QStringLiteral("entry")).size(), PublicBlogRenderer::MaxPosts);
    }

    void notFoundPageHasNoFeedLink()
    {
        const QString page = QString::fromUtf8(PublicBlogRenderer::renderNotFoundPage());
        QVERIFY(page.contains(QLatin1String("Blog not found")));
        QVERIFY(!page.contains(QLatin1String("application/atom+xml")));
    }
};

QTEST_GUILESS_MAIN(PublicBlogRendererTest)
#include "PublicBlogRendererTest.moc"
