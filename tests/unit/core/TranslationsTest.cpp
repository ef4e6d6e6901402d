#include "Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesListed()
    {
        const QStringList languages = Translations::languages();
        QCOMPARE(languages.value(0), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("fr")));
        QVERIFY(languages.contains(QStringLiteral("de")));
    }

    void negotiate_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("empty") << QString() << QStringLiteral("en");
        QTest::newRow("french region") << QStringLiteral("fr-FR,fr;q=0.9,en;q=0.8") << QStringLiteral("fr");
        QTest::newRow("german first") << QStringLiteral("de-CH, fr;q=0.5") << QStringLiteral("de");
        QTest::newRow("quality order") << QStringLiteral("fr;q=0.3, de;q=0.7") << QStringLiteral("de");
        QTest::newRow("english preferred") << QStringLiteral("en-GB, fr;q=0.9") << QStringLiteral("en");
        QTest::newRow("unknown then french") << QStringLiteral("ja, fr;q=0.5") << QStringLiteral("fr");
        QTest::newRow("only unknown") << QStringLiteral("ja, ko") << QStringLiteral("en");
        QTest::newRow("zero quality skipped") << QStringLiteral("fr;q=0, de;q=0.1") << QStringLiteral("de");
        QTest::newRow("wildcard") << QStringLiteral("*") << QStringLiteral("en");
        QTest::newRow("case and blanks") << QStringLiteral("  FR-be ") << QStringLiteral("fr");
        QTest::newRow("malformed quality") << QStringLiteral("fr;q=abc, de") << QStringLiteral("de");
    }

    void negotiate()
    {
        QFETCH(QString, header);
        QFETCH(QString, language);
        QCOMPARE(Translations::negotiate(header), language);
    }

    void bestMatchOfLocale()
    {
        QCOMPARE(Translations::bestMatch({QStringLiteral("de-AT"), QStringLiteral("de")}), QStringLiteral("de"));
        QCOMPARE(Translations::bestMatch({QStringLiteral("it-IT")}), QStringLiteral("en"));
        QCOMPARE(Translations::bestMatch({}), QStringLiteral("en"));
    }

    void installSwitchesLanguage()
    {
        const char *source = "Wrong address or password. Check them and sign in again.";
        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("fr")));
        const QString french = QCoreApplication::translate("Account", source);
        QVERIFY(french != QLatin1String(source));

        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("de")));
        const QString german = QCoreApplication::translate("Account", source);
        QVERIFY(german != QLatin1String(source));
        QVERIFY(german != french);

        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Account", source), QLatin1String(source));
    }

    void unknownLanguageStaysEnglish()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No Salon translation")));
        QVERIFY(!Translations::install(QCoreApplication::instance(), QStringLiteral("xx")));
        const char *source = "Wrong address or password. Check them and sign in again.";
        QCOMPARE(QCoreApplication::translate("Account", source), QLatin1String(source));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
