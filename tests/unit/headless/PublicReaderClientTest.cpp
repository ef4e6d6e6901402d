#include "PublicReaderClient.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

class PublicReaderClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordFileFirstLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("password");

        QTest::newRow("line feed") << QByteArray("s3cret pass\nsecond line\n") << QStringLiteral("s3cret pass");
        QTest::newRow("CRLF") << QByteArray("s3cret\r\n") << QStringLiteral("s3cret");
        QTest::newRow("no line end") << QByteArray("s3cret") << QStringLiteral("s3cret");
        QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\n") << QStringLiteral("p\u00e4ss");
    }

    void passwordFileFirstLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, password);

        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        QString read;
        QString error;
        QVERIFY2(PublicReaderClient::readPasswordFile(file.fileName(), &read, &error), qPrintable(error));
        QCOMPARE(read, password);
    }

    void passwordFileErrors()
    {
        QTemporaryDir folder;
        QString password;
        QString error;
        QVERIFY(!PublicReaderClient::readPasswordFile(folder.filePath(QStringLiteral("missing")), &password, &error));
        QVERIFY(error.contains(QLatin1String("cannot read the password file")));

        QFile empty(folder.filePath(QStringLiteral("empty")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("\nsecond line\n");
        empty.close();
        QVERIFY(!PublicReaderClient::readPasswordFile(empty.fileName(), &password, &error));
        QVERIFY(error.contains(QLatin1String("is empty")));
    }

    void readerThatCannotStartFailsRequest()
    {
        PublicReaderClient client(QStringLiteral("/nonexistent/salon-linker"), {}, 5000);
        std::optional<PublicReaderClient::Reply> result;
        client.request(QStringLiteral("alice@example.org"), this, [&result](const PublicReaderClient::Reply &reply) {
            result = reply;
        });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, PublicReaderClient::Reply::Status::Unavailable);
    }
};

QTEST_GUILESS_MAIN(PublicReaderClientTest)
#include "PublicReaderClientTest.moc"
