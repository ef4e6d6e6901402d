#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

/// Settings of salon-server, read from its command line.
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

    QHostAddress listenAddress = QHostAddress::LocalHost;
    /// TCP port to listen on; 0 lets the system choose a free port, which the server logs.
    quint16 listenPort = 8080;
    /// Linker executable started for each session.
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
    /// Time a client has to send a complete request head, in milliseconds.
    int requestTimeoutMs = 10000;

    /// Parses \a arguments, including the program name; on Error, errorString() describes the problem.
    ParseResult parse(const QStringList &arguments);
    QString errorString() const;
    QString helpText() const;

    /// Arguments passed to every linker: the settings that are not secret.
    QStringList linkerArguments() const;

    /// Filter rules for QLoggingCategory::setFilterRules() that apply logLevel to Salon's categories.
    QString loggingFilterRules() const;

    /// Parses "ADDRESS:PORT", "[IPV6]:PORT" or "ADDRESS"; returns false for anything else.
    static bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

private:
    QString m_errorString;
    QString m_helpText;
};
