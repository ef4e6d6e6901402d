#pragma once

#include "ConnectionSettings.h"
#include "XmppLink.h"

#include <QString>

/// The view that the window shows in the screenshot of LaunchOptions::screenshotPath.
enum class ScreenshotView {
    /// The contact list, once it shows its contacts.
    Contacts,
    /// The news feed, once the posts of the user and of the contacts are fetched.
    Feed,
    /// The conversation with LaunchOptions::screenshotPeer, once its newest messages are loaded.
    Chat,
};

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
    /// PNG file of the window, written once screenshotView shows its content. Empty for no screenshot.
    QString screenshotPath;
    ScreenshotView screenshotView = ScreenshotView::Contacts;
    /// Bare JID of the conversation that the screenshot shows with ScreenshotView::Chat, else empty.
    QString screenshotPeer;
    /// The xmpp: URI to open once signed in. Invalid when none was given.
    XmppLink xmppUri;
    /// Settings file with the saved account list, in INI format. Empty for the app's own
    /// QSettings. Not a command line option: tests set it to keep away from the user's settings.
    QString settingsPath;
    /// Keychain service name under which passwords are stored. Empty for the app's own.
    /// Not a command line option either.
    QString keychainService;
};
