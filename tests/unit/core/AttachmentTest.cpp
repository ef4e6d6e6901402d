#include "Attachment.h"

#include <QTest>
#include <QUrl>
#include <QXmppMessage.h>

// Attachment: which messages carry a file, its type and a safe local name.
class AttachmentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlOfMessage_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("outOfBandUrl");
        QTest::addColumn<QString>("expected");

        const auto https = QStringLiteral("https://upload.example.org/abc/photo.jpg");
        const auto http = QStringLiteral("http://upload.example.org/abc/photo.jpg");
        QTest::newRow("out-of-band https") << https << https << https;
        QTest::newRow("out-of-band http") << http << http << http;
        QTest::newRow("out-of-band with another body") << QStringLiteral("Look at this") << https << https;
        QTest::newRow("body only https") << https << QString() << https;
        QTest::newRow("body with spaces around") << QStringLiteral("  ") + https + QStringLiteral("\n") << QString() << https;
        QTest::newRow("body only http") << http << QString() << QString();
        QTest::newRow("body with text") << QStringLiteral("see ") + https << QString() << QString();
        QTest::newRow("out-of-band file scheme") << QStringLiteral("hi") << QStringLiteral("file:///etc/passwd") << QString();
        QTest::newRow("out-of-band javascript") << QStringLiteral("hi") << QStringLiteral("javascript:alert(1)") << QString();
        QTest::newRow("plain text") << QStringLiteral("Hello") << QString() << QString();
    }

    void urlOfMessage()
    {
        QFETCH(QString, body);
        QFETCH(QString, outOfBandUrl);
        QFETCH(QString, expected);

        QXmppMessage message(QStringLiteral("bob@example.org"), QStringLiteral("alice@example.org"), body);
        message.setOutOfBandUrl(outOfBandUrl);
        QCOMPARE(Attachment::urlOf(message), expected);
    }

    void typeOfUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");

        QTest::newRow("png") << QStringLiteral("https://example.org/a/b.png") << QStringLiteral("image");
        QTest::newRow("jpeg upper case") << QStringLiteral("https://example.org/a/B.JPG") << QStringLiteral("image");
        QTest::newRow("mp4") << QStringLiteral("https://example.org/clip.mp4") << QStringLiteral("video");
        QTest::newRow("ogg audio") << QStringLiteral("https://example.org/voice.oga") << QStringLiteral("audio");
        QTest::newRow("pdf") << QStringLiteral("https://example.org/paper.pdf") << QStringLiteral("file");
        QTest::newRow("no extension") << QStringLiteral("https://example.org/download") << QStringLiteral("file");
        QTest::newRow("no path") << QStringLiteral("https://example.org/") << QStringLiteral("file");
    }

    void typeOfUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Attachment::typeOf(url), expected);
    }

    void typeOfMimeType()
    {
        QCOMPARE(Attachment::typeOfMimeType(QStringLiteral("image/png")), QStringLiteral("image"));
        QCOMPARE(Attachment::typeOfMimeType(QStringLiteral("Video/MP4; codecs=avc1")), QStringLiteral("video"));
        QCOMPARE(Attachment::typeOfMimeType(QStringLiteral("audio/ogg")), QStringLiteral("audio"));
        QCOMPARE(Attachment::typeOfMimeType(QStringLiteral("application/octet-stream")), QStringLiteral("file"));
        QCOMPARE(Attachment::typeOfMimeType(QString()), QStringLiteral("file"));
    }

    void fileNameOfUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringLiteral("https://example.org/x/photo.jpg") << QStringLiteral("photo.jpg");
        QTest::newRow("encoded space") << QStringLiteral("https://example.org/x/my%20photo.jpg") << QStringLiteral("my photo.jpg");
        QTest::newRow("encoded slash") << QStringLiteral("https://example.org/x/..%2F..%2Fetc%2Fpasswd") << QStringLiteral("passwd");
        QTest::newRow("hidden file") << QStringLiteral("https://example.org/x/.bashrc") << QStringLiteral("bashrc");
        QTest::newRow("dots only") << QStringLiteral("https://example.org/x/..") << QStringLiteral("download");
        QTest::newRow("no name") << QStringLiteral("https://example.org/") << QStringLiteral("download");
        QTest::newRow("control character") << QStringLiteral("https://example.org/a%0Ab.txt") << QStringLiteral("a_b.txt");
    }

    void fileNameOfUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Attachment::fileNameOf(url), expected);
    }

    void fetchableSchemes()
    {
        QVERIFY(Attachment::isFetchable(QUrl(QStringLiteral("https://example.org/a"))));
        QVERIFY(Attachment::isFetchable(QUrl(QStringLiteral("HTTP://example.org/a"))));
        QVERIFY(!Attachment::isFetchable(QUrl(QStringLiteral("ftp://example.org/a"))));
        QVERIFY(!Attachment::isFetchable(QUrl(QStringLiteral("file:///tmp/a"))));
        QVERIFY(!Attachment::isFetchable(QUrl(QStringLiteral("https:///a"))));
    }
};

QTEST_GUILESS_MAIN(AttachmentTest)
#include "AttachmentTest.moc"
