// The building blocks of contact management that need no server: the
// subscription requests model, reading a request from its presence, and
// the check of addresses that users type.

#include "BareJid.h"
#include "SubscriptionRequest.h"
#include "SubscriptionRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppPresence.h>

namespace {

SubscriptionRequest request(const QString &jid, const QString &name = {}, const QString &message = {})
{
    SubscriptionRequest result;
    result.jid = jid;
    result.name = name;
    result.message = message;
    return result;
}

QXmppPresence parsePresence(const QString &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, true)) {
        qWarning() << "Invalid test XML:" << xml;
    }
    QXmppPresence presence;
    presence.parse(document.documentElement());
    return presence;
}

} // namespace

class SubscriptionRequestsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelAddsUpdatesAndRemoves()
    {
        SubscriptionRequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &SubscriptionRequestsModel::countChanged);

        model.addRequest(request(QStringLiteral("bob@example.org"), QStringLiteral("Bob"), QStringLiteral("Hi, it is Bob")));
        model.addRequest(request(QStringLiteral("carol@example.org")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(counts.count(), 2);
        QCOMPARE(model.property("count").toInt(), 2);

        const QModelIndex bob = model.index(0);
        QCOMPARE(bob.data(SubscriptionRequestsModel::JidRole).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(bob.data(SubscriptionRequestsModel::NameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(bob.data(SubscriptionRequestsModel::DisplayNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(bob.data(Qt::DisplayRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(bob.data(SubscriptionRequestsModel::MessageRole).toString(), QStringLiteral("Hi, it is Bob"));
        QCOMPARE(model.index(1).data(SubscriptionRequestsModel::DisplayNameRole).toString(), QStringLiteral("carol@example.org"));

        // A repeated request updates its row and keeps what it does not bring again.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.addRequest(request(QStringLiteral("carol@example.org"), QStringLiteral("Carol")));
        model.addRequest(request(QStringLiteral("bob@example.org")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1).data(SubscriptionRequestsModel::NameRole).toString(), QStringLiteral("Carol"));
        QCOMPARE(model.index(0).data(SubscriptionRequestsModel::NameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(model.index(0).data(SubscriptionRequestsModel::MessageRole).toString(), QStringLiteral("Hi, it is Bob"));

        QVERIFY(model.removeRequest(QStringLiteral("bob@example.org")));
        QVERIFY(!model.removeRequest(QStringLiteral("bob@example.org")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("carol@example.org")), 0);
        QCOMPARE(model.indexOf(QStringLiteral("bob@example.org")), -1);
        QCOMPARE(model.request(QStringLiteral("bob@example.org")).jid, QString());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counts.count(), 4);
    }

    void modelIgnoresRequestWithoutJid()
    {
        SubscriptionRequestsModel model;
        model.addRequest(request(QString(), QStringLiteral("Nobody")));
        QCOMPARE(model.rowCount(), 0);
    }

    void modelRoleNames()
    {
        const SubscriptionRequestsModel model;
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(SubscriptionRequestsModel::JidRole), QByteArrayLiteral("jid"));
        QCOMPARE(roles.value(SubscriptionRequestsModel::NameRole), QByteArrayLiteral("name"));
        QCOMPARE(roles.value(SubscriptionRequestsModel::DisplayNameRole), QByteArrayLiteral("displayName"));
        QCOMPARE(roles.value(SubscriptionRequestsModel::MessageRole), QByteArrayLiteral("message"));
    }

    void requestFromPresence()
    {
        const QXmppPresence presence = parsePresence(QStringLiteral(
            "<presence xmlns='jabber:client' from='Bob@Example.org/phone' to='alice@example.org' type='subscribe'>"
            "<status> Hi, it is Bob from the book club </status>"
            "<nick xmlns='http://jabber.org/protocol/nick'> Bob Martin </nick>"
            "</presence>"));

        const SubscriptionRequest request = SubscriptionRequest::fromPresence(presence);
        QCOMPARE(request.jid, QStringLiteral("bob@example.org"));
        QCOMPARE(request.name, QStringLiteral("Bob Martin"));
        QCOMPARE(request.message, QStringLiteral("Hi, it is Bob from the book club"));
    }

    void requestIgnoresOtherNick()
    {
        const QXmppPresence presence = parsePresence(QStringLiteral(
            "<presence xmlns='jabber:client' from='bob@example.org' type='subscribe'>"
            "<nick xmlns='urn:example:other'>Not a nickname</nick>"
            "</presence>"));

        const SubscriptionRequest request = SubscriptionRequest::fromPresence(presence);
        QCOMPARE(request.jid, QStringLiteral("bob@example.org"));
        QCOMPARE(request.name, QString());
        QCOMPARE(request.message, QString());
    }

    void bareJidFromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringLiteral("bob@example.org") << QStringLiteral("bob@example.org");
        QTest::newRow("spaces around") << QStringLiteral("  bob@example.org\t") << QStringLiteral("bob@example.org");
        QTest::newRow("capitals") << QStringLiteral("Bob@Example.ORG") << QStringLiteral("bob@example.org");
        QTest::newRow("resource") << QStringLiteral("bob@example.org/phone") << QStringLiteral("bob@example.org");
        QTest::newRow("resource with at and slash") << QStringLiteral("bob@example.org/a@b/c") << QStringLiteral("bob@example.org");
        QTest::newRow("xmpp URI") << QStringLiteral("xmpp:bob@example.org?roster;name=Bob") << QStringLiteral("bob@example.org");
        QTest::newRow("trailing dot") << QStringLiteral("bob@example.org.") << QStringLiteral("bob@example.org");
        QTest::newRow("IPv4 domain") << QStringLiteral("bob@127.0.0.1") << QStringLiteral("bob@127.0.0.1");
        QTest::newRow("IPv6 domain") << QStringLiteral("bob@[::1]") << QStringLiteral("bob@[::1]");
        QTest::newRow("single label") << QStringLiteral("bob@localhost") << QStringLiteral("bob@localhost");
        QTest::newRow("internationalized") << QStringLiteral("jürgen@bücher.example") << QStringLiteral("jürgen@bücher.example");
        QTest::newRow("decomposed umlaut") << QStringLiteral("ju\u0308rgen@example.org") << QStringLiteral("jürgen@example.org");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no at") << QStringLiteral("example.org") << QString();
        QTest::newRow("no localpart") << QStringLiteral("@example.org") << QString();
        QTest::newRow("no domain") << QStringLiteral("bob@") << QString();
        QTest::newRow("two at signs") << QStringLiteral("bob@mail@example.org") << QString();
        QTest::newRow("space inside") << QStringLiteral("bob smith@example.org") << QString();
        QTest::newRow("quote in localpart") << QStringLiteral("bob\"@example.org") << QString();
        QTest::newRow("colon in localpart") << QStringLiteral("bob:x@example.org") << QString();
        QTest::newRow("angle bracket") << QStringLiteral("<bob>@example.org") << QString();
        QTest::newRow("empty label") << QStringLiteral("bob@example..org") << QString();
        QTest::newRow("label with leading hyphen") << QStringLiteral("bob@-example.org") << QString();
        QTest::newRow("underscore in domain") << QStringLiteral("bob@ex_ample.org") << QString();
        QTest::newRow("label too long") << QStringLiteral("bob@") + QString(64, QLatin1Char('a')) + QStringLiteral(".org") << QString();
        QTest::newRow("localpart too long") << QString(1024, QLatin1Char('a')) + QStringLiteral("@example.org") << QString();
        QTest::newRow("bad IPv6") << QStringLiteral("bob@[::g]") << QString();
        QTest::newRow("control character") << QStringLiteral("bo\u0007b@example.org") << QString();
    }

    void bareJidFromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(BareJid::fromUserInput(input), expected);
    }
};

QTEST_GUILESS_MAIN(SubscriptionRequestsTest)
#include "SubscriptionRequestsTest.moc"
