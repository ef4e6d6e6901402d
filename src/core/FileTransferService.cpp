#include "FileTransferService.h"

#include "Attachment.h"
#include "BareJid.h"
#include "ChatService.h"
#include "UploadServiceExtension.h"
#include "salon_core_files_logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRunnable>
#include <QStandardPaths>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppHttpUploadIq.h>
#include <QXmppUploadRequestManager.h>

namespace {

// Headers that XEP-0363 allows a slot to set on the PUT request. Other headers of a slot are ignored.
const QStringList AllowedPutHeaders = {QStringLiteral("Authorization"), QStringLiteral("Cookie"), QStringLiteral("Expires")};

// Returns \a folder/\a fileName, or the first of "name (1).ext", "name (2).ext", … that does not exist.
QString freeFilePath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = dir.filePath(fileName);
    for (int number = 1; QFileInfo::exists(candidate); ++number) {
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(number).arg(suffix));
    }
    return candidate;
}

} // namespace

FileTransferService::FileTransferService(QXmppClient *client, UploadServiceExtension *uploadService, ChatService *chats, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uploadService(uploadService)
    , m_chats(chats)
    , m_uploadManager(new QXmppUploadRequestManager)
    , m_transfers(new TransfersModel(this))
    , m_downloadFolder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
    , m_cacheFolder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/thumbnails"))
{
    m_client->addExtension(m_uploadManager);
    connect(m_uploadManager, &QXmppUploadRequestManager::slotReceived, this, &FileTransferService::handleSlot);
    connect(m_uploadManager, &QXmppUploadRequestManager::requestFailed, this, &FileTransferService::handleSlotError);
    // QXmpp 1.4 does not report Prosody 0.12's error replies to slot requests through
    // requestFailed(), as FileTransferTest shows, so errors are also matched by their id.
    connect(m_client, &QXmppClient::iqReceived, this, &FileTransferService::handleIq);
    m_workers.setMaxThreadCount(1);
    m_chats->setAttachmentResolvers(
        [this](const QString &url) {
            return thumbnailPath(url);
        },
        [this](const QString &url) {
            return probedType(url);
        });
    connect(this, &FileTransferService::thumbnailReady, m_chats, &ChatService::notifyAttachmentChanged);
    connect(this, &FileTransferService::typeProbed, m_chats, &ChatService::notifyAttachmentChanged);
    connect(m_chats, &ChatService::attachmentReceived, this, [this](const QString &url) {
        if (Attachment::typeOf(url) == QLatin1String("file")) {
            probeType(url);
        }
    });
}

FileTransferService::~FileTransferService()
{
    if (m_chats) {
        m_chats->setAttachmentResolvers({}, {});
    }
    m_workers.waitForDone();
    for (const Job &job : qAsConst(m_jobs)) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
        }
    }
}

TransfersModel *FileTransferService::transfers() const
{
    return m_transfers;
}

UploadServiceExtension *FileTransferService::uploadService() const
{
    return m_uploadService;
}

QString FileTransferService::downloadFolder() const
{
    return m_downloadFolder;
}

void FileTransferService::setDownloadFolder(const QString &folder)
{
    if (folder == m_downloadFolder) {
        return;
    }
    m_downloadFolder = folder;
    Q_EMIT downloadFolderChanged();
}

QString FileTransferService::cacheFolder() const
{
    return m_cacheFolder;
}

void FileTransferService::setCacheFolder(const QString &folder)
{
    m_cacheFolder = folder;
    m_thumbnails.clear();
}

void FileTransferService::setThumbnailMaker(ThumbnailMaker maker)
{
    m_thumbnailMaker = std::move(maker);
}

QString FileTransferService::thumbnailPath(const QString &url) const
{
    if (const auto it = m_thumbnails.constFind(url); it != m_thumbnails.cend()) {
        return it.value();
    }
    const QString base = thumbnailBasePath(url);
    for (const auto &suffix : {QStringLiteral(".jpg"), QStringLiteral(".png")}) {
        if (QFileInfo::exists(base + suffix)) {
            m_thumbnails.insert(url, base + suffix);
            return base + suffix;
        }
    }
    return QString();
}

qint64 FileTransferService::maxDownloadSize() const
{
    return m_maxDownloadBytes;
}

void FileTransferService::setMaxDownloadSize(qint64 bytes)
{
    m_maxDownloadBytes = bytes;
}

QString FileTransferService::probedType(const QString &url) const
{
    return m_probedTypes.value(url);
}

// Uploads

int FileTransferService::sendFile(const QString &jid, const QUrl &fileUrl)
{
    const QString peer = BareJid::fromUserInput(jid);
    if (peer.isEmpty()) {
        Q_EMIT actionFailed(jid, tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
        return 0;
    }
    return startUpload(peer, fileUrl);
}

int FileTransferService::uploadFile(const QUrl &fileUrl)
{
    return startUpload(QString(), fileUrl);
}

int FileTransferService::startUpload(const QString &peer, const QUrl &fileUrl)
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : (fileUrl.scheme().isEmpty() ? fileUrl.path() : QString());
    if (path.isEmpty()) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "rejected a file to send that is not a local file:" << fileUrl.scheme();
        rejectUpload(peer, tr("Choose a file on this computer to send."));
        return 0;
    }

    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.isFile() || !info.isReadable()) {
        rejectUpload(peer, tr("Salon could not read the file %1. Check that it exists and that you may open it.").arg(fileName));
        return 0;
    }
    if (info.size() == 0) {
        rejectUpload(peer, tr("The file %1 is empty. Choose a file with content.").arg(fileName));
        return 0;
    }
    if (!m_uploadService->isAvailable()) {
        rejectUpload(peer, tr("Your server does not accept files, so %1 cannot be sent.").arg(fileName));
        return 0;
    }
    const qint64 limit = m_uploadService->maxFileSize();
    if (limit > 0 && info.size() > limit) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "rejected a file of" << info.size() << "bytes, over the server's limit of" << limit;
        rejectUpload(peer, tr("The file %1 is %2, more than the %3 that your server accepts.").arg(fileName, formatSize(info.size()), formatSize(limit)));
        return 0;
    }
    if (!m_client->isAuthenticated()) {
        rejectUpload(peer, tr("You are offline. Send %1 once Salon is connected again.").arg(fileName));
        return 0;
    }

    Transfer transfer;
    transfer.peer = peer;
    transfer.fileName = fileName;
    transfer.bytesTotal = info.size();
    transfer.state = Transfer::State::Uploading;
    transfer.localPath = info.absoluteFilePath();
    const QMimeType mimeType = QMimeDatabase().mimeTypeForFile(info);
    transfer.mimeType = mimeType.name();
    const int transferId = addTransfer(transfer);

    Job &job = m_jobs[transferId];
    job.uploadOnly = peer.isEmpty();
    job.slotRequestId = m_uploadManager->requestUploadSlot(fileName, info.size(), mimeType, m_uploadService->serviceJid());
    if (job.slotRequestId.isEmpty()) {
        fail(transferId, tr("Salon could not request an upload of %1 from your server. Try again.").arg(fileName));
        return transferId;
    }
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "requested an upload slot for transfer" << transferId << "to" << (peer.isEmpty() ? QStringLiteral("no chat") : peer) << "of" << info.size() << "bytes";
    QTimer::singleShot(SlotRequestTimeoutMs, this, [this, transferId, requestId = job.slotRequestId] {
        const auto it = m_jobs.constFind(transferId);
        if (it == m_jobs.cend() || it->slotRequestId != requestId) {
            return;
        }
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "upload slot request for transfer" << transferId << "timed out";
        const std::optional<Transfer> transfer = m_transfers->find(transferId);
        fail(transferId, tr("Your server did not reply to the upload request for %1. Try again later.").arg(transfer ? transfer->fileName : QString()));
    });
    return transferId;
}

void FileTransferService::rejectUpload(const QString &peer, const QString &message)
{
    if (peer.isEmpty()) {
        Q_EMIT uploadFailed(0, message);
    } else {
        Q_EMIT actionFailed(peer, message);
    }
}

void FileTransferService::handleSlot(const QXmppHttpUploadSlotIq &slot)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->slotRequestId == slot.id()) {
            const int transferId = it.key();
            it->slotRequestId.clear();
            startPut(transferId, slot);
            return;
        }
    }
    // A slot for a cancelled upload, or for a request of another part of the client.
    qCDebug(SALON_CORE_FILES).noquote() << accountJid() << "ignored an upload slot for request" << slot.id();
}

void FileTransferService::handleSlotError(const QXmppHttpUploadRequestIq &request)
{
    failSlotRequest(request.id(), request.error());
}

void FileTransferService::handleIq(const QXmppIq &iq)
{
    if (iq.type() == QXmppIq::Error) {
        failSlotRequest(iq.id(), iq.error());
    }
}

void FileTransferService::failSlotRequest(const QString &requestId, const QXmppStanza::Error &error)
{
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (requestId.isEmpty() || it->slotRequestId != requestId) {
            continue;
        }
        const int transferId = it.key();
        const std::optional<Transfer> transfer = m_transfers->find(transferId);
        const QString serverText = error.text();
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "upload slot request for transfer" << transferId << "failed with condition"
                                              << int(error.condition()) << serverText;
        const QString fileName = transfer ? transfer->fileName : QString();
        fail(transferId, serverText.isEmpty() ? tr("Your server refused the upload of %1.").arg(fileName)
                                              : tr("Your server refused the upload of %1: %2").arg(fileName, serverText));
        return;
    }
}

void FileTransferService::startPut(int transferId, const QXmppHttpUploadSlotIq &slot)
{
    const std::optional<Transfer> transfer = m_transfers->find(transferId);
    if (!transfer) {
        return;
    }
    if (!Attachment::isFetchable(slot.putUrl()) || !Attachment::isFetchable(slot.getUrl())) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "upload slot for transfer" << transferId << "has no http or https URL";
        fail(transferId, tr("Your server offered an invalid upload address for %1.").arg(transfer->fileName));
        return;
    }

    auto *file = new QFile(transfer->localPath, this);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        fail(transferId, tr("Salon could not read the file %1. Check that it exists and that you may open it.").arg(transfer->fileName));
        return;
    }
    // The slot was requested for this size; a file that changed since would be refused.
    if (file->size() != transfer->bytesTotal) {
        delete file;
        fail(transferId, tr("The file %1 changed while it was being sent. Send it again.").arg(transfer->fileName));
        return;
    }

    QNetworkRequest request(slot.putUrl());
    request.setHeader(QNetworkRequest::ContentLengthHeader, transfer->bytesTotal);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QMimeDatabase().mimeTypeForFile(transfer->localPath).name());
    const QMap<QString, QString> headers = slot.putHeaders();
    for (auto header = headers.cbegin(); header != headers.cend(); ++header) {
        const bool allowed = std::any_of(AllowedPutHeaders.cbegin(), AllowedPutHeaders.cend(), [&header](const QString &name) {
            return name.compare(header.key(), Qt::CaseInsensitive) == 0;
        });
        if (allowed) {
            request.setRawHeader(header.key().toLatin1(), header.value().toUtf8());
        }
    }

    Job &job = m_jobs[transferId];
    job.file = file;
    job.getUrl = slot.getUrl().toString(QUrl::FullyEncoded);
    // The reply reads the body from the file as it sends, so the file is never held in memory.
    QNetworkReply *reply = network()->put(request, file);
    file->setParent(reply);
    job.reply = reply;
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "uploading transfer" << transferId << "to" << slot.putUrl().host();
    connect(reply, &QNetworkReply::uploadProgress, this, [this, transferId](qint64 sent, qint64 total) {
        const std::optional<Transfer> current = m_transfers->find(transferId);
        m_transfers->setProgress(transferId, sent, total > 0 ? total : (current ? current->bytesTotal : 0));
    });
    connect(reply, &QNetworkReply::finished, this, [this, transferId] {
        handlePutFinished(transferId);
    });
}

void FileTransferService::handlePutFinished(int transferId)
{
    const Job job = m_jobs.value(transferId);
    const std::optional<Transfer> transfer = m_transfers->find(transferId);
    QNetworkReply *reply = job.reply;
    if (!reply || !transfer) {
        return;
    }
    reply->deleteLater();
    if (!transfer->isActive()) {
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 201)) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "upload of transfer" << transferId << "to" << host << "failed with HTTP status" << status
                                              << "and network error" << int(reply->error());
        const QString message = status >= 400
            ? tr("The upload of %1 failed: the server %2 replied with HTTP status %3.").arg(transfer->fileName, host).arg(status)
            : tr("The upload of %1 failed: %2. Check your connection and try again.").arg(transfer->fileName, reply->errorString());
        fail(transferId, message);
        return;
    }

    m_transfers->setProgress(transferId, transfer->bytesTotal, transfer->bytesTotal);
    m_transfers->setUrl(transferId, job.getUrl);
    if (job.uploadOnly) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "uploaded transfer" << transferId << "to" << host << "without a message";
    } else {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "uploaded transfer" << transferId << "to" << host << "and sends it to" << transfer->peer;
        m_chats->sendMessageWithAttachment(transfer->peer, job.getUrl, job.getUrl);
    }
    if (Attachment::typeOf(job.getUrl) != QLatin1String("image")) {
        finishJob(transferId, Transfer::State::Done);
        if (job.uploadOnly) {
            Q_EMIT uploaded(transferId, job.getUrl, transfer->mimeType, transfer->bytesTotal, transfer->fileName);
        }
        return;
    }
    // The local file must stay until the thumbnail is made from it.
    finishJob(transferId, Transfer::State::Done, QString(), false);
    if (job.uploadOnly) {
        Q_EMIT uploaded(transferId, job.getUrl, transfer->mimeType, transfer->bytesTotal, transfer->fileName);
    }
    makeThumbnail(job.getUrl, transfer->localPath, [this, transferId] {
        Q_EMIT transferFinished(transferId);
    });
}

// Downloads

void FileTransferService::downloadAttachment(qint64 messageId, bool allowLarge)
{
    m_chats->findMessage(messageId, this, [this, messageId, allowLarge](const std::optional<ChatMessage> &message) {
        startDownload(messageId, message, allowLarge);
    });
}

void FileTransferService::startDownload(qint64 messageId, const std::optional<ChatMessage> &message, bool allowLarge)
{
    if (!message || message->attachmentUrl.isEmpty()) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "cannot download an attachment of message" << messageId << "because it has none";
        Q_EMIT actionFailed(message ? message->peer : QString(), tr("This message has no file to download."));
        return;
    }
    const QUrl url(message->attachmentUrl);
    if (!Attachment::isFetchable(url)) {
        qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "rejected the download of an attachment with the scheme" << url.scheme();
        Q_EMIT actionFailed(message->peer, tr("Salon downloads files only from http and https addresses."));
        return;
    }

    const QString fileName = Attachment::fileNameOf(message->attachmentUrl);
    if (!QDir().mkpath(m_downloadFolder)) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "could not create the download folder" << m_downloadFolder;
        Q_EMIT actionFailed(message->peer, tr("Salon could not create the download folder %1. Choose another folder.").arg(m_downloadFolder));
        return;
    }
    // NewOnly fails when another process created the file since the name was chosen, so try again.
    auto *file = new QFile(this);
    for (int attempt = 0; attempt < 5 && !file->isOpen(); ++attempt) {
        file->setFileName(freeFilePath(m_downloadFolder, fileName));
        file->open(QIODevice::WriteOnly | QIODevice::NewOnly);
    }
    if (!file->isOpen()) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "could not create a file in" << m_downloadFolder << ":" << file->errorString();
        delete file;
        Q_EMIT actionFailed(message->peer, tr("Salon could not write %1 into the folder %2. Check that you may write there.").arg(fileName, m_downloadFolder));
        return;
    }

    Transfer transfer;
    transfer.peer = message->peer;
    transfer.fileName = QFileInfo(file->fileName()).fileName();
    transfer.state = Transfer::State::Downloading;
    transfer.localPath = file->fileName();
    transfer.messageId = messageId;
    const int transferId = addTransfer(transfer);

    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = network()->get(request);
    Job &job = m_jobs[transferId];
    job.reply = reply;
    job.file = file;
    job.attachmentUrl = message->attachmentUrl;
    job.allowLarge = allowLarge;
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "downloading the attachment of message" << messageId << "from" << url.host() << "as transfer" << transferId;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, transferId, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid()) {
            checkDownloadSize(transferId, length.toLongLong());
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, transferId] {
        handleDownloadData(transferId);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, transferId](qint64 received, qint64 total) {
        m_transfers->setProgress(transferId, received, qMax<qint64>(total, 0));
    });
    connect(reply, &QNetworkReply::finished, this, [this, transferId] {
        handleDownloadFinished(transferId);
    });
}

bool FileTransferService::checkDownloadSize(int transferId, qint64 size)
{
    Job &job = m_jobs[transferId];
    if (job.allowLarge || size <= m_maxDownloadBytes || job.tooLarge) {
        return !job.tooLarge;
    }
    job.tooLarge = true;
    if (job.reply) {
        job.reply->abort();
    }
    return false;
}

void FileTransferService::handleDownloadData(int transferId)
{
    const Job job = m_jobs.value(transferId);
    if (!job.reply || !job.file) {
        return;
    }
    const QByteArray data = job.reply->readAll();
    if (!checkDownloadSize(transferId, job.file->size() + data.size())) {
        return;
    }
    if (job.file->write(data) != data.size()) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "writing transfer" << transferId << "failed:" << job.file->errorString();
        job.reply->abort();
    }
}

void FileTransferService::handleDownloadFinished(int transferId)
{
    const Job job = m_jobs.value(transferId);
    const std::optional<Transfer> transfer = m_transfers->find(transferId);
    QNetworkReply *reply = job.reply;
    if (!reply || !transfer) {
        return;
    }
    reply->deleteLater();
    if (!transfer->isActive()) {
        return;
    }
    if (!job.tooLarge && reply->error() == QNetworkReply::NoError) {
        handleDownloadData(transferId);
    }

    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (m_jobs.value(transferId).tooLarge) {
        error = tr("The file %1 is larger than %2. Download it anyway if you want it.").arg(transfer->fileName, formatSize(m_maxDownloadBytes));
    } else if (status >= 400) {
        error = tr("The download of %1 failed: the server %2 replied with HTTP status %3.").arg(transfer->fileName, host).arg(status);
    } else if (reply->error() != QNetworkReply::NoError) {
        error = tr("The download of %1 failed: %2. Check your connection and try again.").arg(transfer->fileName, reply->errorString());
    } else if (job.file->error() != QFileDevice::NoError) {
        error = tr("Salon could not write %1: %2").arg(transfer->localPath, job.file->errorString());
    }
    if (!error.isEmpty()) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "download of transfer" << transferId << "from" << host << "failed with HTTP status" << status
                                              << "and network error" << int(reply->error());
        job.file->remove();
        fail(transferId, error);
        return;
    }

    job.file->close();
    const qint64 size = QFileInfo(transfer->localPath).size();
    m_transfers->setProgress(transferId, size, size);
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "downloaded transfer" << transferId << "from" << host << "with" << size << "bytes";
    finishJob(transferId, Transfer::State::Done);
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (Attachment::typeOf(job.attachmentUrl) == QLatin1String("image") || Attachment::typeOfMimeType(contentType) == QLatin1String("image")) {
        makeThumbnail(job.attachmentUrl, transfer->localPath);
    }
}

// Both directions

void FileTransferService::cancel(int transferId)
{
    const std::optional<Transfer> transfer = m_transfers->find(transferId);
    if (!transfer || !transfer->isActive()) {
        return;
    }
    qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "cancelled transfer" << transferId;
    const Job job = m_jobs.value(transferId);
    finishJob(transferId, Transfer::State::Cancelled);
    if (job.uploadOnly) {
        Q_EMIT uploadFailed(transferId, tr("The upload of %1 was cancelled.").arg(transfer->fileName));
    }
    if (job.reply) {
        job.reply->disconnect(this);
        job.reply->abort();
        job.reply->deleteLater();
    }
    if (transfer->state == Transfer::State::Downloading && job.file) {
        job.file->remove();
    }
}

int FileTransferService::addTransfer(Transfer transfer)
{
    transfer.id = m_nextTransferId++;
    m_transfers->add(transfer);
    m_jobs.insert(transfer.id, Job());
    return transfer.id;
}

void FileTransferService::fail(int transferId, const QString &message)
{
    const std::optional<Transfer> transfer = m_transfers->find(transferId);
    const bool uploadOnly = m_jobs.value(transferId).uploadOnly;
    finishJob(transferId, Transfer::State::Failed, message);
    if (uploadOnly) {
        Q_EMIT uploadFailed(transferId, message);
    } else {
        Q_EMIT actionFailed(transfer ? transfer->peer : QString(), message);
    }
}

void FileTransferService::finishJob(int transferId, Transfer::State state, const QString &error, bool announce)
{
    const Job job = m_jobs.take(transferId);
    // A download's file belongs to the service, but an upload's file belongs to its reply.
    if (job.file && job.file->parent() == this) {
        job.file->deleteLater();
    }
    m_transfers->finish(transferId, state, error);
    if (announce) {
        Q_EMIT transferFinished(transferId);
    }
}

// Thumbnails

void FileTransferService::makeThumbnail(const QString &url, const QString &imagePath, std::function<void()> done)
{
    if (!m_thumbnailMaker) {
        if (done) {
            done();
        }
        return;
    }
    if (!QDir().mkpath(m_cacheFolder)) {
        qCWarning(SALON_CORE_FILES).noquote() << accountJid() << "could not create the thumbnail folder" << m_cacheFolder;
        if (done) {
            done();
        }
        return;
    }
    const QString basePath = thumbnailBasePath(url);
    m_workers.start(QRunnable::create([this, maker = m_thumbnailMaker, url, imagePath, basePath, done] {
        const Thumbnail thumbnail = maker(imagePath, basePath);
        // The destructor waits for the workers, so the service still exists here.
        QMetaObject::invokeMethod(this, [this, url, thumbnail, done] {
            if (thumbnail.path.isEmpty()) {
                qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "made no thumbnail:" << thumbnail.error;
                Q_EMIT thumbnailFailed(url, thumbnail.error);
            } else {
                m_thumbnails.insert(url, thumbnail.path);
                Q_EMIT thumbnailReady(url, thumbnail.path);
            }
            if (done) {
                done();
            }
        }, Qt::QueuedConnection);
    }));
}

void FileTransferService::probeType(const QString &url)
{
    const QUrl target(url);
    if (m_probedTypes.contains(url) || m_probing.contains(url) || !Attachment::isFetchable(target)) {
        return;
    }
    m_probing.insert(url);
    QNetworkRequest request(target);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = network()->head(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_probing.remove(url);
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (reply->error() != QNetworkReply::NoError || contentType.isEmpty()) {
            qCInfo(SALON_CORE_FILES).noquote() << accountJid() << "HEAD request to" << reply->url().host() << "returned no type, network error" << int(reply->error());
            return;
        }
        const QString type = Attachment::typeOfMimeType(contentType);
        m_probedTypes.insert(url, type);
        Q_EMIT typeProbed(url, type);
    });
}

QString FileTransferService::thumbnailBasePath(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_cacheFolder).filePath(QString::fromLatin1(hash));
}

QString FileTransferService::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

QNetworkAccessManager *FileTransferService::network()
{
    // Qt 5.15 loads its bearer plugins, and with them QtDBus, when the manager is created.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return m_network;
}

QString FileTransferService::formatSize(qint64 bytes)
{
    // Units of 1024 bytes with the usual short names, as servers such as Prosody state their limits.
    const QStringList units = {tr("bytes"), tr("KB"), tr("MB"), tr("GB"), tr("TB")};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < units.size() - 1) {
        value /= 1024.0;
        ++unit;
    }
    // One decimal only where it matters: 1.5 MB, but 2 MB and 120 MB.
    const bool whole = unit == 0 || value >= 100.0 || qAbs(value - qRound(value)) < 0.05;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', whole ? 0 : 1), units.at(unit));
}
