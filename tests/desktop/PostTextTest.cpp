// Preparing post content for RichText: images become links, links are filtered by scheme, tags are split.

#include "PostText.h"

#include <QRegularExpression>
#include <QTest>

class PostTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");

        QTest::newRow("text stays") << QStringLiteral("<div xmlns='http://www.w3.org/1999/xhtml'><p>Hi <b>there</b></p></div>")
                                    << QStringLiteral("<div><p>Hi <b>there</b></p></div>");
        QTest::newRow("web image becomes link")
            << QStringLiteral("<div xmlns='http://www.w3.org/1999/xhtml'><p><img src='https://example.org/cat.png' alt='A cat'/></p></div>")
            << QStringLiteral("<div><p><a href=\"https://example.org/cat.png\">[image: A cat]</a></p></div>");
        QTest::newRow("image without alt") << QStringLiteral("<div><img src='http://example.org/x.png'/></div>")
                                           << QStringLiteral("<div><a href=\"http://example.org/x.png\">[image]</a></div>");
        QTest::newRow("data image becomes text") << QStringLiteral("<div><img src='data:image/png;base64,AAAA' alt='dot'/></div>")
                                                 << QStringLiteral("<div>[image: dot]</div>");
        QTest::newRow("image content dropped") << QStringLiteral("<div><img src='https://example.org/a.png'><span>x</span></img>after</div>")
                                               << QStringLiteral("<div><a href=\"https://example.org/a.png\">[image]</a>after</div>");
        QTest::newRow("links keep href") << QStringLiteral("<div><a href='https://example.org/?a=1&amp;b=2'>site</a></div>")
                                         << QStringLiteral("<div><a href=\"https://example.org/?a=1&amp;b=2\">site</a></div>");
        QTest::newRow("escaped markup stays text") << QStringLiteral("<div>&lt;script&gt;alert(1)&lt;/script&gt;</div>")
                                                   << QStringLiteral("<div>&lt;script&gt;alert(1)&lt;/script&gt;</div>");
        QTest::newRow("white space") << QStringLiteral("  ") << QString();
        QTest::newRow("broken XML becomes text") << QStringLiteral("<div><img src='https://example.org/a.png'>")
                                                 << QStringLiteral("&lt;div&gt;&lt;img src='https://example.org/a.png'&gt;");
        QTest::newRow("empty") << QString() << QString();
    }

    void displayHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);

        if (QByteArray(QTest::currentDataTag()) == "broken XML becomes text") {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no well-formed XML")));
        }
        QCOMPARE(PostText::displayHtml(html), expected);
    }

    void displayHtmlHasNoImage()
    {
        const QString html = PostText::displayHtml(QStringLiteral("<div><p>a<img src='https://example.org/1.png'/>b<img src='https://example.org/2.png'/></p></div>"));

        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QCOMPARE(html.count(QStringLiteral("<a ")), 2);
    }

    void isOpenableLink_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("openable");

        QTest::newRow("https") << QStringLiteral("https://example.org/page") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org") << true;
        QTest::newRow("upper case scheme") << QStringLiteral("HTTPS://example.org") << true;
        QTest::newRow("xmpp") << QStringLiteral("xmpp:bob@example.org") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << false;
        QTest::newRow("relative") << QStringLiteral("/local/path") << false;
        QTest::newRow("http without host") << QStringLiteral("http:///path") << false;
        QTest::newRow("empty xmpp") << QStringLiteral("xmpp:") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isOpenableLink()
    {
        QFETCH(QString, link);
        QFETCH(bool, openable);

        QCOMPARE(PostText::isOpenableLink(link), openable);
    }

    void parseTags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");

        QTest::newRow("commas") << QStringLiteral("news, cats,dogs") << QStringList{QStringLiteral("news"), QStringLiteral("cats"), QStringLiteral("dogs")};
        QTest::newRow("spaces") << QStringLiteral("  news   cats\tdogs ") << QStringList{QStringLiteral("news"), QStringLiteral("cats"), QStringLiteral("dogs")};
        QTest::newRow("hash signs") << QStringLiteral("#news #cats") << QStringList{QStringLiteral("news"), QStringLiteral("cats")};
        QTest::newRow("repeated") << QStringLiteral("News news, NEWS") << QStringList{QStringLiteral("News")};
        QTest::newRow("only separators") << QStringLiteral(" , ,# ") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void parseTags()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);

        QCOMPARE(PostText::parseTags(text), tags);
    }
};

QTEST_GUILESS_MAIN(PostTextTest)
#include "PostTextTest.moc"
