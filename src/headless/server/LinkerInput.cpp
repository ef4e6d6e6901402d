#include "LinkerInput.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Written bytes at the start of the buffer above which it is compacted.
constexpr qint64 CompactBufferFrom = 64 * 1024;

} // namespace

LinkerInput::LinkerInput(QObject *parent)
    : QObject(parent)
{
}

LinkerInput::~LinkerInput()
{
    close();
    releaseChildDescriptor();
}

bool LinkerInput::open()
{
    if (m_fd >= 0) {
        return true;
    }
    int descriptors[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, descriptors) < 0) {
        m_errorString = QStringLiteral("cannot create the linker's input socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Only the daemon's end is non-blocking: the two ends are separate open files.
    const int flags = ::fcntl(descriptors[0], F_GETFL);
    if (flags < 0 || ::fcntl(descriptors[0], F_SETFL, flags | O_NONBLOCK) < 0) {
        m_errorString = QStringLiteral("cannot make the linker's input non-blocking: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(descriptors[0]);
        ::close(descriptors[1]);
        return false;
    }
    // The linker only reads.
    ::shutdown(descriptors[1], SHUT_WR);
    m_fd = descriptors[0];
    m_childFd = descriptors[1];
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &LinkerInput::writeBuffered);
    return true;
}

QString LinkerInput::errorString() const
{
    return m_errorString;
}

int LinkerInput::childDescriptor() const
{
    return m_childFd;
}

void LinkerInput::releaseChildDescriptor()
{
    if (m_childFd >= 0) {
        ::close(m_childFd);
        m_childFd = -1;
    }
}

bool LinkerInput::write(const QByteArray &data)
{
    if (m_fd < 0 || m_closeWhenWritten) {
        return false;
    }
    qint64 written = 0;
    if (bytesToWrite() == 0) {
        written = sendNow(data.constData(), data.size());
        if (written < 0) {
            return false;
        }
    }
    if (written < data.size()) {
        m_buffer.append(data.constData() + written, int(data.size() - written));
        m_writeNotifier->setEnabled(true);
    }
    return true;
}

qint64 LinkerInput::bytesToWrite() const
{
    return m_buffer.size() - m_bufferOffset;
}

void LinkerInput::closeWhenWritten()
{
    if (m_fd < 0) {
        return;
    }
    if (bytesToWrite() == 0) {
        close();
        return;
    }
    m_closeWhenWritten = true;
}

void LinkerInput::close()
{
    if (m_fd < 0) {
        return;
    }
    // close() may run in the notifier's own activated() signal, so the notifier is deleted later.
    m_writeNotifier->setEnabled(false);
    m_writeNotifier->deleteLater();
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
    m_bufferOffset = 0;
    m_closeWhenWritten = false;
}

bool LinkerInput::isOpen() const
{
    return m_fd >= 0;
}

void LinkerInput::writeBuffered()
{
    const qint64 written = sendNow(m_buffer.constData() + m_bufferOffset, bytesToWrite());
    if (written < 0) {
        close();
        return;
    }
    m_bufferOffset += written;
    if (bytesToWrite() == 0) {
        m_buffer.clear();
        m_bufferOffset = 0;
        m_writeNotifier->setEnabled(false);
        if (m_closeWhenWritten) {
            close();
        }
    } else if (m_bufferOffset >= CompactBufferFrom) {
        m_buffer.remove(0, int(m_bufferOffset));
        m_bufferOffset = 0;
    }
}

qint64 LinkerInput::sendNow(const char *data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
        const ssize_t result = ::send(m_fd, data + written, size_t(size - written), MSG_NOSIGNAL);
        if (result >= 0) {
            written += result;
            continue;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno == EAGAIN) {
            break;
        }
        // EPIPE or ECONNRESET: the linker has closed its end, so it exited or is exiting.
        return -1;
    }
    return written;
}
