#include "TestPngImages.h"
#include "ThumbnailMaker.h"

#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ThumbnailMaker::Error)

// ThumbnailMaker on generated images, on headers that claim huge images and on files that are no images.
class ThumbnailMakerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
    }

    void opaqueImageScaledToJpeg()
    {
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const QString input = m_folder.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(input, "PNG"));

        const ThumbnailMaker::Result result = ThumbnailMaker::make(input, m_folder.filePath(QStringLiteral("photo-thumbnail")));

        QCOMPARE(result.error, ThumbnailMaker::Error::NoError);
        QCOMPARE(result.sourceSize, QSize(1600, 1200));
        QCOMPARE(result.path, m_folder.filePath(QStringLiteral("photo-thumbnail.jpg")));
        QImageReader reader(result.path);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        QCOMPARE(reader.size(), QSize(320, 240));
        QVERIFY(!QFile::exists(result.path + QStringLiteral(".part")));
    }

    void transparentImageKeptAsPng()
    {
        QImage image(200, 500, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QString input = m_folder.filePath(QStringLiteral("icon.png"));
        QVERIFY(image.save(input, "PNG"));

        const ThumbnailMaker::Result result = ThumbnailMaker::make(input, m_folder.filePath(QStringLiteral("icon-thumbnail")));

        QCOMPARE(result.error, ThumbnailMaker::Error::NoError);
        QCOMPARE(result.path, m_folder.filePath(QStringLiteral("icon-thumbnail.png")));
        const QImage thumbnail(result.path);
        QCOMPARE(thumbnail.size(), QSize(128, 320));
        QVERIFY(thumbnail.hasAlphaChannel());
    }

    void smallImageNotEnlarged()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString input = m_folder.filePath(QStringLiteral("small.png"));
        QVERIFY(image.save(input, "PNG"));

        const ThumbnailMaker::Result result = ThumbnailMaker::make(input, m_folder.filePath(QStringLiteral("small-thumbnail")));

        QCOMPARE(result.error, ThumbnailMaker::Error::NoError);
        QCOMPARE(QImage(result.path).size(), QSize(40, 30));
    }

    void unusableInputRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ThumbnailMaker::Error>("expected");
        QTest::addColumn<QSize>("declaredSize");

        QTest::newRow("side over 8192") << pngHeaderClaiming(8193, 10) << ThumbnailMaker::Error::TooManyPixels << QSize(8193, 10);
        QTest::newRow("over 40 megapixels") << pngHeaderClaiming(8000, 6000) << ThumbnailMaker::Error::TooManyPixels << QSize(8000, 6000);
        QTest::newRow("huge header") << pngHeaderClaiming(100000, 100000) << ThumbnailMaker::Error::TooManyPixels << QSize(100000, 100000);
        QTest::newRow("text") << QByteArray("just some text") << ThumbnailMaker::Error::NotAnImage << QSize();
        QTest::newRow("empty") << QByteArray() << ThumbnailMaker::Error::Unreadable << QSize();
    }

    void unusableInputRejected()
    {
        QFETCH(QByteArray, data);
        QFETCH(ThumbnailMaker::Error, expected);
        QFETCH(QSize, declaredSize);

        const QString input = m_folder.filePath(QStringLiteral("input.png"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();
        const QString base = m_folder.filePath(QStringLiteral("rejected"));

        const ThumbnailMaker::Result result = ThumbnailMaker::make(input, base);

        QCOMPARE(result.error, expected);
        QCOMPARE(result.sourceSize, declaredSize);
        QVERIFY(result.path.isEmpty());
        QVERIFY(!QFile::exists(base + QStringLiteral(".png")));
        QVERIFY(!QFile::exists(base + QStringLiteral(".jpg")));
    }

    void missingFileUnreadable()
    {
        const ThumbnailMaker::Result result = ThumbnailMaker::make(m_folder.filePath(QStringLiteral("missing.png")), m_folder.filePath(QStringLiteral("x")));
        QCOMPARE(result.error, ThumbnailMaker::Error::Unreadable);
        const FileTransferService::Thumbnail thumbnail = ThumbnailMaker::makeForService(m_folder.filePath(QStringLiteral("missing.png")), m_folder.filePath(QStringLiteral("x")));
        QVERIFY(thumbnail.path.isEmpty());
        QCOMPARE(thumbnail.error, ThumbnailMaker::describe(ThumbnailMaker::Error::Unreadable));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(ThumbnailMakerTest)
#include "ThumbnailMakerTest.moc"
