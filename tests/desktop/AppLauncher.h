#pragma once

// Starting the desktop app, signed in against a test server, in the desktop tests.

#include <QString>
#include <QStringList>

#include <memory>

class DesktopApp;
class TestXmppServer;

// Starts the desktop app as jid with password on server, with its cache at databasePath, quick
// reconnection and extraArguments after the options of the command line. Returns the app once its window is exposed and active and the account is online,
// or null with error set after timeoutMs.
std::unique_ptr<DesktopApp> launchSignedIn(const TestXmppServer &server, const QString &jid, const QString &password, const QString &databasePath,
                                           int timeoutMs, QString *error, const QStringList &extraArguments = {});
