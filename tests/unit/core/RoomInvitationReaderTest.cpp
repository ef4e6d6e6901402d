#include "RoomInvitationReader.h"

#include <QDomDocument>
#include <QTest>

namespace {

using Result = RoomInvitationReader::Result;

const QDateTime Now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

Result read(const QString &xml)
{
    QDomDocument document;
    document.setContent(xml, true);
    return RoomInvitationReader::read(document.documentElement(), Now);
}

} // namespace

Q_DECLARE_METATYPE(RoomInvitationReader::Result::Type)

// RoomInvitationReader: direct (XEP-0249) and mediated (XEP-0045, section 7.8.2) invitations,
// declines, and messages that are no invitation or only claim to be one.
class RoomInvitationReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directInvitationRead()
    {
        const Result result = read(QStringLiteral(
            "<message xmlns='jabber:client' from='Bob@Example.org/phone' to='alice@example.org' id='i1'>"
            "<x xmlns='jabber:x:conference' jid='Team@conference.example.org' password='s3cret' reason='Weekly\nsync' continue='true' thread='t1'/>"
            "<body>bob invites you to team@conference.example.org</body></message>"));
        QCOMPARE(result.type, Result::Type::Invitation);
        const RoomInvitation &invitation = result.invitation;
        QCOMPARE(invitation.kind, RoomInvitation::Kind::Direct);
        QCOMPARE(invitation.roomJid, QStringLiteral("team@conference.example.org"));
        QCOMPARE(invitation.inviter, QStringLiteral("bob@example.org"));
        QCOMPARE(invitation.reason, QStringLiteral("Weekly sync"));
        QCOMPARE(invitation.password, QStringLiteral("s3cret"));
        QVERIFY(invitation.hasPassword());
        QVERIFY(invitation.continuation);
        QCOMPARE(invitation.thread, QStringLiteral("t1"));
        QCOMPARE(invitation.receivedAt, Now);
    }

    void directReasonAsTextRead()
    {
        const Result result = read(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                  "<x xmlns='jabber:x:conference' jid='team@conference.example.org'>Come along</x></message>"));
        QCOMPARE(result.type, Result::Type::Invitation);
        QCOMPARE(result.invitation.reason, QStringLiteral("Come along"));
        QVERIFY(!result.invitation.hasPassword());
        QVERIFY(!result.invitation.continuation);
    }

    void mediatedInvitationRead()
    {
        // As Prosody 0.12 forwards it: with a direct invitation and a body for older clients.
        const Result result = read(QStringLiteral(
            "<message xmlns='jabber:client' from='team@conference.example.org' to='alice@example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@example.org/phone'><reason>Join us</reason><continue thread='t2'/></invite>"
            "<password>s3cret</password></x>"
            "<x xmlns='jabber:x:conference' jid='team@conference.example.org'>Join us</x>"
            "<body>bob@example.org/phone invited you to the room team@conference.example.org (Join us)</body>"
            "<delay xmlns='urn:xmpp:delay' stamp='2024-04-30T08:00:00Z'/></message>"));
        QCOMPARE(result.type, Result::Type::Invitation);
        const RoomInvitation &invitation = result.invitation;
        QCOMPARE(invitation.kind, RoomInvitation::Kind::Mediated);
        QCOMPARE(invitation.roomJid, QStringLiteral("team@conference.example.org"));
        QCOMPARE(invitation.inviter, QStringLiteral("bob@example.org"));
        QCOMPARE(invitation.reason, QStringLiteral("Join us"));
        QCOMPARE(invitation.password, QStringLiteral("s3cret"));
        QVERIFY(invitation.continuation);
        QCOMPARE(invitation.thread, QStringLiteral("t2"));
        QCOMPARE(invitation.receivedAt, QDateTime(QDate(2024, 4, 30), QTime(8, 0), Qt::UTC));
    }

    void anonymousInviterRead()
    {
        // A room that hides real JIDs names the inviter by occupant JID (Prosody 0.12 does so).
        const Result result = read(QStringLiteral(
            "<message xmlns='jabber:client' from='team@conference.example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='team@conference.example.org/Bob B.'/></x></message>"));
        QCOMPARE(result.type, Result::Type::Invitation);
        QCOMPARE(result.invitation.inviter, QStringLiteral("team@conference.example.org/Bob B."));

        const Result otherRoom = read(QStringLiteral(
            "<message xmlns='jabber:client' from='team@conference.example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='other@conference.example.org/Bob'/></x></message>"));
        QCOMPARE(otherRoom.invitation.inviter, QStringLiteral("other@conference.example.org"));
    }

    void declineRead()
    {
        const Result result = read(QStringLiteral(
            "<message xmlns='jabber:client' from='team@conference.example.org' to='alice@example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><decline from='carol@example.org'><reason>Busy</reason></decline></x>"
            "<body>carol@example.org declined your invite to the room team@conference.example.org (Busy)</body></message>"));
        QCOMPARE(result.type, Result::Type::Decline);
        QCOMPARE(result.roomJid, QStringLiteral("team@conference.example.org"));
        QCOMPARE(result.decliner, QStringLiteral("carol@example.org"));
        QCOMPARE(result.reason, QStringLiteral("Busy"));
    }

    void futureDelayIgnored()
    {
        const Result result = read(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                  "<x xmlns='jabber:x:conference' jid='team@conference.example.org'/>"
                                                  "<delay xmlns='urn:xmpp:delay' stamp='2099-01-01T00:00:00Z'/></message>"));
        QCOMPARE(result.invitation.receivedAt, Now);
    }

    void oversizedFieldsBounded()
    {
        const QString longText = QString(100000, QLatin1Char('r'));
        const Result result = read(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                  "<x xmlns='jabber:x:conference' jid='team@conference.example.org' reason='%1' password='%1' thread='%1'/></message>")
                                       .arg(longText));
        QCOMPARE(result.type, Result::Type::Invitation);
        QCOMPARE(result.invitation.reason.size(), RoomInvitation::MaxReasonLength);
        QVERIFY(result.invitation.password.isEmpty());
        QVERIFY(result.invitation.thread.isEmpty());
    }

    void otherMessagesNotRead_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("chat message") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org' type='chat'><body>Hi</body></message>");
        QTest::newRow("room status") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org'>"
                                                       "<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x></message>");
        QTest::newRow("groupchat with invitation") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org/bob' type='groupchat'>"
                                                                     "<x xmlns='jabber:x:conference' jid='other@conference.example.org'/></message>");
        QTest::newRow("error reply") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org' type='error'>"
                                                       "<x xmlns='jabber:x:conference' jid='team@conference.example.org'/></message>");
        QTest::newRow("other namespace") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                           "<x xmlns='urn:example:conference' jid='team@conference.example.org'/></message>");
        QTest::newRow("presence") << QStringLiteral("<presence xmlns='jabber:client' from='bob@example.org'>"
                                                    "<x xmlns='jabber:x:conference' jid='team@conference.example.org'/></presence>");
    }

    void otherMessagesNotRead()
    {
        QFETCH(QString, xml);
        QCOMPARE(read(xml).type, Result::Type::None);
    }

    void malformedRejected_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("direct without room") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'><x xmlns='jabber:x:conference'/></message>");
        QTest::newRow("direct with full room JID") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                                     "<x xmlns='jabber:x:conference' jid='team@conference.example.org/nick'/></message>");
        QTest::newRow("direct with room URI") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                                "<x xmlns='jabber:x:conference' jid='xmpp:team@conference.example.org?join'/></message>");
        QTest::newRow("direct with invalid room") << QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'>"
                                                                    "<x xmlns='jabber:x:conference' jid='team room@conference.example.org'/></message>");
        QTest::newRow("direct from a domain") << QStringLiteral("<message xmlns='jabber:client' from='example.org'>"
                                                                "<x xmlns='jabber:x:conference' jid='team@conference.example.org'/></message>");
        QTest::newRow("direct without sender") << QStringLiteral("<message xmlns='jabber:client'>"
                                                                 "<x xmlns='jabber:x:conference' jid='team@conference.example.org'/></message>");
        QTest::newRow("mediated from an occupant") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org/mallory'>"
                                                                     "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@example.org'/></x></message>");
        QTest::newRow("mediated from a domain") << QStringLiteral("<message xmlns='jabber:client' from='conference.example.org'>"
                                                                  "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@example.org'/></x></message>");
        QTest::newRow("mediated with empty nick") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org'>"
                                                                   "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='team@conference.example.org/'/></x></message>");
        QTest::newRow("mediated without inviter") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org'>"
                                                                    "<x xmlns='http://jabber.org/protocol/muc#user'><invite/></x></message>");
        QTest::newRow("decline without invitee") << QStringLiteral("<message xmlns='jabber:client' from='team@conference.example.org'>"
                                                                   "<x xmlns='http://jabber.org/protocol/muc#user'><decline/></x></message>");
    }

    void malformedRejected()
    {
        QFETCH(QString, xml);
        const Result result = read(xml);
        QCOMPARE(result.type, Result::Type::Malformed);
        QVERIFY(!result.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RoomInvitationReaderTest)
#include "RoomInvitationReaderTest.moc"
