#include "NickMention.h"

#include <QTest>

// NickMention: a nickname counts only as a word of its own, in any case.
class NickMentionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mentions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("nick");
        QTest::addColumn<bool>("mentioned");
        QTest::newRow("alone") << QStringLiteral("alice") << QStringLiteral("alice") << true;
        QTest::newRow("other case") << QStringLiteral("Hi ALICE!") << QStringLiteral("alice") << true;
        QTest::newRow("with colon") << QStringLiteral("alice: look") << QStringLiteral("alice") << true;
        QTest::newRow("inside a word") << QStringLiteral("malice aforethought") << QStringLiteral("alice") << false;
        QTest::newRow("prefix of a word") << QStringLiteral("alicex") << QStringLiteral("alice") << false;
        QTest::newRow("second occurrence") << QStringLiteral("malice, alice") << QStringLiteral("alice") << true;
        QTest::newRow("underscore joins") << QStringLiteral("alice_bot says hi") << QStringLiteral("alice") << false;
        QTest::newRow("punctuation nick") << QStringLiteral("ping [bot]!") << QStringLiteral("[bot]") << true;
        QTest::newRow("accented") << QStringLiteral("Merci Zoë") << QStringLiteral("zoë") << true;
        QTest::newRow("empty nick") << QStringLiteral("anything") << QString() << false;
    }

    void mentions()
    {
        QFETCH(QString, body);
        QFETCH(QString, nick);
        QFETCH(bool, mentioned);
        QCOMPARE(NickMention::mentions(body, nick), mentioned);
    }
};

QTEST_GUILESS_MAIN(NickMentionTest)
#include "NickMentionTest.moc"
