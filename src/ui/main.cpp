#include "CommandLine.h"
#include "DesktopApp.h"
#include "SingleInstance.h"
#include "XmppLinkHandler.h"
#include "salon_ui_logging.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// Reads the first line of standard input. On a terminal the typed password is
// not echoed, and a prompt goes to standard error so that it is not mixed
// into piped output.
QString readPasswordFromStdin()
{
    const bool isTerminal = isatty(STDIN_FILENO) == 1;
    termios savedAttributes{};
    if (isTerminal && tcgetattr(STDIN_FILENO, &savedAttributes) == 0) {
        termios silent = savedAttributes;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        std::fputs(qPrintable(QCoreApplication::translate("main", "Password: ")), stderr);
    }

    QFile input;
    QString password;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        password = CommandLine::readPasswordLine(input);
    }

    if (isTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedAttributes);
        std::fputs("\n", stderr);
    }
    return password;
}

// Parses the command line and reads the password. Returns the exit code when
// the app should stop here (help, version or an error), or -1 to go on.
int readLaunchOptions(LaunchOptions *options, QString *password)
{
    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(commandLine.errorText()));
        return 1;
    }
    if (commandLine.isHelpRequested()) {
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (commandLine.isVersionRequested()) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    *options = commandLine.options();
    if (options->passwordFromStdin) {
        *password = readPasswordFromStdin();
        if (password->isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--password-stdin: standard input has no password on its first line.")));
            return 1;
        }
    }
    return -1;
}

// Passes the URI of the command line, or else a request to show the window, to the Salon that
// already runs in this session. Returns the exit code.
int handOverToRunningApp(SingleInstance *instance, const LaunchOptions &options)
{
    const QStringList uris = options.xmppUri.isValid() ? QStringList{options.xmppUri.text()} : QStringList();
    if (!instance->handOver(uris)) {
        std::fprintf(stderr, "%s\n", qPrintable(instance->errorText()));
        return 1;
    }
    const QString note = uris.isEmpty() ? QCoreApplication::translate("main", "Salon is already running: its window was brought to the front.")
                                        : QCoreApplication::translate("main", "Salon is already running: the URI was opened there.");
    std::fprintf(stderr, "%s\n", qPrintable(note));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("salon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALON_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("salon.org"));

    // The command line is read before the GUI exists, so --help, --version
    // and option errors work without a display.
    LaunchOptions options;
    QString password;
    {
        QCoreApplication commandLineApp(argc, argv);
        DesktopApp::installTranslations(&commandLineApp);
        const int exitCode = readLaunchOptions(&options, &password);
        if (exitCode >= 0) {
            return exitCode;
        }
    }

    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Salon"));
    QApplication::setDesktopFileName(QStringLiteral("org.salon.Salon"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.salon.Salon")));
    DesktopApp::installTranslations(&app);

    SingleInstance instance;
    if (instance.claim() == SingleInstance::Role::Other) {
        return handOverToRunningApp(&instance, options);
    }

    DesktopApp desktop;
    if (!desktop.start(options, password)) {
        return 1;
    }
    QObject::connect(&instance, &SingleInstance::openRequested, desktop.uriHandler(), &XmppLinkHandler::openUris);
    QObject::connect(&instance, &SingleInstance::activationRequested, desktop.uriHandler(), &XmppLinkHandler::activateWindow);
    password.clear();
    qCInfo(SALON_UI) << "Salon" << QCoreApplication::applicationVersion() << "started";
    return app.exec();
}
