#include "Attachment.h"

#include <QMimeDatabase>
#include <QUrl>
#include <QXmppMessage.h>

QString Attachment::urlOf(const QXmppMessage &message)
{
    const QString outOfBand = message.outOfBandUrl().trimmed();
    if (!outOfBand.isEmpty() && isFetchable(QUrl(outOfBand, QUrl::StrictMode))) {
        return outOfBand;
    }

    const QString body = message.body().trimmed();
    if (body.isEmpty() || body.contains(QLatin1Char(' ')) || body.contains(QLatin1Char('\n')) || body.contains(QLatin1Char('\t'))) {
        return QString();
    }
    const QUrl url(body, QUrl::StrictMode);
    if (url.scheme() != QLatin1String("https") || !isFetchable(url)) {
        return QString();
    }
    return body;
}

bool Attachment::isFetchable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

QString Attachment::typeOf(const QString &url)
{
    const QString fileName = QUrl(url).fileName();
    if (fileName.isEmpty()) {
        return QStringLiteral("file");
    }
    const QMimeType mimeType = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return typeOfMimeType(mimeType.name());
}

QString Attachment::typeOfMimeType(const QString &mimeType)
{
    const QString name = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    for (const auto &type : {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio")}) {
        if (name.startsWith(type + QLatin1Char('/'))) {
            return type;
        }
    }
    return QStringLiteral("file");
}

QString Attachment::fileNameOf(const QString &url)
{
    QString name = QUrl(url).fileName(QUrl::FullyDecoded);
    QString safe;
    safe.reserve(name.size());
    for (const QChar character : qAsConst(name)) {
        if (character == QLatin1Char('/') || character == QLatin1Char('\\') || character.category() == QChar::Other_Control) {
            safe.append(QLatin1Char('_'));
        } else {
            safe.append(character);
        }
    }
    while (safe.startsWith(QLatin1Char('.'))) {
        safe.remove(0, 1);
    }
    safe = safe.trimmed().left(200);
    return safe.isEmpty() ? QStringLiteral("download") : safe;
}
