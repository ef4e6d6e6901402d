#pragma once

#include <QAbstractListModel>
#include <QVector>

#include <optional>

/// One upload or download of a file, as TransfersModel shows it.
struct Transfer
{
    enum class State {
        Uploading,
        Downloading,
        Done,
        Failed,
        Cancelled,
    };

    /// Number of the transfer, unique for the account's lifetime, starting at 1.
    int id = 0;
    /// Bare JID of the conversation that the file goes to or comes from; empty for an upload
    /// without a message (FileTransferService::uploadFile()).
    QString peer;
    QString fileName;
    qint64 bytesDone = 0;
    /// Size of the file in bytes; 0 while unknown, as for a download without Content-Length.
    qint64 bytesTotal = 0;
    State state = State::Uploading;
    /// Translated sentence that states why the transfer failed; empty otherwise.
    QString error;
    /// The local file: the one uploaded, or where a download is written.
    QString localPath;
    /// Row id of the message whose attachment is downloaded; 0 for uploads.
    qint64 messageId = 0;
    /// GET URL of an upload, set before its state becomes done; empty otherwise.
    QString url;
    /// MIME type of an uploaded file, as QMimeDatabase found it; empty for downloads.
    QString mimeType;

    /// Stable code of a state: "uploading", "downloading", "done", "failed" or "cancelled".
    static QString stateCode(State state);
    /// Returns whether the transfer still runs.
    bool isActive() const;
};

/// The file transfers of one account since start-up, oldest first.
///
/// Roles (the names are those of roleNames()):
/// - \c transferId (int): Transfer::id, which FileTransferService::cancel() takes.
/// - \c peer (QString): bare JID of the conversation; empty for an upload without a message.
/// - \c fileName (QString): name of the file, without a folder.
/// - \c bytesDone (qlonglong), \c bytesTotal (qlonglong): progress; bytesTotal is 0 while unknown.
/// - \c state (QString): "uploading", "downloading", "done", "failed" or "cancelled".
/// - \c error (QString): translated reason of a failure, empty otherwise.
/// - \c localPath (QString): the uploaded file, or the file a download writes.
/// - \c messageId (qlonglong): the message whose attachment a download fetches; 0 for uploads.
/// - \c url (QString): GET URL of an upload, set before its state becomes "done"; empty otherwise.
/// - \c mimeType (QString): MIME type of an upload; empty for downloads.
class TransfersModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TransferIdRole = Qt::UserRole + 1,
        PeerRole,
        FileNameRole,
        BytesDoneRole,
        BytesTotalRole,
        StateRole,
        ErrorRole,
        LocalPathRole,
        MessageIdRole,
        UrlRole,
        MimeTypeRole,
    };
    Q_ENUM(Role)

    explicit TransfersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Appends \a transfer, whose id must be new.
    void add(const Transfer &transfer);
    /// Returns the transfer \a id, or nothing when no row has it.
    std::optional<Transfer> find(int id) const;
    void setProgress(int id, qint64 bytesDone, qint64 bytesTotal);
    /// Ends the transfer \a id in \a state, with the translated \a error for a failure.
    void finish(int id, Transfer::State state, const QString &error = QString());
    void setLocalPath(int id, const QString &localPath);
    /// Sets the GET URL of the upload \a id.
    void setUrl(int id, const QString &url);

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(int id) const;

    QVector<Transfer> m_transfers;
};
