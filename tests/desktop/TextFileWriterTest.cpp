// Saving text for QML: atomic replacement of local files and the error of each failure.

#include "TextFileWriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TextFileWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each test function gets an empty folder of its own.
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    void writesUtf8()
    {
        const QString path = m_folder->filePath(QStringLiteral("export.txt"));
        TextFileWriter writer;

        const QString text = QStringLiteral("[2026-01-05T10:00:00Z] bob: Grüße 👋\n");
        QVERIFY(writer.write(QUrl::fromLocalFile(path), text));

        QCOMPARE(contentsOf(path), text.toUtf8());
        QCOMPARE(writer.errorString(), QString());
    }

    void replacesExistingFile()
    {
        const QString path = m_folder->filePath(QStringLiteral("export.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an older and longer export");
        }
        TextFileWriter writer;

        QVERIFY(writer.write(QUrl::fromLocalFile(path), QStringLiteral("{}")));

        QCOMPARE(contentsOf(path), QByteArray("{}"));
        // QSaveFile renamed its temporary file over the target, so nothing else is left.
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList{QStringLiteral("export.json")});
    }

    void missingFolderFails()
    {
        const QString path = m_folder->filePath(QStringLiteral("no-such-folder/export.txt"));
        TextFileWriter writer;
        QSignalSpy errorChanged(&writer, &TextFileWriter::errorStringChanged);

        QVERIFY(!writer.write(QUrl::fromLocalFile(path), QStringLiteral("text")));

        QVERIFY2(writer.errorString().contains(QStringLiteral("export.txt")), qPrintable(writer.errorString()));
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY(!QFile::exists(path));
    }

    void remoteUrlFails()
    {
        TextFileWriter writer;

        QVERIFY(!writer.write(QUrl(QStringLiteral("https://example.org/export.txt")), QStringLiteral("text")));

        QVERIFY2(writer.errorString().contains(QStringLiteral("example.org")), qPrintable(writer.errorString()));
    }

    void successClearsError()
    {
        TextFileWriter writer;
        QVERIFY(!writer.write(QUrl::fromLocalFile(m_folder->filePath(QStringLiteral("missing/a.txt"))), QStringLiteral("text")));
        QVERIFY(!writer.errorString().isEmpty());
        QSignalSpy errorChanged(&writer, &TextFileWriter::errorStringChanged);

        QVERIFY(writer.write(QUrl::fromLocalFile(m_folder->filePath(QStringLiteral("b.txt"))), QStringLiteral("text")));

        QCOMPARE(writer.errorString(), QString());
        QCOMPARE(errorChanged.count(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_GUILESS_MAIN(TextFileWriterTest)
#include "TextFileWriterTest.moc"
