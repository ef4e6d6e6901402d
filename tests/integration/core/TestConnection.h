#pragma once

#include "ConnectionSettings.h"
#include "TestXmppServer.h"

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
