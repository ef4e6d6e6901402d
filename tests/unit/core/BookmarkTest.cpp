#include "Bookmark.h"
#include "BookmarksModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>

namespace {

Bookmark bookmark(const QString &jid, const QString &name, bool autojoin = false)
{
    Bookmark result;
    result.jid = jid;
    result.name = name;
    result.autojoin = autojoin;
    return result;
}

// Writes with writer into a document and returns its root element.
QDomElement written(QDomDocument &document, const std::function<void(QXmlStreamWriter *)> &write)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    write(&writer);
    document.setContent(xml, true);
    return document.documentElement();
}

} // namespace

// Bookmark's reading and writing of XEP-0402 and XEP-0048 payloads, and BookmarksModel.
class BookmarkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeRoundTrip()
    {
        Bookmark original = bookmark(QStringLiteral("team@conference.example.org"), QStringLiteral("Team <&>"), true);
        original.nick = QStringLiteral("ali");
        original.password = QStringLiteral("s3cret");
        QDomDocument document;
        const QDomElement payload = written(document, [&original](QXmlStreamWriter *writer) {
            original.writeNative(writer);
        });
        const std::optional<Bookmark> read = Bookmark::fromNativeItem(original.jid, payload);
        QVERIFY(read);
        QCOMPARE(*read, original);
    }

    void nativeInvalidRejected_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("xml");
        const QString conference = QStringLiteral("<conference xmlns='urn:xmpp:bookmarks:1' autojoin='true'/>");
        QTest::newRow("full JID as id") << QStringLiteral("team@conference.example.org/nick") << conference;
        QTest::newRow("no localpart") << QStringLiteral("conference.example.org") << conference;
        QTest::newRow("empty id") << QString() << conference;
        QTest::newRow("other payload") << QStringLiteral("team@conference.example.org") << QStringLiteral("<conference xmlns='storage:bookmarks'/>");
    }

    void nativeInvalidRejected()
    {
        QFETCH(QString, itemId);
        QFETCH(QString, xml);
        QDomDocument document;
        document.setContent(xml, true);
        QVERIFY(!Bookmark::fromNativeItem(itemId, document.documentElement()));
    }

    void nativeAutojoinAndLimits()
    {
        QDomDocument document;
        const QString longName(Bookmark::MaxFieldLength + 10, QLatin1Char('x'));
        document.setContent(QStringLiteral("<conference xmlns='urn:xmpp:bookmarks:1' autojoin='1' name='%1'><nick>n</nick></conference>").arg(longName), true);
        // JIDs compare without case, so an id in capitals names the same room.
        const std::optional<Bookmark> lower = Bookmark::fromNativeItem(QStringLiteral("Team@Conference.Example.org"), document.documentElement());
        QVERIFY(lower);
        QCOMPARE(lower->jid, QStringLiteral("team@conference.example.org"));
        QVERIFY(lower->autojoin);
        QCOMPARE(lower->name.size(), Bookmark::MaxFieldLength);
    }

    void storageRoundTripSkipsInvalidAndRepeated()
    {
        const QVector<Bookmark> original{bookmark(QStringLiteral("a@conference.example.org"), QStringLiteral("A"), true),
                                         bookmark(QStringLiteral("b@conference.example.org"), QString())};
        QDomDocument document;
        const QDomElement storage = written(document, [&original](QXmlStreamWriter *writer) {
            Bookmark::writeStorage(writer, original);
        });
        QCOMPARE(Bookmark::fromStorage(storage), original);

        QDomDocument hostile;
        hostile.setContent(QStringLiteral("<storage xmlns='storage:bookmarks'>"
                                          "<conference jid='a@conference.example.org' name='First'/>"
                                          "<conference jid='a@conference.example.org' name='Repeat'/>"
                                          "<conference jid='no-localpart.example.org'/><conference/>"
                                          "<url url='https://example.org'/></storage>"),
                           true);
        const QVector<Bookmark> read = Bookmark::fromStorage(hostile.documentElement());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().name, QStringLiteral("First"));
    }

    void modelSortsAndUpdates()
    {
        BookmarksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBookmarks({bookmark(QStringLiteral("z@c.example.org"), QStringLiteral("Zebra")), bookmark(QStringLiteral("b@c.example.org"), QString()),
                            bookmark(QStringLiteral("z@c.example.org"), QStringLiteral("Repeat"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), BookmarksModel::DisplayNameRole).toString(), QStringLiteral("b@c.example.org"));
        QCOMPARE(model.data(model.index(1, 0), BookmarksModel::NameRole).toString(), QStringLiteral("Zebra"));

        // A new name moves the row.
        model.setBookmark(bookmark(QStringLiteral("z@c.example.org"), QStringLiteral("Aardvark"), true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), BookmarksModel::JidRole).toString(), QStringLiteral("z@c.example.org"));
        QVERIFY(model.data(model.index(0, 0), BookmarksModel::AutojoinRole).toBool());

        Bookmark protectedRoom = bookmark(QStringLiteral("m@c.example.org"), QStringLiteral("Middle"));
        protectedRoom.password = QStringLiteral("secret");
        model.setBookmark(protectedRoom);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(2, 0), BookmarksModel::JidRole).toString(), QStringLiteral("m@c.example.org"));
        QVERIFY(model.data(model.index(2, 0), BookmarksModel::HasPasswordRole).toBool());
        QVERIFY(!model.data(model.index(0, 0), BookmarksModel::HasPasswordRole).toBool());

        model.removeBookmark(QStringLiteral("b@c.example.org"));
        model.removeBookmark(QStringLiteral("unknown@c.example.org"));
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(BookmarkTest)
#include "BookmarkTest.moc"
