#include "Account.h"
#include "ArchiveService.h"
#include "BlockedModel.h"
#include "BlockingService.h"
#include "ChatService.h"
#include "ConversationsModel.h"
#include "RoomInvitations.h"
#include "RoomInvitationsModel.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestRooms.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto DaveJid = QStringLiteral("dave@localhost");
const auto ErinJid = QStringLiteral("erin@localhost");
const auto FrankJid = QStringLiteral("frank@localhost");
const auto Lounge = QStringLiteral("lounge@conference.localhost");
const auto Council = QStringLiteral("council@conference.localhost");
const auto BookClub = QStringLiteral("book-club@conference.localhost");

// Messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

// A raw stanza for the peer to send.
QJsonObject rawStanza(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

// A direct invitation (XEP-0249) with a fallback body, as many clients send it.
QJsonObject directInvitation(const QString &to, const QString &room, const QString &reason, const QString &password = QString())
{
    const QString passwordAttribute = password.isEmpty() ? QString() : QStringLiteral(" password='%1'").arg(password);
    return rawStanza(QStringLiteral("<message to='%1'><x xmlns='jabber:x:conference' jid='%2' reason='%3'%4/>"
                                    "<body>You are invited to xmpp:%2?join</body></message>")
                         .arg(to, room, reason, passwordAttribute));
}

// A direct invitation with a fallback body in a message with the id \a id, which names it again
// when it is delivered once more. The body makes Prosody archive it.
QJsonObject directInvitationWithId(const QString &id, const QString &to, const QString &room)
{
    return rawStanza(QStringLiteral("<message id='%1' to='%2' type='chat'><x xmlns='jabber:x:conference' jid='%3'/><body>You are invited to xmpp:%3?join</body></message>")
                         .arg(id, to, room));
}

// A mediated invitation (XEP-0045, section 7.8.2), sent to the room, which forwards it.
QJsonObject mediatedInvitation(const QString &room, const QString &to, const QString &reason)
{
    return rawStanza(QStringLiteral("<message to='%1'><x xmlns='http://jabber.org/protocol/muc#user'><invite to='%2'><reason>%3</reason></invite></x></message>")
                         .arg(room, to, reason));
}

// An IQ round trip to \a to: once its response is in, \a to has handled every stanza that the
// peer sent before it.
QJsonObject roundTrip(const QString &to)
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")}, {QStringLiteral("to"), to}, {QStringLiteral("xml"), QStringLiteral("<ping xmlns='urn:xmpp:ping'/>")}};
}

TestPeer::EventFilter messageFrom(const QString &bareJid)
{
    return [bareJid](const QJsonObject &event) {
        return event.value(QStringLiteral("from")).toString().section(QLatin1Char('/'), 0, 0) == bareJid;
    };
}

QVariant roleOf(const RoomInvitationsModel *model, const QString &room, int role)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (model->data(index, RoomInvitationsModel::RoomJidRole).toString() == room) {
            return model->data(index, role);
        }
    }
    return {};
}

} // namespace

// RoomInvitations against Prosody: direct (XEP-0249) and mediated (XEP-0045) invitations from
// slixmpp peers, through live messages and the message archive, and Salon's own invitations.
class RoomInvitationsLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList peers{QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("erin"), QStringLiteral("frank")};
        const QString error = chatServerStarted(m_server, peers);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_bob = startedPeer(QStringLiteral("bob"));
        m_carol = startedPeer(QStringLiteral("carol"));
        m_dave = startedPeer(QStringLiteral("dave"));
        QVERIFY(m_bob && m_carol && m_dave);

        QString failure = joinRoom(*m_bob, Lounge, QStringLiteral("bob"), TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = configureRoom(*m_bob, Lounge, {{QStringLiteral("muc#roomconfig_roomname"), QStringLiteral("Lounge")}}, TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // A members-only room, of which Alice is an admin, so that she may invite others into it.
        failure = joinRoom(*m_bob, Council, QStringLiteral("bob"), TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = configureRoom(*m_bob, Council, {{QStringLiteral("muc#roomconfig_membersonly"), QStringLiteral("1")}}, TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = setAffiliation(*m_bob, Council, AliceJid, QStringLiteral("admin"), TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        m_dave.reset();
        m_carol.reset();
        m_bob.reset();
    }

    void receivedInvitationsListed()
    {
        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        RoomInvitationsModel *model = invitations->invitations();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy received(invitations, &RoomInvitations::invitationReceived);

        QVERIFY2(m_bob->command(directInvitation(AliceJid, BookClub, QStringLiteral("Monthly meeting"), QStringLiteral("pages"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
        QVERIFY2(m_bob->command(mediatedInvitation(Lounge, AliceJid, QStringLiteral("Join us"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, TimeoutMs);
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::RoomJidRole).toString(), Lounge);
        // The room hides real JIDs from participants (Prosody's default), so it names Bob by nick.
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::InviterRole).toString(), Lounge + QStringLiteral("/bob"));
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::ReasonRole).toString(), QStringLiteral("Join us"));
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::HasPasswordRole).toBool(), false);

        // The same room again, directly: the row takes the newer reason.
        QVERIFY2(m_bob->command(directInvitation(AliceJid, Lounge, QStringLiteral("Bring snacks"))), qPrintable(m_bob->lastError()));
        const QJsonObject chat{{QStringLiteral("command"), QStringLiteral("message")},
                               {QStringLiteral("to"), AliceJid},
                               {QStringLiteral("body"), QStringLiteral("Hello after the invitations")}};
        QVERIFY2(m_bob->command(chat), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(alice->conversations()->rowCount(), 1, TimeoutMs);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(received.count(), 2);
        QCOMPARE(roleOf(model, Lounge, RoomInvitationsModel::ReasonRole).toString(), QStringLiteral("Bring snacks"));
        QCOMPARE(roleOf(model, BookClub, RoomInvitationsModel::InviterRole).toString(), BobJid);
        QCOMPARE(roleOf(model, BookClub, RoomInvitationsModel::ReasonRole).toString(), QStringLiteral("Monthly meeting"));
        QCOMPARE(roleOf(model, BookClub, RoomInvitationsModel::HasPasswordRole).toBool(), true);
        QVERIFY(roleOf(model, BookClub, RoomInvitationsModel::ReceivedAtRole).toDateTime().isValid());

        // The invitations' fallback bodies are no chat messages: Bob's conversation has only his chat message.
        const QModelIndex conversation = alice->conversations()->index(0);
        QCOMPARE(alice->conversations()->data(conversation, ConversationsModel::PeerRole).toString(), BobJid);
        QCOMPARE(alice->conversations()->data(conversation, ConversationsModel::LastMessageRole).toString(), QStringLiteral("Hello after the invitations"));
        QCOMPARE(alice->conversations()->data(conversation, ConversationsModel::UnreadCountRole).toInt(), 1);

        QSignalSpy accepted(invitations, &RoomInvitations::accepted);
        invitations->accept(BookClub);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().at(0).toString(), BookClub);
        QCOMPARE(accepted.first().at(1).toString(), QStringLiteral("pages"));
        QCOMPARE(accepted.first().at(2).toString(), QStringLiteral("alice"));
        QCOMPARE(model->rowCount(), 1);
        // The account joins the room of an accepted invitation. Bob never created this one, so
        // the join ends with that reason.
        QTRY_VERIFY_WITH_TIMEOUT(alice->roomList()->room(BookClub).has_value() && alice->roomList()->room(BookClub)->state == RoomEntry::State::Failed,
                                 TimeoutMs);
        QCOMPARE(alice->roomList()->room(BookClub)->errorText, RoomService::tr("This room does not exist."));

        // The mediated invitation's decline goes to Bob through the room.
        invitations->decline(Lounge, QStringLiteral("Busy tonight"));
        QCOMPARE(model->rowCount(), 0);
        const QJsonObject decline = m_bob->waitForEvent(
            QStringLiteral("message"),
            [](const QJsonObject &event) {
                return !event.value(QStringLiteral("mucDeclineFrom")).toString().isEmpty();
            },
            TimeoutMs);
        QCOMPARE(decline.value(QStringLiteral("from")).toString(), Lounge);
        QCOMPARE(decline.value(QStringLiteral("mucDeclineFrom")).toString().section(QLatin1Char('/'), 0, 0), AliceJid);
        QCOMPARE(decline.value(QStringLiteral("mucDeclineReason")).toString(), QStringLiteral("Busy tonight"));
    }

    void blockedInviterIgnored()
    {
        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        RoomInvitationsModel *model = invitations->invitations();
        QTRY_VERIFY_WITH_TIMEOUT(alice->blocking()->isSupported(), TimeoutMs);
        alice->blocking()->block(DaveJid);
        QTRY_VERIFY_WITH_TIMEOUT(alice->blockedContacts()->contains(DaveJid), TimeoutMs);

        // The server blocks Dave's own messages, but the room forwards his invitation.
        QVERIFY2(m_dave->command(mediatedInvitation(Lounge, AliceJid, QStringLiteral("Spam"))), qPrintable(m_dave->lastError()));
        QVERIFY2(m_dave->command(roundTrip(Lounge), TimeoutMs), qPrintable(m_dave->lastError()));
        const auto control = QStringLiteral("control@conference.localhost");
        QVERIFY2(m_bob->command(directInvitation(AliceJid, control, QStringLiteral("After Dave"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, TimeoutMs);
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::RoomJidRole).toString(), control);
        QVERIFY(!model->invitation(Lounge));

        alice->blocking()->unblock(DaveJid);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->blockedContacts()->contains(DaveJid), TimeoutMs);
    }

    void directInvitationSent()
    {
        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        QSignalSpy sent(invitations, &RoomInvitations::invitationSent);
        QSignalSpy failed(invitations, &RoomInvitations::actionFailed);

        invitations->invite(Lounge, QStringLiteral(" Bob@localhost "), QStringLiteral("Come over"));
        const QJsonObject invitation = m_bob->waitForEvent(QStringLiteral("message"), messageFrom(AliceJid), TimeoutMs);
        QCOMPARE(invitation.value(QStringLiteral("inviteRoom")).toString(), Lounge);
        QCOMPARE(invitation.value(QStringLiteral("inviteReason")).toString(), QStringLiteral("Come over"));
        QCOMPARE(invitation.value(QStringLiteral("mucInviteFrom")).toString(), QString());
        QCOMPARE(invitation.value(QStringLiteral("body")).toString(), QString());
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.first().at(1).toString(), BobJid);
        QCOMPARE(failed.count(), 0);
    }

    void invitationCarriesRoomPassword()
    {
        const QString vault = QStringLiteral("vault@conference.localhost");
        QString failure = joinRoom(*m_carol, vault, QStringLiteral("carol"), TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = configureRoom(*m_carol, vault,
                                {{QStringLiteral("muc#roomconfig_passwordprotectedroom"), QStringLiteral("1")},
                                 {QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("open sesame")}},
                                TimeoutMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        alice->rooms()->join(vault, QString(), QStringLiteral("open sesame"));
        QTRY_COMPARE_WITH_TIMEOUT(alice->roomList()->room(vault)->state, RoomEntry::State::Joined, TimeoutMs);

        // The user gives no password: the one she joined with goes into the invitation.
        invitations->invite(vault, BobJid, QStringLiteral("The usual place"));
        const QJsonObject invitation = m_bob->waitForEvent(QStringLiteral("message"), [vault](const QJsonObject &event) {
            return event.value(QStringLiteral("inviteRoom")).toString() == vault;
        }, TimeoutMs);
        QCOMPARE(invitation.value(QStringLiteral("from")).toString().section(QLatin1Char('/'), 0, 0), AliceJid);
        QCOMPARE(invitation.value(QStringLiteral("inviteReason")).toString(), QStringLiteral("The usual place"));
        QCOMPARE(invitation.value(QStringLiteral("invitePassword")).toString(), QStringLiteral("open sesame"));
    }

    void decisionsSurviveRestart()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        Database database(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("frank.sqlite")));
        database.open();
        const QString declined = QStringLiteral("declined@conference.localhost");
        const QString accepted = QStringLiteral("accepted@conference.localhost");
        const QString fresh = QStringLiteral("fresh@conference.localhost");

        {
            auto frank = std::make_unique<Account>();
            frank->setDatabase(&database);
            RoomInvitations *invitations = nullptr;
            QVERIFY(signIn(frank.get(), FrankJid, &invitations));
            QVERIFY2(m_bob->command(directInvitationWithId(QStringLiteral("invite-declined"), FrankJid, declined)), qPrintable(m_bob->lastError()));
            QVERIFY2(m_bob->command(directInvitationWithId(QStringLiteral("invite-accepted"), FrankJid, accepted)), qPrintable(m_bob->lastError()));
            QTRY_COMPARE_WITH_TIMEOUT(invitations->invitations()->rowCount(), 2, TimeoutMs);
            invitations->decline(declined);
            invitations->accept(accepted);
            QCOMPARE(invitations->invitations()->rowCount(), 0);
        }

        // A new Account on the same database, as after a restart. Without its archive position,
        // the catch-up requests the newest page of the message archive, which contains the decided
        // invitations. catchUpFinished() counts only chat messages, so it reports none of them.
        database.runBlocking([](QSqlDatabase &connection) {
            QSqlQuery query(connection);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM archive_positions")));
        });
        auto frank = std::make_unique<Account>();
        frank->setDatabase(&database);
        QSignalSpy caughtUp(frank->chats()->archive(), &ArchiveService::catchUpFinished);
        RoomInvitations *invitations = nullptr;
        QVERIFY(signIn(frank.get(), FrankJid, &invitations));
        RoomInvitationsModel *model = invitations->invitations();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), 1, TimeoutMs);
        QCOMPARE(model->rowCount(), 0);

        // The same messages come again live, then a new invitation, which is the only one listed.
        QVERIFY2(m_bob->command(directInvitationWithId(QStringLiteral("invite-declined"), FrankJid, declined)), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->command(directInvitationWithId(QStringLiteral("invite-accepted"), FrankJid, accepted)), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->command(directInvitationWithId(QStringLiteral("invite-fresh"), FrankJid, fresh)), qPrintable(m_bob->lastError()));
        // Bob's messages arrive in order, so the others were handled once the fresh one is listed.
        QTRY_VERIFY_WITH_TIMEOUT(roleOf(model, fresh, RoomInvitationsModel::RoomJidRole).isValid(), TimeoutMs);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!roleOf(model, declined, RoomInvitationsModel::RoomJidRole).isValid());
        QVERIFY(!roleOf(model, accepted, RoomInvitationsModel::RoomJidRole).isValid());
    }

    void membersOnlyInvitationGrantsMembership()
    {
        // Without membership, the members-only room turns Carol away.
        QVERIFY(!joinRoom(*m_carol, Council, QStringLiteral("carol"), 2000).isEmpty());

        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        invitations->invite(Council, CarolJid, QStringLiteral("You are a member now"));

        const QJsonObject invitation = m_carol->waitForEvent(QStringLiteral("message"), messageFrom(Council), TimeoutMs);
        QCOMPARE(invitation.value(QStringLiteral("mucInviteFrom")).toString().section(QLatin1Char('/'), 0, 0), AliceJid);
        QCOMPARE(invitation.value(QStringLiteral("mucInviteReason")).toString(), QStringLiteral("You are a member now"));
        const QString joined = joinRoom(*m_carol, Council, QStringLiteral("carol"), TimeoutMs);
        QVERIFY2(joined.isEmpty(), qPrintable(joined));
    }

    void failedInvitationReported()
    {
        RoomInvitations *invitations = nullptr;
        auto alice = signedInWithInvitations(AliceJid, &invitations);
        QVERIFY(alice);
        QSignalSpy failed(invitations, &RoomInvitations::actionFailed);

        invitations->invite(Lounge, QStringLiteral("nobody@localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(0).toString(), Lounge);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("nobody@localhost")));
    }

    void offlineInvitationsFromArchive()
    {
        // Erin is offline; Prosody archives both invitations and, because Salon queries the
        // archive, delivers them only from there.
        QVERIFY2(m_bob->command(directInvitation(ErinJid, BookClub, QStringLiteral("Monthly meeting"))), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->command(mediatedInvitation(Lounge, ErinJid, QStringLiteral("Join us"))), qPrintable(m_bob->lastError()));
        QVERIFY2(m_bob->command(roundTrip(Lounge), TimeoutMs), qPrintable(m_bob->lastError()));

        RoomInvitations *invitations = nullptr;
        auto erin = std::make_unique<Account>();
        QSignalSpy caughtUp(erin->chats()->archive(), &ArchiveService::catchUpFinished);
        QVERIFY(signIn(erin.get(), ErinJid, &invitations));
        RoomInvitationsModel *model = invitations->invitations();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), 1, TimeoutMs);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(roleOf(model, Lounge, RoomInvitationsModel::InviterRole).toString(), Lounge + QStringLiteral("/bob"));
        QCOMPARE(roleOf(model, BookClub, RoomInvitationsModel::ReasonRole).toString(), QStringLiteral("Monthly meeting"));
        QCOMPARE(erin->conversations()->rowCount(), 0);

        // An invitation accepted or declined here does not come back with the next catch-up.
        invitations->accept(BookClub);
        QVERIFY2(m_bob->command(directInvitation(ErinJid, QStringLiteral("live@conference.localhost"), QStringLiteral("Now"))), qPrintable(m_bob->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, TimeoutMs);
        invitations->decline(QStringLiteral("live@conference.localhost"));
        QCOMPARE(model->rowCount(), 1);

        erin->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!erin->client()->isConnected(), TimeoutMs);
        erin->signIn(ErinJid, chatTestPassword(QStringLiteral("erin")));
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), 2, TimeoutMs);
        QCOMPARE(caughtUp.last().at(0).toInt(), 0);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0), RoomInvitationsModel::RoomJidRole).toString(), Lounge);
        QCOMPARE(erin->conversations()->rowCount(), 0);
    }

private:
    std::unique_ptr<TestPeer> startedPeer(const QString &user)
    {
        auto peer = std::make_unique<TestPeer>(m_server, user, chatTestPassword(user));
        if (!peer->waitOnline()) {
            qWarning() << user << "did not come online:" << peer->lastError();
            return nullptr;
        }
        return peer;
    }

    // Signs \a jid in with the account's RoomInvitations and waits until the server has its initial presence.
    bool signIn(Account *account, const QString &jid, RoomInvitations **invitations)
    {
        *invitations = account->invitations();
        account->setConnectionSettings(testConnectionSettings(m_server));
        account->signIn(jid, chatTestPassword(jid.section(QLatin1Char('@'), 0, 0)));
        if (!QTest::qWaitFor([account] { return account->state() == Account::State::Online; }, TimeoutMs)) {
            qWarning() << jid << "did not come online:" << account->errorCode();
            return false;
        }
        return waitForOwnPresence(account, TimeoutMs);
    }

    std::unique_ptr<Account> signedInWithInvitations(const QString &jid, RoomInvitations **invitations)
    {
        auto account = std::make_unique<Account>();
        return signIn(account.get(), jid, invitations) ? std::move(account) : nullptr;
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<TestPeer> m_carol;
    std::unique_ptr<TestPeer> m_dave;
};

QTEST_GUILESS_MAIN(RoomInvitationsLiveTest)
#include "RoomInvitationsLiveTest.moc"
