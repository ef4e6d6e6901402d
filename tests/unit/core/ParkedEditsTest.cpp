#include "ParkedEdits.h"

#include <QTest>

// ParkedEdits keeps edits by target, returns them in order and drops the oldest beyond its limit.
class ParkedEditsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takeReturnsTheTargetsEditsInOrder()
    {
        ParkedEdits parked;
        QStringList applied;
        parked.park(QStringLiteral("bob@localhost"), QStringLiteral("m-1"), [&applied] { applied.append(QStringLiteral("first")); });
        parked.park(QStringLiteral("carol@localhost"), QStringLiteral("m-1"), [&applied] { applied.append(QStringLiteral("carol")); });
        parked.park(QStringLiteral("bob@localhost"), QStringLiteral("m-1"), [&applied] { applied.append(QStringLiteral("second")); });
        QCOMPARE(parked.size(), 3);

        const auto edits = parked.take(QStringLiteral("bob@localhost"), QStringLiteral("m-1"));
        for (const auto &apply : edits) {
            apply();
        }
        QCOMPARE(applied, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QCOMPARE(parked.size(), 1);
        QVERIFY(parked.take(QStringLiteral("bob@localhost"), QStringLiteral("m-1")).isEmpty());
        QVERIFY(parked.take(QStringLiteral("bob@localhost"), QStringLiteral("m-2")).isEmpty());
    }

    void oldestGoBeyondTheLimit()
    {
        ParkedEdits parked;
        for (int number = 0; number < ParkedEdits::MaxEdits + 10; ++number) {
            parked.park(QStringLiteral("bob@localhost"), QStringLiteral("m-%1").arg(number), [] {});
        }
        QCOMPARE(parked.size(), ParkedEdits::MaxEdits);
        QVERIFY(parked.take(QStringLiteral("bob@localhost"), QStringLiteral("m-9")).isEmpty());
        QCOMPARE(parked.take(QStringLiteral("bob@localhost"), QStringLiteral("m-10")).size(), 1);
        QCOMPARE(parked.size(), ParkedEdits::MaxEdits - 1);

        // Taking never leaves entries behind that a later eviction would trip on.
        for (int round = 0; round < 3 * ParkedEdits::MaxEdits; ++round) {
            parked.park(QStringLiteral("carol@localhost"), QStringLiteral("again"), [] {});
            QCOMPARE(parked.take(QStringLiteral("carol@localhost"), QStringLiteral("again")).size(), 1);
        }
        QCOMPARE(parked.size(), ParkedEdits::MaxEdits - 1);

        parked.clear();
        QCOMPARE(parked.size(), 0);
    }
};

QTEST_GUILESS_MAIN(ParkedEditsTest)
#include "ParkedEditsTest.moc"
