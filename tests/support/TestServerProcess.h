#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

class TestXmppServer;

/**
 * A salon-server process on a loopback port that the system chooses, with
 * its log (standard error) collected.
 *
 * start() passes the arguments as they are, so they normally include
 * "--listen 127.0.0.1:0". The port comes from the server's "Listening on"
 * line. The destructor kills a server that is still running.
 *
 * @code
 * TestServerProcess server(QStringLiteral(SALON_SERVER_PATH));
 * QVERIFY2(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}), server.log().constData());
 * TestHttp::exchange(server.port(), request);
 * QCOMPARE(server.terminate(), 0);
 * @endcode
 */
class TestServerProcess
{
public:
    explicit TestServerProcess(const QString &program);
    ~TestServerProcess();

    /// The salon-server options that point its linkers at @p xmpp: its host, client port and CA certificate.
    static QStringList xmppArguments(const TestXmppServer &xmpp);

    /**
     * Starts the program with @p arguments and waits up to 10 s for its
     * "Listening on http(s)://127.0.0.1:PORT/" line. Returns false, with a
     * warning that contains the log, if it does not start or exits first.
     */
    bool start(const QStringList &arguments);

    /// Sends SIGTERM and returns whether the process exited within @p timeoutMs, or true if it was not running.
    bool stop(int timeoutMs = 10000);

    /// Sends SIGTERM and returns the exit code, or -1 if the process crashed or did not exit within @p timeoutMs.
    int terminate(int timeoutMs = 10000);

    quint16 port() const;

    /// "http" or "https", as the "Listening on" line names it.
    QString scheme() const;

    /// "http://127.0.0.1:PORT", the origin of the server's own pages.
    QString origin() const;

    qint64 processId() const;

    /// The log so far, including lines that the event loop has not delivered yet.
    QByteArray log() const;

    /// Targets of the file descriptors the process has open, such as "socket:[1234]".
    QStringList openFiles() const;

    /**
     * Process ids of the linkers the server logged as started for
     * @p sessionLabelPattern, a regular expression such as
     * "session \\d+ \\(good@test\\)". Waits up to @p timeoutMs until the log
     * names at least one, and returns an empty list otherwise.
     */
    QList<qint64> linkerPids(const QString &sessionLabelPattern, int timeoutMs = 10000) const;

private:
    mutable QProcess m_process;
    mutable QByteArray m_log;
    QString m_scheme;
    quint16 m_port = 0;
};
