#include "BrowserUploads.h"

#include "BareJid.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"
#include "ObjectInvoker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace {

const auto ObjectName = QStringLiteral("uploads");

// Base64 length of a chunk of MaxChunkBytes bytes.
constexpr int MaxChunkBase64Length = (BrowserUploads::MaxChunkBytes + 2) / 3 * 4;

constexpr QFile::Permissions OwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Converts args to the parameter types of method. Returns an empty object, or the rejection when an argument does not fit.
QJsonObject readArguments(const QJsonValue &id, const QString &method, const QJsonArray &args, const QVector<int> &types, QVariantList *converted)
{
    if (args.size() != types.size()) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      BrowserUploads::tr("The method %1.%2 takes %3 arguments, not %4.")
                                          .arg(ObjectName, method, QString::number(types.size()), QString::number(args.size())));
    }
    for (int i = 0; i < args.size(); ++i) {
        QVariant value;
        QString error;
        if (!ObjectInvoker::convertArgument(args.at(i), types.at(i), &value, &error)) {
            return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                          BrowserUploads::tr("Argument %1 of %2.%3: %4").arg(QString::number(i + 1), ObjectName, method, error));
        }
        converted->append(value);
    }
    return {};
}

} // namespace

BrowserUploads::BrowserUploads(FileSender sender, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(sender))
    , m_root(QDir::tempPath() + QStringLiteral("/salon-uploads-XXXXXX"))
{
    // QTemporaryDir creates the folder with mkdtemp(), which already gives the owner alone access.
    if (!m_root.isValid() || !QFile::setPermissions(m_root.path(), OwnerOnlyFolder)) {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "Cannot create a private folder for uploads from tabs:" << m_root.errorString();
    }
}

BrowserUploads::~BrowserUploads() = default;

bool BrowserUploads::handles(const QJsonObject &request)
{
    return request.value(QStringLiteral("object")).toString() == ObjectName;
}

QString BrowserUploads::folder() const
{
    return m_root.isValid() ? m_root.path() : QString();
}

int BrowserUploads::unfinishedCount(quint64 tab) const
{
    int count = 0;
    for (const auto &[key, upload] : m_uploads) {
        if (key.first == tab) {
            ++count;
        }
    }
    return count;
}

int BrowserUploads::sendingCount() const
{
    return m_sending.size();
}

QJsonObject BrowserUploads::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QJsonValue method = request.value(QStringLiteral("method"));
    const QJsonValue args = request.value(QStringLiteral("args"));
    if (!method.isString() || !(args.isArray() || args.isUndefined())) {
        return InvokeReply::rejection(id, QStringLiteral("invalidRequest"), tr("An invoke request needs an object and a method name and, if given, an array of arguments."));
    }

    const QString name = method.toString();
    using Handler = QJsonObject (BrowserUploads::*)(quint64, const QJsonValue &, const QVariantList &);
    struct Method {
        const char *name;
        QVector<int> types;
        Handler handler;
    };
    static const QVector<Method> methods = {
        {"begin", {QMetaType::QString, QMetaType::QString, QMetaType::QString, QMetaType::LongLong}, &BrowserUploads::begin},
        {"append", {QMetaType::QString, QMetaType::QString}, &BrowserUploads::append},
        {"finish", {QMetaType::QString}, &BrowserUploads::finish},
        {"cancel", {QMetaType::QString}, &BrowserUploads::cancel},
    };
    for (const Method &candidate : methods) {
        if (name != QLatin1String(candidate.name)) {
            continue;
        }
        QVariantList converted;
        const QJsonObject rejected = readArguments(id, name, args.toArray(), candidate.types, &converted);
        if (!rejected.isEmpty()) {
            return rejected;
        }
        const QString key = converted.constFirst().toString();
        if (key.isEmpty() || key.size() > MaxKeyLength) {
            return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The upload key must have 1 to %1 characters.").arg(MaxKeyLength));
        }
        return (this->*candidate.handler)(tab, id, converted);
    }
    return InvokeReply::rejection(id, QStringLiteral("unknownMethod"), tr("The object \"%1\" has no method \"%2\" that can be called.").arg(ObjectName, name));
}

QJsonObject BrowserUploads::begin(quint64 tab, const QJsonValue &id, const QVariantList &args)
{
    const QString key = args.at(0).toString();
    const QString jid = args.at(1).toString();
    const QString fileName = safeFileName(args.at(2).toString());
    const qint64 size = args.at(3).toLongLong();

    // An empty address means an upload without a message.
    const QString peer = jid.trimmed().isEmpty() ? QString() : BareJid::fromUserInput(jid);
    if (peer.isEmpty() && !jid.trimmed().isEmpty()) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                      tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(jid.trimmed()));
    }
    if (m_uploads.count({tab, key}) > 0) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("An upload with the key \"%1\" is already running in this tab.").arg(key));
    }
    if (size <= 0) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The file %1 is empty. Choose a file with content.").arg(fileName));
    }
    if (!m_sender.isServiceAvailable()) {
        return InvokeReply::rejection(id, QStringLiteral("uploadUnavailable"), tr("Your server does not accept files, so %1 cannot be sent.").arg(fileName));
    }
    const qint64 serverLimit = m_sender.maxFileSize();
    if (serverLimit > 0 && size > serverLimit) {
        qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "began an upload of" << size << "bytes, over the server's limit of" << serverLimit;
        return InvokeReply::rejection(id, QStringLiteral("fileTooLarge"),
                                      tr("The file %1 is %2, more than the %3 that your server accepts.").arg(fileName, formatSize(size), formatSize(serverLimit)));
    }
    if (serverLimit <= 0 && size > MaxBytesWithoutServerLimit) {
        qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "began an upload of" << size << "bytes, over the limit of" << MaxBytesWithoutServerLimit << "without a server limit";
        return InvokeReply::rejection(id, QStringLiteral("fileTooLarge"),
                                      tr("The file %1 is %2, more than the %3 that Salon sends through the web page.")
                                          .arg(fileName, formatSize(size), formatSize(MaxBytesWithoutServerLimit)));
    }
    if (unfinishedCount(tab) >= MaxUploadsPerTab) {
        return InvokeReply::rejection(id, QStringLiteral("tooManyUploads"),
                                      tr("This tab is sending %1 files already. Wait until one is sent.").arg(MaxUploadsPerTab));
    }

    // Each upload has a folder of its own, so that the file keeps the user's name.
    Upload upload;
    upload.jid = peer;
    upload.size = size;
    upload.number = m_nextNumber++;
    upload.folder = folder().isEmpty() ? QString() : folder() + QLatin1Char('/') + QString::number(upload.number);
    upload.file = std::make_unique<QFile>(upload.folder + QLatin1Char('/') + fileName);
    if (upload.folder.isEmpty() || !QDir().mkdir(upload.folder) || !QFile::setPermissions(upload.folder, OwnerOnlyFolder)
        || !upload.file->open(QIODevice::WriteOnly | QIODevice::NewOnly) || !upload.file->setPermissions(OwnerOnlyFile)) {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "Cannot create the file of upload" << upload.number << "from tab" << tab << ":" << upload.file->errorString();
        if (!upload.folder.isEmpty()) {
            QDir(upload.folder).removeRecursively();
        }
        return InvokeReply::rejection(id, QStringLiteral("writeFailed"), tr("Salon could not store the file %1 on the server. Try again later.").arg(fileName));
    }

    qCInfo(SALON_LINKER_PROCESS) << "Tab" << tab << "began upload" << upload.number << "of" << size << "bytes";
    m_uploads.emplace(Key{tab, args.at(0).toString()}, std::move(upload));
    return InvokeReply::success(id);
}

QJsonObject BrowserUploads::append(quint64 tab, const QJsonValue &id, const QVariantList &args)
{
    const auto upload = m_uploads.find({tab, args.at(0).toString()});
    if (upload == m_uploads.end()) {
        return InvokeReply::rejection(id, QStringLiteral("unknownUpload"), tr("There is no upload with the key \"%1\" in this tab.").arg(args.at(0).toString()));
    }
    const QString base64 = args.at(1).toString();
    if (base64.isEmpty() || base64.size() > MaxChunkBase64Length) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("A chunk must have 1 to %1 bytes, in base64.").arg(MaxChunkBytes));
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > MaxChunkBytes) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("A chunk must have 1 to %1 bytes, in base64.").arg(MaxChunkBytes));
    }

    Upload &current = upload->second;
    const QString fileName = QFileInfo(current.file->fileName()).fileName();
    if (current.received + decoded.decoded.size() > current.size) {
        qCWarning(SALON_LINKER_PROCESS) << "Tab" << tab << "sent more than the" << current.size << "bytes it declared for upload" << current.number;
        drop(upload, "it exceeded its size");
        return InvokeReply::rejection(id, QStringLiteral("sizeExceeded"),
                                      tr("The file %1 is larger than the size given when its upload began. Send it again.").arg(fileName));
    }
    if (current.file->write(decoded.decoded) != decoded.decoded.size()) {
        qCWarning(SALON_LINKER_PROCESS).noquote() << "Cannot write upload" << current.number << "from tab" << tab << ":" << current.file->errorString();
        drop(upload, "writing failed");
        return InvokeReply::rejection(id, QStringLiteral("writeFailed"), tr("Salon could not store the file %1 on the server. Try again later.").arg(fileName));
    }
    current.received += decoded.decoded.size();
    return InvokeReply::success(id);
}

QJsonObject BrowserUploads::finish(quint64 tab, const QJsonValue &id, const QVariantList &args)
{
    const auto upload = m_uploads.find({tab, args.at(0).toString()});
    if (upload == m_uploads.end()) {
        return InvokeReply::rejection(id, QStringLiteral("unknownUpload"), tr("There is no upload with the key \"%1\" in this tab.").arg(args.at(0).toString()));
    }
    Upload &current = upload->second;
    const QString path = current.file->fileName();
    const QString fileName = QFileInfo(path).fileName();
    if (current.received != current.size) {
        return InvokeReply::rejection(id, QStringLiteral("incompleteUpload"),
                                      tr("Only %1 of the %2 bytes of %3 arrived. Send the rest before finishing.")
                                          .arg(QString::number(current.received), QString::number(current.size), fileName));
    }
    if (!current.file->flush()) {
        drop(upload, "writing failed");
        return InvokeReply::rejection(id, QStringLiteral("writeFailed"), tr("Salon could not store the file %1 on the server. Try again later.").arg(fileName));
    }
    current.file->close();

    const QString jid = current.jid;
    const QString uploadFolder = current.folder;
    const int number = current.number;
    current.folder.clear();
    m_uploads.erase(upload);

    QString error;
    m_inSendFile = true;
    int transferId = 0;
    if (!jid.isEmpty()) {
        transferId = m_sender.sendFile(jid, path, &error);
    } else if (m_sender.uploadFile) {
        transferId = m_sender.uploadFile(path, &error);
    }
    m_inSendFile = false;
    if (transferId == 0 || m_endedDuringSend.remove(transferId)) {
        QDir(uploadFolder).removeRecursively();
    } else {
        m_sending.insert(transferId, uploadFolder);
    }
    m_endedDuringSend.clear();
    if (transferId == 0) {
        qCInfo(SALON_LINKER_PROCESS) << "Upload" << number << "from tab" << tab << "was not sent";
        return InvokeReply::rejection(id, QStringLiteral("sendFailed"), error.isEmpty() ? tr("Salon could not send the file %1.").arg(fileName) : error);
    }
    qCInfo(SALON_LINKER_PROCESS) << "Upload" << number << "from tab" << tab << "is sent as transfer" << transferId;
    QJsonObject reply = InvokeReply::success(id);
    reply.insert(QStringLiteral("transferId"), transferId);
    return reply;
}

QJsonObject BrowserUploads::cancel(quint64 tab, const QJsonValue &id, const QVariantList &args)
{
    const auto upload = m_uploads.find({tab, args.at(0).toString()});
    // Cancelling twice, or after a failed append dropped the upload, is no error.
    if (upload != m_uploads.end()) {
        drop(upload, "the tab cancelled it");
    }
    return InvokeReply::success(id);
}

void BrowserUploads::dropTab(quint64 tab)
{
    for (auto upload = m_uploads.begin(); upload != m_uploads.end();) {
        const auto next = std::next(upload);
        if (upload->first.first == tab) {
            drop(upload, "its tab closed");
        }
        upload = next;
    }
}

void BrowserUploads::handleTransferFinished(int transferId)
{
    const QString uploadFolder = m_sending.take(transferId);
    if (!uploadFolder.isEmpty()) {
        QDir(uploadFolder).removeRecursively();
    } else if (m_inSendFile) {
        m_endedDuringSend.insert(transferId);
    }
}

void BrowserUploads::drop(std::map<Key, Upload>::iterator upload, const char *reason)
{
    Upload &current = upload->second;
    qCInfo(SALON_LINKER_PROCESS) << "Dropped upload" << current.number << "of tab" << upload->first.first << "because" << reason;
    current.file->close();
    QDir(current.folder).removeRecursively();
    m_uploads.erase(upload);
}

QString BrowserUploads::safeFileName(const QString &fileName)
{
    // A name from the browser never chooses a folder, and control characters would confuse logs and headers.
    QString safe;
    for (const QChar c : fileName) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control) {
            safe += QLatin1Char('_');
        } else {
            safe += c;
        }
    }
    safe = safe.trimmed();
    if (safe.size() > MaxFileNameLength) {
        // The end keeps the extension, which decides the file's type. Neither half splits a surrogate pair.
        QString start = safe.left(MaxFileNameLength / 2);
        QString end = safe.right(MaxFileNameLength / 2);
        if (start.at(start.size() - 1).isHighSurrogate()) {
            start.chop(1);
        }
        if (end.at(0).isLowSurrogate()) {
            end.remove(0, 1);
        }
        safe = start + end;
    }
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String("..")) {
        safe = QStringLiteral("file");
    }
    return safe;
}
