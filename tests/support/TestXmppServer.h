#pragma once

#include "ServiceUser.h"
#include "TestRosterItem.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QProcess;
class TestCertificates;

/**
 * A throwaway Prosody 0.12 server for tests, on 127.0.0.1 only.
 *
 * Each instance gets its own folder (configuration, data, log and TLS
 * certificates) under the build tree's tests/run folder. Its two ports are
 * chosen free at the first start and kept for its lifetime, so restart(),
 * or stop() followed by start(), brings the server back on the same ports.
 *
 * The server hosts the domain "localhost" with components
 * conference.localhost (MUC with MAM, and a test command that removes an
 * occupant without telling anyone, described in
 * tests/support/prosody/mod_salon_test_muc_forget.lua), pubsub.localhost
 * (every local account may create nodes and owns the nodes it creates) and
 * upload.localhost (HTTP file upload on httpPort()). Clients must use
 * TLS, verified against caCertificates(). Server-to-server is disabled.
 *
 * When the test runs as root, Prosody runs as the system user "prosody";
 * otherwise it runs as the current user. If the prosody user cannot reach
 * the build tree, the folder is made under QDir::tempPath() instead.
 *
 * The destructor stops Prosody and removes the folder, unless the
 * environment variable SALON_KEEP_TEST_SERVER is set.
 *
 * @code
 * TestXmppServer server;
 * QVERIFY2(server.start(), qPrintable(server.lastError()));
 * QVERIFY(server.addAccount(QStringLiteral("alice"), QStringLiteral("secret")));
 * // connect to server.host():server.clientPort() as alice@localhost
 * @endcode
 */
class TestXmppServer : public QObject
{
    Q_OBJECT

public:
    explicit TestXmppServer(QObject *parent = nullptr);
    ~TestXmppServer() override;

    /**
     * Starts Prosody and returns once its client and HTTP ports accept
     * connections. Returns true at once if it is already running. On failure
     * (timeout, Prosody exited, a port taken) it stops Prosody and returns
     * false, and lastError() then contains the end of Prosody's log.
     */
    bool start(int timeoutMs = 20000);

    /// Stops Prosody with SIGTERM, then SIGKILL after 5 seconds, and waits for it.
    void stop();

    /// Stops and starts Prosody again on the same ports.
    bool restart(int timeoutMs = 20000);

    bool isRunning() const;
    QString lastError() const;

    QString domain() const;
    QString mucDomain() const;
    QString pubsubDomain() const;
    QString uploadDomain() const;
    QString host() const;
    /// Returns the c2s (STARTTLS) port, or 0 before the first start() or account.
    quint16 clientPort() const;
    /// Returns the plain HTTP port of the upload service, or 0 like clientPort().
    quint16 httpPort() const;

    /// Returns "user@localhost".
    QString jid(const QString &user) const;

    QString caCertificatePath() const;
    QList<QSslCertificate> caCertificates() const;

    /// Returns the folder of this server (configuration, data, certificates, log).
    QString directory() const;
    QString configPath() const;
    QString logPath() const;

    /// Returns the process id of the running Prosody, or 0 while it is stopped.
    qint64 pid() const;

    /**
     * Registers an account with prosodyctl, or changes its password if it
     * exists. Works whether Prosody runs or not.
     */
    bool addAccount(const QString &user, const QString &password);

    /**
     * Registers many accounts at once, each a pair of user and password, by
     * writing Prosody's account files as mod_auth_internal_hashed does
     * (SCRAM-SHA-1 keys), without starting prosodyctl for each. Passwords must
     * be printable ASCII. Call it before start() or while the server runs;
     * existing accounts get the new password.
     */
    bool addAccounts(const QList<QPair<QString, QString>> &accounts);

    /**
     * Replaces the roster of @p user in Prosody's storage.
     *
     * Call it before start(), while the server is stopped, or while it runs
     * as long as @p user has no connected session: Prosody 0.12 reads a
     * roster from storage when a session of that user signs in and keeps it
     * in memory until the last session ends. An online user would not see
     * the change, and Prosody would save its copy over it at the next roster
     * change. Prosody 0.12 also keeps in memory (core/rostermanager.lua) the
     * roster of an offline user that it loaded for another reason, such as a
     * subscription presence sent to that user, and then ignores this change
     * until it restarts. The entries are written as they are, so seed both
     * sides for a mutual subscription.
     */
    bool setRoster(const QString &user, const QList<TestRosterItem> &items);

    /**
     * Chooses how vCard-temp (XEP-0054) is stored. Call it before the first
     * addAccount() or start(), which write the configuration.
     * By default mod_vcard_legacy serves vCard-temp from the vCard4 and avatar
     * PEP nodes and copies every vCard-temp it receives into them. Disabled,
     * mod_vcard stores vCard-temp on its own, as on servers without vCard4,
     * so a client sees only the vCard-temp fallbacks of profiles and avatars.
     */
    void setVCardLegacyEnabled(bool enabled);
    /**
     * Turns the Personal Eventing Protocol (XEP-0163) off, with the modules
     * that need it: vCard4, mod_vcard_legacy (mod_vcard serves vCard-temp
     * instead) and mod_bookmarks. Private XML storage (XEP-0049) stays, as on
     * servers that keep bookmarks only there. Call it before the first
     * addAccount() or start(), which write the configuration.
     */
    void setPepEnabled(bool enabled);
    /**
     * Sets the largest file, in bytes, that upload.localhost accepts, as
     * http_file_share_size_limit. Prosody 0.12 defaults to 10 MiB. Call it
     * before the first addAccount() or start(), which write the configuration.
     */
    void setUploadSizeLimit(qint64 bytes);
    /**
     * Sets how many bytes one account may upload to upload.localhost per day,
     * as http_file_share_daily_quota. Prosody 0.12 defaults to ten times the
     * size limit. Call it before the configuration is written, like
     * setUploadSizeLimit().
     */
    void setUploadDailyQuota(qint64 bytes);
    /**
     * Adds the component roomListDomain(), which lists @p rooms rooms
     * (room001@rooms.localhost, …) in disco#items pages with Result Set
     * Management (XEP-0059) and returns their disco#info with a name and an
     * occupant count of the room's number modulo 10. Prosody 0.12's MUC lists
     * its rooms in one page, so tests of paged room lists need this stand-in.
     * It hosts no rooms that can be joined. Call it before the configuration
     * is written, like setUploadSizeLimit().
     */
    void setRoomListSize(int rooms);
    /// Returns "rooms.localhost", the component of setRoomListSize().
    QString roomListDomain() const;
    /**
     * Adds the component nodeListDomain(), a PubSub service that lists
     * @p nodes nodes (node001, node002, …) in disco#items pages with Result
     * Set Management (XEP-0059) and returns their disco#info with a
     * pubsub#meta-data form: the title "Node N", a description and a
     * subscriber count of the node's number modulo 10. Prosody 0.12's
     * mod_pubsub lists its nodes in one page, so tests of paged community
     * lists need this stand-in. Its nodes have no items. Call it before the
     * configuration is written, like setUploadSizeLimit().
     */
    void setNodeListSize(int nodes);
    /// Returns "nodes.localhost", the component of setNodeListSize().
    QString nodeListDomain() const;
    /**
     * Adds the component silentRoomDomain(), a group chat service that stops
     * responding: every room exists, the first join of each full JID to a
     * room succeeds, and later joins and every iq to an occupant, such as a
     * self-ping (XEP-0410), get no response. Call it before the configuration
     * is written, like setUploadSizeLimit().
     */
    void setSilentRoomServiceEnabled(bool enabled);
    /// Returns "silent.localhost", the component of setSilentRoomServiceEnabled().
    QString silentRoomDomain() const;

private:
    bool prepare();
    bool chooseDirectory();
    bool choosePorts();
    bool writeConfig();
    bool installModules();
    bool startOnce(int timeoutMs, bool *portTaken);
    bool waitUntilListening(int timeoutMs, qint64 logOffset, bool *portTaken);
    void giveToProsodyUser(const QString &path) const;
    bool runsAsProsodyUser() const;
    bool prosodyUserCanReach(const QString &path) const;
    bool runProsodyctl(const QStringList &arguments, QString *output);
    /// Writes a Prosody data file atomically; the caller gives the folder to the prosody user.
    bool writeDataFile(const QString &path, const QString &lua);
    /// Returns the folder of the stores of the domain, such as accounts/ and roster/.
    QString domainDataPath() const;
    QString dataFilePath(const QString &user, const QString &store) const;
    QString logTail() const;
    QString stderrPath() const;
    QString modulesPath() const;
    QString dataPath() const;

    std::unique_ptr<TestCertificates> m_certificates;
    QProcess *m_process = nullptr;
    ServiceUser m_serviceUser{QStringLiteral("prosody"), QStringLiteral("prosody")};
    QString m_directory;
    QString m_lastError;
    quint16 m_clientPort = 0;
    quint16 m_httpPort = 0;
    bool m_portsConfirmed = false;
    bool m_vCardLegacyEnabled = true;
    bool m_pepEnabled = true;
    qint64 m_uploadSizeLimit = 0;
    qint64 m_uploadDailyQuota = 0;
    int m_roomListSize = 0;
    int m_nodeListSize = 0;
    bool m_silentRoomServiceEnabled = false;
};
