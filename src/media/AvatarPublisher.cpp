#include "AvatarPublisher.h"

#include "AvatarService.h"
#include "salon_media_logging.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

AvatarPublisher::AvatarPublisher(AvatarService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_watcher, &QFutureWatcher<AvatarImageProcessor::Result>::finished, this, [this] {
        finish(m_fileName);
    });
}

AvatarPublisher::~AvatarPublisher()
{
    // The worker only reads its own copy of the input, so it may finish after the publisher is gone.
    m_watcher.disconnect(this);
}

bool AvatarPublisher::isBusy() const
{
    return m_busy;
}

void AvatarPublisher::publishFile(const QUrl &fileUrl)
{
    const QString path = fileUrl.toLocalFile();
    const QString fileName = QFileInfo(path).fileName();
    if (path.isEmpty()) {
        qCInfo(SALON_MEDIA).noquote() << "rejected an avatar that is not a local file:" << fileUrl.scheme();
        Q_EMIT actionFailed(fileUrl.toDisplayString(), tr("Choose an image file on this computer."));
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        Q_EMIT actionFailed(fileName, errorMessage(AvatarImageProcessor::Error::Unreadable, fileName));
        return;
    }
    if (info.size() > AvatarImageProcessor::MaxInputBytes) {
        Q_EMIT actionFailed(fileName, errorMessage(AvatarImageProcessor::Error::FileTooLarge, fileName));
        return;
    }

    prepare(fileName, [path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return AvatarImageProcessor::Result{AvatarImageProcessor::Error::Unreadable, {}, 0, 0};
        }
        // Reads at most one byte more than allowed, so a file that grew since the check is still rejected.
        return AvatarImageProcessor::prepare(file.read(AvatarImageProcessor::MaxInputBytes + 1));
    });
}

void AvatarPublisher::publishData(const QString &fileName, const QString &base64)
{
    if (base64.size() > (AvatarImageProcessor::MaxInputBytes * 4) / 3 + 4) {
        Q_EMIT actionFailed(fileName, errorMessage(AvatarImageProcessor::Error::FileTooLarge, fileName));
        return;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        qCInfo(SALON_MEDIA).noquote() << "rejected avatar data that is not valid base64";
        Q_EMIT actionFailed(fileName, errorMessage(AvatarImageProcessor::Error::NotAnImage, fileName));
        return;
    }

    prepare(fileName, [data = decoded.decoded] {
        return AvatarImageProcessor::prepare(data);
    });
}

void AvatarPublisher::prepare(const QString &fileName, std::function<AvatarImageProcessor::Result()> work)
{
    if (isBusy()) {
        Q_EMIT actionFailed(fileName, tr("Salon is still preparing the previous image. Try again in a moment."));
        return;
    }
    m_fileName = fileName;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
    Q_EMIT busyChanged();
}

void AvatarPublisher::finish(const QString &fileName)
{
    const AvatarImageProcessor::Result result = m_watcher.result();
    m_busy = false;
    Q_EMIT busyChanged();
    if (result.error != AvatarImageProcessor::Error::NoError) {
        qCInfo(SALON_MEDIA).noquote() << "rejected an avatar image, error" << int(result.error);
        Q_EMIT actionFailed(fileName, errorMessage(result.error, fileName));
        return;
    }
    if (!m_service) {
        return;
    }
    qCInfo(SALON_MEDIA).noquote() << "prepared an avatar of" << result.width << "x" << result.height << "pixels," << result.image.data.size() << "bytes";
    m_service->publishOwnAvatar(result.image, result.width, result.height);
}

QString AvatarPublisher::errorMessage(AvatarImageProcessor::Error error, const QString &fileName)
{
    switch (error) {
    case AvatarImageProcessor::Error::NoError:
        break;
    case AvatarImageProcessor::Error::Empty:
        return tr("The file \"%1\" is empty. Choose an image.").arg(fileName);
    case AvatarImageProcessor::Error::Unreadable:
        return tr("Salon could not read the file \"%1\". Check that it exists and that you may open it.").arg(fileName);
    case AvatarImageProcessor::Error::FileTooLarge:
        return tr("The file \"%1\" is larger than %2 MB. Choose a smaller image.").arg(fileName).arg(AvatarImageProcessor::MaxInputBytes / (1024 * 1024));
    case AvatarImageProcessor::Error::TooManyPixels:
        return tr("The image \"%1\" is larger than %2 × %2 pixels. Choose a smaller image.").arg(fileName).arg(AvatarImageProcessor::MaxInputSide);
    case AvatarImageProcessor::Error::NotAnImage:
        return tr("The file \"%1\" is not an image that Salon can read. Choose a PNG, JPEG, GIF or WebP image.").arg(fileName);
    case AvatarImageProcessor::Error::EncodingFailed:
        return tr("Salon could not convert the image \"%1\" for publishing. Try another image.").arg(fileName);
    }
    return QString();
}
