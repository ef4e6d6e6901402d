#include "DiscoItemsPage.h"
#include "IqResponse.h"
#include "MucAddress.h"
#include "RoomDirectory.h"
#include "RoomInfo.h"
#include "RoomListing.h"

#include <QDomDocument>
#include <QTest>

namespace {

const auto Service = QStringLiteral("conference.example.org");

// Parses a query element the way QXmpp hands it over inside a response.
QDomElement parsed(QDomDocument &document, const QString &xml)
{
    document.setContent(xml, true);
    return document.documentElement();
}

QString itemsQuery(const QString &items, const QString &resultSet = QString())
{
    return QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#items'>") + items + resultSet + QStringLiteral("</query>");
}

QString resultSet(const QString &last, int count = -1)
{
    QString set = QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><first>a</first><last>") + last + QStringLiteral("</last>");
    if (count >= 0) {
        set += QStringLiteral("<count>%1</count>").arg(count);
    }
    return set + QStringLiteral("</set>");
}

QString roomItems(int first, int count)
{
    QString items;
    for (int i = first; i < first + count; ++i) {
        items += QStringLiteral("<item jid='room%1@conference.example.org' name='Room %1'/>").arg(i);
    }
    return items;
}

DiscoItemsPage page(const QString &xml, int maxItems = 1000)
{
    QDomDocument document;
    return DiscoItemsPage::fromQuery(parsed(document, xml), maxItems);
}

} // namespace

// The readers behind RoomDirectory: service and room addresses, disco#items pages with Result
// Set Management, room info forms, and RoomListing's defence against broken and hostile services.
class RoomDirectoryParsingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceAddressChecked_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("domain") << QStringLiteral("conference.example.org") << Service;
        QTest::newRow("spaces and case") << QStringLiteral("  Conference.Example.ORG ") << Service;
        QTest::newRow("trailing dot") << QStringLiteral("conference.example.org.") << Service;
        QTest::newRow("user JID") << QStringLiteral("bob@example.org") << QString();
        QTest::newRow("resource") << QStringLiteral("conference.example.org/x") << QString();
        QTest::newRow("URI") << QStringLiteral("xmpp:conference.example.org") << QString();
        QTest::newRow("space inside") << QStringLiteral("conference example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void serviceAddressChecked()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MucAddress::serviceFromUserInput(input), expected);
    }

    void roomAttributeChecked_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare JID") << QStringLiteral("Team@Conference.example.org") << QStringLiteral("team@conference.example.org");
        QTest::newRow("full JID") << QStringLiteral("team@conference.example.org/nick") << QString();
        QTest::newRow("URI") << QStringLiteral("xmpp:team@conference.example.org") << QString();
        QTest::newRow("URI query") << QStringLiteral("team@conference.example.org?join") << QString();
        QTest::newRow("spaces") << QStringLiteral(" team@conference.example.org") << QString();
        QTest::newRow("no localpart") << QStringLiteral("conference.example.org") << QString();
        QTest::newRow("forbidden character") << QStringLiteral("team room@conference.example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void roomAttributeChecked()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, expected);
        QCOMPARE(MucAddress::roomFromAttribute(attribute), expected);
    }

    void itemsPageRead()
    {
        const DiscoItemsPage read = page(itemsQuery(QStringLiteral("<item jid='a@conference.example.org' name=' Alpha\n room '/>"
                                                                   "<item name='no jid'/><item jid='b@conference.example.org' node='n'/>"),
                                                    resultSet(QStringLiteral("b@conference.example.org"), 42)));
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.items.at(0).jid, QStringLiteral("a@conference.example.org"));
        QCOMPARE(read.items.at(0).name, QStringLiteral("Alpha room"));
        QCOMPARE(read.items.at(1).node, QStringLiteral("n"));
        QCOMPARE(read.itemsWithoutJid, 1);
        QCOMPARE(read.last, QStringLiteral("b@conference.example.org"));
        QCOMPARE(read.count, 42);
    }

    void itemsPageWithoutResultSet()
    {
        const DiscoItemsPage read = page(itemsQuery(roomItems(1, 3)));
        QCOMPARE(read.items.size(), 3);
        QVERIFY(read.last.isEmpty());
        QCOMPARE(read.count, -1);
    }

    void hugeItemsPageBounded()
    {
        const DiscoItemsPage read = page(itemsQuery(roomItems(1, 5000)), 1100);
        QCOMPARE(read.items.size(), 1100);
        QCOMPARE(read.itemsBeyondLimit, 3900);
    }

    void hostileResultSetIgnored()
    {
        const QString longLast = QString(5000, QLatin1Char('x'));
        const DiscoItemsPage read = page(itemsQuery(roomItems(1, 2), QStringLiteral("<set xmlns='http://jabber.org/protocol/rsm'><last>") + longLast
                                                                          + QStringLiteral("</last><count>-5</count></set>")));
        QVERIFY(read.last.isEmpty());
        QCOMPARE(read.count, -1);

        const DiscoItemsPage otherNamespace = page(itemsQuery(roomItems(1, 2), QStringLiteral("<set xmlns='urn:example:rsm'><last>x</last></set>")));
        QVERIFY(otherNamespace.last.isEmpty());
    }

    void roomInfoRead()
    {
        QDomDocument document;
        const QDomElement query = parsed(document, QStringLiteral(
            "<query xmlns='http://jabber.org/protocol/disco#info'>"
            "<identity category='conference' type='text' name='Coffee\tbreak'/>"
            "<feature var='http://jabber.org/protocol/muc'/><feature var='muc_passwordprotected'/><feature var='muc_membersonly'/>"
            "<feature var='muc_moderated'/><feature var='muc_persistent'/><feature var='muc_public'/>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roominfo</value></field>"
            "<field var='muc#roominfo_description'><value>Talk about\ncoffee</value></field>"
            "<field var='muc#roominfo_occupants'><value>7</value></field>"
            "</x></query>"));
        RoomInfo room;
        room.jid = QStringLiteral("coffee@conference.example.org");
        room.name = QStringLiteral("listed name");
        room.readDiscoInfo(query);
        QVERIFY(room.infoLoaded);
        QCOMPARE(room.name, QStringLiteral("Coffee break"));
        QCOMPARE(room.description, QStringLiteral("Talk about\ncoffee"));
        QCOMPARE(room.occupants, 7);
        QVERIFY(room.passwordProtected);
        QVERIFY(room.membersOnly);
        QVERIFY(room.moderated);
        QVERIFY(room.persistent);
        QVERIFY(room.isPublic);
    }

    void roomInfoWithoutFormKeepsListedName()
    {
        QDomDocument document;
        const QDomElement query = parsed(document, QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'>"
                                                                  "<feature var='muc_unsecured'/><feature var='muc_open'/></query>"));
        RoomInfo room;
        room.jid = QStringLiteral("coffee@conference.example.org");
        room.name = QStringLiteral("Coffee");
        room.readDiscoInfo(query);
        QVERIFY(room.infoLoaded);
        QCOMPARE(room.name, QStringLiteral("Coffee"));
        QCOMPARE(room.displayName(), QStringLiteral("Coffee"));
        QCOMPARE(room.occupants, -1);
        QVERIFY(!room.passwordProtected);
        QVERIFY(!room.membersOnly);
    }

    void roomInfoHostileValuesBounded_data()
    {
        QTest::addColumn<QString>("occupants");
        QTest::addColumn<int>("expected");
        QTest::newRow("negative") << QStringLiteral("-3") << -1;
        QTest::newRow("huge") << QStringLiteral("99999999999") << -1;
        QTest::newRow("text") << QStringLiteral("many") << -1;
        QTest::newRow("spaces") << QStringLiteral(" 12 ") << 12;
    }

    void roomInfoHostileValuesBounded()
    {
        QFETCH(QString, occupants);
        QFETCH(int, expected);
        const QString longText = QString(50000, QLatin1Char('n'));
        QDomDocument document;
        const QDomElement query = parsed(document, QStringLiteral(
            "<query xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' type='text' name='%1'/>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roominfo</value></field>"
            "<field var='muc#roominfo_description'><value>%1\u0007</value></field>"
            "<field var='muc#roominfo_occupants'><value>%2</value></field></x></query>").arg(longText, occupants));
        RoomInfo room;
        room.readDiscoInfo(query);
        QCOMPARE(room.occupants, expected);
        QCOMPARE(room.name.size(), RoomInfo::MaxNameLength);
        QCOMPARE(room.description.size(), RoomInfo::MaxDescriptionLength);
    }

    void roomInfoOtherFormIgnored()
    {
        QDomDocument document;
        const QDomElement query = parsed(document, QStringLiteral(
            "<query xmlns='http://jabber.org/protocol/disco#info'>"
            "<x xmlns='jabber:x:data' type='result'>"
            "<field var='FORM_TYPE' type='hidden'><value>urn:example:other</value></field>"
            "<field var='muc#roominfo_occupants'><value>5</value></field></x></query>"));
        RoomInfo room;
        room.readDiscoInfo(query);
        QCOMPARE(room.occupants, -1);
    }

    void listingFollowsPages()
    {
        RoomListing listing(Service, 1000);
        const RoomListing::PageResult first = listing.addPage(page(itemsQuery(roomItems(1, 100), resultSet(QStringLiteral("p1"), 150))));
        QCOMPARE(first.rooms.size(), 100);
        QCOMPARE(first.rooms.at(0).jid, QStringLiteral("room1@conference.example.org"));
        QCOMPARE(first.rooms.at(0).name, QStringLiteral("Room 1"));
        QVERIFY(!listing.isComplete());
        QCOMPARE(listing.nextAfter(), QStringLiteral("p1"));

        const RoomListing::PageResult second = listing.addPage(page(itemsQuery(roomItems(101, 50), resultSet(QStringLiteral("p2"), 150))));
        QCOMPARE(second.rooms.size(), 50);
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 150);
        QCOMPARE(listing.pageCount(), 2);
    }

    void listingWithoutResultSetEnds()
    {
        RoomListing listing(Service, 1000);
        listing.addPage(page(itemsQuery(roomItems(1, 20))));
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 20);
    }

    void listingDropsForeignItems()
    {
        RoomListing listing(Service, 1000);
        const RoomListing::PageResult result = listing.addPage(page(itemsQuery(
            QStringLiteral("<item jid='good@conference.example.org'/>"
                           "<item jid='GOOD@conference.example.org'/>"
                           "<item jid='good@conference.example.org/nick'/>"
                           "<item jid='other@conference.example.net'/>"
                           "<item jid='conference.example.org'/>"
                           "<item jid='bad room@conference.example.org'/>"
                           "<item jid='node@conference.example.org' node='x'/>"
                           "<item name='without jid'/>"))));
        QCOMPARE(result.rooms.size(), 1);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(result.invalid, 5);
        QCOMPARE(result.withoutJid, 1);
    }

    void listingStopsAtLimit()
    {
        RoomListing listing(Service, 150);
        listing.addPage(page(itemsQuery(roomItems(1, 100), resultSet(QStringLiteral("p1")))));
        QCOMPARE(listing.remaining(), 50);
        const RoomListing::PageResult result = listing.addPage(page(itemsQuery(roomItems(101, 100), resultSet(QStringLiteral("p2")))));
        QCOMPARE(result.rooms.size(), 50);
        QCOMPARE(result.beyondLimit, 50);
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 150);
    }

    void listingStopsOnRepeatedPage()
    {
        RoomListing listing(Service, 1000);
        listing.addPage(page(itemsQuery(roomItems(1, 10), resultSet(QStringLiteral("p1")))));
        QVERIFY(!listing.isComplete());
        // A service that ignores "after" sends the first page again.
        const RoomListing::PageResult repeated = listing.addPage(page(itemsQuery(roomItems(1, 10), resultSet(QStringLiteral("p1")))));
        QCOMPARE(repeated.duplicates, 10);
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 10);
    }

    void listingStopsOnRepeatedLastId()
    {
        RoomListing listing(Service, 1000);
        listing.addPage(page(itemsQuery(roomItems(1, 10), resultSet(QStringLiteral("same")))));
        listing.addPage(page(itemsQuery(roomItems(11, 10), resultSet(QStringLiteral("same")))));
        QVERIFY(listing.isComplete());
        QCOMPARE(listing.size(), 20);
    }

    void listingStopsAfterMaxPages()
    {
        RoomListing listing(Service, 100000);
        int pages = 0;
        while (!listing.isComplete() && pages < 1000) {
            ++pages;
            listing.addPage(page(itemsQuery(roomItems(pages, 1), resultSet(QStringLiteral("p%1").arg(pages)))));
        }
        QCOMPARE(pages, RoomListing::MaxPages);
        QCOMPARE(listing.size(), RoomListing::MaxPages);
    }

    void failureReasonsNameTheCause()
    {
        const auto errorReason = [](QXmppStanza::Error::Condition condition) {
            IqResponse response;
            response.status = IqResponse::Status::Error;
            response.error = QXmppStanza::Error(QXmppStanza::Error::Cancel, condition);
            return RoomDirectory::failureReason(response);
        };
        const auto statusReason = [](IqResponse::Status status) {
            IqResponse response;
            response.status = status;
            return RoomDirectory::failureReason(response);
        };
        const QStringList reasons = {
            errorReason(QXmppStanza::Error::ItemNotFound),
            errorReason(QXmppStanza::Error::Forbidden),
            errorReason(QXmppStanza::Error::ServiceUnavailable),
            errorReason(QXmppStanza::Error::InternalServerError),
            statusReason(IqResponse::Status::Timeout),
            statusReason(IqResponse::Status::NotSent),
            statusReason(IqResponse::Status::Result),
        };
        for (const QString &reason : reasons) {
            QVERIFY(!reason.isEmpty());
        }
        QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()).size(), reasons.size());
        QCOMPARE(errorReason(QXmppStanza::Error::RemoteServerNotFound), errorReason(QXmppStanza::Error::ItemNotFound));
        QCOMPARE(errorReason(QXmppStanza::Error::NotAuthorized), errorReason(QXmppStanza::Error::Forbidden));
    }
};

QTEST_GUILESS_MAIN(RoomDirectoryParsingTest)
#include "RoomDirectoryParsingTest.moc"
