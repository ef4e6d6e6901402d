#include "MarkdownRenderer.h"

#include <QTest>
#include <QXmlStreamReader>

namespace {

// Returns whether xhtml, the children of a div, is well-formed XML.
bool isWellFormed(const QString &xhtml)
{
    QXmlStreamReader reader(QStringLiteral("<div>") + xhtml + QStringLiteral("</div>"));
    while (!reader.atEnd()) {
        reader.readNext();
    }
    return !reader.hasError();
}

} // namespace

// MarkdownRenderer: what people write in posts becomes well-formed XHTML and readable plain text.
class MarkdownRendererTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersCommonMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("xhtml");
        QTest::addColumn<QString>("plainText");

        QTest::newRow("paragraphs and breaks") << QStringLiteral("Hello *you*\nand **all**\n\nBye") << QStringLiteral("<p>Hello <em>you</em><br/>and <strong>all</strong></p><p>Bye</p>")
                                               << QStringLiteral("Hello you\nand all\n\nBye");
        QTest::newRow("link") << QStringLiteral("See [the site](https://example.org/a?b=1&c=2)") << QStringLiteral("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\">the site</a></p>")
                              << QStringLiteral("See the site (https://example.org/a?b=1&c=2)");
        QTest::newRow("autolink") << QStringLiteral("<https://example.org>") << QStringLiteral("<p><a href=\"https://example.org\">https://example.org</a></p>")
                                  << QStringLiteral("https://example.org");
        QTest::newRow("xmpp link") << QStringLiteral("[Join](xmpp:room@conference.example.org?join)")
                                   << QStringLiteral("<p><a href=\"xmpp:room@conference.example.org?join\">Join</a></p>")
                                   << QStringLiteral("Join (xmpp:room@conference.example.org?join)");
        QTest::newRow("script link") << QStringLiteral("[click](javascript:alert(1))") << QStringLiteral("<p>click</p>") << QStringLiteral("click");
        QTest::newRow("data image") << QStringLiteral("![pic](data:image/png;base64,AAAA)") << QStringLiteral("<p>pic</p>") << QStringLiteral("pic");
        QTest::newRow("image") << QStringLiteral("![A cat](https://example.org/cat.png)") << QStringLiteral("<p><img src=\"https://example.org/cat.png\" alt=\"A cat\"/></p>")
                               << QStringLiteral("A cat (https://example.org/cat.png)");
        QTest::newRow("raw html") << QStringLiteral("<script>alert(1)</script>\n\nand <b onclick=\"x\">bold</b>")
                                  << QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>and &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</p>")
                                  << QStringLiteral("<script>alert(1)</script>\n\nand <b onclick=\"x\">bold</b>");
        QTest::newRow("lists") << QStringLiteral("- one\n- two\n\n3. three\n4. four") << QStringLiteral("<ul><li>one</li><li>two</li></ul><ol start=\"3\"><li>three</li><li>four</li></ol>")
                               << QStringLiteral("• one\n• two\n• three\n• four");
        QTest::newRow("quote and code") << QStringLiteral("> quoted\n\n```\na < b\n```\n\nuse `x & y`")
                                        << QStringLiteral("<blockquote><p>quoted</p></blockquote><pre><code>a &lt; b\n</code></pre><p>use <code>x &amp; y</code></p>")
                                        << QStringLiteral("quoted\n\na < b\n\nuse x & y");
        QTest::newRow("heading and rule") << QStringLiteral("# Title\n\n---\n\ntext") << QStringLiteral("<h1>Title</h1><hr/><p>text</p>") << QStringLiteral("Title\n\n———\n\ntext");
    }

    void rendersCommonMarkup()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, xhtml);
        QFETCH(QString, plainText);
        const RenderedMarkdown rendered = MarkdownRenderer::render(markdown);
        QCOMPARE(rendered.xhtml, xhtml);
        QCOMPARE(rendered.plainText, plainText);
        QVERIFY(isWellFormed(rendered.xhtml));
    }

    void survivesHostileInput()
    {
        // Deep nesting, unpaired surrogates, control characters and oversized input stay well-formed.
        const QStringList inputs{
            QStringLiteral("> ").repeated(5000) + QStringLiteral("deep"),
            QStringLiteral("*").repeated(20000) + QStringLiteral("x"),
            QStringLiteral("[").repeated(20000),
            QString(QChar(0xD800)) + QStringLiteral("text") + QChar(0x0001) + QChar(0xFFFE),
            QString(MarkdownRenderer::MaxInputLength + 1000, QLatin1Char('a')),
        };
        for (const QString &input : inputs) {
            const RenderedMarkdown rendered = MarkdownRenderer::render(input);
            QVERIFY2(isWellFormed(rendered.xhtml), qPrintable(rendered.xhtml.left(200)));
        }
        QVERIFY(MarkdownRenderer::render(inputs.last()).plainText.size() <= MarkdownRenderer::MaxInputLength);
        QVERIFY(MarkdownRenderer::render(QString()).xhtml.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MarkdownRendererTest)
#include "MarkdownRendererTest.moc"
