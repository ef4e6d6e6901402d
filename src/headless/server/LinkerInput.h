#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

/// The standard input of a linker: one end of a Unix stream socket pair,
/// which the linker inherits as its descriptor 0, and the other end, which
/// the daemon writes frames to.
///
/// write() hands the bytes to the kernel at once, so a frame reaches the
/// linker without waiting for the next pass of the event loop, as a
/// QProcess write would. Only what the socket does not take then waits in
/// a buffer, sent as the socket drains. Writes never raise SIGPIPE: once
/// the linker has gone, write() returns false and drops the bytes.
class LinkerInput : public QObject
{
    Q_OBJECT

public:
    explicit LinkerInput(QObject *parent = nullptr);
    ~LinkerInput() override;

    /// Creates the socket pair. Returns false, with errorString() set, if a system call fails.
    bool open();
    QString errorString() const;

    /// The end that the linker inherits, or -1 before open() and after releaseChildDescriptor().
    /// It is closed on exec(), so only a child that duplicates it keeps it.
    int childDescriptor() const;
    /// Closes the daemon's copy of the linker's end once the started linker has its own.
    void releaseChildDescriptor();

    /// Writes \a data, or buffers what the socket does not take now. Returns false once the
    /// input is closed or the linker has gone.
    bool write(const QByteArray &data);
    /// Bytes that wait in the buffer for the socket to take them.
    qint64 bytesToWrite() const;
    /// Closes the input once the buffered bytes are written, so the linker reads the end of its input after them.
    void closeWhenWritten();
    /// Closes the input at once and drops the buffered bytes.
    void close();
    bool isOpen() const;

private:
    void writeBuffered();
    // Sends from \a data and returns the bytes taken, or -1 if the linker has gone.
    qint64 sendNow(const char *data, qint64 size);

    int m_fd = -1;
    int m_childFd = -1;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_buffer;
    /// Bytes at the start of m_buffer that are written already.
    qint64 m_bufferOffset = 0;
    bool m_closeWhenWritten = false;
    QString m_errorString;
};
