#include "TextFileWriter.h"

#include "salon_ui_logging.h"

#include <QFileInfo>
#include <QSaveFile>

TextFileWriter::TextFileWriter(QObject *parent)
    : QObject(parent)
{
}

QString TextFileWriter::errorString() const
{
    return m_errorString;
}

bool TextFileWriter::write(const QUrl &fileUrl, const QString &text)
{
    if (!fileUrl.isLocalFile()) {
        qCWarning(SALON_UI).noquote() << "Not writing to" << fileUrl.toDisplayString() << "because it is no local file";
        return fail(tr("Salon can only save to a file on this computer, not to %1.").arg(fileUrl.toDisplayString()));
    }

    const QString path = fileUrl.toLocalFile();
    const QString fileName = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(SALON_UI).noquote() << "Could not open" << path << "for writing:" << file.errorString();
        return fail(tr("Salon could not save %1: %2.").arg(fileName, file.errorString()));
    }

    const QByteArray data = text.toUtf8();
    if (file.write(data) != data.size() || !file.commit()) {
        qCWarning(SALON_UI).noquote() << "Could not write" << path << ":" << file.errorString();
        return fail(tr("Salon could not save %1: %2.").arg(fileName, file.errorString()));
    }

    qCInfo(SALON_UI).noquote() << "Wrote" << data.size() << "bytes to" << path;
    if (!m_errorString.isEmpty()) {
        m_errorString.clear();
        Q_EMIT errorStringChanged();
    }
    return true;
}

bool TextFileWriter::fail(const QString &errorString)
{
    if (m_errorString != errorString) {
        m_errorString = errorString;
        Q_EMIT errorStringChanged();
    }
    return false;
}
