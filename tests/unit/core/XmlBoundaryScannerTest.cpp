#include "XmlBoundaryScanner.h"

#include <QTest>

#include <utility>

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

        // Inside an open stream, as stanzas come: the offsets count from the end of the opening tag.
        const QByteArray open = "<stream:stream>";
        const auto inStream = [&open](const QByteArray &stanzas, const QVector<int> &ends) {
            QVector<int> offsets{int(open.size())};
            for (const int end : ends) {
                offsets.append(int(open.size()) + end);
            }
            return std::make_pair(open + stanzas, offsets);
        };
        const auto addRow = [](const char *name, const std::pair<QByteArray, QVector<int>> &row) {
            QTest::newRow(name) << row.first << row.second;
        };

        addRow("empty element", inStream("<presence/>", {11}));
        addRow("markup characters in attribute values", inStream("<iq a=\"/>\" b='<'/><r/>", {18, 22}));
        addRow("CDATA section", inStream("<m><![CDATA[</m><x>]]></m>", {26}));
        addRow("comment", inStream("<m><!-- </m> --></m>", {20}));
        addRow("nested elements and whitespace", inStream("<a><b><c/></b></a> <d/>", {18, 19, 23}));
        const QByteArray utf8 = QStringLiteral("<m><body>caf\u00e9 \u2713</body></m>").toUtf8();
        addRow("multi-byte characters", inStream(utf8, {int(utf8.size())}));

        const QByteArray restart = header + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>" + header;
        const int proceedEnd = int(header.size()) + 50;
        QTest::newRow("restarted stream") << restart << (afterHeader + QVector<int>{proceedEnd, proceedEnd + 21, int(restart.size())});

        const QByteArray closed = "<a/></stream:stream>";
        QTest::newRow("stream end") << closed << QVector<int>{4, int(closed.size())};
    }

    void boundaries()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QVector<int>, expected);
        QCOMPARE(boundariesByteByByte(xml), expected);

        // In one piece, the scanner skips text and attribute values in bulk.
        XmlBoundaryScanner whole;
        whole.feed(xml.constData(), xml.size());
        QCOMPARE(whole.atStanzaBoundary(), !expected.isEmpty() && expected.constLast() == xml.size());
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
