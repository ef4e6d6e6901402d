#include "TestXmppServer.h"

#include "TestCertificates.h"
#include "TestSupportLogging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

#include <unistd.h>

namespace {
const auto Domain = QStringLiteral("localhost");
const auto Host = QStringLiteral("127.0.0.1");
const auto PubsubModule = QStringLiteral("mod_salon_test_pubsub_create.lua");
const auto RoomListModule = QStringLiteral("mod_salon_test_room_list.lua");
const auto NodeListModule = QStringLiteral("mod_salon_test_node_list.lua");
const auto MucForgetModule = QStringLiteral("mod_salon_test_muc_forget.lua");
const auto SilentRoomModule = QStringLiteral("mod_salon_test_silent_room.lua");
// Logged by Prosody's portmanager when a listener cannot bind; Prosody keeps
// running without that port.
const auto PortTakenMessage = QStringLiteral("Failed to open server port");
constexpr int StopTimeoutMs = 5000;
constexpr int MaxPortAttempts = 3;
constexpr int LogTailLines = 30;
// mod_auth_internal_hashed's default_iteration_count in Prosody 0.12.
constexpr int ScramIterationCount = 10000;

QString luaString(const QString &text)
{
    QByteArray quoted = "\"";
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            // Lua's decimal escape; three digits so a following digit is not absorbed.
            quoted += '\\' + QByteArray::number(byte).rightJustified(3, '0');
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return QString::fromUtf8(quoted);
}

// Prosody's datamanager file name encoding: every byte that is not an ASCII
// letter or digit becomes %xx (lowercase hex).
QString datamanagerEncode(const QString &name)
{
    QString encoded;
    for (const char c : name.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'))
            encoded += QLatin1Char(c);
        else
            encoded += QStringLiteral("%%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return encoded;
}

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

// Logged by Prosody 0.12's portmanager at level info once a listener is bound.
QString activatedMessage(const QString &service, quint16 port)
{
    return QStringLiteral("Activated service '%1' on [%2]:%3").arg(service, Host).arg(port);
}

QString readFileFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(offset);
    return QString::fromUtf8(file.readAll());
}
}

TestXmppServer::TestXmppServer(QObject *parent)
    : QObject(parent)
{
}

TestXmppServer::~TestXmppServer()
{
    stop();
    if (m_directory.isEmpty())
        return;

    if (qEnvironmentVariableIsSet("SALON_KEEP_TEST_SERVER")) {
        qCInfo(SALON_TEST_SUPPORT) << "Keeping the test server folder" << m_directory;
        return;
    }
    QDir(m_directory).removeRecursively();
}

bool TestXmppServer::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_lastError.clear();
    if (!prepare())
        return false;

    // Ports are picked free but may be taken by another process before
    // Prosody binds them; pick new ones unless a client may already know them.
    const int attempts = m_portsConfirmed ? 1 : MaxPortAttempts;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        bool portTaken = false;
        if (startOnce(timeoutMs, &portTaken)) {
            m_portsConfirmed = true;
            return true;
        }
        if (!portTaken || attempt == attempts)
            return false;

        qCWarning(SALON_TEST_SUPPORT) << "A port of the test server was taken, retrying with new ports:" << m_lastError;
        if (!choosePorts() || !writeConfig())
            return false;
        giveToProsodyUser(configPath());
    }
    return false;
}

void TestXmppServer::stop()
{
    if (!m_process)
        return;

    const qint64 pid = m_process->processId();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            qCWarning(SALON_TEST_SUPPORT) << "Prosody" << pid << "ignored SIGTERM for" << StopTimeoutMs << "ms, killing it";
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
        qCDebug(SALON_TEST_SUPPORT) << "Stopped Prosody" << pid << "in" << m_directory;
    } else {
        qCWarning(SALON_TEST_SUPPORT) << "Prosody" << pid << "had already exited with code" << m_process->exitCode();
    }

    delete m_process;
    m_process = nullptr;
}

bool TestXmppServer::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

bool TestXmppServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestXmppServer::pid() const
{
    // setpriv replaces itself with Prosody, so the process id is Prosody's.
    return isRunning() ? m_process->processId() : 0;
}

QString TestXmppServer::lastError() const
{
    return m_lastError;
}

QString TestXmppServer::domain() const
{
    return Domain;
}

QString TestXmppServer::mucDomain() const
{
    return QStringLiteral("conference.") + Domain;
}

QString TestXmppServer::pubsubDomain() const
{
    return QStringLiteral("pubsub.") + Domain;
}

QString TestXmppServer::uploadDomain() const
{
    return QStringLiteral("upload.") + Domain;
}

QString TestXmppServer::host() const
{
    return Host;
}

quint16 TestXmppServer::clientPort() const
{
    return m_clientPort;
}

quint16 TestXmppServer::httpPort() const
{
    return m_httpPort;
}

QString TestXmppServer::jid(const QString &user) const
{
    return user + QLatin1Char('@') + Domain;
}

QString TestXmppServer::caCertificatePath() const
{
    return m_certificates ? m_certificates->caCertificatePath() : QString();
}

QList<QSslCertificate> TestXmppServer::caCertificates() const
{
    return m_certificates ? m_certificates->caCertificates() : QList<QSslCertificate>();
}

QString TestXmppServer::directory() const
{
    return m_directory;
}

QString TestXmppServer::configPath() const
{
    return m_directory + QStringLiteral("/prosody.cfg.lua");
}

QString TestXmppServer::logPath() const
{
    return m_directory + QStringLiteral("/prosody.log");
}

QString TestXmppServer::stderrPath() const
{
    return m_directory + QStringLiteral("/prosody.stderr");
}

QString TestXmppServer::modulesPath() const
{
    return m_directory + QStringLiteral("/modules");
}

QString TestXmppServer::dataPath() const
{
    return m_directory + QStringLiteral("/data");
}

bool TestXmppServer::addAccount(const QString &user, const QString &password)
{
    m_lastError.clear();
    if (!prepare())
        return false;

    QString output;
    // prosodyctl switches to the prosody user by itself when started as root.
    // "register" also sets a new password for an existing account.
    if (!runProsodyctl({QStringLiteral("register"), user, Domain, password}, &output)) {
        m_lastError = QStringLiteral("Registering %1 failed: %2").arg(jid(user), m_lastError);
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Registered" << jid(user);
    return true;
}

void TestXmppServer::setVCardLegacyEnabled(bool enabled)
{
    m_vCardLegacyEnabled = enabled;
}

void TestXmppServer::setPepEnabled(bool enabled)
{
    m_pepEnabled = enabled;
}

void TestXmppServer::setUploadSizeLimit(qint64 bytes)
{
    m_uploadSizeLimit = bytes;
}

void TestXmppServer::setUploadDailyQuota(qint64 bytes)
{
    m_uploadDailyQuota = bytes;
}

void TestXmppServer::setRoomListSize(int rooms)
{
    m_roomListSize = rooms;
}

QString TestXmppServer::roomListDomain() const
{
    return QStringLiteral("rooms.") + Domain;
}

void TestXmppServer::setNodeListSize(int nodes)
{
    m_nodeListSize = nodes;
}

QString TestXmppServer::nodeListDomain() const
{
    return QStringLiteral("nodes.") + Domain;
}

void TestXmppServer::setSilentRoomServiceEnabled(bool enabled)
{
    m_silentRoomServiceEnabled = enabled;
}

QString TestXmppServer::silentRoomDomain() const
{
    return QStringLiteral("silent.") + Domain;
}

bool TestXmppServer::setRoster(const QString &user, const QList<TestRosterItem> &items)
{
    m_lastError.clear();
    if (!prepare())
        return false;

    // Prosody's internal storage: a Lua table keyed by contact JID, with
    // roster metadata under the key false.
    QString lua = QStringLiteral("return {\n\t[false] = {\n\t\t[\"version\"] = %1;\n\t\t[\"pending\"] = {};\n\t};\n")
                      .arg(QDateTime::currentMSecsSinceEpoch());
    for (const TestRosterItem &item : items) {
        lua += QStringLiteral("\t[%1] = {\n").arg(luaString(item.jid.toLower()));
        lua += QStringLiteral("\t\t[\"subscription\"] = %1;\n").arg(luaString(item.subscription));
        if (!item.name.isEmpty())
            lua += QStringLiteral("\t\t[\"name\"] = %1;\n").arg(luaString(item.name));
        lua += QStringLiteral("\t\t[\"groups\"] = {\n");
        for (const QString &group : item.groups)
            lua += QStringLiteral("\t\t\t[%1] = true;\n").arg(luaString(group));
        lua += QStringLiteral("\t\t};\n\t};\n");
    }
    lua += QStringLiteral("};\n");

    const QString path = dataFilePath(user.toLower(), QStringLiteral("roster"));
    if (!writeDataFile(path, lua))
        return false;
    giveToProsodyUser(domainDataPath());
    qCDebug(SALON_TEST_SUPPORT) << "Seeded the roster of" << jid(user) << "with" << items.size() << "contacts";
    return true;
}

bool TestXmppServer::addAccounts(const QList<QPair<QString, QString>> &accounts)
{
    m_lastError.clear();
    if (!prepare())
        return false;

    for (const auto &account : accounts) {
        const QString &user = account.first;
        const QString &password = account.second;
        const bool printableAscii = std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
        if (password.isEmpty() || !printableAscii) {
            m_lastError = QStringLiteral("The password of %1 must be printable ASCII to be written directly; use addAccount()").arg(jid(user));
            return false;
        }

        // What mod_auth_internal_hashed (Prosody 0.12, password_hash SHA-1) stores for
        // SCRAM-SHA-1 (RFC 5802): the keys derived from the salted password, in hex. SASLprep
        // leaves printable ASCII unchanged, so the password is hashed as it is.
        const QByteArray salt = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, password.toUtf8(), salt, ScramIterationCount, 20);
        const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", saltedPassword, QCryptographicHash::Sha1);
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1);
        const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", saltedPassword, QCryptographicHash::Sha1);
        const QString lua = QStringLiteral("return {\n\t[\"iteration_count\"] = %1;\n\t[\"salt\"] = %2;\n\t[\"stored_key\"] = %3;\n\t[\"server_key\"] = %4;\n};\n")
                                .arg(ScramIterationCount)
                                .arg(luaString(QString::fromLatin1(salt)), luaString(QString::fromLatin1(storedKey.toHex())),
                                     luaString(QString::fromLatin1(serverKey.toHex())));
        if (!writeDataFile(dataFilePath(user.toLower(), QStringLiteral("accounts")), lua)) {
            m_lastError = QStringLiteral("Registering %1 failed: %2").arg(jid(user), m_lastError);
            return false;
        }
    }
    giveToProsodyUser(domainDataPath());
    qCDebug(SALON_TEST_SUPPORT) << "Registered" << accounts.size() << "accounts";
    return true;
}

bool TestXmppServer::writeDataFile(const QString &path, const QString &lua)
{
    const QString storeDirectory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(storeDirectory)) {
        m_lastError = QStringLiteral("Failed to create %1").arg(storeDirectory);
        return false;
    }

    // Written aside and renamed, so a running Prosody never reads half a file.
    const QString temporaryPath = path + QStringLiteral(".tmp");
    QFile file(temporaryPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = QStringLiteral("Failed to write %1: %2").arg(temporaryPath, file.errorString());
        return false;
    }
    file.write(lua.toUtf8());
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporaryPath, path)) {
        m_lastError = QStringLiteral("Failed to rename %1 to %2").arg(temporaryPath, path);
        return false;
    }
    return true;
}

bool TestXmppServer::prepare()
{
    if (!m_directory.isEmpty())
        return true;
    if (!chooseDirectory())
        return false;

    m_certificates = std::make_unique<TestCertificates>(m_directory + QStringLiteral("/certs"));
    if (!m_certificates->create()) {
        m_lastError = m_certificates->lastError();
        return false;
    }
    if (!QDir().mkpath(dataPath())) {
        m_lastError = QStringLiteral("Failed to create %1").arg(dataPath());
        return false;
    }
    if (!installModules() || !choosePorts() || !writeConfig())
        return false;

    giveToProsodyUser(m_directory);
    return true;
}

bool TestXmppServer::chooseDirectory()
{
    m_directory = m_serviceUser.createRunDirectory(QStringLiteral("salon-prosody"), &m_lastError);
    return !m_directory.isEmpty();
}

bool TestXmppServer::choosePorts()
{
    m_clientPort = findFreePort();
    m_httpPort = findFreePort();
    // The operating system may return the same port twice once it is closed.
    while (m_httpPort != 0 && m_httpPort == m_clientPort)
        m_httpPort = findFreePort();

    if (m_clientPort == 0 || m_httpPort == 0) {
        m_lastError = QStringLiteral("No free TCP port found on %1").arg(Host);
        return false;
    }
    return true;
}

bool TestXmppServer::installModules()
{
    if (!QDir().mkpath(modulesPath())) {
        m_lastError = QStringLiteral("Failed to create %1").arg(modulesPath());
        return false;
    }
    for (const QString &module : {PubsubModule, RoomListModule, NodeListModule, MucForgetModule, SilentRoomModule}) {
        const QString source = QStringLiteral(SALON_TEST_PROSODY_MODULES_DIR "/") + module;
        const QString target = modulesPath() + QLatin1Char('/') + module;
        QFile::remove(target);
        if (!QFile::copy(source, target)) {
            m_lastError = QStringLiteral("Failed to copy the Prosody module %1 to %2").arg(source, target);
            return false;
        }
    }
    return true;
}

bool TestXmppServer::writeConfig()
{
    const QString ports = QStringLiteral("{ %1 }");
    QString config;
    config += QStringLiteral("-- Throwaway Prosody 0.12 server written by Salon's test harness.\n\n");
    config += QStringLiteral("data_path = %1\n").arg(luaString(dataPath()));
    config += QStringLiteral("plugin_paths = { %1 }\n").arg(luaString(modulesPath()));
    config += QStringLiteral("log = { { levels = { min = \"info\" }, to = \"file\", filename = %1 } }\n\n").arg(luaString(logPath()));

    config += QStringLiteral("interfaces = { \"127.0.0.1\" }\n"
                             "local_interfaces = { \"127.0.0.1\" }\n"
                             "c2s_interfaces = { \"127.0.0.1\" }\n"
                             "http_interfaces = { \"127.0.0.1\" }\n"
                             "https_interfaces = { \"127.0.0.1\" }\n"
                             "s2s_interfaces = { \"127.0.0.1\" }\n");
    config += QStringLiteral("c2s_ports = ") + ports.arg(m_clientPort) + QLatin1Char('\n');
    config += QStringLiteral("http_ports = ") + ports.arg(m_httpPort) + QLatin1Char('\n');
    config += QStringLiteral("https_ports = {}\n"
                             "c2s_direct_tls_ports = {}\n"
                             "legacy_ssl_ports = {}\n"
                             "s2s_ports = {}\n"
                             "component_ports = {}\n"
                             "modules_disabled = { \"s2s\" }\n\n");

    config += QStringLiteral("ssl = { certificate = %1, key = %2 }\n")
                  .arg(luaString(m_certificates->certificatePath()), luaString(m_certificates->keyPath()));
    config += QStringLiteral("c2s_require_encryption = true\n"
                             "authentication = \"internal_hashed\"\n"
                             "storage = \"internal\"\n"
                             "allow_registration = true\n\n");

    const QString pepModules = m_pepEnabled ? QStringLiteral("\"pep\"; \"vcard4\"; \"bookmarks\"; ") : QString();
    const bool vCardLegacy = m_vCardLegacyEnabled && m_pepEnabled;
    config += QStringLiteral(
        "modules_enabled = {\n"
        "\t\"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"carbons\"; \"smacks\"; \"mam\";\n"
        "\t%1\"%2\"; \"private\"; \"blocklist\"; \"ping\";\n"
        "\t\"time\"; \"version\"; \"register\"; \"lastactivity\";\n"
        "}\n\n")
                  .arg(pepModules, vCardLegacy ? QStringLiteral("vcard_legacy") : QStringLiteral("vcard"));

    config += QStringLiteral("VirtualHost \"localhost\"\n\n");
    config += QStringLiteral("Component \"conference.localhost\" \"muc\"\n"
                             "\tmodules_enabled = { \"muc_mam\"; \"muc_moderation\"; \"vcard_muc\"; \"salon_test_muc_forget\" }\n\n");
    config += QStringLiteral("Component \"pubsub.localhost\" \"pubsub\"\n"
                             "\tmodules_enabled = { \"salon_test_pubsub_create\" }\n"
                             "\tsalon_test_pubsub_creators_host = \"localhost\"\n\n");
    // Upload URLs name 127.0.0.1 because upload.localhost does not resolve
    // everywhere; http_host makes Prosody serve requests for that name.
    config += QStringLiteral("Component \"upload.localhost\" \"http_file_share\"\n"
                             "\thttp_host = \"127.0.0.1\"\n");
    if (m_uploadSizeLimit > 0) {
        config += QStringLiteral("\thttp_file_share_size_limit = %1\n").arg(m_uploadSizeLimit);
    }
    if (m_uploadDailyQuota > 0) {
        config += QStringLiteral("\thttp_file_share_daily_quota = %1\n").arg(m_uploadDailyQuota);
    }
    if (m_roomListSize > 0) {
        config += QStringLiteral("\nComponent \"%1\" \"salon_test_room_list\"\n"
                                 "\tsalon_test_room_count = %2\n")
                      .arg(roomListDomain())
                      .arg(m_roomListSize);
    }
    if (m_nodeListSize > 0) {
        config += QStringLiteral("\nComponent \"%1\" \"salon_test_node_list\"\n"
                                 "\tsalon_test_node_count = %2\n")
                      .arg(nodeListDomain())
                      .arg(m_nodeListSize);
    }
    if (m_silentRoomServiceEnabled) {
        config += QStringLiteral("\nComponent \"%1\" \"salon_test_silent_room\"\n").arg(silentRoomDomain());
    }

    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = QStringLiteral("Failed to write %1: %2").arg(configPath(), file.errorString());
        return false;
    }
    file.write(config.toUtf8());
    return true;
}

bool TestXmppServer::startOnce(int timeoutMs, bool *portTaken)
{
    const QString prosody = QStandardPaths::findExecutable(QStringLiteral("prosody"));
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (prosody.isEmpty() || setpriv.isEmpty()) {
        m_lastError = QStringLiteral("prosody or setpriv not found in PATH; install the Debian packages prosody, lua-unbound and util-linux");
        return false;
    }

    // setpriv replaces itself with Prosody, so the process id is Prosody's.
    // Its parent-death signal stops Prosody even if this process is killed.
    // NOTE: Linux sends that signal when the starting thread ends, so call
    // start() from a thread that outlives the server (the main thread in tests).
    // As root, Prosody runs as the prosody user: Prosody 0.12 does not run as root.
    QStringList arguments = QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("TERM")} + m_serviceUser.switchArguments();
    arguments += {QStringLiteral("--"), prosody, QStringLiteral("--config"), configPath(), QStringLiteral("-F")};

    // Only lines written after this offset belong to this start.
    const qint64 logOffset = QFileInfo(logPath()).size();
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(stderrPath(), QIODevice::Append);
    m_process->setStandardErrorFile(stderrPath(), QIODevice::Append);
    m_process->setWorkingDirectory(m_directory);
    m_process->start(setpriv, arguments);
    if (!m_process->waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start Prosody: %1").arg(m_process->errorString());
        delete m_process;
        m_process = nullptr;
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Started Prosody" << m_process->processId() << "on ports" << m_clientPort << m_httpPort << "in" << m_directory;

    if (waitUntilListening(timeoutMs, logOffset, portTaken))
        return true;

    // Prosody's log and standard error explain most failures.
    const QString error = m_lastError;
    stop();
    m_lastError = error + QLatin1Char('\n') + logTail();
    return false;
}

bool TestXmppServer::waitUntilListening(int timeoutMs, qint64 logOffset, bool *portTaken)
{
    QDeadlineTimer deadline(timeoutMs);

    while (!deadline.hasExpired()) {
        // Also works as the pause between two checks.
        if (m_process->waitForFinished(100)) {
            m_lastError = QStringLiteral("Prosody exited with code %1 before listening on port %2")
                              .arg(m_process->exitCode())
                              .arg(m_clientPort);
            return false;
        }
        const QString log = readFileFrom(logPath(), logOffset);
        if (log.contains(PortTakenMessage)) {
            *portTaken = true;
            m_lastError = QStringLiteral("Prosody failed to bind port %1 or %2 on %3 because another process uses it").arg(m_clientPort).arg(m_httpPort).arg(Host);
            return false;
        }
        // An accepted connection alone could come from another process on
        // the same port, so Prosody's own report counts too.
        if (log.contains(activatedMessage(QStringLiteral("c2s"), m_clientPort)) && log.contains(activatedMessage(QStringLiteral("http"), m_httpPort))
            && portAcceptsConnections(m_clientPort) && portAcceptsConnections(m_httpPort)) {
            return true;
        }
    }
    m_lastError = QStringLiteral("Prosody did not listen on %1:%2 within %3 ms").arg(Host).arg(m_clientPort).arg(timeoutMs);
    return false;
}

bool TestXmppServer::runsAsProsodyUser() const
{
    return m_serviceUser.isUsed();
}

bool TestXmppServer::prosodyUserCanReach(const QString &path) const
{
    return m_serviceUser.canReach(path);
}

void TestXmppServer::giveToProsodyUser(const QString &path) const
{
    m_serviceUser.giveOwnership(path);
}

bool TestXmppServer::runProsodyctl(const QStringList &arguments, QString *output)
{
    QProcess prosodyctl;
    prosodyctl.setProcessChannelMode(QProcess::MergedChannels);
    prosodyctl.setStandardInputFile(QProcess::nullDevice());
    prosodyctl.setWorkingDirectory(m_directory);
    prosodyctl.start(QStringLiteral("prosodyctl"), QStringList{QStringLiteral("--config"), configPath()} + arguments);
    if (!prosodyctl.waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start prosodyctl: %1").arg(prosodyctl.errorString());
        return false;
    }
    if (!prosodyctl.waitForFinished(30000)) {
        prosodyctl.kill();
        prosodyctl.waitForFinished();
        m_lastError = QStringLiteral("prosodyctl %1 timed out").arg(arguments.constFirst());
        return false;
    }
    *output = QString::fromLocal8Bit(prosodyctl.readAll()).trimmed();
    if (prosodyctl.exitStatus() != QProcess::NormalExit || prosodyctl.exitCode() != 0) {
        m_lastError = QStringLiteral("prosodyctl %1 exited with code %2: %3").arg(arguments.constFirst()).arg(prosodyctl.exitCode()).arg(*output);
        return false;
    }
    return true;
}

QString TestXmppServer::domainDataPath() const
{
    return dataPath() + QLatin1Char('/') + datamanagerEncode(Domain);
}

QString TestXmppServer::dataFilePath(const QString &user, const QString &store) const
{
    return domainDataPath() + QLatin1Char('/') + store + QLatin1Char('/') + datamanagerEncode(user)
        + QStringLiteral(".dat");
}

QString TestXmppServer::logTail() const
{
    auto lastLines = [](const QString &path) {
        QStringList lines = readFileFrom(path, 0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() > LogTailLines)
            lines = lines.mid(lines.size() - LogTailLines);
        return lines.join(QLatin1Char('\n'));
    };

    QString tail = QStringLiteral("--- end of ") + logPath() + QStringLiteral(" ---\n") + lastLines(logPath());
    const QString errors = lastLines(stderrPath());
    if (!errors.isEmpty())
        tail += QStringLiteral("\n--- end of ") + stderrPath() + QStringLiteral(" ---\n") + errors;
    return tail;
}
