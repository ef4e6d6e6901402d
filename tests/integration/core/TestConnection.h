#pragma once

#include "Account.h"
#include "ConnectionSettings.h"
#include "ContactPresences.h"
#include "RosterService.h"
#include "TestXmppServer.h"

#include <QTest>
#include <QXmppClient.h>

/// Returns settings that connect to \a server, trust its CA and reconnect quickly, as tests need.
inline ConnectionSettings testConnectionSettings(const TestXmppServer &server)
{
    ConnectionSettings connection;
    connection.host = server.host();
    connection.port = server.clientPort();
    connection.extraCaCertificates = server.caCertificates();
    connection.reconnectInitialDelayMs = 200;
    connection.reconnectMaxDelayMs = 1000;
    return connection;
}

/// Waits until the server has taken the initial presence of \a account, which it sends back to
/// the account's own resources (RFC 6121, section 4.2.2). Before that the server treats the
/// client as unavailable and stores messages to the bare JID offline. In these tests such a
/// message never reached a client that had already queried its message archive (Prosody 0.12).
inline bool waitForOwnPresence(Account *account, int timeoutMs)
{
    const QString resource = account->client()->configuration().resource();
    return QTest::qWaitFor(
        [account, &resource] {
            return account->roster()->presences()->presences(account->jid()).contains(resource);
        },
        timeoutMs);
}
