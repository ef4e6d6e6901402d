#include "RosterItemConversion.h"

#include <QTest>

// Conversion between QXmpp's roster items and Salon's contacts, in both directions.
class RosterItemConversionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactRoundTrip_data()
    {
        QTest::addColumn<QString>("subscription");
        QTest::addColumn<bool>("approvalPending");

        QTest::newRow("none, waiting for approval") << QStringLiteral("none") << true;
        QTest::newRow("from, waiting for approval") << QStringLiteral("from") << true;
        QTest::newRow("to") << QStringLiteral("to") << false;
        QTest::newRow("both") << QStringLiteral("both") << false;
    }

    void contactRoundTrip()
    {
        QFETCH(QString, subscription);
        QFETCH(bool, approvalPending);

        Contact contact;
        contact.jid = QStringLiteral("bob@example.org");
        contact.name = QStringLiteral("Bob");
        contact.groups = QStringList{QStringLiteral("Friends"), QStringLiteral("Work")};
        contact.subscription = subscription == QLatin1String("both") ? Contact::Subscription::Both
            : subscription == QLatin1String("to")                    ? Contact::Subscription::To
            : subscription == QLatin1String("from")                  ? Contact::Subscription::From
                                                                     : Contact::Subscription::None;
        contact.approvalPending = approvalPending;

        // A cached contact becomes the roster item that a versioned roster request keeps.
        const QXmppRosterIq::Item item = RosterItemConversion::toRosterItem(contact);
        QCOMPARE(item.subscriptionStatus(), approvalPending ? QStringLiteral("subscribe") : QString());
        const Contact back = RosterItemConversion::toContact(item);

        QCOMPARE(back.jid, contact.jid);
        QCOMPARE(back.name, contact.name);
        QCOMPARE(back.groups, contact.groups);
        QCOMPARE(Contact::subscriptionCode(back.subscription), subscription);
        QCOMPARE(back.approvalPending, approvalPending);
    }
};

QTEST_GUILESS_MAIN(RosterItemConversionTest)
#include "RosterItemConversionTest.moc"
