#pragma once

#include "SubnetList.h"
#include "TlsCredentials.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/// Settings of salon-server, from its configuration file and its command line.
///
/// `--config FILE` names a file in the format of IniFile whose keys are the
/// long options without their dashes ("max-sessions = 50"). Options on the
/// command line override the file's keys. Relative paths in the file are
/// relative to the file's folder. parse() collects every problem it finds
/// instead of stopping at the first one, so `--check-config` can list them.
class ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    enum class ParseResult {
        Ok,
        Error,
        HelpRequested,
        VersionRequested,
    };

    /// Absolute path of the configuration file, or empty without --config.
    QString configFile;
    /// Whether --check-config is set, so the program validates the configuration and exits.
    bool checkOnly = false;

    QHostAddress listenAddress = QHostAddress::LocalHost;
    /// TCP port to listen on; 0 lets the system choose a free port, which the server logs.
    quint16 listenPort = 8080;
    /// Linker executable started for each session, as an absolute path.
    QString linkerPath;
    /// XMPP server host that linkers connect to instead of the SRV lookup of the JID's domain.
    QString xmppHost;
    /// XMPP server port; 0 lets the linker choose.
    quint16 xmppPort = 0;
    /// PEM file of certificate authorities that linkers trust in addition to the system's.
    QString caCertificatesFile;
    /// Cache shared by the linkers: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, never with a password.
    QString databaseUrl;
    /// Delay before a linker's first reconnection attempt, in milliseconds; 0 keeps the linker's default.
    int reconnectDelayMs = 0;
    /// Maximum number of sessions with a running linker.
    int maxSessions = 100;
    /// Lowest severity that is logged: debug, info, warning or critical.
    QString logLevel = QStringLiteral("info");
    /// Time a client has to finish its TLS handshake and send a complete request head, in milliseconds.
    int requestTimeoutMs = 10000;

    /// PEM files of the HTTPS certificate chain and its private key; both empty for plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    /// Certificate and key loaded from those files, null without TLS.
    TlsCredentials tlsCredentials;
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers count.
    SubnetList trustedProxies;
    /// Domains whose accounts may sign in, in lower case; empty allows every domain.
    QStringList allowedDomains;
    /// Domain that the sign-in page appends to a user name without '@', or empty.
    QString defaultDomain;
    /// Time a session without open tabs keeps its linker, in seconds.
    int idleTimeoutSeconds = 1800;
    /// Time after the last tab closes until the account shows as away, in seconds.
    int awayDelaySeconds = 10;
    /// Memory limit of each linker process, in MiB.
    int linkerMemoryLimitMib = 512;
    /// Clients that may read /metrics.
    SubnetList metricsAllowed;
    /// Bare JID of the account that reads public blogs for /blog/, or empty to turn public pages off.
    QString publicAccount;
    /// File whose first line is the public account's password, as an absolute path.
    QString publicAccountPasswordFile;
    /// Time a fetched public page stays cached, in seconds.
    int publicCacheTtlSeconds = 300;

    ServerConfig();

    /// Parses \a arguments, including the program name, and the file of --config.
    /// On Error, errors() lists every problem.
    ParseResult parse(const QStringList &arguments);
    /// All problems found by parse(), one per line.
    QString errorString() const;
    QStringList errors() const;
    QString helpText() const;

    /// Checks what parse() leaves to start-up: the linker is an executable file and
    /// the listen address belongs to this host. Returns the problems found.
    QStringList checkEnvironment() const;

    /// Arguments passed to every linker: the settings that are not secret.
    QStringList linkerArguments() const;

    /// Filter rules for QLoggingCategory::setFilterRules() that apply logLevel to Salon's categories.
    QString loggingFilterRules() const;

    /// Parses "ADDRESS:PORT", "[IPV6]:PORT" or "ADDRESS"; returns false for anything else.
    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

    /// Whether \a domain is a valid DNS name such as "example.org" (internationalized names allowed).
    static bool isValidDomain(const QString &domain);

private:
    /// One option's value and where it came from, for error messages.
    struct Setting {
        QString value;
        /// "--name" on the command line, or "FILE line N, key name".
        QString origin;
        /// Folder that relative paths are relative to.
        QString baseFolder;
    };

    void readConfigFile(const QString &path, const QStringList &knownKeys);
    void applySettings();
    void applyTlsSettings();
    void applyDomainSettings();
    void applyPublicAccountSettings();
    bool readInteger(const QString &key, int minimum, int maximum, const QString &unit, int *target);
    bool readSubnets(const QString &key, SubnetList *target);
    QString absolutePath(const Setting &setting) const;
    void addError(const Setting &setting, const QString &problem);

    QHash<QString, Setting> m_settings;
    QStringList m_errors;
    QString m_helpText;
    bool m_listenValid = true;
};
