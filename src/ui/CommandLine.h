#pragma once

#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QStringList>

class QIODevice;

/// The desktop app's command line options and their checks.
///
/// parse() never exits the process and never prints, so tests can run the
/// same checks as the app:
///
/// \code
/// CommandLine commandLine;
/// if (!commandLine.parse(QCoreApplication::arguments())) {
///     qCritical().noquote() << commandLine.errorText();
///     return 1;
/// }
/// const LaunchOptions options = commandLine.options();
/// \endcode
///
/// There is no option that takes a password: a password in argv or in the
/// environment can be read by other processes of the same machine.
class CommandLine
{
public:
    CommandLine();

    /// Parses \a arguments (the program name first) and checks every value. Returns false at the first error.
    bool parse(const QStringList &arguments);

    bool isHelpRequested() const;
    bool isVersionRequested() const;
    QString helpText() const;
    /// One sentence that names the invalid option or value, for standard error.
    QString errorText() const;
    /// The options found by the last parse(), or default options when it failed.
    LaunchOptions options() const;

    /// Reads the first line of \a input without its line break. Returns an empty string at the end of input.
    static QString readPasswordLine(QIODevice &input);

private:
    bool readOptions(LaunchOptions *options);
    bool readPort(const QString &value, ConnectionSettings *connection);
    bool readCaCertificates(const QString &path, ConnectionSettings *connection);
    bool readScreenshotView(const QString &value, LaunchOptions *options);

    QCommandLineParser m_parser;
    QCommandLineOption m_jidOption;
    QCommandLineOption m_passwordStdinOption;
    QCommandLineOption m_hostOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_caCertificatesOption;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_screenshotViewOption;
    QString m_errorText;
    LaunchOptions m_options;
};
