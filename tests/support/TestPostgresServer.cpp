#include "TestPostgresServer.h"

#include "TestSupportLogging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVersionNumber>

#include <algorithm>

#include <signal.h>
#include <sys/un.h>
#include <unistd.h>

namespace {
const auto Host = QStringLiteral("127.0.0.1");
const auto SuperUser = QStringLiteral("salon");
// Logged by the postmaster at level LOG once it accepts connections, and when
// it cannot bind its port (lc_messages is C, so the text is stable).
const auto ReadyMessage = QStringLiteral("database system is ready to accept connections");
const auto PortTakenMessage = QStringLiteral("could not bind IPv4 address");
constexpr int FastStopTimeoutMs = 5000;
constexpr int ImmediateStopTimeoutMs = 2000;
constexpr int ClientTimeoutMs = 30000;
constexpr int MaxPortAttempts = 3;
constexpr int LogTailLines = 30;

// Appended to the postgresql.conf written by initdb. The port is given on the
// command line because it may change when the first one chosen is taken.
const auto ServerSettings = QStringLiteral(
    "\n# Throwaway test server: reachable on 127.0.0.1 only, data never synced to disk.\n"
    "listen_addresses = '127.0.0.1'\n"
    "fsync = off\n"
    "synchronous_commit = off\n"
    "full_page_writes = off\n"
    "shared_buffers = 16MB\n"
    "max_connections = 50\n"
    "lc_messages = 'C'\n"
    "log_timezone = 'UTC'\n"
    "timezone = 'UTC'\n");

quint16 findFreePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

QString readFileFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(offset);
    return QString::fromUtf8(file.readAll());
}

// libpq reads PGHOST, PGPASSWORD, PGSSLMODE and others from the environment;
// the server and the clients started here must depend on their arguments only.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

// The server refuses to start when the path of its socket file does not fit
// into sockaddr_un::sun_path.
bool socketPathFits(const QString &directory, quint16 port)
{
    const QByteArray path = QFile::encodeName(directory + QStringLiteral("/.s.PGSQL.%1").arg(port));
    return static_cast<size_t>(path.size()) < sizeof(sockaddr_un::sun_path);
}
}

TestPostgresServer::TestPostgresServer(QObject *parent)
    : QObject(parent)
{
}

TestPostgresServer::~TestPostgresServer()
{
    stop();
    if (m_directory.isEmpty())
        return;

    if (qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER")) {
        qCInfo(SALON_TEST_SUPPORT) << "Keeping the PostgreSQL test server folder" << m_directory;
        return;
    }
    QDir(m_directory).removeRecursively();
}

bool TestPostgresServer::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_lastError.clear();
    if (!prepare())
        return false;

    // The port is picked free, but another process may take it before the
    // server binds it. Then a new port is picked, unless a client may already know the old one.
    const int attempts = m_portConfirmed ? 1 : MaxPortAttempts;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool portTaken = false;
        if (startOnce(timeoutMs, &portTaken)) {
            m_portConfirmed = true;
            return true;
        }
        if (!portTaken || attempt == attempts)
            return false;

        qCWarning(SALON_TEST_SUPPORT) << "The port of the PostgreSQL test server was taken, retrying with a new port:" << m_lastError;
        m_port = findFreePort();
        if (m_port == 0) {
            m_lastError = QStringLiteral("No free TCP port found on %1").arg(Host);
            return false;
        }
    }
    return false;
}

void TestPostgresServer::stop()
{
    if (!m_process)
        return;

    const qint64 pid = m_process->processId();
    if (m_process->state() != QProcess::NotRunning) {
        // SIGINT is PostgreSQL's fast shutdown, the one "pg_ctl stop -m fast"
        // sends; SIGTERM would wait for every client to disconnect.
        ::kill(static_cast<pid_t>(pid), SIGINT);
        if (!m_process->waitForFinished(FastStopTimeoutMs)) {
            qCWarning(SALON_TEST_SUPPORT) << "PostgreSQL" << pid << "ignored a fast shutdown for" << FastStopTimeoutMs << "ms, stopping it immediately";
            ::kill(static_cast<pid_t>(pid), SIGQUIT);
            if (!m_process->waitForFinished(ImmediateStopTimeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(ImmediateStopTimeoutMs);
            }
        }
        qCDebug(SALON_TEST_SUPPORT) << "Stopped PostgreSQL" << pid << "in" << m_directory;
    } else {
        qCWarning(SALON_TEST_SUPPORT) << "PostgreSQL" << pid << "had already exited with code" << m_process->exitCode();
    }

    delete m_process;
    m_process = nullptr;
}

bool TestPostgresServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestPostgresServer::lastError() const
{
    return m_lastError;
}

QString TestPostgresServer::host() const
{
    return Host;
}

quint16 TestPostgresServer::port() const
{
    return m_port;
}

QString TestPostgresServer::user() const
{
    return SuperUser;
}

bool TestPostgresServer::createDatabase(const QString &name)
{
    m_lastError.clear();
    if (!isRunning()) {
        m_lastError = QStringLiteral("Failed to create the database %1: the PostgreSQL test server is not running").arg(name);
        return false;
    }
    // createdb quotes the name itself, and "--" keeps a name that starts with "-" from being read as an option.
    if (!runClient(QStringLiteral("createdb"), {QStringLiteral("--"), name})) {
        m_lastError = QStringLiteral("Failed to create the database %1: %2").arg(name, m_lastError);
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Created the PostgreSQL database" << name;
    return true;
}

bool TestPostgresServer::dropDatabase(const QString &name)
{
    m_lastError.clear();
    if (!isRunning()) {
        m_lastError = QStringLiteral("Failed to drop the database %1: the PostgreSQL test server is not running").arg(name);
        return false;
    }
    if (!runClient(QStringLiteral("dropdb"), {QStringLiteral("--force"), QStringLiteral("--"), name})) {
        m_lastError = QStringLiteral("Failed to drop the database %1: %2").arg(name, m_lastError);
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Dropped the PostgreSQL database" << name;
    return true;
}

QString TestPostgresServer::url(const QString &databaseName) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(SuperUser, Host)
        .arg(m_port)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(databaseName)));
}

QString TestPostgresServer::directory() const
{
    return m_directory;
}

QString TestPostgresServer::dataPath() const
{
    return m_directory + QStringLiteral("/data");
}

QString TestPostgresServer::socketPath() const
{
    return m_directory + QStringLiteral("/run");
}

QString TestPostgresServer::logPath() const
{
    return m_directory + QStringLiteral("/postgres.log");
}

qint64 TestPostgresServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool TestPostgresServer::prepare()
{
    if (!m_directory.isEmpty())
        return true;
    if (!findBinaries() || !chooseDirectory())
        return false;

    if (!QDir().mkpath(socketPath())) {
        m_lastError = QStringLiteral("Failed to create %1").arg(socketPath());
        return false;
    }
    giveToPostgresUser(m_directory);

    m_port = findFreePort();
    if (m_port == 0) {
        m_lastError = QStringLiteral("No free TCP port found on %1").arg(Host);
        return false;
    }
    return initializeCluster();
}

bool TestPostgresServer::chooseDirectory()
{
    m_directory = m_serviceUser.createRunDirectory(QStringLiteral("salon-postgres"), &m_lastError);
    return !m_directory.isEmpty();
}

bool TestPostgresServer::findBinaries()
{
    QStringList candidates;
    const QString configured = qEnvironmentVariable("SALON_TEST_POSTGRES_BINDIR");
    if (!configured.isEmpty())
        candidates += configured;

    // Debian installs each major version under /usr/lib/postgresql/VERSION/bin.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : qAsConst(versions))
        candidates += QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);

    const QString postgresInPath = QStandardPaths::findExecutable(QStringLiteral("postgres"));
    if (!postgresInPath.isEmpty())
        candidates += QFileInfo(postgresInPath).absolutePath();

    for (const QString &candidate : qAsConst(candidates)) {
        const QStringList programs{QStringLiteral("postgres"), QStringLiteral("initdb"), QStringLiteral("createdb"), QStringLiteral("dropdb")};
        const bool complete = std::all_of(programs.cbegin(), programs.cend(), [&candidate](const QString &program) {
            return QFileInfo(candidate + QLatin1Char('/') + program).isExecutable();
        });
        if (complete) {
            m_binDirectory = candidate;
            return true;
        }
    }

    m_lastError = QStringLiteral("PostgreSQL's postgres, initdb, createdb and dropdb were not found in %1; install the Debian package postgresql "
                                 "or set SALON_TEST_POSTGRES_BINDIR to the folder holding them")
                      .arg(candidates.isEmpty() ? QStringLiteral("/usr/lib/postgresql/*/bin or PATH") : candidates.join(QStringLiteral(", ")));
    return false;
}

bool TestPostgresServer::initializeCluster()
{
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        m_lastError = QStringLiteral("setpriv not found in PATH; install the Debian package util-linux");
        return false;
    }

    // --no-sync skips initdb's fsync calls because the cluster is thrown away.
    const QStringList initdbArguments{QStringLiteral("--pgdata=") + dataPath(),
                                      QStringLiteral("--username=") + SuperUser,
                                      QStringLiteral("--auth=trust"),
                                      QStringLiteral("--encoding=UTF8"),
                                      QStringLiteral("--locale=C"),
                                      QStringLiteral("--no-sync"),
                                      QStringLiteral("--no-instructions")};

    QProcess initdb;
    initdb.setProcessEnvironment(cleanEnvironment());
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    initdb.setStandardInputFile(QProcess::nullDevice());
    initdb.setWorkingDirectory(m_directory);
    initdb.start(QStringLiteral("setpriv"), switchUserArguments() + QStringList{QStringLiteral("--"), binary(QStringLiteral("initdb"))} + initdbArguments);
    if (!initdb.waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start initdb: %1").arg(initdb.errorString());
        return false;
    }
    if (!initdb.waitForFinished(ClientTimeoutMs)) {
        initdb.kill();
        initdb.waitForFinished();
        m_lastError = QStringLiteral("initdb did not finish within %1 ms").arg(ClientTimeoutMs);
        return false;
    }
    if (initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        m_lastError = QStringLiteral("initdb %1 exited with code %2: %3")
                          .arg(dataPath())
                          .arg(initdb.exitCode())
                          .arg(QString::fromLocal8Bit(initdb.readAll()).trimmed());
        return false;
    }

    QString settings = ServerSettings;
    if (socketPathFits(socketPath(), 65535)) {
        QString quoted = socketPath();
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        settings += QStringLiteral("unix_socket_directories = '%1'\n").arg(quoted);
    } else {
        qCInfo(SALON_TEST_SUPPORT) << "The socket path under" << socketPath() << "is too long for a Unix socket, so the PostgreSQL test server listens on TCP only";
        settings += QStringLiteral("unix_socket_directories = ''\n");
    }
    QFile configuration(dataPath() + QStringLiteral("/postgresql.conf"));
    if (!configuration.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_lastError = QStringLiteral("Failed to write %1: %2").arg(configuration.fileName(), configuration.errorString());
        return false;
    }
    configuration.write(settings.toUtf8());
    qCDebug(SALON_TEST_SUPPORT) << "Created a PostgreSQL cluster in" << dataPath();
    return true;
}

bool TestPostgresServer::startOnce(int timeoutMs, bool *portTaken)
{
    // setpriv replaces itself with the postmaster, so the process id is the
    // server's. Its parent-death signal (SIGINT, a fast shutdown) stops the
    // server even if this process is killed.
    // NOTE: Linux sends that signal when the starting thread ends, so call
    // start() from a thread that outlives the server (the main thread in tests).
    QStringList arguments{QStringLiteral("--pdeathsig"), QStringLiteral("INT")};
    arguments += switchUserArguments();
    arguments += {QStringLiteral("--"), binary(QStringLiteral("postgres")), QStringLiteral("-D"), dataPath(), QStringLiteral("-p"), QString::number(m_port)};

    // Only lines written after this offset belong to this start.
    const qint64 logOffset = QFileInfo(logPath()).size();
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(cleanEnvironment());
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->setWorkingDirectory(m_directory);
    m_process->start(QStringLiteral("setpriv"), arguments);
    if (!m_process->waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start PostgreSQL: %1").arg(m_process->errorString());
        delete m_process;
        m_process = nullptr;
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Started PostgreSQL" << m_process->processId() << "on port" << m_port << "in" << m_directory;

    if (waitUntilReady(timeoutMs, logOffset, portTaken))
        return true;

    // The server's log explains most failures.
    const QString error = m_lastError;
    stop();
    m_lastError = error + QLatin1Char('\n') + logTail();
    return false;
}

bool TestPostgresServer::waitUntilReady(int timeoutMs, qint64 logOffset, bool *portTaken)
{
    QDeadlineTimer deadline(timeoutMs);

    while (!deadline.hasExpired()) {
        // Also works as the pause between two checks.
        const bool exited = m_process->waitForFinished(20);
        const QString log = readFileFrom(logPath(), logOffset);
        if (log.contains(PortTakenMessage)) {
            *portTaken = true;
            m_lastError = QStringLiteral("PostgreSQL failed to bind port %1 on %2 because another process uses it").arg(m_port).arg(Host);
            return false;
        }
        if (exited) {
            m_lastError = QStringLiteral("PostgreSQL exited with code %1 before accepting connections on port %2").arg(m_process->exitCode()).arg(m_port);
            return false;
        }
        // An accepted connection alone could come from another process on
        // the same port, so the server's own report counts too.
        if (log.contains(ReadyMessage) && portAcceptsConnections(m_port))
            return true;
    }
    m_lastError = QStringLiteral("PostgreSQL did not accept connections on %1:%2 within %3 ms").arg(Host).arg(m_port).arg(timeoutMs);
    return false;
}

bool TestPostgresServer::runClient(const QString &program, const QStringList &arguments)
{
    QProcess client;
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.setStandardInputFile(QProcess::nullDevice());
    // The connection options come first because the database name must be last.
    const QStringList connection{QStringLiteral("--host=") + Host, QStringLiteral("--port=") + QString::number(m_port),
                                 QStringLiteral("--username=") + SuperUser, QStringLiteral("--no-password"),
                                 QStringLiteral("--maintenance-db=postgres")};
    client.start(binary(program), connection + arguments);
    if (!client.waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start %1: %2").arg(program, client.errorString());
        return false;
    }
    if (!client.waitForFinished(ClientTimeoutMs)) {
        client.kill();
        client.waitForFinished();
        m_lastError = QStringLiteral("%1 timed out after %2 ms").arg(program).arg(ClientTimeoutMs);
        return false;
    }
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
        m_lastError = QStringLiteral("%1 exited with code %2: %3").arg(program).arg(client.exitCode()).arg(QString::fromLocal8Bit(client.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestPostgresServer::runsAsPostgresUser() const
{
    return m_serviceUser.isUsed();
}

QStringList TestPostgresServer::switchUserArguments() const
{
    return m_serviceUser.switchArguments();
}

bool TestPostgresServer::postgresUserCanReach(const QString &path) const
{
    return m_serviceUser.canReach(path);
}

void TestPostgresServer::giveToPostgresUser(const QString &path) const
{
    m_serviceUser.giveOwnership(path);
}

QString TestPostgresServer::binary(const QString &name) const
{
    return m_binDirectory + QLatin1Char('/') + name;
}

QString TestPostgresServer::logTail() const
{
    QStringList lines = readFileFrom(logPath(), 0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > LogTailLines)
        lines = lines.mid(lines.size() - LogTailLines);
    return QStringLiteral("--- end of ") + logPath() + QStringLiteral(" ---\n") + lines.join(QLatin1Char('\n'));
}
