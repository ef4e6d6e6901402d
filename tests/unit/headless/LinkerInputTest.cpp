#include "LinkerInput.h"
#include "StdinDescriptorProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

namespace {

// Reads the bytes available at the linker's end without waiting. Sets *atEnd at the end of the input.
QByteArray readAvailable(int descriptor, bool *atEnd = nullptr)
{
    QByteArray received;
    char buffer[65536];
    for (;;) {
        const ssize_t size = ::recv(descriptor, buffer, sizeof buffer, MSG_DONTWAIT);
        if (size > 0) {
            received.append(buffer, int(size));
            continue;
        }
        if (atEnd) {
            *atEnd = size == 0;
        }
        return received;
    }
}

QByteArray patternOfSize(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = char('a' + (i * 7 + i / 4093) % 26);
    }
    return data;
}

} // namespace

class LinkerInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameLeavesWithoutEventLoop();
    void largeWriteArrivesInOrderThenEnds();
    void closeWithNothingPendingEndsAtOnce();
    void writeAfterLinkerLeftFails();
    void childReadsInputAsStandardInput();
};

void LinkerInputTest::frameLeavesWithoutEventLoop()
{
    LinkerInput input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    QVERIFY(input.childDescriptor() >= 0);

    QVERIFY(input.write(QByteArrayLiteral("first frame")));
    QVERIFY(input.write(QByteArrayLiteral("|second")));
    QCOMPARE(input.bytesToWrite(), 0);
    // No event was processed, so the bytes went to the socket in write() itself.
    QCOMPARE(readAvailable(input.childDescriptor()), QByteArrayLiteral("first frame|second"));
}

void LinkerInputTest::largeWriteArrivesInOrderThenEnds()
{
    LinkerInput input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    const int linkerEnd = input.childDescriptor();

    // Far more than a socket buffer takes, in frames of different sizes.
    QByteArray expected;
    for (int size : {100, 3 * 1024 * 1024, 17, 700 * 1024, 1}) {
        const QByteArray frame = patternOfSize(size);
        expected += frame;
        QVERIFY(input.write(frame));
    }
    QVERIFY(input.bytesToWrite() > 0);
    input.closeWhenWritten();
    QVERIFY(input.isOpen());
    // The input takes nothing more once it is closing.
    QVERIFY(!input.write(QByteArrayLiteral("late")));

    QByteArray received;
    bool atEnd = false;
    QDeadlineTimer deadline(10000);
    while (!atEnd && !deadline.hasExpired()) {
        received += readAvailable(linkerEnd, &atEnd);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    QVERIFY2(atEnd, "the linker's end never read the end of the input");
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
    QVERIFY(!input.isOpen());
    QCOMPARE(input.bytesToWrite(), 0);
}

void LinkerInputTest::closeWithNothingPendingEndsAtOnce()
{
    LinkerInput input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    QVERIFY(input.write(QByteArrayLiteral("signOut")));
    input.closeWhenWritten();
    QVERIFY(!input.isOpen());

    bool atEnd = false;
    QCOMPARE(readAvailable(input.childDescriptor(), &atEnd), QByteArrayLiteral("signOut"));
    QVERIFY(atEnd);
}

void LinkerInputTest::writeAfterLinkerLeftFails()
{
    // SIGPIPE keeps its default action here, so a write that raised it would end the test.
    LinkerInput input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    input.releaseChildDescriptor();
    QCOMPARE(input.childDescriptor(), -1);

    QVERIFY(!input.write(QByteArrayLiteral("to nobody")));
    QCOMPARE(input.bytesToWrite(), 0);
}

void LinkerInputTest::childReadsInputAsStandardInput()
{
    const QString cat = QStandardPaths::findExecutable(QStringLiteral("cat"));
    QVERIFY2(!cat.isEmpty(), "cat is not installed");

    LinkerInput input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    StdinDescriptorProcess process;
    process.setStandardInputDescriptor(input.childDescriptor());
    process.start(cat, {}, QIODevice::ReadOnly);
    input.releaseChildDescriptor();
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));

    const QByteArray frames = patternOfSize(300 * 1024);
    QVERIFY(input.write(frames));
    input.closeWhenWritten();

    // cat copies its input to its output and exits at the end of its input. That end comes only
    // if no copy of the linker's end stays open in the parent once the daemon's end is closed.
    QByteArray output;
    QDeadlineTimer deadline(10000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        // The events write the rest of the input as cat reads it, and read cat's output.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        output += process.readAllStandardOutput();
    }
    output += process.readAllStandardOutput();
    QCOMPARE(process.state(), QProcess::NotRunning);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(output.size(), frames.size());
    QVERIFY(output == frames);
}

QTEST_GUILESS_MAIN(LinkerInputTest)

#include "LinkerInputTest.moc"
