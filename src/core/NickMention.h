#pragma once

#include <QString>

/// Finds mentions of a nickname in group chat messages.
class NickMention
{
public:
    /// Returns whether \a body names \a nick as a word of its own: ignoring case, and with no letter,
    /// digit or underscore right before or after it. An empty nickname is never mentioned.
    static bool mentions(const QString &body, const QString &nick);
};
