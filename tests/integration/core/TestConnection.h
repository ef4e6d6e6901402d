#pragma once

#include "Account.h"
#include "ConnectionSettings.h"
#include "ContactPresences.h"
#include "RosterService.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QTest>
#include <QXmppClient.h>

#include <memory>

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

/// Signs \a jid in on \a server with \a password, on \a resource (empty for a random one) and with
/// \a database as its cache (null for none). Returns the account once it is online and the server
/// has its initial presence, or null after logging why when that takes longer than \a timeoutMs.
inline std::unique_ptr<Account> signedInAccount(const TestXmppServer &server, const QString &jid, const QString &password,
                                                const QString &resource, Database *database, int timeoutMs)
{
    auto account = std::make_unique<Account>();
    if (database) {
        account->setDatabase(database);
    }
    ConnectionSettings settings = testConnectionSettings(server);
    settings.resource = resource;
    account->setConnectionSettings(settings);
    account->signIn(jid, password);
    if (!QTest::qWaitFor([&account] { return account->state() == Account::State::Online; }, timeoutMs)) {
        qWarning() << jid << "did not come online:" << account->errorCode();
        return nullptr;
    }
    if (!waitForOwnPresence(account.get(), timeoutMs)) {
        qWarning() << "the server did not send back the initial presence of" << jid;
        return nullptr;
    }
    return account;
}

/// The password that chatServerStarted() gives \a user.
inline QString chatTestPassword(const QString &user)
{
    return user + QStringLiteral("-secret");
}

/// Creates the accounts alice and each of \a peers on \a server, each peer in alice's roster and
/// alice in each peer's, starts the server and, unless \a archiveForAlice is set, turns off
/// alice's message archive. Without an archive, a first sign-in shows no messages of earlier
/// tests, so tests can count rows. Returns an empty string, or what failed.
inline QString chatServerStarted(TestXmppServer &server, const QStringList &peers, bool archiveForAlice = false)
{
    const auto alice = QStringLiteral("alice");
    QList<TestRosterItem> aliceContacts;
    for (const QString &user : QStringList{alice} + peers) {
        if (!server.addAccount(user, chatTestPassword(user))) {
            return server.lastError();
        }
    }
    for (const QString &peer : peers) {
        QString name = peer;
        name[0] = name.at(0).toUpper();
        aliceContacts.append({server.jid(peer), name, {}});
        if (!server.setRoster(peer, {{server.jid(alice), QStringLiteral("Alice"), {}}})) {
            return QStringLiteral("Setting the roster of %1 failed").arg(peer);
        }
    }
    if (!server.setRoster(alice, aliceContacts)) {
        return QStringLiteral("Setting the roster of alice failed");
    }
    if (!server.start()) {
        return server.lastError();
    }

    QString error;
    if (!archiveForAlice && !TestPeer::disableMessageArchive(server, alice, chatTestPassword(alice), &error)) {
        return error;
    }
    return QString();
}
