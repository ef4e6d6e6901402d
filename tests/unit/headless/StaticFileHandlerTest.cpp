#include "HttpRequestHead.h"
#include "StaticFileHandler.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

HttpRequestHead request(const QByteArray &target, const QByteArray &acceptLanguage = QByteArray())
{
    QByteArray text = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!acceptLanguage.isNull()) {
        text += "Accept-Language: " + acceptLanguage + "\r\n";
    }
    HttpRequestHead head;
    head.parse(text + "\r\n");
    return head;
}

} // namespace

class StaticFileHandlerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const auto &[name, content] : {std::pair{"strings.js", "export const strings = { language: 'en' };\n"},
                                            std::pair{"app.js", "console.log('app');\n"}}) {
            QFile file(m_root.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
    }

    void stringsFollowBrowserLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QByteArray>("contentLanguage");
        QTest::newRow("none") << QByteArray() << QByteArray("en");
        QTest::newRow("french") << QByteArray("fr-FR,fr;q=0.9") << QByteArray("fr");
        QTest::newRow("german") << QByteArray("de") << QByteArray("de");
        QTest::newRow("untranslated") << QByteArray("ja") << QByteArray("en");
    }

    void stringsFollowBrowserLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QByteArray, contentLanguage);
        StaticFileHandler handler(m_root.path());
        QString error;
        const HttpResponse response = handler.respond(request("/strings.js", acceptLanguage), &error);

        QCOMPARE(response.statusCode(), 200);
        QCOMPARE(response.header("Vary"), QByteArray("Accept-Language"));
        QCOMPARE(response.header("Content-Language"), contentLanguage);
        QVERIFY(response.body().contains("language: '" + contentLanguage + "'"));
    }

    void translatedStringsHaveOwnEntityTag()
    {
        StaticFileHandler handler(m_root.path());
        QString error;
        const QByteArray english = handler.respond(request("/strings.js"), &error).header("ETag");
        const QByteArray french = handler.respond(request("/strings.js", "fr"), &error).header("ETag");
        QVERIFY(!english.isEmpty());
        QVERIFY(!french.isEmpty());
        QVERIFY(english != french);
    }

    void otherFilesDoNotVary()
    {
        StaticFileHandler handler(m_root.path());
        QString error;
        const HttpResponse response = handler.respond(request("/app.js", "fr"), &error);
        QCOMPARE(response.statusCode(), 200);
        QVERIFY(response.header("Vary").isEmpty());
        QVERIFY(response.header("Content-Language").isEmpty());
    }

private:
    QTemporaryDir m_root;
};

QTEST_GUILESS_MAIN(StaticFileHandlerTest)
#include "StaticFileHandlerTest.moc"
