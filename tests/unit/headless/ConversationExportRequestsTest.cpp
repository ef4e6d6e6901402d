// The split of a conversation export into parts that fit the linker's frames.

#include "ConversationExportRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

/// Bytes that \a part takes as a JSON string in a frame, without its quotes.
int jsonSize(const QString &part)
{
    return int(QJsonDocument(QJsonArray{part}).toJson(QJsonDocument::Compact).size()) - 4;
}

} // namespace

class ConversationExportRequestsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsFitAndJoin_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<int>("parts");

        QTest::newRow("empty") << QString() << 16 << 1;
        QTest::newRow("one part") << QStringLiteral("[10:00] bob: hi") << 16 << 1;
        QTest::newRow("ascii") << QString(100, QLatin1Char('a')) << 16 << 7;
        // Quotes and newlines take two bytes each in JSON, other control characters six.
        QTest::newRow("escapes") << QString(40, QLatin1Char('"')) + QString(10, QLatin1Char('\n')) + QString(4, QChar(0x01)) << 16 << 8;
        QTest::newRow("two-byte characters") << QString(30, QChar(0xe9)) << 16 << 4;
        QTest::newRow("emoji pairs") << QString::fromUtf8("\xf0\x9f\x91\x8d").repeated(20) + QStringLiteral("x") << 6 << 20;
    }

    void partsFitAndJoin()
    {
        QFETCH(QString, content);
        QFETCH(int, maxBytes);
        QFETCH(int, parts);

        const QStringList split = ConversationExportRequests::splitContent(content, maxBytes);
        QCOMPARE(split.size(), parts);
        QCOMPARE(split.join(QString()), content);
        for (const QString &part : split) {
            QVERIFY2(jsonSize(part) <= maxBytes, qPrintable(QStringLiteral("a part takes %1 bytes").arg(jsonSize(part))));
            QVERIFY(part.isEmpty() || !part.at(0).isLowSurrogate());
        }
    }

    void defaultPartsFitFrames()
    {
        // A frame carries at most 1 MiB, so a part of at most 512 KiB leaves room for the rest of the message.
        const QString content = QStringLiteral("[2026-12-05T10:00:00Z] bob@example.org: \"quoted\" text\n").repeated(30000);
        const QStringList split = ConversationExportRequests::splitContent(content);
        QVERIFY(split.size() > 1);
        QCOMPARE(split.join(QString()), content);
        for (const QString &part : split) {
            QVERIFY(jsonSize(part) <= ConversationExportRequests::MaxPartBytes);
        }
    }
};

QTEST_GUILESS_MAIN(ConversationExportRequestsTest)
#include "ConversationExportRequestsTest.moc"
