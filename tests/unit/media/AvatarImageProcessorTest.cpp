#include "AvatarImageProcessor.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

QImage decode(const QByteArray &data)
{
    QImage image;
    image.loadFromData(data, "PNG");
    return image;
}

} // namespace

Q_DECLARE_METATYPE(AvatarImageProcessor::Error)

// AvatarImageProcessor on generated images and on data that is not a usable image.
class AvatarImageProcessorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wideImageCroppedAndScaled()
    {
        // Red bands left and right, green in the middle: the centered square is all green.
        QImage image(600, 400, QImage::Format_RGB32);
        image.fill(Qt::red);
        for (int x = 100; x < 500; ++x) {
            for (int y = 0; y < 400; ++y) {
                image.setPixelColor(x, y, Qt::green);
            }
        }

        const AvatarImageProcessor::Result result = AvatarImageProcessor::prepare(encode(image, "JPEG"));

        QCOMPARE(result.error, AvatarImageProcessor::Error::NoError);
        QCOMPARE(result.width, 192);
        QCOMPARE(result.height, 192);
        QCOMPARE(result.image.mimeType, QStringLiteral("image/png"));
        const QImage avatar = decode(result.image.data);
        QCOMPARE(avatar.size(), QSize(192, 192));
        // JPEG shifts colors a little; the corners must still be green, not red.
        QVERIFY(avatar.pixelColor(2, 2).green() > 200);
        QVERIFY(avatar.pixelColor(2, 2).red() < 60);
        QVERIFY(avatar.pixelColor(189, 189).green() > 200);
    }

    void smallImageNotEnlarged()
    {
        QImage image(40, 50, QImage::Format_ARGB32);
        image.fill(Qt::transparent);

        const AvatarImageProcessor::Result result = AvatarImageProcessor::prepare(encode(image, "PNG"));

        QCOMPARE(result.error, AvatarImageProcessor::Error::NoError);
        QCOMPARE(result.width, 40);
        QCOMPARE(result.height, 40);
        QVERIFY(decode(result.image.data).hasAlphaChannel());
    }

    void noisyImageFitsSizeLimit()
    {
        // Random pixels do not compress, so the largest side gives a PNG above the limit.
        QImage image(1000, 1000, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                line[x] = random.generate() | 0xff000000u;
            }
        }

        const AvatarImageProcessor::Result result = AvatarImageProcessor::prepare(encode(image, "PNG"));

        QCOMPARE(result.error, AvatarImageProcessor::Error::NoError);
        QVERIFY(result.image.data.size() <= AvatarImageProcessor::MaxEncodedBytes);
        QVERIFY(result.width < 192);
        QCOMPARE(decode(result.image.data).width(), result.width);
    }

    void unusableInputRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<AvatarImageProcessor::Error>("error");

        QByteArray png = encode(QImage(64, 64, QImage::Format_RGB32), "PNG");
        QTest::newRow("empty") << QByteArray() << AvatarImageProcessor::Error::Empty;
        QTest::newRow("text") << QByteArrayLiteral("<svg onload=alert(1)></svg>") << AvatarImageProcessor::Error::NotAnImage;
        QTest::newRow("truncated PNG") << png.left(40) << AvatarImageProcessor::Error::NotAnImage;
        QTest::newRow("file too large") << QByteArray(int(AvatarImageProcessor::MaxInputBytes) + 1, '\0') << AvatarImageProcessor::Error::FileTooLarge;
        // A header of a few bytes that claims 20,000 × 20,000 pixels: rejected before decoding.
        QTest::newRow("huge dimensions") << QByteArrayLiteral("P6\n20000 20000\n255\n") + QByteArray(64, '\x7f') << AvatarImageProcessor::Error::TooManyPixels;
    }

    void unusableInputRejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(AvatarImageProcessor::Error, error);

        const AvatarImageProcessor::Result result = AvatarImageProcessor::prepare(input);

        QCOMPARE(result.error, error);
        QVERIFY(result.image.data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AvatarImageProcessorTest)
#include "AvatarImageProcessorTest.moc"
