#include "AvatarPublisher.h"
#include "AvatarService.h"
#include "ContactsModel.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// AvatarPublisher's checks and its hand-off to AvatarService, which is offline here and
// therefore reports every image that reaches it with its own failure.
class AvatarPublisherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_contacts = std::make_unique<ContactsModel>();
        m_service = std::make_unique<AvatarService>(m_contacts.get());
        m_publisher = std::make_unique<AvatarPublisher>(m_service.get());
    }

    void validDataReachesService()
    {
        QSignalSpy imageFailures(m_publisher.get(), &AvatarPublisher::actionFailed);
        QSignalSpy serviceFailures(m_service.get(), &AvatarService::actionFailed);
        QSignalSpy busy(m_publisher.get(), &AvatarPublisher::busyChanged);

        m_publisher->publishData(QStringLiteral("me.png"), QString::fromLatin1(pngData().toBase64()));

        QVERIFY(m_publisher->isBusy());
        QTRY_COMPARE(serviceFailures.count(), 1);
        QCOMPARE(imageFailures.count(), 0);
        QCOMPARE(busy.count(), 2);
        QVERIFY(!m_publisher->isBusy());
    }

    void secondImageWhileBusyRejected()
    {
        QSignalSpy imageFailures(m_publisher.get(), &AvatarPublisher::actionFailed);
        QSignalSpy serviceFailures(m_service.get(), &AvatarService::actionFailed);
        const QString base64 = QString::fromLatin1(pngData().toBase64());

        m_publisher->publishData(QStringLiteral("first.png"), base64);
        m_publisher->publishData(QStringLiteral("second.png"), base64);

        QCOMPARE(imageFailures.count(), 1);
        QCOMPARE(imageFailures.first().at(0).toString(), QStringLiteral("second.png"));
        QTRY_COMPARE(serviceFailures.count(), 1);
    }

    void invalidDataRejected()
    {
        QSignalSpy imageFailures(m_publisher.get(), &AvatarPublisher::actionFailed);

        m_publisher->publishData(QStringLiteral("broken.png"), QStringLiteral("%%% not base64 %%%"));
        QCOMPARE(imageFailures.count(), 1);
        QVERIFY(imageFailures.last().at(1).toString().contains(QStringLiteral("broken.png")));

        m_publisher->publishData(QStringLiteral("notes.txt"), QString::fromLatin1(QByteArrayLiteral("just some text").toBase64()));
        QTRY_COMPARE(imageFailures.count(), 2);
        QCOMPARE(imageFailures.last().at(0).toString(), QStringLiteral("notes.txt"));

        const QString tooLong((AvatarImageProcessor::MaxInputBytes * 4) / 3 + 8, QLatin1Char('A'));
        m_publisher->publishData(QStringLiteral("huge.png"), tooLong);
        QCOMPARE(imageFailures.count(), 3);
    }

    void fileChecksBeforeReading()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSignalSpy imageFailures(m_publisher.get(), &AvatarPublisher::actionFailed);

        m_publisher->publishFile(QUrl::fromLocalFile(folder.filePath(QStringLiteral("missing.png"))));
        QCOMPARE(imageFailures.count(), 1);
        QCOMPARE(imageFailures.last().at(0).toString(), QStringLiteral("missing.png"));

        // A sparse file one byte over the limit.
        QFile large(folder.filePath(QStringLiteral("large.png")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(AvatarImageProcessor::MaxInputBytes + 1));
        large.close();
        m_publisher->publishFile(QUrl::fromLocalFile(large.fileName()));
        QCOMPARE(imageFailures.count(), 2);
        QVERIFY(!m_publisher->isBusy());

        m_publisher->publishFile(QUrl(QStringLiteral("https://example.org/me.png")));
        QCOMPARE(imageFailures.count(), 3);
    }

    void validFileReachesService()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile file(folder.filePath(QStringLiteral("me.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngData());
        file.close();
        QSignalSpy imageFailures(m_publisher.get(), &AvatarPublisher::actionFailed);
        QSignalSpy serviceFailures(m_service.get(), &AvatarService::actionFailed);

        m_publisher->publishFile(QUrl::fromLocalFile(file.fileName()));

        QTRY_COMPARE(serviceFailures.count(), 1);
        QCOMPARE(imageFailures.count(), 0);
    }

private:
    static QByteArray pngData()
    {
        QImage image(300, 300, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return data;
    }

    std::unique_ptr<ContactsModel> m_contacts;
    std::unique_ptr<AvatarService> m_service;
    std::unique_ptr<AvatarPublisher> m_publisher;
};

QTEST_GUILESS_MAIN(AvatarPublisherTest)
#include "AvatarPublisherTest.moc"
