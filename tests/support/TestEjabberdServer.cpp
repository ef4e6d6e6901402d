#include "TestEjabberdServer.h"

#include "TestCertificates.h"
#include "TestSupportLogging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cerrno>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace {
const auto Domain = QStringLiteral("localhost");
const auto Host = QStringLiteral("127.0.0.1");
const auto EjabberdUser = QStringLiteral("ejabberd");
// Logged by ejabberd 23.01 at level critical when the node gives up, for
// example on a configuration error, and the node then exits.
const auto CriticalMarker = QStringLiteral("[critical]");
// Runs "$@" (ejabberdctl foreground) and, on SIGTERM, stops the Erlang VM
// whose process id ejabberd wrote to the file $1.
const auto GuardScript = QStringLiteral(
    "pidfile=$1; shift\n"
    "trap 'if [ -s \"$pidfile\" ]; then kill -TERM \"$(cat \"$pidfile\")\"; fi; wait \"$child\"; exit 143' TERM\n"
    "\"$@\" &\n"
    "child=$!\n"
    "wait \"$child\"\n");
constexpr int StopTimeoutMs = 10000;
constexpr int KillTimeoutMs = 5000;
// Each ejabberdctl command boots an Erlang VM of its own: about 1 s on an idle machine,
// over 30 s on a 2-core machine that also ran builds and other tests.
constexpr int CommandTimeoutMs = 60000;
constexpr int MaxPortAttempts = 3;
constexpr int LogTailLines = 30;

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

// Logged by ejabberd 23.01's ejabberd_listener at level info once the c2s listener is bound.
QString listeningMessage(quint16 port)
{
    return QStringLiteral("Start accepting TCP connections at %1:%2 for ejabberd_c2s").arg(Host).arg(port);
}

QString readFileFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(offset);
    return QString::fromUtf8(file.readAll());
}

QString yamlString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// ejabberdctl reads ejabberdctl.cfg with the shell's "." command.
QString shellString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("Failed to write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(content) != content.size()) {
        *error = QStringLiteral("Failed to write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Checks through /proc that @p pid is still an Erlang VM, so a recycled
// process id is never signalled.
bool isVirtualMachine(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return false;
    return comm.readAll().trimmed().startsWith("beam");
}

QString ejabberdctlPath()
{
    // /usr/sbin is not in PATH for every user.
    return QStandardPaths::findExecutable(QStringLiteral("ejabberdctl"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}
}

TestEjabberdServer::TestEjabberdServer(QObject *parent)
    : QObject(parent)
{
}

TestEjabberdServer::~TestEjabberdServer()
{
    stop();
    if (m_directory.isEmpty())
        return;

    if (qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER")) {
        qCInfo(SALON_TEST_SUPPORT) << "Keeping the ejabberd test server folder" << m_directory;
        return;
    }
    QDir(m_directory).removeRecursively();
}

bool TestEjabberdServer::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_lastError.clear();
    if (!prepare())
        return false;

    // Ports are picked free but may be taken by another process before
    // ejabberd binds them, so new ones are picked unless a client may
    // already know the old ones.
    const int attempts = m_portsConfirmed ? 1 : MaxPortAttempts;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool portTaken = false;
        if (startOnce(timeoutMs, &portTaken)) {
            m_portsConfirmed = true;
            return true;
        }
        if (!portTaken || attempt == attempts)
            return false;

        qCWarning(SALON_TEST_SUPPORT) << "A port of the ejabberd test server was taken, retrying with new ports:" << m_lastError;
        if (!choosePorts() || !writeConfig())
            return false;
        giveToEjabberdUser(configDirectory());
    }
    return false;
}

void TestEjabberdServer::stop()
{
    if (!m_process)
        return;

    const qint64 pid = m_virtualMachinePid;
    if (m_process->state() != QProcess::NotRunning) {
        QString output;
        if (!runEjabberdctl({QStringLiteral("stop")}, &output))
            qCWarning(SALON_TEST_SUPPORT) << "ejabberdctl stop failed, killing ejabberd" << pid << ":" << m_lastError;

        // ejabberdctl returns before the VM has exited. The guard shell,
        // which is m_process, exits right after the VM.
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            qCWarning(SALON_TEST_SUPPORT) << "ejabberd" << pid << "did not stop within" << StopTimeoutMs << "ms, killing it";
            killVirtualMachine();
            m_process->kill();
            m_process->waitForFinished(KillTimeoutMs);
        }
        qCDebug(SALON_TEST_SUPPORT) << "Stopped ejabberd" << pid << "in" << m_directory;
    } else {
        qCWarning(SALON_TEST_SUPPORT) << "ejabberd" << pid << "had already exited with code" << m_process->exitCode();
    }

    // The VM is a grandchild of the guard shell, not a child of this
    // process, so it could outlive the shell after a SIGKILL.
    killVirtualMachine();

    delete m_process;
    m_process = nullptr;
    m_virtualMachinePid = 0;
}

bool TestEjabberdServer::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

bool TestEjabberdServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString TestEjabberdServer::lastError() const
{
    return m_lastError;
}

QString TestEjabberdServer::domain() const
{
    return Domain;
}

QString TestEjabberdServer::pubsubDomain() const
{
    return QStringLiteral("pubsub.") + Domain;
}

QString TestEjabberdServer::host() const
{
    return Host;
}

quint16 TestEjabberdServer::clientPort() const
{
    return m_clientPort;
}

QString TestEjabberdServer::jid(const QString &user) const
{
    return user + QLatin1Char('@') + Domain;
}

QString TestEjabberdServer::caCertificatePath() const
{
    return m_certificates ? m_certificates->caCertificatePath() : QString();
}

QList<QSslCertificate> TestEjabberdServer::caCertificates() const
{
    return m_certificates ? m_certificates->caCertificates() : QList<QSslCertificate>();
}

QString TestEjabberdServer::directory() const
{
    return m_directory;
}

QString TestEjabberdServer::configDirectory() const
{
    return m_directory + QStringLiteral("/config");
}

QString TestEjabberdServer::configPath() const
{
    return configDirectory() + QStringLiteral("/ejabberd.yml");
}

QString TestEjabberdServer::spoolPath() const
{
    return m_directory + QStringLiteral("/spool");
}

QString TestEjabberdServer::logsPath() const
{
    return m_directory + QStringLiteral("/logs");
}

QString TestEjabberdServer::logPath() const
{
    return logsPath() + QStringLiteral("/ejabberd.log");
}

QString TestEjabberdServer::stdoutPath() const
{
    return logsPath() + QStringLiteral("/ejabberdctl.out");
}

QString TestEjabberdServer::pidPath() const
{
    return spoolPath() + QStringLiteral("/ejabberd.pid");
}

QString TestEjabberdServer::certificateBundlePath() const
{
    return configDirectory() + QStringLiteral("/server.pem");
}

QString TestEjabberdServer::nodeName() const
{
    // The Mnesia schema in the spool folder belongs to the node name, so it
    // must not change between starts. The folder name is unique and fixed.
    return QFileInfo(m_directory).fileName() + QStringLiteral("@localhost");
}

qint64 TestEjabberdServer::processId() const
{
    return isRunning() ? m_virtualMachinePid : 0;
}

bool TestEjabberdServer::addAccount(const QString &user, const QString &password)
{
    m_lastError.clear();
    QString output;
    if (runEjabberdctl({QStringLiteral("register"), user, Domain, password}, &output)) {
        qCDebug(SALON_TEST_SUPPORT) << "Registered" << jid(user) << "on ejabberd";
        return true;
    }
    // "register" fails with "conflict" for an existing account.
    if (!output.contains(QLatin1String("already registered"))) {
        m_lastError = QStringLiteral("Registering %1 failed: %2").arg(jid(user), m_lastError);
        return false;
    }
    if (!runEjabberdctl({QStringLiteral("change_password"), user, Domain, password}, &output)) {
        m_lastError = QStringLiteral("Setting a new password for %1 failed: %2").arg(jid(user), m_lastError);
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Set a new password for" << jid(user) << "on ejabberd";
    return true;
}

bool TestEjabberdServer::addRosterItems(const QString &user, const QList<TestRosterItem> &items)
{
    m_lastError.clear();
    for (const TestRosterItem &item : items) {
        const int at = item.jid.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == item.jid.size() - 1) {
            m_lastError = QStringLiteral("Invalid roster item JID %1: expected user@domain").arg(item.jid);
            return false;
        }
        // ejabberdctl separates groups with ";".
        const QStringList arguments{QStringLiteral("add_rosteritem"),
                                    user,
                                    Domain,
                                    item.jid.left(at),
                                    item.jid.mid(at + 1),
                                    item.name,
                                    item.groups.join(QLatin1Char(';')),
                                    item.subscription};
        if (!runEjabberdctl(arguments)) {
            m_lastError = QStringLiteral("Adding %1 to the roster of %2 failed: %3").arg(item.jid, jid(user), m_lastError);
            return false;
        }
    }
    qCDebug(SALON_TEST_SUPPORT) << "Added" << items.size() << "contacts to the roster of" << jid(user) << "on ejabberd";
    return true;
}

bool TestEjabberdServer::runEjabberdctl(const QStringList &arguments, QString *output)
{
    if (!isRunning()) {
        m_lastError = QStringLiteral("ejabberdctl %1 needs a running server; call start() first").arg(arguments.value(0));
        return false;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The Erlang cookie is read from $HOME/.erlang.cookie.
    environment.insert(QStringLiteral("HOME"), spoolPath());

    QProcess ejabberdctl;
    ejabberdctl.setProcessEnvironment(environment);
    ejabberdctl.setProcessChannelMode(QProcess::MergedChannels);
    ejabberdctl.setStandardInputFile(QProcess::nullDevice());
    ejabberdctl.setWorkingDirectory(spoolPath());
    ejabberdctl.start(QStringLiteral("setpriv"), switchUserArguments() + QStringList{QStringLiteral("--"), ejabberdctlPath()} + ejabberdctlArguments() + arguments);
    if (!ejabberdctl.waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start ejabberdctl: %1").arg(ejabberdctl.errorString());
        return false;
    }
    if (!ejabberdctl.waitForFinished(CommandTimeoutMs)) {
        ejabberdctl.kill();
        ejabberdctl.waitForFinished();
        m_lastError = QStringLiteral("ejabberdctl %1 timed out after %2 ms").arg(arguments.value(0)).arg(CommandTimeoutMs);
        return false;
    }

    const QString text = QString::fromLocal8Bit(ejabberdctl.readAll()).trimmed();
    if (output)
        *output = text;
    if (ejabberdctl.exitStatus() != QProcess::NormalExit || ejabberdctl.exitCode() != 0) {
        m_lastError = QStringLiteral("ejabberdctl %1 exited with code %2: %3").arg(arguments.value(0)).arg(ejabberdctl.exitCode()).arg(text);
        return false;
    }
    return true;
}

bool TestEjabberdServer::prepare()
{
    if (!m_directory.isEmpty())
        return true;

    if (ejabberdctlPath().isEmpty() || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        m_lastError = QStringLiteral("ejabberdctl or setpriv not found; install the Debian packages ejabberd and util-linux");
        return false;
    }
    if (getpwnam(EjabberdUser.toLatin1().constData()) == nullptr) {
        m_lastError = QStringLiteral("The user %1 does not exist; install the Debian package ejabberd").arg(EjabberdUser);
        return false;
    }
    // Debian's ejabberdctl exits with "This command can only be run by root
    // or the user ejabberd" for anyone else.
    const passwd *current = getpwuid(geteuid());
    if (!runsAsEjabberdUser() && !(current && EjabberdUser == QString::fromLocal8Bit(current->pw_name))) {
        m_lastError = QStringLiteral("ejabberdctl runs only as root or as the user %1; run the test as one of them").arg(EjabberdUser);
        return false;
    }

    if (!chooseDirectory())
        return false;
    m_certificates = std::make_unique<TestCertificates>(m_directory + QStringLiteral("/certs"));
    if (!m_certificates->create()) {
        m_lastError = m_certificates->lastError();
        return false;
    }
    for (const QString &path : {configDirectory(), spoolPath(), logsPath()}) {
        if (!QDir().mkpath(path)) {
            m_lastError = QStringLiteral("Failed to create %1").arg(path);
            return false;
        }
    }
    if (!choosePorts() || !writeConfig() || !writeCookie())
        return false;

    giveToEjabberdUser(m_directory);
    return true;
}

bool TestEjabberdServer::chooseDirectory()
{
    m_directory = m_serviceUser.createRunDirectory(QStringLiteral("salon-ejabberd"), &m_lastError);
    return !m_directory.isEmpty();
}

bool TestEjabberdServer::choosePorts()
{
    m_clientPort = findFreePort();
    m_distributionPort = findFreePort();
    // The operating system may return the same port twice once it is closed.
    while (m_distributionPort != 0 && m_distributionPort == m_clientPort)
        m_distributionPort = findFreePort();

    if (m_clientPort == 0 || m_distributionPort == 0) {
        m_lastError = QStringLiteral("No free TCP port found on %1").arg(Host);
        return false;
    }
    return true;
}

bool TestEjabberdServer::writeConfig()
{
    // ejabberd reads the certificate and its key from one PEM file.
    QFile certificate(m_certificates->certificatePath());
    QFile key(m_certificates->keyPath());
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_lastError = QStringLiteral("Failed to read the test certificate %1 or its key %2").arg(certificate.fileName(), key.fileName());
        return false;
    }
    if (!writeFile(certificateBundlePath(), certificate.readAll() + key.readAll(), &m_lastError))
        return false;
    QFile::setPermissions(certificateBundlePath(), QFile::ReadOwner | QFile::WriteOwner);

    QString config;
    config += QStringLiteral("# Throwaway ejabberd 23.01 server written by Salon's test harness.\n\n");
    config += QStringLiteral("hosts:\n  - %1\n").arg(yamlString(Domain));
    config += QStringLiteral("loglevel: info\n");
    config += QStringLiteral("certfiles:\n  - %1\n\n").arg(yamlString(certificateBundlePath()));

    // One client listener and nothing else: no s2s, HTTP or component ports.
    config += QStringLiteral("listen:\n"
                             "  -\n"
                             "    port: %1\n"
                             "    ip: %2\n"
                             "    module: ejabberd_c2s\n"
                             "    starttls_required: true\n\n")
                  .arg(m_clientPort)
                  .arg(yamlString(Host));
    // "none" is ejabberd's built-in rule that matches nobody, so no
    // server-to-server connection is opened either.
    config += QStringLiteral("s2s_access: none\n\n");

    config += QStringLiteral(
        "modules:\n"
        "  mod_roster:\n"
        "    versioning: true\n"
        "  mod_disco: {}\n"
        "  mod_caps: {}\n"
        "  mod_pubsub:\n"
        "    plugins:\n"
        "      - flat\n"
        "      - pep\n"
        "  mod_mam: {}\n"
        // Group chat rooms on conference.localhost, archived by default.
        "  mod_muc:\n"
        "    default_room_options:\n"
        "      mam: true\n"
        "  mod_carboncopy: {}\n"
        "  mod_stream_mgmt: {}\n"
        "  mod_vcard: {}\n"
        // mod_avatar needs mod_vcard_xupdate, and mod_blocking needs mod_privacy.
        "  mod_vcard_xupdate: {}\n"
        "  mod_avatar: {}\n"
        "  mod_privacy: {}\n"
        "  mod_blocking: {}\n"
        "  mod_ping: {}\n"
        // Last activity (XEP-0012): the time of each account's last sign-out.
        "  mod_last: {}\n"
        // Provides ejabberdctl's add_rosteritem and change_password.
        "  mod_admin_extra: {}\n");

    if (!writeFile(configPath(), config.toUtf8(), &m_lastError))
        return false;

    // Read by ejabberdctl with "." for the node and for every command.
    // ERL_DIST_PORT fixes the distribution port, so no epmd is started, and
    // the kernel option binds that port to 127.0.0.1 only.
    QString controlConfig;
    controlConfig += QStringLiteral("ERLANG_NODE=%1\n").arg(shellString(nodeName()));
    controlConfig += QStringLiteral("ERL_DIST_PORT=%1\n").arg(m_distributionPort);
    controlConfig += QStringLiteral("ERL_OPTIONS='-env ERL_CRASH_DUMP_BYTES 0 -kernel inet_dist_use_interface {127,0,0,1}'\n");
    controlConfig += QStringLiteral("EJABBERD_PID_PATH=%1\n").arg(shellString(pidPath()));
    controlConfig += QStringLiteral("EJABBERD_BYPASS_WARNINGS=true\n");
    if (!writeFile(configDirectory() + QStringLiteral("/ejabberdctl.cfg"), controlConfig.toUtf8(), &m_lastError))
        return false;

    // ejabberdctl points ERL_INETRC at this file, which makes the VM look up
    // names in /etc/hosts first.
    return writeFile(configDirectory() + QStringLiteral("/inetrc"), QByteArrayLiteral("{lookup,[\"file\",\"native\"]}.\n"), &m_lastError);
}

bool TestEjabberdServer::writeCookie()
{
    // Erlang accepts the cookie file only when no one else may read it.
    QByteArray cookie;
    for (int i = 0; i < 20; ++i)
        cookie += static_cast<char>('A' + QRandomGenerator::global()->bounded(26));
    const QString path = spoolPath() + QStringLiteral("/.erlang.cookie");
    if (!writeFile(path, cookie, &m_lastError))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner);
    return true;
}

bool TestEjabberdServer::startOnce(int timeoutMs, bool *portTaken)
{
    // "foreground" keeps the node a child of ejabberdctl's shell, so the
    // shell's exit shows that the node has stopped. setpriv's parent-death
    // signal reaches only the guard shell around it, which then sends SIGTERM
    // to the Erlang VM (a graceful stop in OTP 25), so a killed test leaves
    // no VM behind.
    const QStringList arguments = QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("TERM")} + switchUserArguments()
        + QStringList{QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), GuardScript, QStringLiteral("salon-ejabberd-guard"), pidPath(),
                      ejabberdctlPath()}
        + ejabberdctlArguments() + QStringList{QStringLiteral("foreground")};

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), spoolPath());

    // Only lines written after this offset belong to this start.
    const qint64 logOffset = QFileInfo(logPath()).size();
    QFile::remove(pidPath());
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(stdoutPath(), QIODevice::Append);
    m_process->setStandardErrorFile(stdoutPath(), QIODevice::Append);
    m_process->setWorkingDirectory(spoolPath());
    m_process->start(QStringLiteral("setpriv"), arguments);
    if (!m_process->waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start ejabberdctl: %1").arg(m_process->errorString());
        delete m_process;
        m_process = nullptr;
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Started ejabberd on ports" << m_clientPort << m_distributionPort << "in" << m_directory;

    if (waitUntilListening(timeoutMs, logOffset, portTaken)) {
        m_virtualMachinePid = readVirtualMachinePid();
        qCDebug(SALON_TEST_SUPPORT) << "ejabberd runs as process" << m_virtualMachinePid;
        return true;
    }

    // ejabberd's log and ejabberdctl's output explain most failures.
    const QString error = m_lastError;
    m_virtualMachinePid = readVirtualMachinePid();
    stop();
    m_lastError = error + QLatin1Char('\n') + logTail();
    return false;
}

bool TestEjabberdServer::waitUntilListening(int timeoutMs, qint64 logOffset, bool *portTaken)
{
    QDeadlineTimer deadline(timeoutMs);
    const qint64 stdoutOffset = QFileInfo(stdoutPath()).size();

    while (!deadline.hasExpired()) {
        // Also works as the pause between two checks.
        const bool exited = m_process->waitForFinished(100);
        const QString log = readFileFrom(logPath(), logOffset);
        const QString output = readFileFrom(stdoutPath(), stdoutOffset);

        if (log.contains(QLatin1String("eaddrinuse")) || log.contains(QLatin1String("already in use")) || output.contains(QLatin1String("eaddrinuse"))) {
            *portTaken = true;
            m_lastError = QStringLiteral("ejabberd failed to bind port %1 or %2 on %3 because another process uses it").arg(m_clientPort).arg(m_distributionPort).arg(Host);
            return false;
        }
        if (exited) {
            m_lastError = QStringLiteral("ejabberd exited with code %1 before listening on port %2").arg(m_process->exitCode()).arg(m_clientPort);
            return false;
        }
        if (log.contains(CriticalMarker)) {
            m_lastError = QStringLiteral("ejabberd reported a critical error before listening on port %1").arg(m_clientPort);
            return false;
        }
        // An accepted connection alone could come from another process on
        // the same port, so ejabberd's own report counts too.
        if (log.contains(listeningMessage(m_clientPort)) && portAcceptsConnections(m_clientPort))
            return true;
    }
    m_lastError = QStringLiteral("ejabberd did not listen on %1:%2 within %3 ms").arg(Host).arg(m_clientPort).arg(timeoutMs);
    return false;
}

void TestEjabberdServer::killVirtualMachine()
{
    if (!isVirtualMachine(m_virtualMachinePid))
        return;

    qCWarning(SALON_TEST_SUPPORT) << "The Erlang VM" << m_virtualMachinePid << "of ejabberd is still running, killing it";
    ::kill(static_cast<pid_t>(m_virtualMachinePid), SIGKILL);
    QDeadlineTimer deadline(KillTimeoutMs);
    while (isVirtualMachine(m_virtualMachinePid) && !deadline.hasExpired())
        QThread::msleep(20);
}

qint64 TestEjabberdServer::readVirtualMachinePid() const
{
    QFile file(pidPath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

bool TestEjabberdServer::runsAsEjabberdUser() const
{
    return m_serviceUser.isUsed();
}

bool TestEjabberdServer::ejabberdUserCanReach(const QString &path) const
{
    return m_serviceUser.canReach(path);
}

void TestEjabberdServer::giveToEjabberdUser(const QString &path) const
{
    m_serviceUser.giveOwnership(path);
}

QStringList TestEjabberdServer::switchUserArguments() const
{
    return m_serviceUser.switchArguments();
}

QStringList TestEjabberdServer::ejabberdctlArguments() const
{
    return {QStringLiteral("--config-dir"), configDirectory(), QStringLiteral("--spool"), spoolPath(), QStringLiteral("--logs"), logsPath()};
}

QString TestEjabberdServer::logTail() const
{
    auto lastLines = [](const QString &path) {
        QStringList lines = readFileFrom(path, 0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() > LogTailLines)
            lines = lines.mid(lines.size() - LogTailLines);
        return lines.join(QLatin1Char('\n'));
    };

    QString tail = QStringLiteral("--- end of ") + logPath() + QStringLiteral(" ---\n") + lastLines(logPath());
    const QString output = lastLines(stdoutPath());
    if (!output.isEmpty())
        tail += QStringLiteral("\n--- end of ") + stdoutPath() + QStringLiteral(" ---\n") + output;
    return tail;
}
