#include "AppLauncher.h"

#include "Account.h"
#include "CommandLine.h"
#include "DesktopApp.h"
#include "TestXmppServer.h"

#include <QQuickWindow>
#include <QTest>

std::unique_ptr<DesktopApp> launchSignedIn(const TestXmppServer &server, const QString &jid, const QString &password, const QString &databasePath,
                                           int timeoutMs, QString *error, const QStringList &extraArguments)
{
    CommandLine commandLine;
    QStringList arguments = {
        QStringLiteral("salon"),
        QStringLiteral("--jid"),
        jid,
        QStringLiteral("--password-stdin"),
        QStringLiteral("--xmpp-host"),
        server.host(),
        QStringLiteral("--xmpp-port"),
        QString::number(server.clientPort()),
        QStringLiteral("--ca-certificates"),
        server.caCertificatePath(),
        // A cache of this test run only, never the user's own.
        QStringLiteral("--database"),
        QStringLiteral("sqlite:") + databasePath,
    };
    arguments += extraArguments;
    if (!commandLine.parse(arguments)) {
        *error = commandLine.errorText();
        return nullptr;
    }
    LaunchOptions options = commandLine.options();
    options.connection.reconnectInitialDelayMs = 200;
    options.connection.reconnectMaxDelayMs = 1000;

    auto app = std::make_unique<DesktopApp>();
    if (!app->start(options, password)) {
        *error = app->errorText();
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(app->window())) {
        *error = QStringLiteral("the window was not exposed");
        return nullptr;
    }
    // Shortcuts such as Ctrl+F work only in the active window.
    app->window()->requestActivate();
    if (!QTest::qWaitForWindowActive(app->window())) {
        *error = QStringLiteral("the window did not become active");
        return nullptr;
    }
    DesktopApp *started = app.get();
    if (!QTest::qWaitFor([started] { return started->account()->state() == Account::State::Online; }, timeoutMs)) {
        *error = QStringLiteral("%1 did not come online: %2").arg(jid, app->account()->errorCode());
        return nullptr;
    }
    return app;
}
