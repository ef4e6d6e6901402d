#pragma once

#include <QString>
#include <QStringList>

/// Limits and timeouts of browser sessions, with the defaults that salon-server uses.
struct SessionSettings {
    /// Time a signed-in session without any open tab keeps its linker, in milliseconds.
    /// After it the linker signs out and the session cookie stops working.
    int idleTimeoutMs = 30 * 60 * 1000;
    /// Time after the last tab closed until the account's presence becomes away, in seconds.
    /// The linker runs this timer; salon-server passes it as `--away-delay`.
    int awayDelaySeconds = 10;
    /// Domains whose accounts may sign in, compared without case; an empty list allows every domain.
    QStringList allowedDomains;
    /// Domain that the sign-in page suggests, and that a JID without `@` is completed with; may be empty.
    QString defaultDomain;
    /// Maximum number of sessions with a linker, including sign-ins in progress.
    int maxSessions = 100;
    /// Time a sign-in may take until the account is online, in milliseconds; the request then gets 504.
    int signInTimeoutMs = 30 * 1000;
    /// Frames per second that one tab may send on average (token bucket refill rate).
    /// A page sends a few per user action, and an upload one per 45 KiB chunk.
    int tabFramesPerSecond = 200;
    /// Frames that one tab may send at once above the average rate (token bucket size).
    int tabFrameBurst = 400;
};
