#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

/// Writes text to a local file chosen by the user, for QML, which cannot write files.
///
/// write() replaces the file atomically through QSaveFile: the text goes to a temporary file next
/// to the target, which is renamed over it only when every byte was written, so a failure leaves
/// the previous file as it was. The text is encoded as UTF-8.
///
/// \code
/// TextFileWriter {
///     id: writer
/// }
/// if (!writer.write(fileUrl, content))
///     showError(writer.errorString);
/// \endcode
class TextFileWriter : public QObject
{
    Q_OBJECT
    /// Translated sentence that states why the last write() failed; empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit TextFileWriter(QObject *parent = nullptr);

    QString errorString() const;

    /// Writes \a text to the local file \a fileUrl, replacing it. Returns false, with errorString()
    /// set, when \a fileUrl is no local file or the file cannot be written.
    Q_INVOKABLE bool write(const QUrl &fileUrl, const QString &text);

Q_SIGNALS:
    void errorStringChanged();

private:
    bool fail(const QString &errorString);

    QString m_errorString;
};
