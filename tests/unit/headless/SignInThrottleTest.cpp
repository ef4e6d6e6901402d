#include "SignInThrottle.h"

#include <QTest>

class SignInThrottleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRejection();
    void tokensComeBack();
    void successfulAddressesUntouched();
    void ipv6CountsPerNetwork();
    void mappedIpv4IsIpv4();
    void disabledThrottleAllowsAll();
    void trackedAddressesBounded();
};

void SignInThrottleTest::burstThenRejection()
{
    SignInThrottle throttle(3, 6);
    const QHostAddress address(QStringLiteral("192.0.2.1"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(throttle.secondsUntilAllowed(address, 0), 0);
        throttle.recordFailure(address, 0);
    }
    // Six tokens a minute: the next one is 10 seconds away.
    QCOMPARE(throttle.secondsUntilAllowed(address, 0), 10);
    QCOMPARE(throttle.secondsUntilAllowed(address, 4000), 6);
}

void SignInThrottleTest::tokensComeBack()
{
    SignInThrottle throttle(2, 6);
    const QHostAddress address(QStringLiteral("192.0.2.2"));
    throttle.recordFailure(address, 0);
    throttle.recordFailure(address, 0);
    QVERIFY(throttle.secondsUntilAllowed(address, 9999) > 0);
    QCOMPARE(throttle.secondsUntilAllowed(address, 10000), 0);
    throttle.recordFailure(address, 10000);
    QVERIFY(throttle.secondsUntilAllowed(address, 10000) > 0);
    // Refilled to the burst size, never above it.
    QCOMPARE(throttle.secondsUntilAllowed(address, 3600 * 1000), 0);
    throttle.recordFailure(address, 3600 * 1000);
    throttle.recordFailure(address, 3600 * 1000);
    QVERIFY(throttle.secondsUntilAllowed(address, 3600 * 1000) > 0);
}

void SignInThrottleTest::successfulAddressesUntouched()
{
    SignInThrottle throttle(1, 1);
    throttle.recordFailure(QHostAddress(QStringLiteral("192.0.2.3")), 0);
    QVERIFY(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("192.0.2.3")), 0) > 0);
    QCOMPARE(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("192.0.2.4")), 0), 0);
    QCOMPARE(throttle.trackedAddressCount(), 1);
}

void SignInThrottleTest::ipv6CountsPerNetwork()
{
    SignInThrottle throttle(1, 1);
    throttle.recordFailure(QHostAddress(QStringLiteral("2001:db8:1:2::1")), 0);
    QVERIFY(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9")), 0) > 0);
    QCOMPARE(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("2001:db8:1:3::1")), 0), 0);
}

void SignInThrottleTest::mappedIpv4IsIpv4()
{
    SignInThrottle throttle(1, 1);
    throttle.recordFailure(QHostAddress(QStringLiteral("::ffff:192.0.2.5")), 0);
    QVERIFY(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("192.0.2.5")), 0) > 0);
    QCOMPARE(throttle.secondsUntilAllowed(QHostAddress(QStringLiteral("192.0.2.6")), 0), 0);
}

void SignInThrottleTest::disabledThrottleAllowsAll()
{
    SignInThrottle throttle(0, 5);
    const QHostAddress address(QStringLiteral("192.0.2.7"));
    for (int i = 0; i < 100; ++i) {
        throttle.recordFailure(address, 0);
    }
    QCOMPARE(throttle.secondsUntilAllowed(address, 0), 0);
    QCOMPARE(throttle.trackedAddressCount(), 0);
}

void SignInThrottleTest::trackedAddressesBounded()
{
    SignInThrottle throttle(1, 1);
    for (quint32 i = 0; i < quint32(SignInThrottle::MaxAddresses); ++i) {
        throttle.recordFailure(QHostAddress(0x0a000000 + i), 0);
    }
    QCOMPARE(throttle.trackedAddressCount(), SignInThrottle::MaxAddresses);
    // An hour later every bucket is full again, so a new address prunes them all.
    throttle.recordFailure(QHostAddress(QStringLiteral("192.0.2.8")), 3600 * 1000);
    QCOMPARE(throttle.trackedAddressCount(), 1);

    // While every tracked address is still throttled, a new one starts over from an empty table.
    for (quint32 i = 0; i < quint32(SignInThrottle::MaxAddresses) + 10; ++i) {
        throttle.recordFailure(QHostAddress(0x0b000000 + i), 3600 * 1000);
        QVERIFY(throttle.trackedAddressCount() <= SignInThrottle::MaxAddresses);
    }
}

QTEST_GUILESS_MAIN(SignInThrottleTest)
#include "SignInThrottleTest.moc"
