#pragma once

#include "ServiceUser.h"
#include "TestRosterItem.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class TestCertificates;

/**
 * A throwaway ejabberd 23.01 server for tests, on 127.0.0.1 only.
 *
 * Each instance gets its own folder under the build tree's tests/run folder,
 * holding the configuration (config/), the Mnesia database and the Erlang
 * cookie (spool/), the logs (logs/) and the TLS certificates (certs/). The
 * client port and the Erlang distribution port are chosen free at the first
 * start and kept for the lifetime of the object, so restart(), or stop()
 * followed by start(), brings the server back on the same ports with the
 * same accounts.
 *
 * The server hosts the domain "localhost" with one client listener
 * (STARTTLS required, certificate signed by caCertificates()) and no
 * server-to-server, HTTP or component listener. Modules: roster (with
 * versioning), disco, caps, pubsub with PEP (service pubsub.localhost),
 * MAM, carbons, stream management, vCard-temp, avatar conversion, blocking
 * (with privacy lists, which it needs), ping and admin_extra (for the
 * roster commands). Everything is stored in Mnesia.
 *
 * ejabberdctl runs as the system user "ejabberd" (Debian's package creates
 * it), so the test must run as root or as that user. When root, every
 * ejabberdctl command is started through setpriv as that user, with HOME set
 * to the spool folder, where the node and the commands share the Erlang
 * cookie. If the ejabberd user cannot reach the build tree, the folder is
 * made under QDir::tempPath() instead. The Erlang node listens for
 * distribution on 127.0.0.1 at a port of its own, so no epmd runs.
 *
 * The destructor stops ejabberd and removes the folder, unless the
 * environment variable SALON_KEEP_TEST_SERVER is set. When the test process
 * dies without stopping it, the Erlang VM gets SIGTERM and stops by itself,
 * leaving only the folder behind.
 *
 * @code
 * TestEjabberdServer server;
 * QVERIFY2(server.start(), qPrintable(server.lastError()));
 * QVERIFY2(server.addAccount(QStringLiteral("alice"), QStringLiteral("secret")), qPrintable(server.lastError()));
 * // connect to server.host():server.clientPort() as alice@localhost
 * @endcode
 */
class TestEjabberdServer : public QObject
{
    Q_OBJECT

public:
    explicit TestEjabberdServer(QObject *parent = nullptr);
    ~TestEjabberdServer() override;

    /**
     * Starts ejabberd and returns once it accepts client connections. Returns
     * true at once if it is already running. On failure (timeout, the node
     * exited, for example because of a configuration error) it stops the
     * node and returns false, and lastError() then contains the end of
     * ejabberd's log. ejabberd 23.01 listens after about 4 s on an idle
     * machine, but the Erlang VM took over 30 s to boot on a 2-core machine
     * that ran other tests and builds at once, hence the default.
     */
    bool start(int timeoutMs = 90000);

    /**
     * Stops ejabberd with "ejabberdctl stop", then with SIGKILL on the
     * Erlang VM's process id if the VM has not exited 10 seconds after that
     * command, and waits for it.
     */
    void stop();

    /// Stops and starts ejabberd again on the same ports.
    bool restart(int timeoutMs = 90000);

    bool isRunning() const;
    QString lastError() const;

    /// Returns "localhost".
    QString domain() const;
    /// Returns "pubsub.localhost", the pubsub service of mod_pubsub.
    QString pubsubDomain() const;
    /// Returns "127.0.0.1".
    QString host() const;
    /// Returns the c2s (STARTTLS) port, or 0 before the first start().
    quint16 clientPort() const;

    /// Returns "user@localhost".
    QString jid(const QString &user) const;

    QString caCertificatePath() const;
    QList<QSslCertificate> caCertificates() const;

    /// Returns the folder of this server (configuration, spool, logs, certificates).
    QString directory() const;
    QString configPath() const;
    QString logPath() const;

    /// Returns the process id of the Erlang VM (beam.smp), or 0 when it is not running.
    qint64 processId() const;

    /**
     * Registers an account with "ejabberdctl register", or sets a new
     * password if the account exists. The server must be running, because
     * every ejabberdctl command talks to the running node.
     */
    bool addAccount(const QString &user, const QString &password);

    /**
     * Adds @p items to the roster of @p user with "ejabberdctl
     * add_rosteritem", replacing entries with the same JID. Other entries
     * stay. The server must be running. Connected sessions of @p user get a
     * roster push for each item. The entries are written as they are, so add
     * both sides for a mutual subscription.
     */
    bool addRosterItems(const QString &user, const QList<TestRosterItem> &items);

    /**
     * Runs "ejabberdctl ARGUMENTS" against this server and returns its
     * output in @p output. Returns false, with lastError() set, when the
     * command fails or does not finish within 30 seconds.
     */
    bool runEjabberdctl(const QStringList &arguments, QString *output = nullptr);

private:
    bool prepare();
    bool chooseDirectory();
    bool choosePorts();
    bool writeConfig();
    bool writeCookie();
    bool startOnce(int timeoutMs, bool *portTaken);
    bool waitUntilListening(int timeoutMs, qint64 logOffset, bool *portTaken);
    void killVirtualMachine();
    qint64 readVirtualMachinePid() const;
    bool runsAsEjabberdUser() const;
    bool ejabberdUserCanReach(const QString &path) const;
    void giveToEjabberdUser(const QString &path) const;
    QStringList switchUserArguments() const;
    QStringList ejabberdctlArguments() const;
    QString logTail() const;
    QString configDirectory() const;
    QString spoolPath() const;
    QString logsPath() const;
    QString stdoutPath() const;
    QString pidPath() const;
    QString certificateBundlePath() const;
    QString nodeName() const;

    std::unique_ptr<TestCertificates> m_certificates;
    QProcess *m_process = nullptr;
    qint64 m_virtualMachinePid = 0;
    ServiceUser m_serviceUser{QStringLiteral("ejabberd"), QStringLiteral("ejabberd")};
    QString m_directory;
    QString m_lastError;
    quint16 m_clientPort = 0;
    quint16 m_distributionPort = 0;
    bool m_portsConfirmed = false;
};
