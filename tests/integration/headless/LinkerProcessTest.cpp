// salon-linker as salon-server runs it: frames on its standard input and
// output, its log on standard error. The account connects to a loopback
// port where nothing listens, so no XMPP server is needed: these tests
// cover the frame protocol and the log, not a successful sign-in.
// The supervision tests run LinkerProcess with salon-fake-linker, whose
// behaviours break one limit each, and with the real salon-linker. One of
// them signs in to Prosody with a roster too large for the memory limit.

#include "FrameDecoder.h"
#include "FrameEncoder.h"
#include "JsonMessage.h"
#include "LinkerExitCode.h"
#include "LinkerFrameDecoding.h"
#include "LinkerProcess.h"
#include "TestXmppServer.h"

#include <QFile>
#include <QSignalSpy>

#include <csignal>
#include <sys/types.h>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace {

constexpr int TimeoutMs = 10000;
const QString password = QStringLiteral("linker test password");

/// A loopback port with nothing listening on it: the system chose it, and it is closed again.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// Daemon log lines written while a test runs, so tests can check what LinkerProcess logged.
QStringList g_logLines;

void recordLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Q_UNUSED(type)
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    g_logLines.append(category + QLatin1Char(' ') + message);
    std::fprintf(stderr, "%s: %s\n", qPrintable(category), qPrintable(message));
}

bool logContains(const QString &text)
{
    for (const QString &line : qAsConst(g_logLines)) {
        if (line.contains(text)) {
            return true;
        }
    }
    return false;
}

/// Limits short enough for tests: a ping every 100 ms, stalled after 1 s without a pong.
LinkerLimits shortLimits()
{
    LinkerLimits limits;
    limits.pingIntervalMs = 100;
    limits.stallTimeoutMs = 1000;
    limits.memoryLimitMib = 64;
    return limits;
}

QJsonObject signInFrame(const QString &jid)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("signIn")},
        {QStringLiteral("jid"), jid},
        {QStringLiteral("password"), password},
    };
}

/// A salon-linker process with the frames and log lines it wrote.
class Linker
{
public:
    Linker()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            readFrames();
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            m_log += m_process.readAllStandardError();
        });
    }

    ~Linker()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(TimeoutMs);
        }
    }

    bool start(const QStringList &extraArguments = {})
    {
        m_process.start(QStringLiteral(SALON_LINKER_PATH),
                        QStringList{
                            QStringLiteral("--xmpp-host"),
                            QStringLiteral("127.0.0.1"),
                            QStringLiteral("--xmpp-port"),
                            QString::number(closedPort()),
                            QStringLiteral("--reconnect-delay"),
                            QStringLiteral("100"),
                            QStringLiteral("--log-level"),
                            QStringLiteral("debug"),
                        } + extraArguments);
        return m_process.waitForStarted(TimeoutMs);
    }

    void send(const QJsonObject &message)
    {
        m_process.write(FrameEncoder::encode(JsonMessage::encode(message)));
    }

    void sendRaw(const QByteArray &bytes)
    {
        m_process.write(bytes);
    }

    void closeInput()
    {
        m_process.closeWriteChannel();
    }

    qint64 processId() const
    {
        return m_process.processId();
    }

    /// Waits for the process to exit; returns its exit code, or -1 on a crash or timeout.
    int waitForExit()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(TimeoutMs)) {
            return -1;
        }
        readFrames();
        m_log += m_process.readAllStandardError();
        if (m_decoder.finish().error != FrameDecoder::Error::NoError) {
            m_outputValid = false;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    /// Waits for the next toTab frame whose message has type \a type; returns the whole frame.
    QJsonObject take(const QString &type)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            for (int i = 0; i < m_frames.size(); ++i) {
                const QJsonObject message = m_frames.at(i).value(QStringLiteral("message")).toObject();
                if (message.value(QStringLiteral("type")).toString() == type) {
                    const QJsonObject frame = m_frames.at(i);
                    m_frames.erase(m_frames.begin(), m_frames.begin() + i + 1);
                    return frame;
                }
            }
            if (timer.elapsed() > TimeoutMs || m_process.state() == QProcess::NotRunning) {
                return {};
            }
            QTest::qWait(20);
        }
    }

    QList<QJsonObject> frames() const
    {
        return m_frames;
    }

    QByteArray log() const
    {
        return m_log;
    }

    /// Whether everything on standard output was a valid frame holding a JSON object.
    bool outputValid() const
    {
        return m_outputValid;
    }

private:
    void readFrames()
    {
        const FrameDecoder::Result result = m_decoder.feed(m_process.readAllStandardOutput());
        if (result.error != FrameDecoder::Error::NoError) {
            m_outputValid = false;
        }
        for (const QByteArray &payload : result.frames) {
            const JsonMessage::DecodeResult decoded = decodeLinkerPayload(payload);
            if (!decoded.isValid()) {
                m_outputValid = false;
                continue;
            }
            m_frames.append(decoded.object);
        }
    }

    QProcess m_process;
    FrameDecoder m_decoder;
    QList<QJsonObject> m_frames;
    QByteArray m_log;
    bool m_outputValid = true;
};

} // namespace

// The frames of a LinkerProcess through one signal: its JSON frames as they are, and its routed
// frames for tabs in the shape of JSON toTab frames.
class LinkerFrames : public QObject
{
    Q_OBJECT

public:
    explicit LinkerFrames(LinkerProcess *linker)
    {
        connect(linker, &LinkerProcess::messageReceived, this, &LinkerFrames::received);
        connect(linker, &LinkerProcess::tabMessageReceived, this, [this](quint64 tab, const QByteArray &json) {
            Q_EMIT received(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("toTab")},
                {QStringLiteral("tab"), double(tab)},
                {QStringLiteral("message"), JsonMessage::decode(json).object},
            });
        });
    }

Q_SIGNALS:
    void received(const QJsonObject &frame);
};

class LinkerProcessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signInPublishesStateAndSnapshot();
    void tabOpenSendsServerFeatures();
    void everyLogLineNamesAccount();
    void signOutFrameExitsCleanly();
    void endOfInputExitsCleanly();
    void firstFrameMustBeSignIn();
    void malformedFrameExitsWithError_data();
    void malformedFrameExitsWithError();
    void unsupportedRequestAnswered();
    void invalidArgumentsRejected_data();
    void invalidArgumentsRejected();
    void serverEndsSessionOfUnreachableAccount();

    void pingAnsweredKeepsLinker();
    void silentLinkerKilledAsStalled();
    void floodingLinkerKilledAlone();
    void snapshotBurstWithinFrameLimit();
    void memoryHogExitsAtLimit_data();
    void memoryHogExitsAtLimit();
    void exitLogNamesSignal();
    void realLinkerHasMemoryLimit();
    void realLinkerAnswersPingsUnderProcess();
    void publicReaderAnswersPings();
    void realLinkerExitsAtMemoryLimit();
};

void LinkerProcessTest::initTestCase()
{
    qRegisterMetaType<LinkerProcess::ExitKind>();
    qInstallMessageHandler(recordLogLine);
}

void LinkerProcessTest::init()
{
    g_logLines.clear();
}

void LinkerProcessTest::signInPublishesStateAndSnapshot()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("alice@localhost")));
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 7}});

    // The tab that opened gets the account state and a snapshot of the contacts.
    const QJsonObject account = linker.take(QStringLiteral("account"));
    QCOMPARE(account.value(QStringLiteral("type")).toString(), QStringLiteral("toTab"));
    QCOMPARE(account.value(QStringLiteral("tab")).toInt(), 7);
    const QJsonObject state = account.value(QStringLiteral("message")).toObject();
    QVERIFY(state.contains(QStringLiteral("state")));
    QVERIFY(state.contains(QStringLiteral("error")));
    QVERIFY(state.contains(QStringLiteral("errorMessage")));

    const QJsonObject snapshot = linker.take(QStringLiteral("model"));
    QCOMPARE(snapshot.value(QStringLiteral("tab")).toInt(), 7);
    const QJsonObject reset = snapshot.value(QStringLiteral("message")).toObject();
    QCOMPARE(reset.value(QStringLiteral("model")).toString(), QStringLiteral("contacts"));
    QCOMPARE(reset.value(QStringLiteral("op")).toString(), QStringLiteral("reset"));
    QCOMPARE(reset.value(QStringLiteral("rows")).toArray().size(), 0);
    const QJsonArray roles = reset.value(QStringLiteral("roles")).toArray();
    for (const QString &role : {QStringLiteral("jid"),
                                QStringLiteral("name"),
                                QStringLiteral("groups"),
                                QStringLiteral("presence"),
                                QStringLiteral("statusText"),
                                QStringLiteral("subscription")}) {
        QVERIFY2(roles.contains(role), qPrintable(role));
    }

    // Later changes go to every tab: nothing listens on the port, so the server is unreachable.
    QJsonObject broadcast;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < TimeoutMs) {
        broadcast = linker.take(QStringLiteral("account"));
        if (broadcast.isEmpty() || !broadcast.value(QStringLiteral("message")).toObject().value(QStringLiteral("error")).toString().isEmpty()) {
            break;
        }
    }
    QCOMPARE(broadcast.value(QStringLiteral("tab")).toInt(), 0);
    QCOMPARE(broadcast.value(QStringLiteral("message")).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("serverUnreachable"));

    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);
    QVERIFY(linker.outputValid());
    QVERIFY2(!linker.log().contains(password.toUtf8()), "the password appears in the linker's log");
}

void LinkerProcessTest::tabOpenSendsServerFeatures()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("alice@localhost")));
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 3}});

    // Every object message of the tab's snapshot comes before the first change, which goes to tab 0.
    QJsonObject features;
    for (QJsonObject frame = linker.take(QStringLiteral("object")); !frame.isEmpty(); frame = linker.take(QStringLiteral("object"))) {
        if (frame.value(QStringLiteral("message")).toObject().value(QStringLiteral("object")).toString() == QLatin1String("serverFeatures")) {
            features = frame;
            break;
        }
    }
    QVERIFY2(!features.isEmpty(), "no object message for serverFeatures");
    QCOMPARE(features.value(QStringLiteral("tab")).toInt(), 3);

    // Nothing listens on the account's port, so no disco#info result is known.
    const QJsonObject properties = features.value(QStringLiteral("message")).toObject().value(QStringLiteral("properties")).toObject();
    QCOMPARE(properties.value(QStringLiteral("known")), QJsonValue(false));
    QCOMPARE(properties.value(QStringLiteral("blocking")), QJsonValue(false));
    QCOMPARE(properties.value(QStringLiteral("carbons")), QJsonValue(false));

    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);
    QVERIFY(linker.outputValid());
}

void LinkerProcessTest::everyLogLineNamesAccount()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("bob%{message}@localhost")));
    QVERIFY(!linker.take(QStringLiteral("account")).isEmpty());
    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);

    // Lines before the signIn frame cannot name the account; every line after it does.
    const QList<QByteArray> lines = linker.log().trimmed().split('\n');
    const int signingIn = linker.log().left(linker.log().indexOf("Signing in")).count('\n');
    QVERIFY(lines.size() > signingIn + 2);
    for (int i = signingIn; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).contains("[bob%25{message}@localhost]"), lines.at(i).constData());
    }
}

void LinkerProcessTest::signOutFrameExitsCleanly()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("carol@localhost")));
    QVERIFY(!linker.take(QStringLiteral("account")).isEmpty());

    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("signOut")}});
    QCOMPARE(linker.waitForExit(), 0);
    QVERIFY(linker.outputValid());
    QVERIFY(linker.log().contains("Signing out because the server requested it"));
}

void LinkerProcessTest::endOfInputExitsCleanly()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);
    QVERIFY(linker.frames().isEmpty());
}

void LinkerProcessTest::firstFrameMustBeSignIn()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 1}});
    QCOMPARE(linker.waitForExit(), 2);
    QVERIFY(linker.frames().isEmpty());
    QVERIFY(linker.log().contains("first frame is tabOpened, not signIn"));
}

void LinkerProcessTest::malformedFrameExitsWithError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("logLine");

    QTest::newRow("not JSON") << FrameEncoder::encode("{oops") << QByteArray("malformed frame of 5 bytes");
    QTest::newRow("array") << FrameEncoder::encode("[]") << QByteArray("JSON value is an array");
    QTest::newRow("oversized") << QByteArray("\x7f\x00\x00\x00", 4) << QByteArray("exceeds the maximum");
    QTest::newRow("truncated") << QByteArray("\x00\x00\x00\x09{", 5) << QByteArray("stream ended inside a frame payload");
    QTest::newRow("tab without number") << FrameEncoder::encode(JsonMessage::encode(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}}))
                                        << QByteArray("tabOpened frame without a tab number");
}

void LinkerProcessTest::malformedFrameExitsWithError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, logLine);

    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("dave@localhost")));
    QVERIFY(!linker.take(QStringLiteral("account")).isEmpty());

    linker.sendRaw(bytes);
    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 2);
    QVERIFY2(linker.log().contains(logLine), linker.log().constData());
}

void LinkerProcessTest::unsupportedRequestAnswered()
{
    Linker linker;
    QVERIFY(linker.start());
    linker.send(signInFrame(QStringLiteral("erin@localhost")));
    linker.send(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("fromTab")},
        {QStringLiteral("tab"), 3},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("type"), QStringLiteral("launchRocket")}}},
    });

    const QJsonObject error = linker.take(QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("tab")).toInt(), 3);
    QVERIFY(error.value(QStringLiteral("message")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("launchRocket")));
    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);
}

void LinkerProcessTest::invalidArgumentsRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("logLine");

    QTest::newRow("port 0") << QStringList{QStringLiteral("--xmpp-port"), QStringLiteral("0")} << QByteArray("--xmpp-port");
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("--ca-certificates"), QStringLiteral("/nonexistent/ca.pem")}
                                     << QByteArray("/nonexistent/ca.pem");
    QTest::newRow("CA file without certificates") << QStringList{QStringLiteral("--ca-certificates"), QStringLiteral(SALON_LINKER_PATH)}
                                                  << QByteArray("contains no PEM certificate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--password"), QStringLiteral("x")} << QByteArray("password");
    QTest::newRow("negative memory limit") << QStringList{QStringLiteral("--memory-limit"), QStringLiteral("-1")} << QByteArray("Invalid --memory-limit value \"-1\"");
    QTest::newRow("memory limit in GiB") << QStringList{QStringLiteral("--memory-limit"), QStringLiteral("1G")} << QByteArray("expected a number of MiB");
}

void LinkerProcessTest::invalidArgumentsRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, logLine);

    Linker linker;
    QVERIFY(linker.start(arguments));
    QCOMPARE(linker.waitForExit(), 1);
    QVERIFY(linker.frames().isEmpty());
    QVERIFY2(linker.log().contains(logLine), linker.log().constData());
}

void LinkerProcessTest::serverEndsSessionOfUnreachableAccount()
{
    QProcess server;
    QByteArray log;
    server.setReadChannel(QProcess::StandardError);
    server.start(QStringLiteral(SALON_SERVER_PATH),
                 {
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--linker"),
                     QStringLiteral(SALON_LINKER_PATH),
                     QStringLiteral("--xmpp-host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--xmpp-port"),
                     QString::number(closedPort()),
                 });
    QVERIFY(server.waitForStarted(TimeoutMs));
    QObject::connect(&server, &QProcess::readyReadStandardError, [&] {
        log += server.readAllStandardError();
    });

    static const QRegularExpression listening(QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QTRY_VERIFY_WITH_TIMEOUT(listening.match(QString::fromUtf8(log)).hasMatch(), TimeoutMs);
    const QString port = listening.match(QString::fromUtf8(log)).captured(1);

    // The account fails before it was ever online, so the sign-in request gets the error and the linker ends.
    const QByteArray body = JsonMessage::encode(QJsonObject{
        {QStringLiteral("jid"), QStringLiteral("frank@localhost")},
        {QStringLiteral("password"), password},
    });
    QTcpSocket http;
    http.connectToHost(QHostAddress::LocalHost, port.toUShort());
    QVERIFY(http.waitForConnected(TimeoutMs));
    http.write("POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:" + port.toUtf8() + "\r\nOrigin: http://127.0.0.1:" + port.toUtf8()
               + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (http.state() == QAbstractSocket::ConnectedState && timer.elapsed() < TimeoutMs) {
        http.waitForReadyRead(100);
        response += http.readAll();
    }
    response += http.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 401 Unauthorized"), response.constData());
    const QJsonObject error = JsonMessage::decode(response.mid(response.indexOf("\r\n\r\n") + 4)).object;
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("serverUnreachable"));
    QVERIFY(!response.contains("Set-Cookie"));
    QTRY_VERIFY_WITH_TIMEOUT(log.contains("exited with status 0"), TimeoutMs);

    // Linker lines reach the server's log with the account on them.
    QVERIFY(log.contains("[frank@localhost] salon.core.account"));
    QVERIFY(!log.contains(password.toUtf8()));

    server.terminate();
    QVERIFY(server.waitForFinished(TimeoutMs));
    QCOMPARE(server.exitCode(), 0);
}

void LinkerProcessTest::pingAnsweredKeepsLinker()
{
    LinkerProcess linker(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 1"), nullptr, shortLimits());
    LinkerFrames linkerFrames(&linker);
    QSignalSpy messages(&linkerFrames, &LinkerFrames::received);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(QStringLiteral("good@localhost")));
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 1}});
    // The account message for every tab, then the account message and the contacts model for tab 1.
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 3, TimeoutMs);

    // Three stall timeouts' worth of pings: the linker replies to every one and keeps running.
    QTest::qWait(3 * shortLimits().stallTimeoutMs);
    QVERIFY(linker.isRunning());
    QCOMPARE(finished.size(), 0);
    for (const QList<QVariant> &arguments : qAsConst(messages)) {
        QVERIFY(arguments.at(0).toJsonObject().value(QStringLiteral("type")).toString() != QLatin1String("pong"));
    }
    QCOMPARE(messages.size(), 3);

    linker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Exited);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
    QVERIFY(logContains(QStringLiteral("session 1 linker %1 exited with status 0").arg(linker.processId())));
}

void LinkerProcessTest::silentLinkerKilledAsStalled()
{
    LinkerProcess linker(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 2"), nullptr, shortLimits());
    LinkerFrames linkerFrames(&linker);
    QSignalSpy messages(&linkerFrames, &LinkerFrames::received);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    QElapsedTimer timer;
    timer.start();
    linker.start();
    linker.send(signInFrame(QStringLiteral("stall@localhost")));

    // The first ping goes out after 100 ms; the linker is killed 1 s later. Both are Qt's coarse
    // timers, which may fire up to 5 % of their interval early.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    const qint64 earliestKillMs = (shortLimits().pingIntervalMs + shortLimits().stallTimeoutMs) * 95 / 100;
    QVERIFY2(timer.elapsed() >= earliestKillMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Stalled);
    QCOMPARE(finished.at(0).at(1).toInt(), SIGKILL);
    QCOMPARE(messages.size(), 1);
    QVERIFY(logContains(QStringLiteral("sent no pong for ping 1 within 1000 ms; killing it")));
    QVERIFY(logContains(QStringLiteral("was killed by signal 9 (SIGKILL: Killed) after it stalled")));
}

void LinkerProcessTest::floodingLinkerKilledAlone()
{
    LinkerProcess good(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 3"), nullptr, shortLimits());
    QSignalSpy goodFinished(&good, &LinkerProcess::finished);
    good.start();
    good.send(signInFrame(QStringLiteral("good@localhost")));

    LinkerLimits floodLimits = shortLimits();
    floodLimits.maxFramesPerSecond = 500;
    floodLimits.maxFrameBurst = 1000;
    LinkerProcess flooding(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 4"), nullptr, floodLimits);
    LinkerFrames floodingFrames(&flooding);
    QSignalSpy floodMessages(&floodingFrames, &LinkerFrames::received);
    QSignalSpy floodFinished(&flooding, &LinkerProcess::finished);
    flooding.start();
    flooding.send(signInFrame(QStringLiteral("flood@localhost")));

    QTRY_COMPARE_WITH_TIMEOUT(floodFinished.size(), 1, TimeoutMs);
    QCOMPARE(floodFinished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::LimitExceeded);
    QCOMPARE(floodFinished.at(0).at(1).toInt(), SIGKILL);
    // The burst passes; the frames after it come faster than 500 per second.
    QVERIFY2(floodMessages.size() >= floodLimits.maxFrameBurst, qPrintable(QString::number(floodMessages.size())));
    QVERIFY(logContains(QStringLiteral("session 4 linker %1 wrote frames faster than 500 per second").arg(flooding.processId())));
    QVERIFY(logContains(QStringLiteral("was killed by signal 9 (SIGKILL: Killed) after it exceeded a limit")));

    // The other linker keeps replying to pings.
    QTest::qWait(2 * shortLimits().stallTimeoutMs);
    QVERIFY(good.isRunning());
    QCOMPARE(goodFinished.size(), 0);
    good.stop();
    QTRY_COMPARE_WITH_TIMEOUT(goodFinished.size(), 1, TimeoutMs);
    QCOMPARE(goodFinished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Exited);
}

void LinkerProcessTest::snapshotBurstWithinFrameLimit()
{
    // Tabs opened at once: each gets a snapshot, which the default burst size lets through.
    LinkerProcess linker(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 5"));
    LinkerFrames linkerFrames(&linker);
    QSignalSpy messages(&linkerFrames, &LinkerFrames::received);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(QStringLiteral("good@localhost")));
    constexpr int Tabs = 2000;
    for (int tab = 1; tab <= Tabs; ++tab) {
        linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), tab}});
    }
    // The account message for every tab, then two messages per tab.
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1 + 2 * Tabs, TimeoutMs);
    QVERIFY(linker.isRunning());

    linker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Exited);
}

void LinkerProcessTest::memoryHogExitsAtLimit_data()
{
    QTest::addColumn<QString>("behaviour");

    QTest::newRow("operator new") << QStringLiteral("hog");
    QTest::newRow("QByteArray") << QStringLiteral("hogqt");
}

void LinkerProcessTest::memoryHogExitsAtLimit()
{
    QFETCH(QString, behaviour);

    // Without pings, no sample of its memory can get the linker killed before it exits by itself.
    LinkerLimits limits = shortLimits();
    limits.pingIntervalMs = 0;
    LinkerProcess linker(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 6"), nullptr, limits);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(behaviour + QStringLiteral("@localhost")));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::LimitExceeded);
    QCOMPARE(finished.at(0).at(1).toInt(), LinkerExitCode::OutOfMemory);
    QVERIFY(logContains(QStringLiteral("Out of memory: an allocation failed (memory limit: 64 MiB")));
    QVERIFY(logContains(QStringLiteral("exited with status 3 (out of memory at its limit of 64 MiB)")));
}

void LinkerProcessTest::exitLogNamesSignal()
{
    LinkerProcess linker(QStringLiteral(SALON_FAKE_LINKER_PATH), {}, QStringLiteral("session 7"), nullptr, shortLimits());
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(QStringLiteral("good@localhost")));

    // After a ping, the exit line also names the data memory sampled with it.
    QTest::qWait(3 * shortLimits().pingIntervalMs);
    QVERIFY(::kill(pid_t(linker.processId()), SIGSEGV) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Crashed);
    QCOMPARE(finished.at(0).at(1).toInt(), SIGSEGV);
    QVERIFY(logContains(QStringLiteral("session 7 linker %1 was killed by signal 11 (SIGSEGV: Segmentation fault); its data memory at the last ping was ")
                            .arg(linker.processId())));
    QVERIFY(logContains(QStringLiteral(" of its 64 MiB limit")));
}

void LinkerProcessTest::realLinkerHasMemoryLimit()
{
    Linker linker;
    QVERIFY(linker.start({QStringLiteral("--memory-limit"), QStringLiteral("512")}));

    // A ping before signIn gets its pong too.
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 41}});
    QTRY_VERIFY_WITH_TIMEOUT(!linker.frames().isEmpty(), TimeoutMs);
    QCOMPARE(linker.frames().constFirst(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), 41}}));

    QFile limits(QStringLiteral("/proc/%1/limits").arg(linker.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString dataLimit = QString::fromLatin1(limits.readAll()).split(QLatin1Char('\n')).filter(QStringLiteral("Max data size")).value(0);
    QVERIFY2(dataLimit.simplified() == QLatin1String("Max data size 536870912 536870912 bytes"), qPrintable(dataLimit));

    linker.send(signInFrame(QStringLiteral("grace@localhost")));
    QVERIFY(!linker.take(QStringLiteral("account")).isEmpty());
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 42}});
    QTRY_VERIFY_WITH_TIMEOUT(linker.frames().contains(QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("id"), 42}}), TimeoutMs);

    linker.closeInput();
    QCOMPARE(linker.waitForExit(), 0);
}

void LinkerProcessTest::realLinkerAnswersPingsUnderProcess()
{
    LinkerLimits limits = shortLimits();
    limits.memoryLimitMib = 512;
    LinkerProcess linker(QStringLiteral(SALON_LINKER_PATH),
                         {QStringLiteral("--xmpp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--xmpp-port"), QString::number(closedPort())},
                         QStringLiteral("session 8"),
                         nullptr,
                         limits);
    LinkerFrames linkerFrames(&linker);
    QSignalSpy messages(&linkerFrames, &LinkerFrames::received);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(QStringLiteral("heidi@localhost")));
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 1}});

    QTest::qWait(3 * limits.stallTimeoutMs);
    QVERIFY(linker.isRunning());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!messages.isEmpty());
    for (const QList<QVariant> &arguments : qAsConst(messages)) {
        QCOMPARE(arguments.at(0).toJsonObject().value(QStringLiteral("type")).toString(), QStringLiteral("toTab"));
    }

    linker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Exited);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
}

void LinkerProcessTest::publicReaderAnswersPings()
{
    // Without a service account the reader gets no signIn, only pings and page requests.
    LinkerProcess reader(QStringLiteral(SALON_LINKER_PATH), {QStringLiteral("--public-reader")}, QStringLiteral("public reader"), nullptr, shortLimits());
    QSignalSpy finished(&reader, &LinkerProcess::finished);
    reader.start();

    QTest::qWait(3 * shortLimits().stallTimeoutMs);
    QVERIFY(reader.isRunning());
    QCOMPARE(finished.size(), 0);

    reader.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QCOMPARE(finished.at(0).at(0).value<LinkerProcess::ExitKind>(), LinkerProcess::ExitKind::Exited);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
}

void LinkerProcessTest::realLinkerExitsAtMemoryLimit()
{
    // An idle linker's data memory was 20 MiB and grew to 36 MiB with 1000 contacts. The linker
    // has become lighter since, and 3000 contacts then fitted in 28 MiB in some runs, so the
    // roster has 10,000, far more than 28 MiB hold.
    TestXmppServer server;
    QVERIFY(server.addAccount(QStringLiteral("judy"), password));
    QList<TestRosterItem> roster;
    for (int i = 0; i < 10000; ++i) {
        roster.append({QStringLiteral("contact%1@example.org").arg(i), QStringLiteral("Contact %1").arg(i), {QStringLiteral("Group %1").arg(i % 20)}});
    }
    QVERIFY2(server.setRoster(QStringLiteral("judy"), roster), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    LinkerLimits limits = shortLimits();
    limits.stallTimeoutMs = 3 * TimeoutMs;
    limits.memoryLimitMib = 28;
    LinkerProcess linker(QStringLiteral(SALON_LINKER_PATH),
                         {QStringLiteral("--xmpp-host"),
                          server.host(),
                          QStringLiteral("--xmpp-port"),
                          QString::number(server.clientPort()),
                          QStringLiteral("--ca-certificates"),
                          server.caCertificatePath()},
                         QStringLiteral("session 9"),
                         nullptr,
                         limits);
    QSignalSpy finished(&linker, &LinkerProcess::finished);
    linker.start();
    linker.send(signInFrame(server.jid(QStringLiteral("judy"))));
    linker.send(QJsonObject{{QStringLiteral("type"), QStringLiteral("tabOpened")}, {QStringLiteral("tab"), 1}});

    // The linker exits by itself when operator new or Qt fails, but OpenSSL's failed allocations
    // only break its connection: then the daemon's memory sample at the next ping kills it.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3 * TimeoutMs);
    const auto kind = finished.at(0).at(0).value<LinkerProcess::ExitKind>();
    const int code = finished.at(0).at(1).toInt();
    if (kind == LinkerProcess::ExitKind::Crashed) {
        // A C library that does not check a failed allocation ends the process with a signal.
        QVERIFY2(code == SIGSEGV || code == SIGABRT || code == SIGBUS, qPrintable(QString::number(code)));
        return;
    }
    QCOMPARE(kind, LinkerProcess::ExitKind::LimitExceeded);
    if (code == LinkerExitCode::OutOfMemory) {
        QVERIFY(logContains(QStringLiteral("Out of memory: an allocation failed (memory limit: 28 MiB")));
    } else {
        QCOMPARE(code, SIGKILL);
        QVERIFY(logContains(QStringLiteral("MiB of data memory, less than 1 MiB below its limit of 28 MiB; killing it")));
    }
}

QTEST_GUILESS_MAIN(LinkerProcessTest)
#include "LinkerProcessTest.moc"
