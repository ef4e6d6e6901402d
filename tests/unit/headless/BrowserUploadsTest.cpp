// BrowserUploads as the linker uses it, with a stand-in for the account's file transfers.

#include "BrowserUploads.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <sys/stat.h>

namespace {

constexpr quint64 Tab = 3;
constexpr quint64 OtherTab = 4;

QJsonObject request(const QString &method, const QJsonArray &args, int id = 1)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("invoke")},
        {QStringLiteral("object"), QStringLiteral("uploads")},
        {QStringLiteral("method"), method},
        {QStringLiteral("args"), args},
        {QStringLiteral("id"), id},
    };
}

QJsonObject begin(const QString &key, qint64 size, const QString &fileName = QStringLiteral("photo.png"))
{
    return request(QStringLiteral("begin"), {key, QStringLiteral("bob@example.org"), fileName, double(size)});
}

QJsonObject append(const QString &key, const QByteArray &data)
{
    return request(QStringLiteral("append"), {key, QString::fromLatin1(data.toBase64())});
}

QJsonObject finish(const QString &key)
{
    return request(QStringLiteral("finish"), {key});
}

QString errorOf(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("ok")).toBool() ? QStringLiteral("ok") : reply.value(QStringLiteral("error")).toString();
}

/// Returns the access bits of \a path, such as 0700, or -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
}

/// Files below \a folder, recursively, by path relative to it.
QStringList filesIn(const QString &folder)
{
    QStringList files;
    const QDir root(folder);
    const QFileInfoList entries = root.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir()) {
            const QStringList inner = filesIn(entry.filePath());
            for (const QString &file : inner) {
                files.append(entry.fileName() + QLatin1Char('/') + file);
            }
        } else {
            files.append(entry.fileName());
        }
    }
    return files;
}

/// The account's side: records the files sent and replies as configured.
struct FakeSender {
    bool available = true;
    qint64 maxFileSize = 1000;
    int nextTransferId = 7;
    QString rejection;
    QStringList sentJids;
    /// Paths given to uploadFile(), which sends no message.
    QStringList uploadedPaths;
    QStringList sentPaths;
    QByteArrayList sentContents;
    /// Called during sendFile(), for example to end the transfer at once.
    std::function<void(int transferId)> duringSend;

    BrowserUploads::FileSender sender()
    {
        BrowserUploads::FileSender sender;
        sender.isServiceAvailable = [this] {
            return available;
        };
        sender.maxFileSize = [this] {
            return maxFileSize;
        };
        sender.sendFile = [this](const QString &jid, const QString &path, QString *error) {
            sentJids.append(jid);
            sentPaths.append(path);
            QFile file(path);
            sentContents.append(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
            if (!rejection.isEmpty()) {
                *error = rejection;
                return 0;
            }
            const int transferId = nextTransferId++;
            if (duringSend) {
                duringSend(transferId);
            }
            return transferId;
        };
        sender.uploadFile = [this](const QString &path, QString *error) {
            uploadedPaths.append(path);
            if (!rejection.isEmpty()) {
                *error = rejection;
                return 0;
            }
            return nextTransferId++;
        };
        return sender;
    }
};

} // namespace

class BrowserUploadsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksAreJoinedAndSent()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        QVERIFY(!uploads.folder().isEmpty());
        QCOMPARE(modeOf(uploads.folder()), 0700);

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 10))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "0123"))), QStringLiteral("ok"));
        QCOMPARE(uploads.unfinishedCount(Tab), 1);
        const QStringList files = filesIn(uploads.folder());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.constFirst().endsWith(QStringLiteral("/photo.png")), qPrintable(files.constFirst()));
        const QFileInfo stored(uploads.folder() + QLatin1Char('/') + files.constFirst());
        QCOMPARE(modeOf(stored.filePath()), 0600);
        QCOMPARE(modeOf(stored.path()), 0700);

        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "456789"))), QStringLiteral("ok"));
        const QJsonObject finished = uploads.handle(Tab, finish(QStringLiteral("a")));
        QCOMPARE(errorOf(finished), QStringLiteral("ok"));
        QCOMPARE(finished.value(QStringLiteral("transferId")).toInt(), 7);
        QCOMPARE(account.sentJids, QStringList{QStringLiteral("bob@example.org")});
        QCOMPARE(account.sentContents, QByteArrayList{"0123456789"});
        QCOMPARE(QFileInfo(account.sentPaths.constFirst()).fileName(), QStringLiteral("photo.png"));
        QCOMPARE(uploads.unfinishedCount(Tab), 0);

        // The file stays while its transfer runs, and goes when the transfer ends.
        QVERIFY(QFile::exists(account.sentPaths.constFirst()));
        QCOMPARE(uploads.sendingCount(), 1);
        uploads.handleTransferFinished(99);
        QVERIFY(QFile::exists(account.sentPaths.constFirst()));
        uploads.handleTransferFinished(7);
        QVERIFY(!QFile::exists(account.sentPaths.constFirst()));
        QCOMPARE(filesIn(uploads.folder()), QStringList());
        QCOMPARE(uploads.sendingCount(), 0);
    }

    void emptyAddressUploadsWithoutMessage()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());

        const QJsonObject started = uploads.handle(Tab, request(QStringLiteral("begin"), {QStringLiteral("a"), QString(), QStringLiteral("card.png"), 4}));
        QCOMPARE(errorOf(started), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "1234"))), QStringLiteral("ok"));
        const QJsonObject finished = uploads.handle(Tab, finish(QStringLiteral("a")));
        QCOMPARE(errorOf(finished), QStringLiteral("ok"));
        QCOMPARE(finished.value(QStringLiteral("transferId")).toInt(), 7);
        QCOMPARE(account.sentJids, QStringList());
        QCOMPARE(account.uploadedPaths.size(), 1);
        QCOMPARE(QFileInfo(account.uploadedPaths.constFirst()).fileName(), QStringLiteral("card.png"));

        // The file stays until the transfer ends, as for a file sent in a chat.
        QVERIFY(QFile::exists(account.uploadedPaths.constFirst()));
        uploads.handleTransferFinished(7);
        QVERIFY(!QFile::exists(account.uploadedPaths.constFirst()));
    }

    void rejectedUploadWithoutMessageReported()
    {
        FakeSender account;
        account.rejection = QStringLiteral("You are offline.");
        BrowserUploads uploads(account.sender());

        QCOMPARE(errorOf(uploads.handle(Tab, request(QStringLiteral("begin"), {QStringLiteral("a"), QString(), QStringLiteral("card.png"), 2}))),
                 QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "12"))), QStringLiteral("ok"));
        const QJsonObject finished = uploads.handle(Tab, finish(QStringLiteral("a")));
        QCOMPARE(errorOf(finished), QStringLiteral("sendFailed"));
        QCOMPARE(finished.value(QStringLiteral("message")).toString(), QStringLiteral("You are offline."));
        QCOMPARE(filesIn(uploads.folder()), QStringList());
    }

    void folderGoesWithObject()
    {
        FakeSender account;
        QString folder;
        {
            BrowserUploads uploads(account.sender());
            folder = uploads.folder();
            QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 10))), QStringLiteral("ok"));
            QVERIFY(QFileInfo::exists(folder));
        }
        QVERIFY(!QFileInfo::exists(folder));
    }

    void sizeAboveServerLimitRejected()
    {
        FakeSender account;
        account.maxFileSize = 1000;
        BrowserUploads uploads(account.sender());

        const QJsonObject reply = uploads.handle(Tab, begin(QStringLiteral("a"), 1001));
        QCOMPARE(errorOf(reply), QStringLiteral("fileTooLarge"));
        // The message states the limit, so the user knows what fits.
        const QString limit = QLocale().formattedDataSize(1000, 1, QLocale::DataSizeTraditionalFormat);
        QVERIFY2(reply.value(QStringLiteral("message")).toString().contains(limit), qPrintable(reply.value(QStringLiteral("message")).toString()));
        QCOMPARE(uploads.unfinishedCount(Tab), 0);
        QCOMPARE(filesIn(uploads.folder()), QStringList());

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("b"), 1000))), QStringLiteral("ok"));
    }

    void sizeWithoutServerLimitCapped()
    {
        FakeSender account;
        account.maxFileSize = 0;
        BrowserUploads uploads(account.sender());

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), BrowserUploads::MaxBytesWithoutServerLimit + 1))), QStringLiteral("fileTooLarge"));
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("b"), BrowserUploads::MaxBytesWithoutServerLimit))), QStringLiteral("ok"));
    }

    void uploadWithoutServiceRejected()
    {
        FakeSender account;
        account.available = false;
        BrowserUploads uploads(account.sender());

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 10))), QStringLiteral("uploadUnavailable"));
    }

    void invalidRequestsRejected_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown method") << request(QStringLiteral("upload"), {QStringLiteral("a")}) << QStringLiteral("unknownMethod");
        QTest::newRow("missing size") << request(QStringLiteral("begin"), {QStringLiteral("a"), QStringLiteral("bob@example.org"), QStringLiteral("a.png")})
                                      << QStringLiteral("wrongArgumentCount");
        QTest::newRow("size with a fraction") << request(QStringLiteral("begin"), {QStringLiteral("a"), QStringLiteral("bob@example.org"), QStringLiteral("a.png"), 1.5})
                                              << QStringLiteral("invalidArgument");
        QTest::newRow("size as a string") << request(QStringLiteral("begin"), {QStringLiteral("a"), QStringLiteral("bob@example.org"), QStringLiteral("a.png"), QStringLiteral("10")})
                                          << QStringLiteral("invalidArgument");
        QTest::newRow("empty file") << begin(QStringLiteral("a"), 0) << QStringLiteral("invalidArgument");
        QTest::newRow("invalid address") << request(QStringLiteral("begin"), {QStringLiteral("a"), QStringLiteral("not an address"), QStringLiteral("a.png"), 10})
                                         << QStringLiteral("invalidArgument");
        QTest::newRow("empty key") << begin(QString(), 10) << QStringLiteral("invalidArgument");
        QTest::newRow("long key") << begin(QString(BrowserUploads::MaxKeyLength + 1, QLatin1Char('k')), 10) << QStringLiteral("invalidArgument");
        QTest::newRow("append to an unknown upload") << append(QStringLiteral("z"), "data") << QStringLiteral("unknownUpload");
        QTest::newRow("finish an unknown upload") << finish(QStringLiteral("z")) << QStringLiteral("unknownUpload");
        QTest::newRow("arguments not an array") << QJsonObject{{QStringLiteral("object"), QStringLiteral("uploads")},
                                                               {QStringLiteral("method"), QStringLiteral("finish")},
                                                               {QStringLiteral("args"), QStringLiteral("a")}}
                                                << QStringLiteral("invalidRequest");
    }

    void invalidRequestsRejected()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, error);
        FakeSender account;
        BrowserUploads uploads(account.sender());

        const QJsonObject reply = uploads.handle(Tab, request);
        QCOMPARE(errorOf(reply), error);
        QVERIFY(!reply.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(uploads.unfinishedCount(Tab), 0);
        QCOMPARE(filesIn(uploads.folder()), QStringList());
    }

    void chunkBeyondSizeDropsUpload()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "012"))), QStringLiteral("ok"));

        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "345"))), QStringLiteral("sizeExceeded"));
        QCOMPARE(uploads.unfinishedCount(Tab), 0);
        QCOMPARE(filesIn(uploads.folder()), QStringList());
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "3"))), QStringLiteral("unknownUpload"));
        QVERIFY(account.sentPaths.isEmpty());
    }

    void invalidChunksRejected_data()
    {
        QTest::addColumn<QString>("base64");

        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << QStringLiteral("not base64!");
        QTest::newRow("too large") << QString::fromLatin1(QByteArray(BrowserUploads::MaxChunkBytes + 1, 'x').toBase64());
    }

    void invalidChunksRejected()
    {
        QFETCH(QString, base64);
        FakeSender account;
        account.maxFileSize = 0;
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 100000))), QStringLiteral("ok"));

        QCOMPARE(errorOf(uploads.handle(Tab, request(QStringLiteral("append"), {QStringLiteral("a"), base64}))), QStringLiteral("invalidArgument"));
        // The upload goes on with valid chunks.
        QCOMPARE(uploads.unfinishedCount(Tab), 1);
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), QByteArray(BrowserUploads::MaxChunkBytes, 'y')))), QStringLiteral("ok"));
    }

    void incompleteUploadNotSent()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "012"))), QStringLiteral("ok"));

        QCOMPARE(errorOf(uploads.handle(Tab, finish(QStringLiteral("a")))), QStringLiteral("incompleteUpload"));
        QVERIFY(account.sentPaths.isEmpty());
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "34"))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, finish(QStringLiteral("a")))), QStringLiteral("ok"));
        QCOMPARE(account.sentContents, QByteArrayList{"01234"});
    }

    void cancelDeletesFile()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "012"))), QStringLiteral("ok"));
        QCOMPARE(filesIn(uploads.folder()).size(), 1);

        QCOMPARE(errorOf(uploads.handle(Tab, request(QStringLiteral("cancel"), {QStringLiteral("a")}))), QStringLiteral("ok"));
        QCOMPARE(uploads.unfinishedCount(Tab), 0);
        QCOMPARE(filesIn(uploads.folder()), QStringList());
        // Cancelling again, as a page may after a failed chunk, is no error.
        QCOMPARE(errorOf(uploads.handle(Tab, request(QStringLiteral("cancel"), {QStringLiteral("a")}))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, finish(QStringLiteral("a")))), QStringLiteral("unknownUpload"));
    }

    void closedTabUploadsDropped()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("b"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(OtherTab, begin(QStringLiteral("a"), 5))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(OtherTab, append(QStringLiteral("a"), "01234"))), QStringLiteral("ok"));
        QCOMPARE(filesIn(uploads.folder()).size(), 3);

        uploads.dropTab(Tab);

        QCOMPARE(uploads.unfinishedCount(Tab), 0);
        QCOMPARE(uploads.unfinishedCount(OtherTab), 1);
        QCOMPARE(filesIn(uploads.folder()).size(), 1);
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "0"))), QStringLiteral("unknownUpload"));
        // The other tab's upload with the same key goes on.
        QCOMPARE(errorOf(uploads.handle(OtherTab, finish(QStringLiteral("a")))), QStringLiteral("ok"));
        QCOMPARE(account.sentContents, QByteArrayList{"01234"});
    }

    void uploadsPerTabCapped()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        for (int i = 0; i < BrowserUploads::MaxUploadsPerTab; ++i) {
            QCOMPARE(errorOf(uploads.handle(Tab, begin(QString::number(i), 5))), QStringLiteral("ok"));
        }

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("extra"), 5))), QStringLiteral("tooManyUploads"));
        QCOMPARE(errorOf(uploads.handle(OtherTab, begin(QStringLiteral("extra"), 5))), QStringLiteral("ok"));
        // A key that runs already is rejected, not replaced.
        QCOMPARE(errorOf(uploads.handle(OtherTab, begin(QStringLiteral("extra"), 5))), QStringLiteral("invalidArgument"));
    }

    void rejectedFileDeleted()
    {
        FakeSender account;
        account.rejection = QStringLiteral("You are offline. Send photo.png once Salon is connected again.");
        BrowserUploads uploads(account.sender());
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 3))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "012"))), QStringLiteral("ok"));

        const QJsonObject reply = uploads.handle(Tab, finish(QStringLiteral("a")));
        QCOMPARE(errorOf(reply), QStringLiteral("sendFailed"));
        QCOMPARE(reply.value(QStringLiteral("message")).toString(), account.rejection);
        QCOMPARE(filesIn(uploads.folder()), QStringList());
    }

    void transferEndedDuringSendDeletesFile()
    {
        FakeSender account;
        BrowserUploads uploads(account.sender());
        account.duringSend = [&uploads](int transferId) {
            uploads.handleTransferFinished(transferId);
        };
        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 3))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "012"))), QStringLiteral("ok"));

        QCOMPARE(errorOf(uploads.handle(Tab, finish(QStringLiteral("a")))), QStringLiteral("ok"));
        QCOMPARE(uploads.sendingCount(), 0);
        QCOMPARE(filesIn(uploads.folder()), QStringList());
    }

    void fileNamesStayInFolder_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("stored");

        QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral(".._.._etc_passwd");
        QTest::newRow("backslashes") << QStringLiteral("..\\secret.txt") << QStringLiteral(".._secret.txt");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("file");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("file");
        QTest::newRow("control characters") << QStringLiteral("a\nb\x07.png") << QStringLiteral("a_b_.png");
        QTest::newRow("long name keeps its extension") << QString(300, QLatin1Char('n')) + QStringLiteral(".jpeg")
                                                       << QString(100, QLatin1Char('n')) + QString(95, QLatin1Char('n')) + QStringLiteral(".jpeg");
    }

    void fileNamesStayInFolder()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, stored);
        FakeSender account;
        BrowserUploads uploads(account.sender());

        QCOMPARE(errorOf(uploads.handle(Tab, begin(QStringLiteral("a"), 1, fileName))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, append(QStringLiteral("a"), "x"))), QStringLiteral("ok"));
        QCOMPARE(errorOf(uploads.handle(Tab, finish(QStringLiteral("a")))), QStringLiteral("ok"));
        const QFileInfo sent(account.sentPaths.constFirst());
        QCOMPARE(sent.fileName(), stored);
        QCOMPARE(QFileInfo(sent.path()).path(), uploads.folder());
    }
};

QTEST_GUILESS_MAIN(BrowserUploadsTest)
#include "BrowserUploadsTest.moc"
