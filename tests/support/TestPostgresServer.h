#pragma once

#include "ServiceUser.h"
#include <QObject>
#include <QString>

class QProcess;

/**
 * A throwaway PostgreSQL server for tests, on 127.0.0.1 only.
 *
 * Each instance gets its own folder under the build tree's tests/run folder,
 * holding a cluster made by initdb (data/), the server's Unix socket (run/)
 * and its log (postgres.log). The TCP port is chosen free at the first
 * start and kept for the lifetime of the object, so stop() followed by
 * start() brings the server back on the same port.
 *
 * The superuser is "salon", and connections from 127.0.0.1 need no password
 * (trust authentication), so any local user can reach the server while it
 * runs. Durability is switched off (fsync, synchronous_commit and
 * full_page_writes) because the data is thrown away.
 *
 * PostgreSQL refuses to run as root, so when the test runs as root the server
 * runs as the system user "postgres". Otherwise it runs as the current user.
 * If the postgres user cannot reach the build tree, the folder is made under
 * QDir::tempPath() instead.
 *
 * The binaries come from the folder in the environment variable
 * SALON_TEST_POSTGRES_BINDIR, else from /usr/lib/postgresql/VERSION/bin
 * (Debian's layout, newest version first), else from PATH.
 *
 * The destructor stops the server and removes the folder, unless the
 * environment variable SALON_KEEP_TEST_SERVER is set.
 *
 * @code
 * TestPostgresServer server;
 * QVERIFY2(server.start(), qPrintable(server.lastError()));
 * QVERIFY2(server.createDatabase(QStringLiteral("cache")), qPrintable(server.lastError()));
 * Database database(server.url(QStringLiteral("cache")));
 * @endcode
 */
class TestPostgresServer : public QObject
{
    Q_OBJECT

public:
    explicit TestPostgresServer(QObject *parent = nullptr);
    ~TestPostgresServer() override;

    /**
     * Creates the cluster at the first call, starts the server and returns
     * once it accepts connections. Returns true at once if it is already
     * running. On failure it stops the server and returns false, and
     * lastError() then contains the end of the server's log.
     */
    bool start(int timeoutMs = 20000);

    /**
     * Stops the server with a fast shutdown (SIGINT: open sessions are
     * ended), then an immediate one (SIGQUIT) and SIGKILL if it ignores
     * the signal for 5 seconds, and waits for it.
     */
    void stop();

    bool isRunning() const;
    QString lastError() const;

    /// Returns "127.0.0.1".
    QString host() const;
    /// Returns the TCP port, or 0 before the first start().
    quint16 port() const;
    /// Returns the superuser's name, "salon".
    QString user() const;

    /// Creates the database @p name (owned by user()); the server must be running.
    bool createDatabase(const QString &name);
    /// Drops the database @p name, ending its open sessions first.
    bool dropDatabase(const QString &name);

    /// Returns the Database URL of @p databaseName: "postgresql://salon@127.0.0.1:PORT/NAME".
    QString url(const QString &databaseName) const;

    /// Returns the folder of this server (cluster, socket and log).
    QString directory() const;
    QString dataPath() const;
    QString socketPath() const;
    QString logPath() const;

    /// Returns the server's process id, or 0 when it is not running.
    qint64 processId() const;

private:
    bool prepare();
    bool chooseDirectory();
    bool findBinaries();
    bool initializeCluster();
    bool startOnce(int timeoutMs, bool *portTaken);
    bool waitUntilReady(int timeoutMs, qint64 logOffset, bool *portTaken);
    bool runClient(const QString &program, const QStringList &arguments);
    bool runsAsPostgresUser() const;
    bool postgresUserCanReach(const QString &path) const;
    void giveToPostgresUser(const QString &path) const;
    QStringList switchUserArguments() const;
    QString binary(const QString &name) const;
    QString logTail() const;

    QProcess *m_process = nullptr;
    ServiceUser m_serviceUser{QStringLiteral("postgres"), QStringLiteral("postgresql")};
    QString m_directory;
    QString m_binDirectory;
    QString m_lastError;
    quint16 m_port = 0;
    bool m_portConfirmed = false;
};
