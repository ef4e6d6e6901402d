#include "ReconnectBackoff.h"

#include <QTest>

class ReconnectBackoffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysDoubleWithinJitter()
    {
        ReconnectBackoff backoff(1000, 60000, 0.2, 42);

        int expected = 1000;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= expected * 0.8 && delay <= expected * 1.2, qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay)));
            expected *= 2;
        }
        QCOMPARE(backoff.attempts(), 6);
    }

    void delayCappedAtMaximum()
    {
        ReconnectBackoff backoff(1000, 5000, 0.0, 1);

        for (int attempt = 0; attempt < 100; ++attempt) {
            QVERIFY(backoff.nextDelayMs() <= 5000);
        }
        QCOMPARE(backoff.nextDelayMs(), 5000);
    }

    void resetStartsOver()
    {
        ReconnectBackoff backoff(200, 10000, 0.0, 1);
        backoff.nextDelayMs();
        backoff.nextDelayMs();

        backoff.reset();

        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelayMs(), 200);
    }

    void jitterSpreadsDelays()
    {
        ReconnectBackoff first(1000, 1000, 0.5, 1);
        ReconnectBackoff second(1000, 1000, 0.5, 2);

        bool differ = false;
        for (int attempt = 0; attempt < 10; ++attempt) {
            differ = differ || first.nextDelayMs() != second.nextDelayMs();
        }
        QVERIFY(differ);
    }
};

QTEST_GUILESS_MAIN(ReconnectBackoffTest)
#include "ReconnectBackoffTest.moc"
