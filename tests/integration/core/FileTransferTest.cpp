#include "Account.h"
#include "ChatService.h"
#include "FileTransferService.h"
#include "MessagesModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestPngImages.h"
#include "TestXmppServer.h"
#include "ThumbnailMaker.h"
#include "TransfersModel.h"
#include "UploadServiceExtension.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Largest upload that the test server accepts: 1 MiB, so that a too-large file stays small.
constexpr qint64 UploadLimit = 1024 * 1024;
// Bytes that alice may upload per day. The last test function uses up what the others leave.
constexpr qint64 UploadDailyQuota = 3 * UploadLimit;
// Uploads and messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 15000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QString roleText(const QAbstractItemModel *model, int row, int role)
{
    return model->data(model->index(row, 0), role).toString();
}

bool withOutOfBandData(const QJsonObject &event)
{
    return !event.value(QStringLiteral("oobUrl")).toString().isEmpty();
}

// Returns the last row whose role has the text value, or -1. Tests find rows this way because
// messages of earlier test functions may still arrive.
int rowWhere(const QAbstractItemModel *model, int role, const QString &value)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (roleText(model, row, role) == value) {
            return row;
        }
    }
    return -1;
}

// Returns a PNG of width × height pixels with a colour gradient, so that it does not compress to nothing.
QByteArray pngImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
        }
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

QByteArray httpGet(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, TimeoutMs)) {
        return {};
    }
    const QByteArray data = reply->readAll();
    delete reply;
    return data;
}

} // namespace

// Files in 1:1 chats: the upload service of the real Prosody (mod_http_file_share on upload.localhost),
// uploads, downloads and thumbnails, with a slixmpp peer on the other side.
class FileTransferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_server.setUploadSizeLimit(UploadLimit);
        m_server.setUploadDailyQuota(UploadDailyQuota);
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + m_folder.filePath(name + QStringLiteral(".sqlite")));
        m_database->open();
        m_testFolder = m_folder.filePath(name);
        QVERIFY(QDir().mkpath(m_testFolder));
    }

    void cleanup()
    {
        m_database.reset();
    }

    void uploadServiceFoundWithLimit()
    {
        auto alice = signedIn();
        QVERIFY(alice);
        UploadServiceExtension *service = alice->uploadService();
        QTRY_VERIFY_WITH_TIMEOUT(service->isAvailable(), TimeoutMs);
        QCOMPARE(service->serviceJid(), m_server.uploadDomain());
        QCOMPARE(service->maxFileSize(), UploadLimit);
        QCOMPARE(alice->files()->uploadService(), service);
    }

    void imageUploadReachesPeer()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester conversationTester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(files, &FileTransferService::actionFailed);
        QSignalSpy progress(files->transfers(), &QAbstractItemModel::dataChanged);
        // The end of the transfer frees its file, so the thumbnail, made from the file, comes first.
        QStringList order;
        connect(files, &FileTransferService::thumbnailReady, this, [&order] {
            order.append(QStringLiteral("thumbnail"));
        });
        connect(files, &FileTransferService::transferFinished, this, [&order] {
            order.append(QStringLiteral("finished"));
        });

        const QByteArray image = pngImage(640, 480);
        const QString path = writeFile(QStringLiteral("holiday photo.png"), image);
        const int transferId = files->sendFile(QStringLiteral("Bob@localhost"), QUrl::fromLocalFile(path));
        QVERIFY(transferId > 0);
        QCOMPARE(files->transfers()->rowCount(), 1);
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("uploading"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::FileNameRole), QStringLiteral("holiday photo.png"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::PeerRole), BobJid);

        QTRY_COMPARE_WITH_TIMEOUT(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("done"), TimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.isEmpty() ? QString() : failures.constFirst().at(1).toString()));
        QCOMPARE(files->transfers()->data(files->transfers()->index(0, 0), TransfersModel::BytesDoneRole).toLongLong(), qint64(image.size()));
        QCOMPARE(files->transfers()->data(files->transfers()->index(0, 0), TransfersModel::BytesTotalRole).toLongLong(), qint64(image.size()));
        QVERIFY(!progress.isEmpty());

        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), withOutOfBandData, TimeoutMs);
        QVERIFY(!received.isEmpty());
        const QString url = received.value(QStringLiteral("body")).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.httpPort())), qPrintable(url));
        QCOMPARE(received.value(QStringLiteral("oobUrl")).toString(), url);
        QCOMPARE(httpGet(url), image);

        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::AttachmentUrlRole, url) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::AttachmentUrlRole, url);
        QCOMPARE(roleText(conversation, row, MessagesModel::DirectionRole), QStringLiteral("out"));
        QCOMPARE(roleText(conversation, row, MessagesModel::OriginIdRole), received.value(QStringLiteral("id")).toString());
        QCOMPARE(roleText(conversation, row, MessagesModel::BodyRole), url);
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentNameRole), QStringLiteral("holiday photo.png"));
        // The sender's own copy of the image makes the thumbnail of the sent message.
        QTRY_VERIFY_WITH_TIMEOUT(!roleText(conversation, row, MessagesModel::ThumbnailPathRole).isEmpty(), TimeoutMs);
        const QImage thumbnail(roleText(conversation, row, MessagesModel::ThumbnailPathRole));
        QCOMPARE(thumbnail.size(), QSize(320, 240));
        QTRY_COMPARE_WITH_TIMEOUT(order, (QStringList{QStringLiteral("thumbnail"), QStringLiteral("finished")}), TimeoutMs);
    }

    void tooLargeFileRejectedBeforeRequest()
    {
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QSignalSpy failures(files, &FileTransferService::actionFailed);

        const QString path = writeFile(QStringLiteral("movie.mp4"), QByteArray(int(2 * UploadLimit), 'x'));
        QCOMPARE(files->sendFile(BobJid, QUrl::fromLocalFile(path)), 0);

        // Rejected at once, so no slot was requested and no transfer started.
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.constFirst().at(0).toString(), BobJid);
        QCOMPARE(failures.constFirst().at(1).toString(), QStringLiteral("The file movie.mp4 is 2 MB, more than the 1 MB that your server accepts."));
        QCOMPARE(files->transfers()->rowCount(), 0);
    }

    void unusableFilesRejected()
    {
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QSignalSpy failures(files, &FileTransferService::actionFailed);

        QCOMPARE(files->sendFile(BobJid, QUrl::fromLocalFile(m_testFolder + QStringLiteral("/missing.txt"))), 0);
        QCOMPARE(files->sendFile(BobJid, QUrl::fromLocalFile(writeFile(QStringLiteral("empty.txt"), {}))), 0);
        QCOMPARE(files->sendFile(QStringLiteral("not an address"), QUrl::fromLocalFile(writeFile(QStringLiteral("note.txt"), "note"))), 0);
        QCOMPARE(files->sendFile(BobJid, QUrl(QStringLiteral("https://example.org/file.txt"))), 0);

        QCOMPARE(failures.count(), 4);
        QVERIFY(failures.at(0).at(1).toString().contains(QStringLiteral("could not read the file missing.txt")));
        QVERIFY(failures.at(1).at(1).toString().contains(QStringLiteral("empty.txt is empty")));
        QVERIFY(failures.at(2).at(1).toString().contains(QStringLiteral("not a valid chat address")));
        QVERIFY(failures.at(3).at(1).toString().contains(QStringLiteral("file on this computer")));
        QCOMPARE(files->transfers()->rowCount(), 0);
    }

    void cancelledUploadSendsNothing()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int transferId = files->sendFile(BobJid, QUrl::fromLocalFile(writeFile(QStringLiteral("draft.txt"), "not yet")));
        QVERIFY(transferId > 0);
        files->cancel(transferId);
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("cancelled"));

        // A message that alice sends afterwards is the first one bob receives.
        alice->chats()->sendMessage(BobJid, QStringLiteral("Never mind"));
        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), TimeoutMs);
        QCOMPARE(received.value(QStringLiteral("body")).toString(), QStringLiteral("Never mind"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("cancelled"));
    }

    void receivedImageDownloadedWithThumbnail()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The image goes up through the real upload service, then bob shares its URL back.
        const QByteArray image = pngImage(1000, 500);
        const QString url = uploadThroughAlice(alice.get(), bob, QStringLiteral("sunset.png"), image);
        QVERIFY(!url.isEmpty());
        files->setThumbnailMaker(&ThumbnailMaker::makeForService);
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), oobMessage(url, QStringLiteral("bob-image-1"))}}));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester conversationTester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-image-1")) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-image-1"));
        QCOMPARE(roleText(conversation, row, MessagesModel::DirectionRole), QStringLiteral("in"));
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentUrlRole), url);
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentNameRole), QStringLiteral("sunset.png"));
        QCOMPARE(roleText(conversation, row, MessagesModel::ThumbnailPathRole), QString());

        QSignalSpy progress(files->transfers(), &QAbstractItemModel::dataChanged);
        const qint64 messageId = conversation->data(conversation->index(row, 0), MessagesModel::MessageIdRole).toLongLong();
        files->downloadAttachment(messageId);
        QTRY_COMPARE_WITH_TIMEOUT(files->transfers()->rowCount(), 2, TimeoutMs);
        const int transferRow = 1;
        QCOMPARE(files->transfers()->data(files->transfers()->index(transferRow, 0), TransfersModel::MessageIdRole).toLongLong(), messageId);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(files->transfers(), transferRow, TransfersModel::StateRole), QStringLiteral("done"), TimeoutMs);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(files->transfers()->data(files->transfers()->index(transferRow, 0), TransfersModel::BytesDoneRole).toLongLong(), qint64(image.size()));
        const QString downloaded = roleText(files->transfers(), transferRow, TransfersModel::LocalPathRole);
        QCOMPARE(downloaded, QDir(files->downloadFolder()).filePath(QStringLiteral("sunset.png")));
        QFile file(downloaded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), image);

        QTRY_VERIFY_WITH_TIMEOUT(!roleText(conversation, row, MessagesModel::ThumbnailPathRole).isEmpty(), TimeoutMs);
        const QString thumbnailPath = roleText(conversation, row, MessagesModel::ThumbnailPathRole);
        QVERIFY(thumbnailPath.startsWith(files->cacheFolder()));
        QCOMPARE(QImage(thumbnailPath).size(), QSize(320, 160));

        // A second download never replaces the first file.
        files->downloadAttachment(messageId);
        QTRY_COMPARE_WITH_TIMEOUT(files->transfers()->rowCount(), 3, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(files->transfers(), 2, TransfersModel::StateRole), QStringLiteral("done"), TimeoutMs);
        QCOMPARE(roleText(files->transfers(), 2, TransfersModel::LocalPathRole), QDir(files->downloadFolder()).filePath(QStringLiteral("sunset (1).png")));
    }

    void typeFromHeadRequest()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        // Without an extension, only the Content-Type that the upload service stored gives the type.
        const QString url = uploadThroughAlice(alice.get(), bob, QStringLiteral("picture"), pngImage(50, 50));
        QVERIFY(!url.isEmpty());
        QSignalSpy probed(alice->files(), &FileTransferService::typeProbed);
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), oobMessage(url, QStringLiteral("bob-picture-1"))}}));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester conversationTester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-picture-1")) >= 0, TimeoutMs);
        // The stored page appears once the archive has responded whether it has older messages.
        QTRY_VERIFY_WITH_TIMEOUT(!conversation->isLoading(), TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-picture-1"));
        const int ownRow = rowWhere(conversation, MessagesModel::DirectionRole, QStringLiteral("out"));
        QVERIFY(ownRow >= 0);
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentNameRole), QStringLiteral("picture"));
        QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, TimeoutMs);
        QCOMPARE(probed.constFirst().at(1).toString(), QStringLiteral("image"));
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        // The probed type holds for every row that shares the URL, such as the sender's own.
        QCOMPARE(roleText(conversation, ownRow, MessagesModel::AttachmentUrlRole), url);
        QCOMPARE(roleText(conversation, ownRow, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
    }

    void hostileImageRejectedWithoutDecoding()
    {
        // The header alone claims 100,000 × 100,000 pixels, 40 GB decoded.
        const QByteArray bomb = pngHeaderClaiming(100000, 100000);
        const QString bombPath = writeFile(QStringLiteral("bomb.png"), bomb);
        const ThumbnailMaker::Result direct = ThumbnailMaker::make(bombPath, m_testFolder + QStringLiteral("/direct"));
        QCOMPARE(direct.error, ThumbnailMaker::Error::TooManyPixels);
        QCOMPARE(direct.sourceSize, QSize(100000, 100000));
        QVERIFY(direct.path.isEmpty());

        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        const QString url = uploadThroughAlice(alice.get(), bob, QStringLiteral("bomb.png"), bomb);
        QVERIFY(!url.isEmpty());
        files->setThumbnailMaker(&ThumbnailMaker::makeForService);
        QSignalSpy thumbnailFailures(files, &FileTransferService::thumbnailFailed);
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), oobMessage(url, QStringLiteral("bob-bomb-1"))}}));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-bomb-1")) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-bomb-1"));
        files->downloadAttachment(conversation->data(conversation->index(row, 0), MessagesModel::MessageIdRole).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailFailures.count(), 1, TimeoutMs);
        QCOMPARE(thumbnailFailures.constFirst().at(0).toString(), url);
        QVERIFY(thumbnailFailures.constFirst().at(1).toString().contains(QStringLiteral("larger than 8192 pixels")));
        QCOMPARE(roleText(conversation, row, MessagesModel::ThumbnailPathRole), QString());
        QVERIFY(QDir(files->cacheFolder()).entryList(QDir::Files).isEmpty());
    }

    void largeDownloadNeedsConfirmation()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray data(20 * 1024, 'a');
        const QString url = uploadThroughAlice(alice.get(), bob, QStringLiteral("notes.txt"), data);
        QVERIFY(!url.isEmpty());
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), oobMessage(url, QStringLiteral("bob-notes-1"))}}));
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-notes-1")) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-notes-1"));
        const qint64 messageId = conversation->data(conversation->index(row, 0), MessagesModel::MessageIdRole).toLongLong();
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentTypeRole), QStringLiteral("file"));

        files->setMaxDownloadSize(10 * 1024);
        QSignalSpy failures(files, &FileTransferService::actionFailed);
        files->downloadAttachment(messageId);
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(failures.constFirst().at(1).toString(), QStringLiteral("The file notes.txt is larger than 10 KB. Download it anyway if you want it."));
        QCOMPARE(roleText(files->transfers(), 1, TransfersModel::StateRole), QStringLiteral("failed"));
        QVERIFY(!QFile::exists(roleText(files->transfers(), 1, TransfersModel::LocalPathRole)));

        // Once the user confirms, the same file downloads.
        files->downloadAttachment(messageId, true);
        QTRY_COMPARE_WITH_TIMEOUT(files->transfers()->rowCount(), 3, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(files->transfers(), 2, TransfersModel::StateRole), QStringLiteral("done"), TimeoutMs);
        QFile file(roleText(files->transfers(), 2, TransfersModel::LocalPathRole));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QCOMPARE(failures.count(), 1);
    }

    void missingFileDownloadFails()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString url = QStringLiteral("http://127.0.0.1:%1/file_share/no-such-slot/gone.png").arg(m_server.httpPort());
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), oobMessage(url, QStringLiteral("bob-gone-1"))}}));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-gone-1")) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-gone-1"));
        QSignalSpy failures(files, &FileTransferService::actionFailed);
        files->downloadAttachment(conversation->data(conversation->index(row, 0), MessagesModel::MessageIdRole).toLongLong());

        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(failures.constFirst().at(0).toString(), BobJid);
        QCOMPARE(failures.constFirst().at(1).toString(), QStringLiteral("The download of gone.png failed: the server 127.0.0.1 replied with HTTP status 404."));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("failed"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::ErrorRole), failures.constFirst().at(1).toString());
        // The partial file is removed, so the folder stays as it was.
        QVERIFY(!QFile::exists(roleText(files->transfers(), 0, TransfersModel::LocalPathRole)));
    }

    void attachmentWithoutHttpUrlNotDownloaded()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        const QString xml = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='bob-file-1'><body>file:///etc/passwd</body>"
                                           "<x xmlns='jabber:x:oob'><url>file:///etc/passwd</url></x></message>")
                                .arg(AliceJid);
        QVERIFY(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}}));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-file-1")) >= 0, TimeoutMs);
        const int row = rowWhere(conversation, MessagesModel::OriginIdRole, QStringLiteral("bob-file-1"));
        QCOMPARE(roleText(conversation, row, MessagesModel::AttachmentUrlRole), QString());
        QSignalSpy failures(alice->files(), &FileTransferService::actionFailed);
        alice->files()->downloadAttachment(conversation->data(conversation->index(row, 0), MessagesModel::MessageIdRole).toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(alice->files()->transfers()->rowCount(), 0);
    }

    // Runs last, because it uses up alice's daily upload quota.
    void uploadWithoutMessage()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy uploaded(files, &FileTransferService::uploaded);
        QSignalSpy uploadFailures(files, &FileTransferService::uploadFailed);
        QSignalSpy chatFailures(files, &FileTransferService::actionFailed);

        const QByteArray image = pngImage(64, 48);
        const int transferId = files->uploadFile(QUrl::fromLocalFile(writeFile(QStringLiteral("post image.png"), image)));
        QVERIFY(transferId > 0);
        QCOMPARE(files->transfers()->rowCount(), 1);
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("uploading"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::PeerRole), QString());
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::MimeTypeRole), QStringLiteral("image/png"));

        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, TimeoutMs);
        QVERIFY(uploadFailures.isEmpty());
        QVERIFY(chatFailures.isEmpty());
        const QList<QVariant> result = uploaded.constFirst();
        QCOMPARE(result.at(0).toInt(), transferId);
        const QString url = result.at(1).toString();
        // Prosody's upload component serves files from its HTTP port on the loopback address.
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QVERIFY2(url.endsWith(QStringLiteral("/post%20image.png")), qPrintable(url));
        QCOMPARE(result.at(2).toString(), QStringLiteral("image/png"));
        QCOMPARE(result.at(3).toLongLong(), qint64(image.size()));
        QCOMPARE(result.at(4).toString(), QStringLiteral("post image.png"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("done"));
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::UrlRole), url);
        QCOMPARE(httpGet(url), image);

        // No message goes out: the first one bob receives is the one alice sends next.
        alice->chats()->sendMessage(BobJid, QStringLiteral("Just a post"));
        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), TimeoutMs);
        QCOMPARE(received.value(QStringLiteral("body")).toString(), QStringLiteral("Just a post"));
    }

    void uploadWithoutMessageRejectedOrCancelled()
    {
        auto alice = signedInWithUploadService();
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy uploaded(files, &FileTransferService::uploaded);
        QSignalSpy uploadFailures(files, &FileTransferService::uploadFailed);
        QSignalSpy chatFailures(files, &FileTransferService::actionFailed);

        // Rejected at once, before any slot request: too large, missing, not a local file.
        QCOMPARE(files->uploadFile(QUrl::fromLocalFile(writeFile(QStringLiteral("video.mp4"), QByteArray(int(2 * UploadLimit), 'v')))), 0);
        QCOMPARE(files->uploadFile(QUrl::fromLocalFile(m_testFolder + QStringLiteral("/missing.png"))), 0);
        QCOMPARE(files->uploadFile(QUrl(QStringLiteral("https://example.org/photo.png"))), 0);
        QCOMPARE(uploadFailures.count(), 3);
        QCOMPARE(uploadFailures.at(0).at(0).toInt(), 0);
        QCOMPARE(uploadFailures.at(0).at(1).toString(), QStringLiteral("The file video.mp4 is 2 MB, more than the 1 MB that your server accepts."));
        QVERIFY(uploadFailures.at(1).at(1).toString().contains(QStringLiteral("could not read the file missing.png")));
        QVERIFY(uploadFailures.at(2).at(1).toString().contains(QStringLiteral("file on this computer")));
        QCOMPARE(files->transfers()->rowCount(), 0);

        // Cancelled while the slot request runs: one uploadFailed() and no uploaded(), ever.
        const int transferId = files->uploadFile(QUrl::fromLocalFile(writeFile(QStringLiteral("draft.txt"), "not yet")));
        QVERIFY(transferId > 0);
        files->cancel(transferId);
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("cancelled"));
        QCOMPARE(uploadFailures.count(), 4);
        QCOMPARE(uploadFailures.at(3).at(0).toInt(), transferId);
        QCOMPARE(uploadFailures.at(3).at(1).toString(), QStringLiteral("The upload of draft.txt was cancelled."));
        // The server's slot reply arrives and is ignored.
        QTest::qWait(1000);
        QCOMPARE(uploaded.count(), 0);
        QCOMPARE(uploadFailures.count(), 4);
        QCOMPARE(roleText(files->transfers(), 0, TransfersModel::StateRole), QStringLiteral("cancelled"));
        QVERIFY(chatFailures.isEmpty());
    }

    void slotErrorShowsServerText()
    {
        auto alice = signedInWithUploadService(false);
        QVERIFY(alice);
        FileTransferService *files = alice->files();
        QAbstractItemModelTester transfersTester(files->transfers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(files, &FileTransferService::actionFailed);
        const QString path = writeFile(QStringLiteral("backup.bin"), QByteArray(int(UploadLimit - 1), 'b'));

        // Each file is under the size limit, so only the quota stops the uploads.
        for (int attempt = 0; attempt < 5 && failures.isEmpty(); ++attempt) {
            QVERIFY(files->sendFile(BobJid, QUrl::fromLocalFile(path)) > 0);
            const int row = files->transfers()->rowCount() - 1;
            QTRY_VERIFY_WITH_TIMEOUT(roleText(files->transfers(), row, TransfersModel::StateRole) != QLatin1String("uploading"), TimeoutMs);
        }

        QCOMPARE(failures.count(), 1);
        const QString expected = QStringLiteral("Your server refused the upload of backup.bin: Daily quota reached");
        QCOMPARE(failures.constFirst().at(1).toString(), expected);
        const int last = files->transfers()->rowCount() - 1;
        QVERIFY(last >= 1);
        QCOMPARE(roleText(files->transfers(), last, TransfersModel::StateRole), QStringLiteral("failed"));
        QCOMPARE(roleText(files->transfers(), last, TransfersModel::ErrorRole), expected);
        QCOMPARE(roleText(files->transfers(), last - 1, TransfersModel::StateRole), QStringLiteral("done"));
    }

private:
    std::unique_ptr<Account> signedIn()
    {
        auto account = std::make_unique<Account>();
        account->setDatabase(m_database.get());
        account->setConnectionSettings(testConnectionSettings(m_server));
        account->files()->setDownloadFolder(m_testFolder + QStringLiteral("/downloads"));
        account->files()->setCacheFolder(m_testFolder + QStringLiteral("/thumbnails"));
        account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        if (!QTest::qWaitFor([&account] { return account->state() == Account::State::Online; }, TimeoutMs)) {
            qWarning() << "alice did not come online:" << account->errorCode();
            return nullptr;
        }
        if (!waitForOwnPresence(account.get(), TimeoutMs)) {
            qWarning() << "the server did not send back the initial presence of" << account->jid();
            return nullptr;
        }
        return account;
    }

    // Signs Alice in and waits until the upload service is found. Sets the thumbnail maker when withThumbnails is true.
    std::unique_ptr<Account> signedInWithUploadService(bool withThumbnails = true)
    {
        auto account = signedIn();
        if (!account) {
            return nullptr;
        }
        if (withThumbnails) {
            account->files()->setThumbnailMaker(&ThumbnailMaker::makeForService);
        }
        if (!QTest::qWaitFor([&account] { return account->uploadService()->isAvailable(); }, TimeoutMs)) {
            qWarning() << "alice found no upload service";
            return nullptr;
        }
        return account;
    }

    // Uploads data as fileName to bob and returns the GET URL that bob received, or an empty string.
    QString uploadThroughAlice(Account *alice, TestPeer &bob, const QString &fileName, const QByteArray &data)
    {
        const int transferId = alice->files()->sendFile(BobJid, QUrl::fromLocalFile(writeFile(fileName, data)));
        if (transferId == 0) {
            return QString();
        }
        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), withOutOfBandData, TimeoutMs);
        return received.value(QStringLiteral("oobUrl")).toString();
    }

    static QString oobMessage(const QString &url, const QString &id)
    {
        return QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%3'><body>%2</body>"
                              "<x xmlns='jabber:x:oob'><url>%2</url></x></message>")
            .arg(AliceJid, url.toHtmlEscaped(), id);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = QDir(m_testFolder).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return QString();
        }
        file.write(data);
        return path;
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
    QString m_testFolder;
};

QTEST_GUILESS_MAIN(FileTransferTest)
#include "FileTransferTest.moc"
