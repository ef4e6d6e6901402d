#include "Comment.h"
#include "CommentOutbox.h"
#include "CommentsModel.h"
#include "MicroblogEntry.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>

namespace {

const auto Service = QStringLiteral("pubsub.example.org");
const auto Node = QStringLiteral("urn:xmpp:microblog:0:comments/post-1");
const auto Me = QStringLiteral("alice@example.org");
const auto Heart = QString(QChar(0x2665));

std::optional<Comment> parsed(const QString &itemId, const QString &xml, const QString &publisher = QString())
{
    QDomDocument document;
    if (!document.setContent(xml, true)) {
        return std::nullopt;
    }
    const std::optional<MicroblogEntry> entry = MicroblogEntry::fromAtom(document.documentElement());
    if (!entry) {
        return std::nullopt;
    }
    return Comment::fromEntry(Service, Node, itemId, publisher, *entry, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
}

Comment comment(const QString &itemId, const QString &author, const QString &text, qint64 seconds, bool isLike = false)
{
    Comment result;
    result.service = Service;
    result.node = Node;
    result.itemId = itemId;
    result.authorJid = author;
    result.authorName = author.section(QLatin1Char('@'), 0, 0);
    result.plainText = text;
    result.contentHtml = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>%1</p></div>").arg(text);
    result.published = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    result.isLike = isLike;
    return result;
}

QString atom(const QString &inner)
{
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'>%1</entry>").arg(inner);
}

} // namespace

// Comment parsing (XEP-0277 comments as Movim and Salon write them) and CommentsModel.
class CommentsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMovimComment()
    {
        // Movim writes the text into the title and leaves the content out.
        const auto parsedComment = parsed(QStringLiteral("c1"),
                                          atom(QStringLiteral("<title>Nice picture</title><author><name>Bob</name><uri>xmpp:Bob@example.org</uri></author>"
                                                              "<published>2026-12-05T10:00:00Z</published><id>c1</id>")));
        QVERIFY(parsedComment);
        QCOMPARE(parsedComment->plainText, QStringLiteral("Nice picture"));
        QCOMPARE(parsedComment->authorJid, QStringLiteral("bob@example.org"));
        QCOMPARE(parsedComment->authorName, QStringLiteral("Bob"));
        QCOMPARE(parsedComment->published, QDateTime::fromString(QStringLiteral("2026-12-05T10:00:00Z"), Qt::ISODate));
        QVERIFY(!parsedComment->isLike);
        QVERIFY(parsedComment->contentHtml.contains(QStringLiteral("Nice picture")));
    }

    void parseLike_data()
    {
        QTest::addColumn<QString>("inner");
        QTest::addColumn<bool>("isLike");
        QTest::newRow("title") << QStringLiteral("<title>%1</title>").arg(Heart) << true;
        QTest::newRow("title with spaces") << QStringLiteral("<title> %1 </title>").arg(Heart) << true;
        QTest::newRow("variation selector") << QStringLiteral("<title>%1%2</title>").arg(Heart, QString(QChar(0xfe0f))) << true;
        QTest::newRow("content only") << QStringLiteral("<title/><content type='text'>%1</content>").arg(Heart) << true;
        QTest::newRow("heart in text") << QStringLiteral("<title>I %1 it</title>").arg(Heart) << false;
        QTest::newRow("two hearts") << QStringLiteral("<title>%1%1</title>").arg(Heart) << false;
    }

    void parseLike()
    {
        QFETCH(QString, inner);
        QFETCH(bool, isLike);
        const auto parsedComment = parsed(QStringLiteral("l1"), atom(inner + QStringLiteral("<author><uri>xmpp:bob@example.org</uri></author>")));
        QVERIFY(parsedComment);
        QCOMPARE(parsedComment->isLike, isLike);
    }

    void parseHostileAndBroken()
    {
        // Markup is sanitized, a missing author comes from the publisher, and an invalid date
        // becomes the time of receipt.
        const auto hostile = parsed(QStringLiteral("c2"),
                                    atom(QStringLiteral("<title>t</title><published>yesterday</published>"
                                                        "<content type='html'>&lt;p onclick='x()'&gt;Hi&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</content>")),
                                    QStringLiteral("Carol@example.org/phone"));
        QVERIFY(hostile);
        QVERIFY2(!hostile->contentHtml.contains(QStringLiteral("script")), qPrintable(hostile->contentHtml));
        QVERIFY2(!hostile->contentHtml.contains(QStringLiteral("onclick")), qPrintable(hostile->contentHtml));
        QCOMPARE(hostile->authorJid, QStringLiteral("carol@example.org"));
        QCOMPARE(hostile->authorName, QStringLiteral("carol"));
        QCOMPARE(hostile->published, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));

        QVERIFY(!parsed(QString(), atom(QStringLiteral("<title>no id</title>"))));
        QVERIFY(!parsed(QStringLiteral("c3"), atom(QStringLiteral("<title/>"))));

        const QString huge(Comment::MaxTextLength * 3, QLatin1Char('a'));
        const auto cut = parsed(QStringLiteral("c4"), atom(QStringLiteral("<title>%1</title>").arg(huge)));
        QVERIFY(cut);
        QCOMPARE(cut->plainText.size(), Comment::MaxTextLength);
    }

    void writtenEntriesReadBack()
    {
        PendingCommentAction action;
        action.service = Service;
        action.node = Node;
        action.itemId = QStringLiteral("mine");
        action.body = QStringLiteral("Some **bold** words");
        action.createdAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);

        QString xml;
        QXmlStreamWriter writer(&xml);
        CommentOutbox::entryOf(action, Me).writeAtom(&writer);
        const auto readBack = parsed(action.itemId, xml);
        QVERIFY(readBack);
        QCOMPARE(readBack->authorJid, Me);
        QVERIFY2(readBack->contentHtml.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(readBack->contentHtml));
        QCOMPARE(readBack->published, action.createdAt);
        QVERIFY(!readBack->isLike);
        // Movim shows the title, so it carries the text.
        QVERIFY2(xml.contains(QStringLiteral("<title type=\"text\">Some bold words</title>")) || xml.contains(QStringLiteral("<title>Some bold words</title>")),
                 qPrintable(xml));

        action.isLike = true;
        action.body.clear();
        xml.clear();
        QXmlStreamWriter likeWriter(&xml);
        CommentOutbox::entryOf(action, Me).writeAtom(&likeWriter);
        const auto like = parsed(action.itemId, xml);
        QVERIFY(like);
        QVERIFY(like->isLike);
        // A like has no content, so it carries the alternate link that RFC 4287 then requires.
        QVERIFY2(!xml.contains(QStringLiteral("<content")), qPrintable(xml));
        QVERIFY2(xml.contains(QStringLiteral("rel=\"alternate\" href=\"xmpp:pubsub.example.org?;node=urn%3Axmpp%3Amicroblog%3A0%3Acomments%2Fpost-1;item=mine\"")),
                 qPrintable(xml));
    }

    void modelRowsAndLikes()
    {
        CommentsModel model(QStringLiteral("xmpp:pubsub.example.org?;node=x"), Me);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy likesChanged(&model, &CommentsModel::likesChanged);

        model.upsert(comment(QStringLiteral("b"), QStringLiteral("bob@example.org"), QStringLiteral("second"), 200));
        model.upsert(comment(QStringLiteral("a"), Me, QStringLiteral("first"), 100));
        model.upsert(comment(QStringLiteral("l1"), QStringLiteral("bob@example.org"), Heart, 300, true));
        model.upsert(comment(QStringLiteral("l2"), QStringLiteral("bob@example.org"), Heart, 301, true));
        model.upsert(comment(QStringLiteral("l3"), Me, Heart, 302, true));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), CommentsModel::ItemIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.data(model.index(0), CommentsModel::OwnRole).toBool(), true);
        QCOMPARE(model.data(model.index(0), CommentsModel::CanDeleteRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), CommentsModel::OwnRole).toBool(), false);
        QCOMPARE(model.data(model.index(1), CommentsModel::CanDeleteRole).toBool(), false);
        QCOMPARE(model.data(model.index(1), CommentsModel::AuthorNameRole).toString(), QStringLiteral("bob"));
        // Bob's two likes count once.
        QCOMPARE(model.likeCount(), 2);
        QVERIFY(model.likedByMe());
        QCOMPARE(model.likers(), (QStringList{QStringLiteral("bob@example.org"), Me}));
        QVERIFY(likesChanged.count() >= 3);

        model.setNodeOwner(true);
        QCOMPARE(model.data(model.index(1), CommentsModel::CanDeleteRole).toBool(), true);

        model.remove(QStringLiteral("l3"));
        QVERIFY(!model.likedByMe());
        QCOMPARE(model.likeCount(), 1);
        model.remove(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 1);

        // An edit that turns a comment into a like moves it out of the rows.
        model.upsert(comment(QStringLiteral("b"), QStringLiteral("bob@example.org"), Heart, 200, true));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.likeCount(), 1);
    }

    void replaceKeepsPending()
    {
        CommentsModel model(QStringLiteral("xmpp:pubsub.example.org?;node=x"), Me);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Comment pending = comment(QStringLiteral("p"), Me, QStringLiteral("waiting"), 500);
        pending.pending = true;
        model.upsert(pending);
        model.upsert(comment(QStringLiteral("old"), QStringLiteral("bob@example.org"), QStringLiteral("gone"), 50));

        model.replaceAll({comment(QStringLiteral("n2"), QStringLiteral("carol@example.org"), QStringLiteral("two"), 20),
                          comment(QStringLiteral("n1"), QStringLiteral("carol@example.org"), QStringLiteral("one"), 10)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), CommentsModel::ItemIdRole).toString(), QStringLiteral("n1"));
        QCOMPARE(model.data(model.index(2), CommentsModel::ItemIdRole).toString(), QStringLiteral("p"));
        QCOMPARE(model.data(model.index(2), CommentsModel::PendingRole).toBool(), true);
        QCOMPARE(model.indexOf(QStringLiteral("old")), -1);
        QVERIFY(!model.data(model.index(5), CommentsModel::ItemIdRole).isValid());
    }
};

QTEST_GUILESS_MAIN(CommentsModelTest)
#include "CommentsModelTest.moc"
