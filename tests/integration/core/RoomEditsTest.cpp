#include "Account.h"
#include "MessagesModel.h"
#include "RoomMessageService.h"
#include "RoomModeration.h"
#include "RoomService.h"
#include "RoomsModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestRooms.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");

// Joins and requests on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString roomJid(const QString &name)
{
    return name + QStringLiteral("@conference.localhost");
}

QJsonObject rawStanza(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

QJsonObject groupMessage(const QString &room, const QString &id, const QString &body, const QString &payload = QString())
{
    return rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='%2'><body>%3</body>%4</message>").arg(room, id, body, payload));
}

QString stateOf(const Account *account, const QString &room)
{
    const std::optional<RoomEntry> entry = account->roomList()->room(room);
    return entry ? RoomEntry::stateCode(entry->state) : QString();
}

// Accepts the message events whose body is body.
TestPeer::EventFilter withBody(const QString &body)
{
    return [body](const QJsonObject &event) {
        return event.value(QStringLiteral("body")).toString() == body;
    };
}

// Accepts the message events that carry field with the value value.
TestPeer::EventFilter withField(const QString &field, const QString &value)
{
    return [field, value](const QJsonObject &event) {
        return event.value(field).toString() == value;
    };
}

QVariant dataAt(const MessagesModel *messages, int row, MessagesModel::Role role)
{
    return messages->data(messages->index(row, 0), role);
}

} // namespace

// Corrections, retractions, reactions and replies in rooms (XEP-0308, XEP-0424, XEP-0444,
// XEP-0461) and moderated retractions (XEP-0425) of RoomMessageService and RoomModeration,
// against Prosody's MUC with mod_muc_moderation and muc_mam, with slixmpp peers as occupants.
class RoomEditsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bob = std::make_unique<TestPeer>(m_server, QStringLiteral("bob"), chatTestPassword(QStringLiteral("bob")));
        QVERIFY2(m_bob->waitOnline(), qPrintable(m_bob->lastError()));
        m_carol = std::make_unique<TestPeer>(m_server, QStringLiteral("carol"), chatTestPassword(QStringLiteral("carol")));
        QVERIFY2(m_carol->waitOnline(), qPrintable(m_carol->lastError()));
        QVERIFY(m_folder.isValid());
    }

    void cleanupTestCase()
    {
        m_bob.reset();
        m_carol.reset();
    }

    void peerEditsShownForgeriesIgnored()
    {
        const QString room = roomJid(QStringLiteral("edits"));
        QVERIFY(bobCreatesWithCarol(room));
        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("peer-edits.sqlite")));
        database.open();
        auto alice = joinedAlice(room, &database);
        QVERIFY(alice);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QAbstractItemModelTester tester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(m_bob->command(groupMessage(room, QStringLiteral("bob-typo"), QStringLiteral("Helo all"))), qPrintable(m_bob->lastError()));
        const QString stanzaId = m_bob->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Helo all")), TimeoutMs).value(QStringLiteral("stanzaId")).toString();
        QVERIFY(!stanzaId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, TimeoutMs);

        // The sender's correction applies.
        QVERIFY(m_bob->command(groupMessage(room, QStringLiteral("bob-fix"), QStringLiteral("Hello all"),
                                            QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='bob-typo'/>"))));
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QStringLiteral("Hello all"), TimeoutMs);
        QVERIFY(dataAt(messages, 0, MessagesModel::EditedRole).toBool());

        // Another occupant's correction and retraction of Bob's message are ignored. Bob's next
        // message proves that they were handled before it.
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-forged"), QStringLiteral("Forged text"),
                                              QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='bob-typo'/>"))));
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-retract"), QStringLiteral("retracted"),
                                              QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='%1'/>").arg(stanzaId))));
        QVERIFY(m_bob->command(groupMessage(room, QStringLiteral("bob-2"), QStringLiteral("Second"))));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 2, TimeoutMs);
        QCOMPARE(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QStringLiteral("Hello all"));
        QVERIFY(!dataAt(messages, 0, MessagesModel::RetractedRole).toBool());

        // Reactions name the room's stanza id and are kept per occupant.
        QVERIFY(m_bob->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='bob-react'>"
                                                        "<reactions xmlns='urn:xmpp:reactions:0' id='%2'><reaction>👍</reaction></reactions>"
                                                        "<store xmlns='urn:xmpp:hints'/></message>")
                                             .arg(room, stanzaId))));
        QVERIFY(m_carol->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='carol-react'>"
                                                          "<reactions xmlns='urn:xmpp:reactions:0' id='%2'><reaction>👍</reaction></reactions>"
                                                          "<store xmlns='urn:xmpp:hints'/></message>")
                                               .arg(room, stanzaId))));
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::ReactionsRole).toList().value(0).toMap().value(QStringLiteral("count")).toInt(), 2,
                                  TimeoutMs);
        QVERIFY(!dataAt(messages, 0, MessagesModel::ReactionsRole).toList().value(0).toMap().value(QStringLiteral("own")).toBool());

        // The sender's retraction names the stanza id too.
        QVERIFY(m_bob->command(groupMessage(room, QStringLiteral("bob-retract"), QStringLiteral("This person attempted to retract a previous message"),
                                            QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='%1'/>"
                                                           "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>")
                                                .arg(stanzaId))));
        QTRY_VERIFY_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::RetractedRole).toBool(), TimeoutMs);
        QCOMPARE(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QString());
        QCOMPARE(messages->rowCount(), 2);

        // After a restart the store shows the same.
        alice.reset();
        alice = joinedAlice(room, &database);
        QVERIFY(alice);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 2, TimeoutMs);
        QVERIFY(dataAt(messages, 0, MessagesModel::RetractedRole).toBool());
        QCOMPARE(dataAt(messages, 1, MessagesModel::BodyRole).toString(), QStringLiteral("Second"));
    }

    void userEditsSeenByPeer()
    {
        const QString room = roomJid(QStringLiteral("mine"));
        QVERIFY(bobCreatesWithCarol(room));
        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("user-edits.sqlite")));
        database.open();
        auto alice = joinedAlice(room, &database);
        QVERIFY(alice);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QAbstractItemModelTester tester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(m_bob->command(groupMessage(room, QStringLiteral("bob-question"), QStringLiteral("Lunch at noon?"))));
        const QString bobStanzaId = m_bob->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Lunch at noon?")), TimeoutMs)
                                        .value(QStringLiteral("stanzaId"))
                                        .toString();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, TimeoutMs);
        const qint64 bobMessage = dataAt(messages, 0, MessagesModel::MessageIdRole).toLongLong();

        alice->roomMessages()->sendMessage(room, QStringLiteral("Yes, at 1"));
        const QJsonObject sent = m_bob->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Yes, at 1")), TimeoutMs);
        QVERIFY(!sent.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 1, MessagesModel::StateRole).toString(), QStringLiteral("delivered"), TimeoutMs);
        const qint64 aliceMessage = dataAt(messages, 1, MessagesModel::MessageIdRole).toLongLong();

        // The correction names the origin id of the user's message.
        alice->roomMessages()->correctLastMessage(room, QStringLiteral("Yes"));
        const QJsonObject correction = m_bob->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Yes")), TimeoutMs);
        QCOMPARE(correction.value(QStringLiteral("replaceId")).toString(), sent.value(QStringLiteral("id")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 1, MessagesModel::BodyRole).toString(), QStringLiteral("Yes"), TimeoutMs);
        QVERIFY(dataAt(messages, 1, MessagesModel::EditedRole).toBool());

        // Reactions and replies name the stanza id that the room gave the message.
        alice->roomMessages()->react(room, bobMessage, {QStringLiteral("🎉")});
        const QJsonObject reaction = m_bob->waitForEvent(QStringLiteral("message"), withField(QStringLiteral("reactionsId"), bobStanzaId), TimeoutMs);
        QCOMPARE(reaction.value(QStringLiteral("reactions")).toArray().first().toString(), QStringLiteral("🎉"));
        QTRY_VERIFY_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::ReactionsRole).toList().value(0).toMap().value(QStringLiteral("own")).toBool(), TimeoutMs);

        alice->roomMessages()->sendReply(room, QStringLiteral("Make it one"), bobMessage);
        const QJsonObject reply = m_bob->waitForEvent(QStringLiteral("message"), withField(QStringLiteral("replyId"), bobStanzaId), TimeoutMs);
        QVERIFY(!reply.isEmpty());
        QCOMPARE(reply.value(QStringLiteral("replyTo")).toString(), room + QStringLiteral("/bob"));
        QVERIFY(reply.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("Make it one")));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, TimeoutMs);
        QCOMPARE(dataAt(messages, 2, MessagesModel::BodyRole).toString(), QStringLiteral("Make it one"));
        QCOMPARE(dataAt(messages, 2, MessagesModel::ReplyToIdRole).toLongLong(), bobMessage);

        // Bob's reply to the user's message shows its quote.
        const QString aliceStanzaId = sent.value(QStringLiteral("stanzaId")).toString();
        QVERIFY(!aliceStanzaId.isEmpty());
        QVERIFY(m_bob->command(groupMessage(room, QStringLiteral("bob-reply"), QStringLiteral("&gt; Yes\nGreat"),
                                            QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='%1/alice' id='%2'/>"
                                                           "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='6'/></fallback>")
                                                .arg(room, aliceStanzaId))));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 4, TimeoutMs);
        QCOMPARE(dataAt(messages, 3, MessagesModel::ReplyToIdRole).toLongLong(), aliceMessage);
        QCOMPARE(dataAt(messages, 3, MessagesModel::BodyRole).toString(), QStringLiteral("Great"));

        // The retraction of the user's message names its stanza id.
        alice->roomMessages()->retractMessage(room, aliceMessage);
        const QJsonObject retraction = m_bob->waitForEvent(QStringLiteral("message"), withField(QStringLiteral("retractId"), aliceStanzaId), TimeoutMs);
        QVERIFY(!retraction.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dataAt(messages, 1, MessagesModel::RetractedRole).toBool(), TimeoutMs);

        // Only the user's own messages can be retracted.
        QSignalSpy failed(alice->roomMessages(), &RoomMessageService::actionFailed);
        alice->roomMessages()->retractMessage(room, bobMessage);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QVERIFY(!dataAt(messages, 0, MessagesModel::RetractedRole).toBool());
    }

    void moderatorRemovesMessage()
    {
        const QString room = roomJid(QStringLiteral("moderated"));
        QVERIFY(bobCreatesWithCarol(room));
        QString error = setAffiliation(*m_bob, room, AliceJid, QStringLiteral("owner"), TimeoutMs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Database database(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("moderation.sqlite")));
        database.open();
        auto alice = joinedAlice(room, &database);
        QVERIFY(alice);
        QTRY_VERIFY_WITH_TIMEOUT(alice->roomModeration()->canRetractMessages(room), TimeoutMs);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QAbstractItemModelTester tester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-spam"), QStringLiteral("Buy cheap watches"))));
        const QString stanzaId = m_carol->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Buy cheap watches")), TimeoutMs)
                                     .value(QStringLiteral("stanzaId"))
                                     .toString();
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, TimeoutMs);
        m_bob->clearEvents();

        alice->roomModeration()->retractMessage(room, dataAt(messages, 0, MessagesModel::MessageIdRole).toLongLong(), QStringLiteral("Spam"));
        const QJsonObject announced = m_bob->waitForEvent(QStringLiteral("message"), withField(QStringLiteral("moderatedId"), stanzaId), TimeoutMs);
        QVERIFY(!announced.isEmpty());
        QCOMPARE(announced.value(QStringLiteral("moderationReason")).toString(), QStringLiteral("Spam"));
        QTRY_VERIFY_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::ModeratedRole).toBool(), TimeoutMs);
        QVERIFY(dataAt(messages, 0, MessagesModel::RetractedRole).toBool());
        QCOMPARE(dataAt(messages, 0, MessagesModel::ModerationReasonRole).toString(), QStringLiteral("Spam"));
        QCOMPARE(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QString());

        // A forged announcement from an occupant removes nothing.
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-2"), QStringLiteral("Still here"))));
        const QString secondId = m_carol->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Still here")), TimeoutMs)
                                     .value(QStringLiteral("stanzaId"))
                                     .toString();
        QVERIFY(m_carol->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='carol-forged'>"
                                                          "<apply-to xmlns='urn:xmpp:fasten:0' id='%2'><moderated xmlns='urn:xmpp:message-moderate:0' by='%1/bob'>"
                                                          "<retract xmlns='urn:xmpp:message-retract:0'/></moderated></apply-to></message>")
                                               .arg(room, secondId))));
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-3"), QStringLiteral("Third"))));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, TimeoutMs);
        QVERIFY(!dataAt(messages, 1, MessagesModel::ModeratedRole).toBool());

        // After a rejoin the store keeps it removed; a new device reads the archive's tombstone.
        alice->rooms()->leave(room);
        alice.reset();
        alice = joinedAlice(room, &database);
        QVERIFY(alice);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 3, TimeoutMs);
        QVERIFY(dataAt(messages, 0, MessagesModel::ModeratedRole).toBool());

        Database fresh(QStringLiteral("sqlite:") + m_folder.filePath(QStringLiteral("moderation-fresh.sqlite")));
        fresh.open();
        alice.reset();
        alice = joinedAlice(room, &fresh);
        QVERIFY(alice);
        messages = alice->roomMessages()->openRoom(room);
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() >= 3, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::ModeratedRole).toBool(), TimeoutMs);
        QCOMPARE(dataAt(messages, 0, MessagesModel::ModerationReasonRole).toString(), QStringLiteral("Spam"));
        QCOMPARE(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QString());
        QCOMPARE(dataAt(messages, 1, MessagesModel::BodyRole).toString(), QStringLiteral("Still here"));
    }

    void nonModeratorRemovalRejected()
    {
        const QString room = roomJid(QStringLiteral("unmoderated"));
        QVERIFY(bobCreatesWithCarol(room));
        auto alice = joinedAlice(room, nullptr);
        QVERIFY(alice);
        MessagesModel *messages = alice->roomMessages()->openRoom(room);
        QVERIFY(messages);
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-fine"), QStringLiteral("Fine message"))));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), 1, TimeoutMs);
        QVERIFY(!alice->roomModeration()->canRetractMessages(room));

        QSignalSpy failed(alice->roomModeration(), &RoomModeration::removalFailed);
        QSignalSpy actionFailed(alice->roomModeration(), &RoomModeration::actionFailed);
        alice->roomModeration()->retractMessage(room, dataAt(messages, 0, MessagesModel::MessageIdRole).toLongLong(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, TimeoutMs);
        QCOMPARE(failed.first().at(2).value<RoomModeration::RemovalError>(), RoomModeration::RemovalError::NotModerator);
        QCOMPARE(actionFailed.count(), 1);
        QVERIFY(!actionFailed.first().at(1).toString().isEmpty());
        QVERIFY(!dataAt(messages, 0, MessagesModel::ModeratedRole).toBool());

        // Without a store, edits apply to the open model: Carol's correction and reaction.
        const QString stanzaId = m_carol->waitForEvent(QStringLiteral("message"), withBody(QStringLiteral("Fine message")), TimeoutMs)
                                     .value(QStringLiteral("stanzaId"))
                                     .toString();
        QVERIFY(m_carol->command(groupMessage(room, QStringLiteral("carol-fix"), QStringLiteral("Fine message, fixed"),
                                              QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='carol-fine'/>"))));
        QVERIFY(m_carol->command(rawStanza(QStringLiteral("<message xmlns='jabber:client' type='groupchat' to='%1' id='carol-react'>"
                                                          "<reactions xmlns='urn:xmpp:reactions:0' id='%2'><reaction>👀</reaction></reactions></message>")
                                               .arg(room, stanzaId))));
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::BodyRole).toString(), QStringLiteral("Fine message, fixed"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(dataAt(messages, 0, MessagesModel::ReactionsRole).toList().value(0).toMap().value(QStringLiteral("emoji")).toString(),
                                  QStringLiteral("👀"), TimeoutMs);
        QCOMPARE(messages->rowCount(), 1);
    }

private:
    // Bob creates the room as its owner and Carol joins it as a participant.
    bool bobCreatesWithCarol(const QString &room)
    {
        QString error = joinRoom(*m_bob, room, QStringLiteral("bob"), TimeoutMs);
        if (error.isEmpty()) {
            error = configureRoom(*m_bob, room, {}, TimeoutMs);
        }
        if (error.isEmpty()) {
            error = joinRoom(*m_carol, room, QStringLiteral("carol"), TimeoutMs);
        }
        if (!error.isEmpty()) {
            qWarning() << "setting up" << room << "failed:" << error;
        }
        m_bob->clearEvents();
        m_carol->clearEvents();
        return error.isEmpty();
    }

    // Signs Alice in with database (none when null), joins room as "alice" and waits for the catch-up from its archive.
    std::unique_ptr<Account> joinedAlice(const QString &room, Database *database)
    {
        auto alice = signedInAccount(m_server, AliceJid, chatTestPassword(QStringLiteral("alice")), QString(), database, TimeoutMs);
        if (!alice) {
            return nullptr;
        }
        QSignalSpy caughtUp(alice->roomMessages(), &RoomMessageService::catchUpFinished);
        alice->rooms()->join(room, QStringLiteral("alice"));
        if (!QTest::qWaitFor([&] { return stateOf(alice.get(), room) == QLatin1String("joined") && caughtUp.count() > 0; }, TimeoutMs)) {
            qWarning() << "alice did not join" << room << "or did not read its archive";
            return nullptr;
        }
        return alice;
    }

    TestXmppServer m_server;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<TestPeer> m_carol;
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(RoomEditsTest)
#include "RoomEditsTest.moc"
