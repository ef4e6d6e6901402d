// AvatarImageProvider against a real SQLite avatar cache, with images stored
// through AvatarStore as AvatarService stores them.

#include "AvatarImageProvider.h"
#include "AvatarService.h"
#include "store/AvatarStore.h"
#include "store/Database.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

constexpr int TimeoutMs = 5000;

QByteArray encodedImage(const QSize &size, const QColor &color, const char *format = "PNG")
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

// The outcome of one request: the image, or the error.
struct Outcome {
    bool finished = false;
    QImage image;
    QString error;
    bool hasTextureFactory = false;
};

Outcome takeOutcome(QQuickImageResponse *response)
{
    Outcome outcome;
    outcome.error = response->errorString();
    std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
    outcome.hasTextureFactory = factory != nullptr;
    if (factory) {
        outcome.image = factory->image();
    }
    return outcome;
}

// Runs one request in the current thread and waits for its finished() signal.
Outcome request(AvatarImageProvider &provider, const QString &id, const QSize &requestedSize)
{
    std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, requestedSize));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    if (!finished.wait(TimeoutMs)) {
        return Outcome{};
    }
    Outcome outcome = takeOutcome(response.get());
    outcome.finished = true;
    return outcome;
}

} // namespace

class AvatarImageProviderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<Database>(QStringLiteral("sqlite::memory:"));
        QSignalSpy opened(m_database.get(), &Database::opened);
        m_database->open();
        QVERIFY(opened.wait(TimeoutMs));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(m_database->lastError()));
        m_store = std::make_unique<AvatarStore>(m_database.get(), QStringLiteral("alice@example.org"));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_database.reset();
    }

    void scalesToRequestedSize_data()
    {
        QTest::addColumn<QSize>("sourceSize");
        QTest::addColumn<QSize>("requestedSize");
        QTest::addColumn<QSize>("expectedSize");

        QTest::newRow("square, smaller") << QSize(64, 64) << QSize(32, 32) << QSize(32, 32);
        QTest::newRow("square, larger") << QSize(64, 64) << QSize(128, 128) << QSize(128, 128);
        QTest::newRow("no requested size") << QSize(64, 64) << QSize() << QSize(64, 64);
        QTest::newRow("zero requested size") << QSize(64, 64) << QSize(0, 0) << QSize(64, 64);
        QTest::newRow("width only") << QSize(64, 32) << QSize(32, 0) << QSize(32, 16);
        QTest::newRow("height only") << QSize(64, 32) << QSize(0, 16) << QSize(32, 16);
        QTest::newRow("wide into square") << QSize(64, 32) << QSize(32, 32) << QSize(32, 16);
        QTest::newRow("tall into square") << QSize(20, 80) << QSize(40, 40) << QSize(10, 40);
        QTest::newRow("thin line keeps a pixel") << QSize(400, 1) << QSize(40, 40) << QSize(40, 1);
    }

    void scalesToRequestedSize()
    {
        QFETCH(QSize, sourceSize);
        QFETCH(QSize, requestedSize);
        QFETCH(QSize, expectedSize);

        const QByteArray data = encodedImage(sourceSize, Qt::red);
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/png"), data});

        AvatarImageProvider provider(m_database.get());
        const Outcome outcome = request(provider, hash, requestedSize);
        QVERIFY2(outcome.finished, "the response did not finish");
        QCOMPARE(outcome.error, QString());
        QVERIFY(outcome.hasTextureFactory);
        QCOMPARE(outcome.image.size(), expectedSize);
        const QColor center = outcome.image.pixelColor(expectedSize.width() / 2, expectedSize.height() / 2);
        QCOMPARE(center.red(), 255);
        QCOMPARE(center.green(), 0);
        QCOMPARE(center.blue(), 0);
    }

    void decodesJpeg()
    {
        const QByteArray data = encodedImage(QSize(48, 48), Qt::blue, "JPEG");
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/jpeg"), data});

        AvatarImageProvider provider(m_database.get());
        const Outcome outcome = request(provider, hash, QSize(24, 24));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.image.size(), QSize(24, 24));
        QVERIFY(outcome.image.pixelColor(12, 12).blue() > 200);
    }

    void missingImageFails()
    {
        AvatarImageProvider provider(m_database.get());
        const QString hash = AvatarService::imageHash(QByteArrayLiteral("never stored"));
        const Outcome outcome = request(provider, hash, QSize(32, 32));
        QVERIFY(outcome.finished);
        QVERIFY(outcome.error.contains(hash));
        QVERIFY(!outcome.hasTextureFactory);
    }

    void invalidIdFails_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("path") << QStringLiteral("../../etc/passwd");
        QTest::newRow("uppercase") << QStringLiteral("A94A8FE5CCB19BA61C4C0873D391E987982FBBD3");
        QTest::newRow("too short") << QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd");
        QTest::newRow("not hex") << QStringLiteral("g94a8fe5ccb19ba61c4c0873d391e987982fbbd3");
    }

    void invalidIdFails()
    {
        QFETCH(QString, id);
        AvatarImageProvider provider(m_database.get());
        const Outcome outcome = request(provider, id, QSize(32, 32));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(!outcome.hasTextureFactory);
    }

    void withoutDatabaseFails()
    {
        AvatarImageProvider provider(nullptr);
        const Outcome outcome = request(provider, AvatarService::imageHash(QByteArrayLiteral("x")), QSize(32, 32));
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(!outcome.hasTextureFactory);
    }

    void damagedImageFails()
    {
        // A PNG signature followed by garbage, as a broken cache row would hold.
        const QByteArray data = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(200, 'x');
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/png"), data});

        AvatarImageProvider provider(m_database.get());
        const Outcome outcome = request(provider, hash, QSize(32, 32));
        QVERIFY(outcome.finished);
        QVERIFY(outcome.error.contains(hash));
        QVERIFY(!outcome.hasTextureFactory);
    }

    void hugeImageFails()
    {
        // A few hundred bytes of PNG that would decode to more pixels than the provider allows.
        const QByteArray data = encodedImage(QSize(AvatarImageProvider::MaxSourceSide + 1, 1), Qt::green);
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/png"), data});

        AvatarImageProvider provider(m_database.get());
        const Outcome outcome = request(provider, hash, QSize(32, 32));
        QVERIFY(outcome.finished);
        QVERIFY(outcome.error.contains(QString::number(AvatarImageProvider::MaxSourceSide)));
        QVERIFY(!outcome.hasTextureFactory);
    }

    void deletedResponseIsSafe()
    {
        const QByteArray data = encodedImage(QSize(16, 16), Qt::yellow);
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/png"), data});

        // QML deletes the response of an image that is no longer needed, possibly before the cache replied.
        AvatarImageProvider provider(m_database.get());
        delete provider.requestImageResponse(hash, QSize(8, 8));
        delete provider.requestImageResponse(QStringLiteral("not a hash"), QSize(8, 8));

        // A later request is queued behind the first on the database thread, so the first result has come and gone.
        const Outcome outcome = request(provider, hash, QSize(8, 8));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.image.size(), QSize(8, 8));
    }

    void requestFromOtherThread()
    {
        const QByteArray data = encodedImage(QSize(40, 40), Qt::magenta);
        const QString hash = AvatarService::imageHash(data);
        m_store->saveImage(hash, AvatarImage{QStringLiteral("image/png"), data});

        // The QML engine requests images on a thread of its own, which runs an event loop.
        AvatarImageProvider provider(m_database.get());
        QThread loader;
        loader.start();
        QObject threadContext;
        threadContext.moveToThread(&loader);

        std::atomic_bool finished{false};
        QQuickImageResponse *response = nullptr;
        QMetaObject::invokeMethod(
            &threadContext,
            [&] {
                response = provider.requestImageResponse(hash, QSize(20, 20));
                connect(response, &QQuickImageResponse::finished, response, [&finished] {
                    finished = true;
                });
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(response);
        QCOMPARE(response->thread(), &loader);
        QVERIFY(QTest::qWaitFor([&finished] { return finished.load(); }, TimeoutMs));

        Outcome outcome;
        QThread *testThread = thread();
        QMetaObject::invokeMethod(
            &threadContext,
            [&] {
                outcome = takeOutcome(response);
                delete response;
                // Only the thread an object lives in may move it.
                threadContext.moveToThread(testThread);
            },
            Qt::BlockingQueuedConnection);
        loader.quit();
        QVERIFY(loader.wait(TimeoutMs));

        QCOMPARE(outcome.error, QString());
        QCOMPARE(outcome.image.size(), QSize(20, 20));
    }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AvatarStore> m_store;
};

// QQuickTextureFactory needs a QGuiApplication, so CMake runs the test on the offscreen platform.
QTEST_MAIN(AvatarImageProviderTest)
#include "AvatarImageProviderTest.moc"
