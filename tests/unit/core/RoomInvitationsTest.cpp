#include "BlockedModel.h"
#include "RoomInvitations.h"
#include "RoomInvitationsModel.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>

#include <memory>

namespace {

const auto Team = QStringLiteral("team@conference.example.org");
const auto Bob = QStringLiteral("bob@example.org");

RoomInvitation invitation(const QString &room, const QDateTime &receivedAt, RoomInvitation::Kind kind = RoomInvitation::Kind::Direct)
{
    RoomInvitation result;
    result.roomJid = room;
    result.inviter = Bob;
    result.kind = kind;
    result.receivedAt = receivedAt;
    return result;
}

QString directInvitation(const QString &from, const QString &room)
{
    return QStringLiteral("<message xmlns='jabber:client' from='%1' to='alice@example.org/desk'>"
                          "<x xmlns='jabber:x:conference' jid='%2' reason='Hello'/><body>You are invited to %2</body></message>")
        .arg(from, room);
}

// Wraps \a message as a result of the user's message archive (XEP-0313), archived at \a archivedAt
// unless it is invalid, and sent by \a from unless it is empty.
QString archiveResult(const QString &message, const QDateTime &archivedAt, const QString &from = QString())
{
    const QString delay = archivedAt.isValid() ? QStringLiteral("<delay xmlns='urn:xmpp:delay' stamp='%1'/>").arg(archivedAt.toString(Qt::ISODate)) : QString();
    const QString sender = from.isEmpty() ? QString() : QStringLiteral(" from='%1'").arg(from);
    QString inner = message;
    inner.replace(QStringLiteral("xmlns='jabber:client' "), QString());
    return QStringLiteral("<message xmlns='jabber:client'%1 to='alice@example.org/desk'><result xmlns='urn:xmpp:mam:2' queryid='q' id='a1'>"
                          "<forwarded xmlns='urn:xmpp:forward:0'>%2%3</forwarded></result></message>")
        .arg(sender, delay, inner);
}

} // namespace

// RoomInvitationsModel under QAbstractItemModelTester, and RoomInvitations' handling of the
// stanzas that QXmpp hands to it: live, carbon and archived invitations, blocked senders, floods.
class RoomInvitationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<QXmppClient>();
        m_client->configuration().setJid(QStringLiteral("alice@example.org/desk"));
        m_blocked = std::make_unique<BlockedModel>();
        m_invitations = new RoomInvitations(m_blocked.get());
        m_client->insertExtension(0, m_invitations);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_invitations->invitations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_client.reset();
        m_blocked.reset();
    }

    void modelRolesStable()
    {
        const QHash<int, QByteArray> names = model()->roleNames();
        QCOMPARE(names.size(), 5);
        QCOMPARE(names.value(RoomInvitationsModel::RoomJidRole), QByteArrayLiteral("roomJid"));
        QCOMPARE(names.value(RoomInvitationsModel::InviterRole), QByteArrayLiteral("inviter"));
        QCOMPARE(names.value(RoomInvitationsModel::ReasonRole), QByteArrayLiteral("reason"));
        QCOMPARE(names.value(RoomInvitationsModel::HasPasswordRole), QByteArrayLiteral("hasPassword"));
        QCOMPARE(names.value(RoomInvitationsModel::ReceivedAtRole), QByteArrayLiteral("receivedAt"));
    }

    void modelNewestFirst()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QCOMPARE(model()->addInvitation(invitation(QStringLiteral("a@conference.example.org"), start)), RoomInvitationsModel::AddResult::Added);
        model()->addInvitation(invitation(QStringLiteral("c@conference.example.org"), start.addSecs(20)));
        model()->addInvitation(invitation(QStringLiteral("b@conference.example.org"), start.addSecs(10)));
        QCOMPARE(rowRooms(), (QStringList{QStringLiteral("c@conference.example.org"), QStringLiteral("b@conference.example.org"),
                                          QStringLiteral("a@conference.example.org")}));
        QCOMPARE(model()->data(model()->index(0), RoomInvitationsModel::ReceivedAtRole).toDateTime(), start.addSecs(20));
    }

    void modelMergesSameRoom()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        model()->addInvitation(invitation(Team, start));
        QSignalSpy changed(model(), &RoomInvitationsModel::dataChanged);
        RoomInvitation mediated = invitation(Team, start.addSecs(5), RoomInvitation::Kind::Mediated);
        mediated.inviter = QStringLiteral("carol@example.org");
        mediated.password = QStringLiteral("s3cret");
        QCOMPARE(model()->addInvitation(mediated), RoomInvitationsModel::AddResult::Merged);
        QCOMPARE(changed.count(), 1);

        RoomInvitation direct = invitation(Team, start.addSecs(10));
        direct.reason = QStringLiteral("Later");
        QCOMPARE(model()->addInvitation(direct), RoomInvitationsModel::AddResult::Merged);

        QCOMPARE(model()->rowCount(), 1);
        const std::optional<RoomInvitation> merged = model()->invitation(Team);
        QVERIFY(merged);
        QCOMPARE(merged->kind, RoomInvitation::Kind::Mediated);
        QCOMPARE(merged->password, QStringLiteral("s3cret"));
        QCOMPARE(merged->reason, QStringLiteral("Later"));
        QCOMPARE(merged->inviter, Bob);
        QCOMPARE(merged->receivedAt, start);
        QCOMPARE(model()->data(model()->index(0), RoomInvitationsModel::HasPasswordRole).toBool(), true);
    }

    void modelDropsOldestBeyondLimit()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < RoomInvitationsModel::MaxInvitations + 20; ++i) {
            model()->addInvitation(invitation(QStringLiteral("room%1@conference.example.org").arg(i), start.addSecs(i)));
        }
        QCOMPARE(model()->rowCount(), RoomInvitationsModel::MaxInvitations);
        QVERIFY(!model()->invitation(QStringLiteral("room0@conference.example.org")));
        QVERIFY(model()->invitation(QStringLiteral("room119@conference.example.org")));

        // An invitation older than every kept one is dropped at once.
        QCOMPARE(model()->addInvitation(invitation(QStringLiteral("old@conference.example.org"), start.addSecs(-100))),
                 RoomInvitationsModel::AddResult::Dropped);
        QCOMPARE(model()->rowCount(), RoomInvitationsModel::MaxInvitations);
    }

    void liveInvitationTaken()
    {
        QSignalSpy received(m_invitations, &RoomInvitations::invitationReceived);
        QVERIFY(handle(directInvitation(QStringLiteral("bob@example.org/phone"), Team)));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().at(0).toString(), Team);
        QCOMPARE(received.first().at(1).toString(), Bob);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->data(model()->index(0), RoomInvitationsModel::ReasonRole).toString(), QStringLiteral("Hello"));

        // The same room again, through the room: still one row.
        QVERIFY(handle(QStringLiteral("<message xmlns='jabber:client' from='%1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                                      "<invite from='bob@example.org'/></x><body>invited</body></message>")
                           .arg(Team)));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(received.count(), 1);
    }

    void otherMessagesPassed()
    {
        QVERIFY(!handle(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org/phone' type='chat'><body>Hi</body></message>")));
        QVERIFY(!handle(QStringLiteral("<iq xmlns='jabber:client' from='example.org' type='result' id='x'/>")));
        QCOMPARE(model()->rowCount(), 0);
    }

    void malformedInvitationTakenAndIgnored()
    {
        QVERIFY(handle(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'><x xmlns='jabber:x:conference'/>"
                                      "<body>invitation without a room</body></message>")));
        QCOMPARE(model()->rowCount(), 0);
    }

    void blockedSendersIgnored()
    {
        m_blocked->setJids({Bob, QStringLiteral("spam.example")});
        QSignalSpy received(m_invitations, &RoomInvitations::invitationReceived);
        QVERIFY(handle(directInvitation(QStringLiteral("bob@example.org/phone"), Team)));
        QVERIFY(handle(directInvitation(QStringLiteral("eve@spam.example"), Team)));
        QVERIFY(handle(directInvitation(QStringLiteral("carol@example.org"), QStringLiteral("ads@spam.example"))));
        QVERIFY(handle(QStringLiteral("<message xmlns='jabber:client' from='%1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                                      "<invite from='bob@example.org/phone'/></x></message>")
                           .arg(Team)));
        QCOMPARE(received.count(), 0);
        QCOMPARE(model()->rowCount(), 0);

        QVERIFY(handle(directInvitation(QStringLiteral("carol@example.org"), Team)));
        QCOMPARE(model()->rowCount(), 1);
    }

    void floodBounded()
    {
        for (int i = 0; i < 1000; ++i) {
            handle(directInvitation(QStringLiteral("bob@example.org"), QStringLiteral("room%1@conference.example.org").arg(i)));
        }
        QCOMPARE(model()->rowCount(), RoomInvitationsModel::MaxInvitations);
        QCOMPARE(model()->data(model()->index(0), RoomInvitationsModel::RoomJidRole).toString(), QStringLiteral("room999@conference.example.org"));
    }

    void receivedCarbonRead()
    {
        const QString carbon = QStringLiteral("<message xmlns='jabber:client' from='%1' to='alice@example.org/desk'>"
                                              "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>%2</forwarded></received></message>");
        const QString inner = directInvitation(QStringLiteral("bob@example.org/phone"), Team).replace(QStringLiteral("xmlns='jabber:client' "), QString());
        QVERIFY(handle(carbon.arg(QStringLiteral("alice@example.org"), inner)));
        QCOMPARE(model()->rowCount(), 1);

        // A carbon from anyone but the user's account is left to CarbonsExtension, which drops it.
        model()->clear();
        QVERIFY(!handle(carbon.arg(QStringLiteral("mallory@example.org"), inner)));
        QCOMPARE(model()->rowCount(), 0);
    }

    void sentCarbonDropped()
    {
        const QString carbon = QStringLiteral(
            "<message xmlns='jabber:client' from='alice@example.org' to='alice@example.org/desk'>"
            "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<message from='alice@example.org/phone' to='bob@example.org'><x xmlns='jabber:x:conference' jid='%1'/><body>Join</body></message>"
            "</forwarded></sent></message>")
                                   .arg(Team);
        QVERIFY(handle(carbon));
        QCOMPARE(model()->rowCount(), 0);

        const QString chat = QStringLiteral("<message xmlns='jabber:client' from='alice@example.org' to='alice@example.org/desk'>"
                                            "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                                            "<message from='alice@example.org/phone' to='bob@example.org' type='chat'><body>Hi</body></message>"
                                            "</forwarded></sent></message>");
        QVERIFY(!handle(chat));
    }

    void archivedInvitationLosesBody()
    {
        QDomDocument document;
        document.setContent(archiveResult(QStringLiteral("<message from='%1' to='alice@example.org'><x xmlns='http://jabber.org/protocol/muc#user'>"
                                                         "<invite from='bob@example.org'/></x><body>bob invited you</body><body xml:lang='de'>Einladung</body></message>")
                                              .arg(Team),
                                          QDateTime::currentDateTimeUtc().addSecs(-3600)),
                            true);
        QVERIFY(!m_invitations->handleStanza(document.documentElement()));
        const QDomElement inner = document.documentElement().firstChildElement().firstChildElement().firstChildElement(QStringLiteral("message"));
        QVERIFY(!inner.isNull());
        QVERIFY(inner.firstChildElement(QStringLiteral("body")).isNull());
        QVERIFY(!inner.firstChildElement(QStringLiteral("x")).isNull());

        // Archived chat messages keep their body.
        document.setContent(archiveResult(QStringLiteral("<message from='bob@example.org' type='chat'><body>Hi</body></message>"), QDateTime()), true);
        QVERIFY(!m_invitations->handleStanza(document.documentElement()));
        QCOMPARE(document.documentElement().firstChildElement().firstChildElement().firstChildElement().firstChildElement(QStringLiteral("body")).text(),
                 QStringLiteral("Hi"));
    }

    void archivedInvitationPending()
    {
        // Prosody 0.12 sends what arrived while the user was offline only through the archive.
        const QDateTime archivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QSignalSpy received(m_invitations, &RoomInvitations::invitationReceived);
        QVERIFY(!handle(archiveResult(directInvitation(QStringLiteral("bob@example.org/phone"), Team), archivedAt)));
        QCOMPARE(received.count(), 1);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->data(model()->index(0), RoomInvitationsModel::ReceivedAtRole).toDateTime().toSecsSinceEpoch(), archivedAt.toSecsSinceEpoch());
    }

    void archivedHistoryNotPending()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString old = directInvitation(QStringLiteral("bob@example.org"), QStringLiteral("old@conference.example.org"));
        QVERIFY(!handle(archiveResult(old, now.addDays(-RoomInvitations::MaxArchivedInvitationAgeDays - 1))));

        const QString sentByUser = QStringLiteral("<message from='alice@example.org/phone' to='bob@example.org'>"
                                                  "<x xmlns='jabber:x:conference' jid='%1'/></message>")
                                       .arg(Team);
        QVERIFY(!handle(archiveResult(sentByUser, now.addSecs(-60))));

        QVERIFY(!handle(archiveResult(directInvitation(QStringLiteral("bob@example.org"), Team), now.addSecs(-60), QStringLiteral("mallory@example.org"))));
        QCOMPARE(model()->rowCount(), 0);
    }

    void decidedInvitationNotRestoredFromArchive()
    {
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(handle(directInvitation(QStringLiteral("bob@example.org"), Team)));
        m_invitations->decline(Team);
        QCOMPARE(model()->rowCount(), 0);

        // The next catch-up of the archive brings the same invitation again.
        QVERIFY(!handle(archiveResult(directInvitation(QStringLiteral("bob@example.org"), Team), receivedAt)));
        QCOMPARE(model()->rowCount(), 0);

        // A new invitation to the room is pending again.
        QVERIFY(handle(directInvitation(QStringLiteral("bob@example.org"), Team)));
        QCOMPARE(model()->rowCount(), 1);
    }

    void declineReported()
    {
        QSignalSpy declined(m_invitations, &RoomInvitations::invitationDeclined);
        QVERIFY(handle(QStringLiteral("<message xmlns='jabber:client' from='%1'><x xmlns='http://jabber.org/protocol/muc#user'>"
                                      "<decline from='carol@example.org'><reason>Busy</reason></decline></x><body>declined</body></message>")
                           .arg(Team)));
        QCOMPARE(declined.count(), 1);
        QCOMPARE(declined.first().at(1).toString(), QStringLiteral("carol@example.org"));
        QCOMPARE(declined.first().at(2).toString(), QStringLiteral("Busy"));
    }

    void acceptEmitsPasswordAndNick()
    {
        handle(QStringLiteral("<message xmlns='jabber:client' from='bob@example.org'><x xmlns='jabber:x:conference' jid='%1' password='pw'/></message>").arg(Team));
        QSignalSpy accepted(m_invitations, &RoomInvitations::accepted);
        m_invitations->accept(QStringLiteral(" Team@Conference.example.org "));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().at(0).toString(), Team);
        QCOMPARE(accepted.first().at(1).toString(), QStringLiteral("pw"));
        QCOMPARE(accepted.first().at(2).toString(), QStringLiteral("alice"));
        QCOMPARE(model()->rowCount(), 0);

        QSignalSpy failed(m_invitations, &RoomInvitations::actionFailed);
        m_invitations->accept(Team);
        QCOMPARE(failed.count(), 1);
    }

    void declineRemovesRow()
    {
        handle(directInvitation(QStringLiteral("bob@example.org"), Team));
        m_invitations->decline(Team, QStringLiteral("No time"));
        QCOMPARE(model()->rowCount(), 0);
    }

    void dismissRemovesRowSilently()
    {
        handle(directInvitation(QStringLiteral("bob@example.org"), Team));
        QSignalSpy accepted(m_invitations, &RoomInvitations::accepted);
        QSignalSpy failed(m_invitations, &RoomInvitations::actionFailed);
        m_invitations->dismiss(Team);
        m_invitations->dismiss(Team);
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    void inviteRejectsInvalidAddresses()
    {
        QSignalSpy failed(m_invitations, &RoomInvitations::actionFailed);
        m_invitations->invite(QStringLiteral("not a room"), Bob);
        m_invitations->invite(Team, QStringLiteral("not a contact"));
        m_invitations->invite(Team, Bob);
        QCOMPARE(failed.count(), 3);
        QCOMPARE(failed.at(1).at(0).toString(), Team);
        // Offline: nothing can be sent.
        QVERIFY(failed.at(2).at(1).toString().contains(Bob));
    }

private:
    RoomInvitationsModel *model() const
    {
        return m_invitations->invitations();
    }

    bool handle(const QString &xml)
    {
        QDomDocument document;
        document.setContent(xml, true);
        return m_invitations->handleStanza(document.documentElement());
    }

    QStringList rowRooms() const
    {
        QStringList rooms;
        for (int row = 0; row < model()->rowCount(); ++row) {
            rooms.append(model()->data(model()->index(row), RoomInvitationsModel::RoomJidRole).toString());
        }
        return rooms;
    }

    std::unique_ptr<QXmppClient> m_client;
    std::unique_ptr<BlockedModel> m_blocked;
    RoomInvitations *m_invitations = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(RoomInvitationsTest)
#include "RoomInvitationsTest.moc"
