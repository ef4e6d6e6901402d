#pragma once

#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>

// Records the log lines of the category salon.core.profiles, which reports the last-activity
// queries whose time stays unknown, so that tests can check them. Install it once per test
// program with installProfileLogRecorder() and remove it with removeProfileLogRecorder().

inline QStringList &profileLog()
{
    static QStringList lines;
    return lines;
}

inline QtMessageHandler &previousMessageHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void recordProfileLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("salon.core.profiles")) {
        profileLog().append(message);
    }
    previousMessageHandler()(type, context, message);
}

inline void installProfileLogRecorder()
{
    previousMessageHandler() = qInstallMessageHandler(recordProfileLog);
}

inline void removeProfileLogRecorder()
{
    qInstallMessageHandler(previousMessageHandler());
}

inline bool profileLogContains(const QString &text)
{
    const QStringList &lines = profileLog();
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString &line) {
        return line.contains(text);
    });
}
