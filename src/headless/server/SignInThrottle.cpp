#include "SignInThrottle.h"

#include <QtMath>

#include <algorithm>

SignInThrottle::SignInThrottle(int burst, int failuresPerMinute)
    : m_burst(std::max(0, burst))
    , m_tokensPerMs(std::max(0, failuresPerMinute) / 60000.0)
{
}

int SignInThrottle::secondsUntilAllowed(const QHostAddress &address, qint64 nowMs)
{
    if (!isEnabled()) {
        return 0;
    }
    const auto bucket = m_buckets.find(keyOf(address));
    if (bucket == m_buckets.end()) {
        return 0;
    }
    refill(&bucket.value(), nowMs);
    if (bucket->tokens >= 1) {
        return 0;
    }
    return std::max(1, qCeil((1 - bucket->tokens) / m_tokensPerMs / 1000));
}

void SignInThrottle::recordFailure(const QHostAddress &address, qint64 nowMs)
{
    if (!isEnabled()) {
        return;
    }
    const QByteArray key = keyOf(address);
    if (!m_buckets.contains(key) && m_buckets.size() >= MaxAddresses) {
        pruneFullBuckets(nowMs);
        if (m_buckets.size() >= MaxAddresses) {
            // Every tracked address is still throttled: forgetting them all keeps memory bounded,
            // and costs at most one more burst per address.
            m_buckets.clear();
        }
    }
    auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end()) {
        bucket = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    }
    refill(&bucket.value(), nowMs);
    bucket->tokens = std::max(0.0, bucket->tokens - 1);
}

int SignInThrottle::trackedAddressCount() const
{
    return m_buckets.size();
}

QByteArray SignInThrottle::keyOf(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4) {
        return QByteArrayLiteral("4:") + QByteArray::number(ipv4);
    }
    const Q_IPV6ADDR ipv6 = address.toIPv6Address();
    return QByteArrayLiteral("6:") + QByteArray(reinterpret_cast<const char *>(ipv6.c), 8);
}

bool SignInThrottle::isEnabled() const
{
    return m_burst > 0 && m_tokensPerMs > 0;
}

void SignInThrottle::refill(Bucket *bucket, qint64 nowMs) const
{
    const qint64 elapsedMs = std::max<qint64>(0, nowMs - bucket->updatedMs);
    bucket->tokens = std::min(double(m_burst), bucket->tokens + elapsedMs * m_tokensPerMs);
    bucket->updatedMs = nowMs;
}

void SignInThrottle::pruneFullBuckets(qint64 nowMs)
{
    for (auto bucket = m_buckets.begin(); bucket != m_buckets.end();) {
        refill(&bucket.value(), nowMs);
        if (bucket->tokens >= m_burst) {
            bucket = m_buckets.erase(bucket);
        } else {
            ++bucket;
        }
    }
}
