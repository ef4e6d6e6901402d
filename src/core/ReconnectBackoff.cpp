#include "ReconnectBackoff.h"

#include <QtGlobal>

#include <algorithm>

ReconnectBackoff::ReconnectBackoff(int initialDelayMs, int maxDelayMs, double jitter, quint32 seed)
    : m_initialDelayMs(std::max(1, initialDelayMs))
    , m_maxDelayMs(std::max(m_initialDelayMs, maxDelayMs))
    , m_jitter(qBound(0.0, jitter, 1.0))
    , m_random(seed)
{
}

int ReconnectBackoff::nextDelayMs()
{
    // Doubling stops at the cap, so the delay never overflows.
    qint64 delay = m_initialDelayMs;
    for (int i = 0; i < m_attempts && delay < m_maxDelayMs; ++i) {
        delay *= 2;
    }
    delay = std::min<qint64>(delay, m_maxDelayMs);
    ++m_attempts;

    const double factor = 1.0 + m_jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max(1, int(double(delay) * factor));
}

void ReconnectBackoff::reset()
{
    m_attempts = 0;
}

int ReconnectBackoff::attempts() const
{
    return m_attempts;
}
