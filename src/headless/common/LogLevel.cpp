#include "LogLevel.h"

#include <algorithm>

QStringList LogLevel::names()
{
    return {
        QStringLiteral("debug"),
        QStringLiteral("info"),
        QStringLiteral("warning"),
        QStringLiteral("critical"),
    };
}

bool LogLevel::isValid(const QString &level)
{
    return names().contains(level);
}

QString LogLevel::filterRules(const QString &level)
{
    const QStringList levels = names();
    const int lowest = std::max(0, int(levels.indexOf(level)));

    QStringList rules;
    for (int i = 0; i < levels.size(); ++i) {
        rules << QStringLiteral("salon.*.%1=%2").arg(levels.at(i), i >= lowest ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return rules.join(QLatin1Char('\n'));
}
