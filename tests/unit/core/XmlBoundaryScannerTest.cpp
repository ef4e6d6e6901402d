#include "XmlBoundaryScanner.h"

#include <QTest>

// XmlBoundaryScanner on XMPP streams cut at every byte: it must report the ends of top-level
// elements and nothing inside a stanza, whatever the markup there.
class XmlBoundaryScannerTest : public QObject
{
    Q_OBJECT

private:
    // Feeds xml one byte at a time and returns the offsets (bytes read) at which the scanner was at a boundary.
    static QVector<int> boundariesByteByByte(const QByteArray &xml)
    {
        XmlBoundaryScanner scanner;
        QVector<int> boundaries;
        for (int i = 0; i < xml.size(); ++i) {
            scanner.feed(xml.constData() + i, 1);
            if (scanner.atStanzaBoundary()) {
                boundaries.append(i + 1);
            }
        }
        return boundaries;
    }

private Q_SLOTS:
    void boundaries_data()
    {
        QTest::addColumn<QByteArray>("xml");
        // The offsets of the ends of top-level elements, and of whitespace between them.
        QTest::addColumn<QVector<int>>("expected");

        const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
        QVector<int> afterHeader{21, int(header.size())};
        QTest::newRow("stream header") << header << afterHeader;

        const QByteArray message = "<message to='a@b' id='x>y'><body>1 &gt; 0 &amp; a/b</body></message>";
        QTest::newRow("message after header") << header + message << (afterHeader + QVector<int>{int(header.size() + message.size())});

        const QByteArray empty = "<presence/>";
        QTest::newRow("empty element") << empty << QVector<int>{int(empty.size())};

        const QByteArray quoted = "<iq a=\"/>\" b='<'/><r/>";
        QTest::newRow("markup characters in attribute values") << quoted << QVector<int>{18, int(quoted.size())};

        const QByteArray cdata = "<m><![CDATA[</m><x>]]></m>";
        QTest::newRow("CDATA section") << cdata << QVector<int>{int(cdata.size())};

        const QByteArray comment = "<m><!-- </m> --></m>";
        QTest::newRow("comment") << comment << QVector<int>{int(comment.size())};

        const QByteArray nested = "<a><b><c/></b></a> <d/>";
        QTest::newRow("nested elements and whitespace") << nested << QVector<int>{18, 19, int(nested.size())};

        const QByteArray restart = header + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>" + header;
        const int proceedEnd = int(header.size()) + 50;
        QTest::newRow("restarted stream") << restart << (afterHeader + QVector<int>{proceedEnd, proceedEnd + 21, int(restart.size())});

        const QByteArray closed = "<a/></stream:stream>";
        QTest::newRow("stream end") << closed << QVector<int>{4, int(closed.size())};

        const QByteArray utf8 = QStringLiteral("<m><body>caf\u00e9 \u2713</body></m>").toUtf8();
        QTest::newRow("multi-byte characters") << utf8 << QVector<int>{int(utf8.size())};
    }

    void boundaries()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QVector<int>, expected);
        QCOMPARE(boundariesByteByByte(xml), expected);
    }

    void wholeChunkMatchesByteByByte()
    {
        const QByteArray xml = "<stream:stream><m a='1'><b>text</b></m><m><![CDATA[<x>]]></m>";
        XmlBoundaryScanner scanner;
        scanner.feed(xml.constData(), xml.size());
        QVERIFY(scanner.atStanzaBoundary());
        scanner.feed("<m><b>", 6);
        QVERIFY(!scanner.atStanzaBoundary());
        scanner.feed("</b></m>", 8);
        QVERIFY(scanner.atStanzaBoundary());
    }

    void resetForgetsOpenMarkup()
    {
        XmlBoundaryScanner scanner;
        scanner.feed("<stream:stream><m><b", 20);
        QVERIFY(!scanner.atStanzaBoundary());
        scanner.reset();
        QVERIFY(scanner.atStanzaBoundary());
    }
};

QTEST_GUILESS_MAIN(XmlBoundaryScannerTest)
#include "XmlBoundaryScannerTest.moc"
