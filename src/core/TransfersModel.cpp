#include "TransfersModel.h"

QString Transfer::stateCode(State state)
{
    switch (state) {
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Downloading:
        return QStringLiteral("downloading");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool Transfer::isActive() const
{
    return state == State::Uploading || state == State::Downloading;
}

TransfersModel::TransfersModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }

    const Transfer &transfer = m_transfers.at(index.row());
    switch (role) {
    case TransferIdRole:
        return transfer.id;
    case PeerRole:
        return transfer.peer;
    case Qt::DisplayRole:
    case FileNameRole:
        return transfer.fileName;
    case BytesDoneRole:
        return transfer.bytesDone;
    case BytesTotalRole:
        return transfer.bytesTotal;
    case StateRole:
        return Transfer::stateCode(transfer.state);
    case ErrorRole:
        return transfer.error;
    case LocalPathRole:
        return transfer.localPath;
    case MessageIdRole:
        return transfer.messageId;
    case UrlRole:
        return transfer.url;
    case MimeTypeRole:
        return transfer.mimeType;
    }
    return {};
}

QHash<int, QByteArray> TransfersModel::roleNames() const
{
    return {
        {TransferIdRole, QByteArrayLiteral("transferId")},
        {PeerRole, QByteArrayLiteral("peer")},
        {FileNameRole, QByteArrayLiteral("fileName")},
        {BytesDoneRole, QByteArrayLiteral("bytesDone")},
        {BytesTotalRole, QByteArrayLiteral("bytesTotal")},
        {StateRole, QByteArrayLiteral("state")},
        {ErrorRole, QByteArrayLiteral("error")},
        {LocalPathRole, QByteArrayLiteral("localPath")},
        {MessageIdRole, QByteArrayLiteral("messageId")},
        {UrlRole, QByteArrayLiteral("url")},
        {MimeTypeRole, QByteArrayLiteral("mimeType")},
    };
}

void TransfersModel::add(const Transfer &transfer)
{
    const int row = int(m_transfers.size());
    beginInsertRows(QModelIndex(), row, row);
    m_transfers.append(transfer);
    endInsertRows();
    Q_EMIT countChanged();
}

std::optional<Transfer> TransfersModel::find(int id) const
{
    const int row = rowOf(id);
    if (row < 0) {
        return std::nullopt;
    }
    return m_transfers.at(row);
}

void TransfersModel::setProgress(int id, qint64 bytesDone, qint64 bytesTotal)
{
    const int row = rowOf(id);
    if (row < 0 || !m_transfers.at(row).isActive()) {
        return;
    }
    Transfer &transfer = m_transfers[row];
    if (transfer.bytesDone == bytesDone && transfer.bytesTotal == bytesTotal) {
        return;
    }
    transfer.bytesDone = bytesDone;
    transfer.bytesTotal = bytesTotal;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {BytesDoneRole, BytesTotalRole});
}

void TransfersModel::finish(int id, Transfer::State state, const QString &error)
{
    const int row = rowOf(id);
    if (row < 0 || !m_transfers.at(row).isActive()) {
        return;
    }
    Transfer &transfer = m_transfers[row];
    transfer.state = state;
    transfer.error = error;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {StateRole, ErrorRole});
}

void TransfersModel::setLocalPath(int id, const QString &localPath)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    m_transfers[row].localPath = localPath;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {LocalPathRole});
}

void TransfersModel::setUrl(int id, const QString &url)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    m_transfers[row].url = url;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {UrlRole});
}

int TransfersModel::rowOf(int id) const
{
    for (int row = 0; row < m_transfers.size(); ++row) {
        if (m_transfers.at(row).id == id) {
            return row;
        }
    }
    return -1;
}
