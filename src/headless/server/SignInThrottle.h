#pragma once

#include <QHash>
#include <QHostAddress>

/// Limit on failed sign-ins per client address, which slows down password guessing.
///
/// Each address has a token bucket: a failed sign-in takes a token, and
/// tokens come back at a steady rate up to the bucket's size. While an
/// address has no token left, its sign-ins are rejected before a linker
/// starts. IPv6 addresses count per /64 network, since one host usually
/// has a whole /64 to pick addresses from. Successful sign-ins cost nothing.
class SignInThrottle
{
public:
    /// Maximum number of tracked addresses. When it is reached, buckets that are full again are dropped first.
    static constexpr int MaxAddresses = 10000;

    /// Allows \a burst failures at once, then \a failuresPerMinute. A value of 0 for either turns the throttle off.
    SignInThrottle(int burst, int failuresPerMinute);

    /// Returns the seconds until \a address may try again at \a nowMs (a monotonic clock), or 0 when it may try now.
    int secondsUntilAllowed(const QHostAddress &address, qint64 nowMs);
    /// Takes a token from \a address's bucket for a failed sign-in at \a nowMs.
    void recordFailure(const QHostAddress &address, qint64 nowMs);

    int trackedAddressCount() const;

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    static QByteArray keyOf(const QHostAddress &address);
    bool isEnabled() const;
    /// Adds the tokens that came back since the bucket's last update.
    void refill(Bucket *bucket, qint64 nowMs) const;
    void pruneFullBuckets(qint64 nowMs);

    int m_burst;
    double m_tokensPerMs;
    QHash<QByteArray, Bucket> m_buckets;
};
