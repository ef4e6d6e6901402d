#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QStringList>

/// Settings of salon-linker, read from its command line.
///
/// Only settings that are not secret come from the command line; the JID
/// and password arrive in the first frame on standard input.
class LinkerConfig
{
    Q_DECLARE_TR_FUNCTIONS(LinkerConfig)

public:
    enum class ParseResult {
        Ok,
        Error,
        HelpRequested,
        VersionRequested,
    };

    ConnectionSettings connectionSettings;
    /// Cache URL as Database takes it; empty keeps nothing on disk.
    QString databaseUrl;
    /// Seconds after the last tab closed until the account's presence becomes away.
    int awayDelaySeconds = 10;
    /// Lowest severity that is logged: debug, info, warning or critical.
    QString logLevel = QStringLiteral("info");
    /// Limit of the process's data memory (RLIMIT_DATA), in MiB; 0 sets none.
    int memoryLimitMib = 0;
    /// Language of the sentences that the linker sends to the browser, such as "fr"; "en" when
    /// empty or untranslated.
    QString language;
    /// Whether the process renders salon-server's public pages (PublicReader) instead of
    /// running one account.
    bool publicReader = false;

    /// Parses \a arguments, including the program name, and loads the CA certificates file.
    ParseResult parse(const QStringList &arguments);
    QString errorString() const;
    QString helpText() const;

    /// Filter rules for QLoggingCategory::setFilterRules() that apply logLevel to Salon's categories.
    QString loggingFilterRules() const;

private:
    QString m_errorString;
    QString m_helpText;
};
