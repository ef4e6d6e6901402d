// A stand-in for salon-linker that speaks the frame protocol and misbehaves on request.
//
// What it does depends on the local part of the JID in the signIn frame:
//   good        reports the account online to every tab and publishes a
//               one-row contacts model to each tab that opens. It replies to
//               each request from a tab with an `echo` message: the request's
//               text, the tab number, the linker's process id and arguments,
//               and whether the password leaked into its arguments or environment.
//               A request with "brief": true gets only the text and the tab
//               number, so that a load benchmark measures the routing of small
//               frames and not this program's JSON
//   failed      reports a wrong password before ever being online, then waits
//   crashearly  aborts (SIGABRT) before the account is online
// These report the account online, then misbehave when the first tab opens:
//   oversized   writes a length prefix of 2 MiB, then waits
//   malformed   writes a frame whose payload is not JSON, then waits
//   notobject   writes a frame whose payload is a JSON array, then waits
//   truncated   writes half a length prefix and exits with status 0
//   crash       aborts (SIGABRT)
// These act at once after signIn, without waiting for a tab:
//   stall       reports the account online, then waits without replying to pings
//   flood       writes toTab frames as fast as it can until it is killed
//   hog         allocates memory with operator new until an allocation fails
//   hogqt       allocates memory in QByteArray until one throws std::bad_alloc
// "Waits" means it reads frames until signOut or the end of its input.
// Every behaviour but stall replies to each ping with a pong, as salon-linker does.
// Like salon-linker, it applies --memory-limit MIB and exits with status 3
// when an allocation fails.

#include "FrameDecoder.h"
#include "FrameEncoder.h"
#include "JsonMessage.h"
#include "LinkerExitCode.h"
#include "MemoryLimit.h"
#include "RoutedFrame.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

QStringList g_arguments;
QString g_password;
bool g_replyToPings = true;

void writeBytes(const QByteArray &bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t result = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (result <= 0) {
            std::exit(4);
        }
        written += result;
    }
}

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

// Sends the account's state as a JSON toTab frame, which salon-server reads, like salon-linker does.
void sendToTab(double tab, const QJsonObject &message)
{
    writeBytes(FrameEncoder::encode(JsonMessage::encode(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("toTab")},
        {QStringLiteral("tab"), tab},
        {QStringLiteral("message"), message},
    })));
}

// Sends any other message as a routed frame, which salon-server passes on without parsing.
void routeToTab(double tab, const QJsonObject &message)
{
    writeBytes(FrameEncoder::encode(RoutedFrame::encode(RoutedFrame::Kind::ToTab, quint64(tab), JsonMessage::encode(message))));
}

bool passwordLeaked()
{
    for (const QString &argument : qAsConst(g_arguments)) {
        if (argument.contains(g_password)) {
            return true;
        }
    }
    for (char **variable = environ; *variable; ++variable) {
        if (QString::fromLocal8Bit(*variable).contains(g_password)) {
            return true;
        }
    }
    return false;
}

/// Blocking reader of the server's frames.
class FrameReader
{
public:
    /// Reads the next message; returns false at the end of the input or at signOut.
    bool next(QJsonObject *message)
    {
        while (m_pending.isEmpty()) {
            char buffer[4096];
            const ssize_t size = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (size <= 0) {
                return false;
            }
            const FrameDecoder::Result result = m_decoder.feed(QByteArray(buffer, int(size)));
            if (result.error != FrameDecoder::Error::NoError) {
                log(QStringLiteral("warning fake linker: broken frame from the server"));
                std::exit(2);
            }
            m_pending += result.frames;
        }

        const QByteArray payload = m_pending.takeFirst();
        if (RoutedFrame::isRouted(payload)) {
            // A browser message, given in the shape of a JSON fromTab frame.
            const std::optional<RoutedFrame::Decoded> routed = RoutedFrame::decode(payload);
            const JsonMessage::DecodeResult browserMessage = JsonMessage::decode(routed ? routed->json : QByteArray());
            if (!routed || routed->kind != RoutedFrame::Kind::FromTab || !browserMessage.isValid()) {
                log(QStringLiteral("warning fake linker: malformed routed frame from the server"));
                std::exit(2);
            }
            *message = RoutedFrame::toJsonFrame(*routed, browserMessage.object);
            return true;
        }
        const JsonMessage::DecodeResult decoded = JsonMessage::decode(payload);
        if (!decoded.isValid()) {
            log(QStringLiteral("warning fake linker: malformed frame from the server"));
            std::exit(2);
        }
        if (decoded.object.value(QStringLiteral("type")).toString() == QLatin1String("ping")) {
            if (g_replyToPings) {
                writeBytes(FrameEncoder::encode(JsonMessage::encode(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), decoded.object.value(QStringLiteral("id"))}})));
            }
            return next(message);
        }
        *message = decoded.object;
        return decoded.object.value(QStringLiteral("type")).toString() != QLatin1String("signOut");
    }

    /// Reads and drops messages until the input ends or signOut arrives.
    void skipToEnd()
    {
        QJsonObject message;
        while (next(&message)) { }
    }

private:
    FrameDecoder m_decoder;
    QList<QByteArray> m_pending;
};

void sendOnline(double tab)
{
    sendToTab(tab,
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("account")},
                  {QStringLiteral("state"), QStringLiteral("online")},
                  {QStringLiteral("error"), QString()},
                  {QStringLiteral("errorMessage"), QString()},
              });
}

/// Reads frames until a tab opens; returns false at the end of the input or at signOut.
bool waitForTab(FrameReader &reader)
{
    QJsonObject message;
    while (reader.next(&message)) {
        if (message.value(QStringLiteral("type")).toString() == QLatin1String("tabOpened")) {
            return true;
        }
    }
    return false;
}

void runGoodLinker(FrameReader &reader, const QString &jid)
{
    // Neither the arguments nor the environment change, so the check runs once.
    const bool leaked = passwordLeaked();
    const QJsonArray arguments = QJsonArray::fromStringList(g_arguments);
    sendOnline(0);
    QJsonObject message;
    while (reader.next(&message)) {
        const QString type = message.value(QStringLiteral("type")).toString();
        const double tab = message.value(QStringLiteral("tab")).toDouble();
        if (type == QLatin1String("tabOpened")) {
            sendOnline(tab);
            routeToTab(tab,
                       QJsonObject{
                           {QStringLiteral("type"), QStringLiteral("model")},
                           {QStringLiteral("model"), QStringLiteral("contacts")},
                           {QStringLiteral("op"), QStringLiteral("reset")},
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("jid")}},
                           {QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("jid"), jid}}}},
                       });
        } else if (type == QLatin1String("fromTab")) {
            const QJsonObject request = message.value(QStringLiteral("message")).toObject();
            QJsonObject echo{
                {QStringLiteral("type"), QStringLiteral("echo")},
                {QStringLiteral("text"), request.value(QStringLiteral("text"))},
                {QStringLiteral("tab"), tab},
            };
            if (!request.value(QStringLiteral("brief")).toBool()) {
                echo.insert(QStringLiteral("pid"), double(::getpid()));
                echo.insert(QStringLiteral("arguments"), arguments);
                echo.insert(QStringLiteral("passwordLeaked"), leaked);
            }
            routeToTab(tab, echo);
        }
    }
}

[[noreturn]] void flood()
{
    for (double count = 1;; ++count) {
        routeToTab(0, QJsonObject{{QStringLiteral("type"), QStringLiteral("flood")}, {QStringLiteral("count"), count}});
    }
}

// Touches every page, so the memory is in use and not only reserved.
[[noreturn]] void allocateWithNew()
{
    constexpr size_t ChunkSize = 1024 * 1024;
    std::vector<char *> chunks;
    for (;;) {
        char *chunk = new char[ChunkSize];
        std::memset(chunk, 1, ChunkSize);
        chunks.push_back(chunk);
    }
}

[[noreturn]] void allocateWithQByteArray()
{
    QList<QByteArray> chunks;
    for (;;) {
        chunks.append(QByteArray(1024 * 1024, 'x'));
    }
}

// Applies --memory-limit as salon-linker does; returns false if the system rejects the limit.
bool applyMemoryLimit()
{
    const int index = g_arguments.indexOf(QStringLiteral("--memory-limit"));
    const int limit = index >= 0 ? g_arguments.value(index + 1).toInt() : 0;
    MemoryLimit::installOutOfMemoryHandler(limit);
    QString error;
    if (!MemoryLimit::apply(limit, &error)) {
        log(QStringLiteral("critical fake linker: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        g_arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (!applyMemoryLimit()) {
        return 1;
    }

    FrameReader reader;
    QJsonObject signIn;
    reader.next(&signIn);
    if (signIn.value(QStringLiteral("type")).toString() != QLatin1String("signIn")) {
        log(QStringLiteral("critical fake linker: the first frame is not signIn"));
        return 2;
    }

    const QString jid = signIn.value(QStringLiteral("jid")).toString();
    g_password = signIn.value(QStringLiteral("password")).toString();
    const QString behaviour = jid.section(QLatin1Char('@'), 0, 0);
    log(QStringLiteral("info fake linker for %1 behaves as %2").arg(jid, behaviour));

    if (behaviour == QLatin1String("good")) {
        runGoodLinker(reader, jid);
        log(QStringLiteral("info fake linker for %1 exits").arg(jid));
        return 0;
    }
    if (behaviour == QLatin1String("crashearly")) {
        std::abort();
    }
    if (behaviour == QLatin1String("stall")) {
        g_replyToPings = false;
        sendOnline(0);
        reader.skipToEnd();
        return 0;
    }
    if (behaviour == QLatin1String("flood")) {
        sendOnline(0);
        flood();
    }
    if (behaviour == QLatin1String("hog")) {
        allocateWithNew();
    }
    if (behaviour == QLatin1String("hogqt")) {
        allocateWithQByteArray();
    }
    if (behaviour == QLatin1String("failed")) {
        sendToTab(0,
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("account")},
                      {QStringLiteral("state"), QStringLiteral("offline")},
                      {QStringLiteral("error"), QStringLiteral("wrongPassword")},
                      {QStringLiteral("errorMessage"), QStringLiteral("Wrong address or password.")},
                  });
        reader.skipToEnd();
        log(QStringLiteral("info fake linker for %1 exits").arg(jid));
        return 0;
    }

    sendOnline(0);
    if (!waitForTab(reader)) {
        return 0;
    }
    if (behaviour == QLatin1String("oversized")) {
        writeBytes(QByteArray("\x00\x20\x00\x00", 4) + QByteArray(1024, 'x'));
        reader.skipToEnd();
    } else if (behaviour == QLatin1String("malformed")) {
        writeBytes(FrameEncoder::encode("this is not JSON"));
        reader.skipToEnd();
    } else if (behaviour == QLatin1String("notobject")) {
        writeBytes(FrameEncoder::encode("[1,2,3]"));
        reader.skipToEnd();
    } else if (behaviour == QLatin1String("truncated")) {
        writeBytes(QByteArray("\x00\x00", 2));
        return 0;
    } else if (behaviour == QLatin1String("crash")) {
        std::abort();
    } else {
        log(QStringLiteral("critical fake linker: unknown behaviour %1").arg(behaviour));
        return 3;
    }

    log(QStringLiteral("info fake linker for %1 exits").arg(jid));
    return 0;
}
