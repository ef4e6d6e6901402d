#pragma once

#include <QRandomGenerator>

/// Delays between reconnection attempts: exponential growth with random jitter.
///
/// The n-th delay is initialDelayMs * 2^(n-1), capped at maxDelayMs, then
/// multiplied by a random factor in [1 - jitter, 1 + jitter] so that many
/// clients cut off at once do not all come back at the same instant.
class ReconnectBackoff
{
public:
    ReconnectBackoff(int initialDelayMs, int maxDelayMs, double jitter = 0.2, quint32 seed = QRandomGenerator::global()->generate());

    /// Returns the delay before the next attempt, in milliseconds, and counts the attempt.
    int nextDelayMs();
    /// Starts again from the initial delay, after a successful connection.
    void reset();
    int attempts() const;

private:
    int m_initialDelayMs;
    int m_maxDelayMs;
    double m_jitter;
    int m_attempts = 0;
    QRandomGenerator m_random;
};
