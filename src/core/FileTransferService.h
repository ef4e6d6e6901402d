#pragma once

#include "ChatMessage.h"
#include "TransfersModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUrl>
#include <QXmppStanza.h>

#include <functional>

class ChatService;
class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QXmppClient;
class QXmppHttpUploadRequestIq;
class QXmppIq;
class QXmppHttpUploadSlotIq;
class QXmppUploadRequestManager;
class UploadServiceExtension;

/// Files in 1:1 chats: uploads through HTTP File Upload (XEP-0363), downloads of attachments,
/// and thumbnails of image attachments. uploadFile() uploads a file without any message, for
/// the attachments (Atom enclosures) of microblog posts, and reports its URL through uploaded().
///
/// sendFile() checks the file and the server's size limit and requests an upload slot from the
/// service that UploadServiceExtension found. It PUTs the file, streamed from disk, and then sends
/// its GET URL as the body and as out-of-band data (XEP-0066) through ChatService's outbox path. downloadAttachment() writes an attachment into downloadFolder() without
/// replacing any file. Every transfer appears in transfers(), and every failure is reported
/// through actionFailed(), or uploadFailed() for uploadFile(), with a translated sentence and
/// logged with the host only, because upload URLs may carry a token.
///
/// Thumbnails need QtGui, which the core does not link: the front end sets a thumbnail maker
/// (salon-media's ThumbnailMaker), which runs on a worker thread for every image that is
/// uploaded or downloaded. Thumbnails are cached in cacheFolder(), named after the SHA-256 of
/// the attachment URL.
///
/// The type of an incoming attachment comes from its URL's file extension. For a URL without a
/// known extension, a HEAD request fetches its Content-Type as soon as the message arrives.
/// NOTE: that request tells the file's host that the message arrived. It is the only request
/// made without the user's action. Attachments are never fetched for a thumbnail alone, so an image
/// that was neither sent nor downloaded here has no thumbnail, and videos get none.
class FileTransferService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(TransfersModel *transfers READ transfers CONSTANT)
    Q_PROPERTY(UploadServiceExtension *uploadService READ uploadService CONSTANT)
    /// Folder that downloads are written to.
    Q_PROPERTY(QString downloadFolder READ downloadFolder WRITE setDownloadFolder NOTIFY downloadFolderChanged)

public:
    /// Maximum wait for the server's reply to a slot request, in milliseconds.
    static constexpr int SlotRequestTimeoutMs = 30 * 1000;
    /// Default of maxDownloadSize(), in bytes.
    static constexpr qint64 DefaultMaxDownloadBytes = 100 * 1024 * 1024;

    /// A thumbnail that a ThumbnailMaker wrote: its path, or the reason why it made none.
    struct Thumbnail {
        QString path;
        QString error;
    };
    /// Makes the thumbnail of the image file \a imagePath next to \a basePath, which it completes
    /// with the extension of the format it writes. It runs on a worker thread and must be reentrant.
    using ThumbnailMaker = std::function<Thumbnail(const QString &imagePath, const QString &basePath)>;

    /// Adds an upload request manager to \a client. \a uploadService and \a chats must outlive the service.
    FileTransferService(QXmppClient *client, UploadServiceExtension *uploadService, ChatService *chats, QObject *parent = nullptr);
    ~FileTransferService() override;

    TransfersModel *transfers() const;
    UploadServiceExtension *uploadService() const;
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    /// Folder of the thumbnail cache.
    QString cacheFolder() const;
    void setCacheFolder(const QString &folder);
    void setThumbnailMaker(ThumbnailMaker maker);
    /// Returns the cached thumbnail of the attachment \a url, or an empty string when none is made.
    QString thumbnailPath(const QString &url) const;
    /// Returns the type ("image", "video", "audio" or "file") that a HEAD request found for the
    /// attachment \a url, or an empty string when none has returned.
    QString probedType(const QString &url) const;

    /// Uploads the local file \a fileUrl and sends its URL to \a jid. A plain path is accepted too.
    /// Returns the transfer id, or 0 when the file or the address was rejected at once.
    Q_INVOKABLE int sendFile(const QString &jid, const QUrl &fileUrl);
    /// Uploads the local file \a fileUrl without sending any message, for a post's attachment
    /// (an Atom enclosure). A plain path is accepted too. The checks, the server's size limit and
    /// the transfer's row in transfers() are those of sendFile(), with an empty \c peer.
    /// Returns the transfer id, or 0 after uploadFailed(0, …) when the file was rejected at once.
    /// An upload that got an id ends in exactly one uploaded() or uploadFailed() with that id,
    /// also when cancel() stops it.
    Q_INVOKABLE int uploadFile(const QUrl &fileUrl);
    /// Maximum download without the user's confirmation, in bytes.
    qint64 maxDownloadSize() const;
    void setMaxDownloadSize(qint64 bytes);

    /// Downloads the attachment of the message \a messageId into downloadFolder(). Files larger
    /// than maxDownloadSize() are rejected unless \a allowLarge is true, which front ends set once
    /// the user has confirmed.
    Q_INVOKABLE void downloadAttachment(qint64 messageId, bool allowLarge = false);
    /// Stops the transfer \a transferId, which then ends in the state cancelled.
    Q_INVOKABLE void cancel(int transferId);

Q_SIGNALS:
    void downloadFolderChanged();
    /// A file transfer with \a jid failed. \a message is a translated sentence for the user.
    void actionFailed(const QString &jid, const QString &message);
    /// The upload \a transferId that uploadFile() started is done and stored at \a getUrl, which anyone
    /// with the URL can fetch. \a mimeType is the type found from the file's name and content
    /// (QMimeDatabase), \a size its size in bytes, \a fileName its name without a folder.
    void uploaded(int transferId, const QString &getUrl, const QString &mimeType, qint64 size, const QString &fileName);
    /// The upload \a transferId that uploadFile() started failed or was cancelled, or, with
    /// \a transferId 0, uploadFile() rejected the file at once. \a message is a translated sentence.
    void uploadFailed(int transferId, const QString &message);
    /// The transfer \a transferId ended, in any state, and no longer needs its local file: an
    /// uploaded image reports it after its thumbnail is made from that file.
    void transferFinished(int transferId);
    /// The thumbnail of the attachment \a url is ready at \a path.
    void thumbnailReady(const QString &url, const QString &path);
    /// No thumbnail could be made for the attachment \a url, for the \a reason given for logs.
    void thumbnailFailed(const QString &url, const QString &reason);
    /// A HEAD request found the type of the attachment \a url.
    void typeProbed(const QString &url, const QString &type);

private:
    /// State of a running transfer besides its row in the model.
    struct Job {
        QPointer<QNetworkReply> reply;
        QFile *file = nullptr;
        QString slotRequestId;
        QString getUrl;
        QString attachmentUrl;
        bool allowLarge = false;
        bool tooLarge = false;
        /// True for uploadFile(), which sends no message and reports through uploaded().
        bool uploadOnly = false;
    };

    /// Starts the upload of \a fileUrl; an empty \a peer means an upload without a message.
    int startUpload(const QString &peer, const QUrl &fileUrl);
    /// Reports a file that startUpload() rejected at once, through actionFailed() or uploadFailed().
    void rejectUpload(const QString &peer, const QString &message);

    int addTransfer(Transfer transfer);
    void fail(int transferId, const QString &message);
    /// Ends the transfer in \a state; without \a announce, the caller emits transferFinished() later.
    void finishJob(int transferId, Transfer::State state, const QString &error = QString(), bool announce = true);
    void handleSlot(const QXmppHttpUploadSlotIq &slot);
    void handleSlotError(const QXmppHttpUploadRequestIq &request);
    void handleIq(const QXmppIq &iq);
    void failSlotRequest(const QString &requestId, const QXmppStanza::Error &error);
    void startPut(int transferId, const QXmppHttpUploadSlotIq &slot);
    void handlePutFinished(int transferId);
    void startDownload(qint64 messageId, const std::optional<ChatMessage> &message, bool allowLarge);
    void handleDownloadData(int transferId);
    void handleDownloadFinished(int transferId);
    bool checkDownloadSize(int transferId, qint64 size);
    /// Makes the thumbnail of \a imagePath on a worker thread, then calls \a done, when given, in this thread.
    void makeThumbnail(const QString &url, const QString &imagePath, std::function<void()> done = {});
    void probeType(const QString &url);
    QString thumbnailBasePath(const QString &url) const;
    QString accountJid() const;
    static QString formatSize(qint64 bytes);
    QNetworkAccessManager *network();

    QXmppClient *m_client;
    UploadServiceExtension *m_uploadService;
    QPointer<ChatService> m_chats;
    QXmppUploadRequestManager *m_uploadManager;
    /// Created by network() on the first transfer: an idle linker then loads no bearer plugins.
    QNetworkAccessManager *m_network = nullptr;
    TransfersModel *m_transfers;
    QHash<int, Job> m_jobs;
    int m_nextTransferId = 1;
    QString m_downloadFolder;
    QString m_cacheFolder;
    qint64 m_maxDownloadBytes = DefaultMaxDownloadBytes;
    ThumbnailMaker m_thumbnailMaker;
    /// Thumbnails known to exist, by attachment URL. It is mutable because thumbnailPath() fills it.
    mutable QHash<QString, QString> m_thumbnails;
    /// Types found by HEAD requests, by attachment URL, and the URLs whose request runs.
    QHash<QString, QString> m_probedTypes;
    QSet<QString> m_probing;
    /// Thread pool of the thumbnail maker. The destructor waits for it, so its results always find the service.
    QThreadPool m_workers;
};
