#include "PublicPageCache.h"
#include "PublicPageHandler.h"

#include <QTest>

namespace {

PublicPageCache::Entry entryOf(int pageBytes)
{
    PublicPageCache::Entry entry;
    entry.found = true;
    entry.page = QByteArray(pageBytes, 'p');
    entry.feed = QByteArrayLiteral("<feed/>");
    return entry;
}

const QDateTime Start(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

} // namespace

class PublicPageCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryExpiresAfterTtl()
    {
        PublicPageCache cache(300);
        const PublicPageCache::Entry stored = cache.insert(QStringLiteral("alice@example.org"), entryOf(10), Start);
        QCOMPARE(stored.expiresAt, Start.addSecs(300));
        QVERIFY(stored.pageEtag.startsWith('"'));
        QVERIFY(stored.pageEtag != stored.feedEtag);

        QVERIFY(cache.find(QStringLiteral("alice@example.org"), Start.addSecs(299)));
        QVERIFY(!cache.find(QStringLiteral("alice@example.org"), Start.addSecs(300)));
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.bytes(), 0);
    }

    void entriesAreBounded()
    {
        PublicPageCache cache(300, 2);
        cache.insert(QStringLiteral("a@example.org"), entryOf(10), Start);
        cache.insert(QStringLiteral("b@example.org"), entryOf(10), Start.addSecs(1));
        cache.insert(QStringLiteral("c@example.org"), entryOf(10), Start.addSecs(2));
        QCOMPARE(cache.count(), 2);
        QVERIFY(!cache.find(QStringLiteral("a@example.org"), Start.addSecs(3)));
        QVERIFY(cache.find(QStringLiteral("b@example.org"), Start.addSecs(3)));
        QVERIFY(cache.find(QStringLiteral("c@example.org"), Start.addSecs(3)));
    }

    void bytesAreBounded()
    {
        PublicPageCache cache(300, 100, 1000);
        cache.insert(QStringLiteral("a@example.org"), entryOf(400), Start);
        cache.insert(QStringLiteral("b@example.org"), entryOf(400), Start.addSecs(1));
        QCOMPARE(cache.count(), 2);
        cache.insert(QStringLiteral("c@example.org"), entryOf(400), Start.addSecs(2));
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.bytes() <= 1000);
        QVERIFY(!cache.find(QStringLiteral("a@example.org"), Start.addSecs(3)));

        // An entry larger than the bound is returned but not kept.
        const PublicPageCache::Entry huge = cache.insert(QStringLiteral("d@example.org"), entryOf(2000), Start.addSecs(3));
        QCOMPARE(huge.page.size(), 2000);
        QVERIFY(!cache.find(QStringLiteral("d@example.org"), Start.addSecs(4)));
        QCOMPARE(cache.count(), 2);
    }

    void replacedEntryFreesBytes()
    {
        PublicPageCache cache(300);
        cache.insert(QStringLiteral("a@example.org"), entryOf(400), Start);
        cache.insert(QStringLiteral("a@example.org"), entryOf(100), Start.addSecs(1));
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.bytes(), qint64(100 + 7));
    }

    void zeroTtlKeepsNothing()
    {
        PublicPageCache cache(0);
        cache.insert(QStringLiteral("a@example.org"), entryOf(10), Start);
        QCOMPARE(cache.count(), 0);
    }

    void jidFromPath_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("jid");
        QTest::addColumn<bool>("feed");

        QTest::newRow("page") << QByteArray("/blog/alice@example.org") << QStringLiteral("alice@example.org") << false;
        QTest::newRow("feed") << QByteArray("/blog/alice@example.org/feed.atom") << QStringLiteral("alice@example.org") << true;
        QTest::newRow("upper case") << QByteArray("/blog/Alice@Example.ORG") << QStringLiteral("alice@example.org") << false;
        QTest::newRow("percent-encoded") << QByteArray("/blog/a%26b%40example.org") << QStringLiteral("a&b@example.org") << false;
        QTest::newRow("no localpart") << QByteArray("/blog/example.org") << QString() << false;
        QTest::newRow("two at signs") << QByteArray("/blog/a@b@example.org") << QString() << false;
        QTest::newRow("empty") << QByteArray("/blog/") << QString() << false;
        QTest::newRow("other suffix") << QByteArray("/blog/alice@example.org/other") << QString() << false;
        QTest::newRow("encoded slash") << QByteArray("/blog/alice@example.org%2Fres") << QString() << false;
        QTest::newRow("control character") << QByteArray("/blog/al%0Aice@example.org") << QString() << false;
        QTest::newRow("space") << QByteArray("/blog/al%20ice@example.org") << QString() << false;
        QTest::newRow("invalid UTF-8") << QByteArray("/blog/al%FFice@example.org") << QString() << false;
        QTest::newRow("too long") << QByteArray("/blog/") + QByteArray(2048, 'a') + QByteArray("@example.org") << QString() << false;
    }

    void jidFromPath()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, jid);
        QFETCH(bool, feed);

        bool isFeed = false;
        QCOMPARE(PublicPageHandler::jidFromPath(path, &isFeed), jid);
        if (!jid.isEmpty()) {
            QCOMPARE(isFeed, feed);
        }
    }
};

QTEST_GUILESS_MAIN(PublicPageCacheTest)
#include "PublicPageCacheTest.moc"
