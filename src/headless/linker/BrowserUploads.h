#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <memory>

class QFile;

/// Files that browser tabs send to the linker in chunks, to share them in a chat through
/// FileTransferService::sendFile(), or to upload them without a message through
/// FileTransferService::uploadFile(), for the attachments of a post.
///
/// A tab cannot name a file on the server, so it sends the file's bytes over the WebSocket,
/// whose messages must stay under 64 KiB. It calls the `invoke` methods of the object `uploads`,
/// each with an uploadKey that the tab chooses to tell its uploads apart:
///
/// | method | args | effect |
/// | --- | --- | --- |
/// | `begin` | `uploadKey`, `jid`, `fileName`, `size` | creates an empty file for `size` bytes in a private temporary folder; an empty `jid` means an upload without a message |
/// | `append` | `uploadKey`, `base64` | appends one chunk of at most MaxChunkBytes bytes |
/// | `finish` | `uploadKey` | checks that all `size` bytes arrived and calls sendFile(), or uploadFile() for an empty `jid`; the reply carries `transferId` |
/// | `cancel` | `uploadKey` | deletes the unfinished file |
///
/// Every request gets its `invokeResult` at once, so a tab sends the next chunk
/// after the reply to the previous one. begin() rejects a file above the server's upload limit,
/// naming that limit. An append() that would write beyond the declared size, or that fails to
/// write, drops the upload and deletes its file. A tab has at most MaxUploadsPerTab unfinished
/// uploads, and dropTab() deletes them when it closes. A finished file stays until its transfer
/// ends (handleTransferFinished()), and the whole folder goes with this object.
///
/// The upload's row in the `transfers` model (TransfersModel) shows its progress. For an upload
/// without a message, a tab waits until that row's `state` is "done" and then reads its `url`,
/// `mimeType`, `bytesTotal` and `fileName` for the post's enclosure, or its `error` when the state
/// is "failed".
///
/// NOTE: there is no idle timeout, so an unfinished upload of a tab that stays open but stops
/// sending keeps its file until the tab closes or the linker exits.
class BrowserUploads : public QObject
{
    Q_OBJECT

public:
    /// Maximum decoded size of one chunk, in bytes: its base64 text of 61,440 characters leaves
    /// room for the rest of the invoke message below the WebSocket limit of 64 KiB.
    static constexpr int MaxChunkBytes = 45 * 1024;
    /// Maximum number of unfinished uploads of one tab.
    static constexpr int MaxUploadsPerTab = 3;
    /// Maximum file size while the server states no limit, in bytes, so that the temporary folder stays bounded.
    static constexpr qint64 MaxBytesWithoutServerLimit = 100 * 1024 * 1024;
    /// Maximum length of an uploadKey, in UTF-16 code units.
    static constexpr int MaxKeyLength = 64;
    /// Maximum length of a stored file name, in UTF-16 code units; longer names are shortened.
    static constexpr int MaxFileNameLength = 200;

    /// The account's side of the uploads.
    struct FileSender {
        /// Returns whether the user's server offers HTTP File Upload (XEP-0363).
        std::function<bool()> isServiceAvailable;
        /// Returns the server's size limit in bytes, or 0 when it states none.
        std::function<qint64()> maxFileSize;
        /// Sends the file at \a path to \a jid and returns the transfer id, or 0 after setting
        /// \a error to a translated sentence when the file was rejected at once.
        std::function<int(const QString &jid, const QString &path, QString *error)> sendFile;
        /// Uploads the file at \a path without a message and returns the transfer id, or 0
        /// after setting \a error to a translated sentence when the file was rejected at once.
        std::function<int(const QString &path, QString *error)> uploadFile;
    };

    explicit BrowserUploads(FileSender sender, QObject *parent = nullptr);
    ~BrowserUploads() override;

    /// Returns whether \a request is an invoke request of the object `uploads`.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);
    /// Deletes the unfinished uploads of \a tab, which has closed.
    void dropTab(quint64 tab);
    /// Deletes the file of the transfer \a transferId once it has ended, if this object made it.
    void handleTransferFinished(int transferId);

    /// The private folder of the files, or an empty string when it could not be created.
    QString folder() const;
    /// Returns the number of unfinished uploads of \a tab.
    int unfinishedCount(quint64 tab) const;
    /// Returns the number of finished files whose transfer still runs.
    int sendingCount() const;

private:
    struct Upload {
        QString jid;
        qint64 size = 0;
        qint64 received = 0;
        /// Number of the upload in the logs and name of its folder.
        int number = 0;
        QString folder;
        std::unique_ptr<QFile> file;
    };
    using Key = std::pair<quint64, QString>;

    QJsonObject begin(quint64 tab, const QJsonValue &id, const QVariantList &args);
    QJsonObject append(quint64 tab, const QJsonValue &id, const QVariantList &args);
    QJsonObject finish(quint64 tab, const QJsonValue &id, const QVariantList &args);
    QJsonObject cancel(quint64 tab, const QJsonValue &id, const QVariantList &args);
    /// Removes the upload and its folder.
    void drop(std::map<Key, Upload>::iterator upload, const char *reason);
    static QString safeFileName(const QString &fileName);

    FileSender m_sender;
    QTemporaryDir m_root;
    std::map<Key, Upload> m_uploads;
    /// Folders of the finished files, by the transfer that sends them.
    QHash<int, QString> m_sending;
    /// Transfers that ended while sendFile() ran, before their id was known.
    QSet<int> m_endedDuringSend;
    bool m_inSendFile = false;
    int m_nextNumber = 1;
};
