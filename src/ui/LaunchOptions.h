#pragma once

#include "ConnectionSettings.h"
#include "XmppLink.h"

#include <QString>

/// Start-up settings of the desktop app, from its command line.
struct LaunchOptions
{
    /// Bare JID to sign in with, or to fill into the sign-in page. Empty when none was given.
    QString jid;
    /// Whether the password is read from the first line of standard input and used to sign in at start.
    bool passwordFromStdin = false;
    /// Server host, port and extra trusted CAs. The reconnection delays keep their defaults.
    ConnectionSettings connection;
    /// Cache URL, as Database takes it: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.
    QString databaseUrl;
    /// PNG file written once the contact list shows its contacts. Empty for no screenshot.
    QString screenshotPath;
    /// The xmpp: URI to open once signed in. Invalid when none was given.
    XmppLink xmppUri;
    /// Settings file with the saved account list, in INI format. Empty for the app's own
    /// QSettings. Not a command line option: tests set it to keep away from the user's settings.
    QString settingsPath;
    /// Keychain service name under which passwords are stored. Empty for the app's own.
    /// Not a command line option either.
    QString keychainService;
};
