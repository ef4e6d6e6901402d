#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

/// Connection parameters of an account, besides its JID and password.
struct ConnectionSettings
{
    /// Host to connect to instead of the one found through the JID's SRV records; empty means SRV lookup.
    QString host;
    /// TCP port for \c host; 0 means the XMPP client port 5222 or the SRV record's port.
    quint16 port = 0;
    /// Resource to bind; empty binds "salon." and a random suffix, chosen once per Account.
    QString resource;
    /// Certificate authorities trusted in addition to the system's, for servers with a private CA.
    QList<QSslCertificate> extraCaCertificates;
    /// Delay before the first reconnection attempt, in milliseconds; later attempts double it.
    int reconnectInitialDelayMs = 1000;
    /// Upper bound of the reconnection delay, in milliseconds.
    int reconnectMaxDelayMs = 5 * 60 * 1000;
    /// Time a connection attempt may take from the TCP connection to the bound session, in
    /// milliseconds, before it is dropped and retried.
    int connectAttemptTimeoutMs = 60 * 1000;
};
