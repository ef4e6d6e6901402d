#include "ChatMessage.h"
#include "RoomModeration.h"
#include "store/MessageStore.h"

#include <QDomDocument>
#include <QTest>
#include <QXmppMessage.h>

Q_DECLARE_METATYPE(ChatMessage)

namespace {

QXmppMessage parsed(const QString &xml)
{
    QDomDocument document;
    document.setContent(xml, true);
    QXmppMessage message;
    message.parse(document.documentElement());
    return message;
}

ChatMessage roomMessage(ChatMessage::Direction direction, const QString &nick, const QString &realJid)
{
    ChatMessage message;
    message.groupChat = true;
    message.direction = direction;
    message.senderNick = nick;
    message.senderJid = realJid;
    return message;
}

} // namespace

// The checks behind edits in rooms: which occupant may change a message (RoomSender::sent()),
// and how a room's moderation announcement and an archive's tombstone read (XEP-0425).
class RoomEditChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void senderCheck_data()
    {
        QTest::addColumn<ChatMessage>("message");
        QTest::addColumn<bool>("self");
        QTest::addColumn<QString>("nick");
        QTest::addColumn<QString>("realJid");
        QTest::addColumn<bool>("sent");

        const auto in = ChatMessage::Direction::Incoming;
        const auto out = ChatMessage::Direction::Outgoing;
        QTest::newRow("same nick") << roomMessage(in, QStringLiteral("bob"), QString()) << false << QStringLiteral("bob") << QString() << true;
        QTest::newRow("other nick") << roomMessage(in, QStringLiteral("bob"), QString()) << false << QStringLiteral("carol") << QString() << false;
        QTest::newRow("same nick and JID") << roomMessage(in, QStringLiteral("bob"), QStringLiteral("bob@localhost")) << false << QStringLiteral("bob")
                                           << QStringLiteral("bob@localhost") << true;
        QTest::newRow("same nick, other JID") << roomMessage(in, QStringLiteral("bob"), QStringLiteral("bob@localhost")) << false
                                              << QStringLiteral("bob") << QStringLiteral("mallory@localhost") << false;
        QTest::newRow("JID of the edit unknown") << roomMessage(in, QStringLiteral("bob"), QStringLiteral("bob@localhost")) << false
                                                 << QStringLiteral("bob") << QString() << true;
        QTest::newRow("user's own message") << roomMessage(out, QStringLiteral("alice"), QString()) << true << QStringLiteral("alice") << QString()
                                            << true;
        QTest::newRow("user's nick on another's message") << roomMessage(in, QStringLiteral("alice"), QString()) << true << QStringLiteral("alice")
                                                          << QString() << false;
        QTest::newRow("other occupant on user's message") << roomMessage(out, QStringLiteral("alice"), QString()) << false << QStringLiteral("alice")
                                                          << QString() << false;
    }

    void senderCheck()
    {
        QFETCH(ChatMessage, message);
        QFETCH(bool, self);
        QFETCH(QString, nick);
        QFETCH(QString, realJid);
        QFETCH(bool, sent);
        RoomSender sender;
        sender.self = self;
        sender.nick = nick;
        sender.realJid = realJid;
        QCOMPARE(sender.sent(message), sent);
    }

    void announcementRead()
    {
        const std::optional<ModerationNotice> notice = RoomModeration::readModeration(parsed(QStringLiteral(
            "<message xmlns='jabber:client' from='lounge@conference.localhost' type='groupchat' id='m1'>"
            "<apply-to xmlns='urn:xmpp:fasten:0' id='stanza-7'><moderated xmlns='urn:xmpp:message-moderate:0' by='lounge@conference.localhost/alice'>"
            "<retract xmlns='urn:xmpp:message-retract:0'/><reason>Spam</reason></moderated></apply-to></message>")));
        QVERIFY(notice);
        QCOMPARE(notice->stanzaId, QStringLiteral("stanza-7"));
        QCOMPARE(notice->moderator, QStringLiteral("lounge@conference.localhost/alice"));
        QCOMPARE(notice->reason, QStringLiteral("Spam"));
    }

    void tombstoneRead()
    {
        const std::optional<ModerationNotice> notice = RoomModeration::readModeration(parsed(QStringLiteral(
            "<message xmlns='jabber:client' from='lounge@conference.localhost/bob' type='groupchat' id='b1'>"
            "<moderated xmlns='urn:xmpp:message-moderate:0' by='lounge@conference.localhost/alice'>"
            "<retracted xmlns='urn:xmpp:message-retract:0' stamp='2026-01-01T10:00:00Z'/></moderated></message>")));
        QVERIFY(notice);
        QVERIFY(notice->stanzaId.isEmpty());
        QVERIFY(notice->reason.isEmpty());
    }

    void otherPayloadsIgnored_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("plain message") << QStringLiteral("<message xmlns='jabber:client' type='groupchat' id='a'><body>Hi</body></message>");
        QTest::newRow("moderation without retraction")
            << QStringLiteral("<message xmlns='jabber:client' type='groupchat' id='a'><apply-to xmlns='urn:xmpp:fasten:0' id='s'>"
                              "<moderated xmlns='urn:xmpp:message-moderate:0'/></apply-to></message>");
        QTest::newRow("other namespace")
            << QStringLiteral("<message xmlns='jabber:client' type='groupchat' id='a'><apply-to xmlns='urn:xmpp:fasten:0' id='s'>"
                              "<moderated xmlns='urn:example:other'><retract xmlns='urn:xmpp:message-retract:0'/></moderated></apply-to></message>");
        QTest::newRow("sender's retraction")
            << QStringLiteral("<message xmlns='jabber:client' type='groupchat' id='a'><apply-to xmlns='urn:xmpp:fasten:0' id='s'>"
                              "<retract xmlns='urn:xmpp:message-retract:0'/></apply-to></message>");
    }

    void otherPayloadsIgnored()
    {
        QFETCH(QString, xml);
        QVERIFY(!RoomModeration::readModeration(parsed(xml)));
    }
};

QTEST_GUILESS_MAIN(RoomEditChecksTest)
#include "RoomEditChecksTest.moc"
