#include "Account.h"
#include "ChatService.h"
#include "ContactPresences.h"
#include "ConversationsModel.h"
#include "MessagesModel.h"
#include "OutboxService.h"
#include "RosterService.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Messages and receipts on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

TestPeer::EventFilter messageWithBody(const QString &body)
{
    return [body](const QJsonObject &event) {
        return event.value(QStringLiteral("body")).toString() == body;
    };
}

QString roleText(const QAbstractItemModel *model, int row, int role)
{
    return model->data(model->index(row, 0), role).toString();
}

} // namespace

// 1:1 messages through ChatService against a real Prosody and a slixmpp peer that sends receipts.
class ChatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        const QString path = m_folder.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + path);
        m_database->open();
    }

    void cleanup()
    {
        m_database.reset();
    }

    void sentMessageDeliveredToPeer()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QVERIFY(conversation);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conversationsTester(alice->conversations(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        alice->chats()->sendMessage(QStringLiteral(" Bob@LOCALHOST "), QStringLiteral("Hello Bob <3 & welcome"));

        const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Hello Bob <3 & welcome")), TimeoutMs);
        QVERIFY(!received.isEmpty());
        QVERIFY(received.value(QStringLiteral("from")).toString().startsWith(AliceJid));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 1, TimeoutMs);
        QCOMPARE(roleText(conversation, 0, MessagesModel::DirectionRole), QStringLiteral("out"));
        QCOMPARE(roleText(conversation, 0, MessagesModel::OriginIdRole), received.value(QStringLiteral("id")).toString());
        // The peer's receipt (XEP-0184) marks the message delivered.
        QTRY_COMPARE_WITH_TIMEOUT(roleText(conversation, 0, MessagesModel::StateRole), QStringLiteral("delivered"), TimeoutMs);
        QCOMPARE(alice->conversations()->rowCount(), 1);
        QCOMPARE(roleText(alice->conversations(), 0, ConversationsModel::PeerRole), BobJid);
        QCOMPARE(alice->conversations()->unreadTotal(), 0);
    }

    void receivedMessageShownOnce()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        QSignalSpy received(alice->chats(), &ChatService::messageReceived);

        const QJsonObject message{{QStringLiteral("command"), QStringLiteral("message")},
                                  {QStringLiteral("to"), AliceJid},
                                  {QStringLiteral("body"), QStringLiteral("Lunch at noon?")},
                                  {QStringLiteral("messageId"), QStringLiteral("bob-lunch-1")}};
        QVERIFY2(bob.command(message), qPrintable(bob.lastError()));
        // The same message again, as after a resend: it must show once.
        QVERIFY2(bob.command(message), qPrintable(bob.lastError()));
        QJsonObject later = message;
        later.insert(QStringLiteral("body"), QStringLiteral("See you there"));
        later.insert(QStringLiteral("messageId"), QStringLiteral("bob-lunch-2"));
        QVERIFY2(bob.command(later), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, TimeoutMs);
        QCOMPARE(alice->conversations()->unreadTotal(), 2);
        QCOMPARE(roleText(alice->conversations(), 0, ConversationsModel::LastMessageRole), QStringLiteral("See you there"));

        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 2, TimeoutMs);
        QCOMPARE(roleText(conversation, 0, MessagesModel::BodyRole), QStringLiteral("Lunch at noon?"));
        QCOMPARE(roleText(conversation, 1, MessagesModel::StateRole), QStringLiteral("received"));

        alice->chats()->markConversationRead(BobJid);
        QCOMPARE(alice->conversations()->unreadTotal(), 0);
        QCOMPARE(roleText(conversation, 1, MessagesModel::StateRole), QStringLiteral("displayed"));
    }

    void historyShownAfterRestart()
    {
        {
            TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
            QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
            auto alice = signedIn();
            QVERIFY(alice);
            alice->chats()->sendMessage(BobJid, QStringLiteral("First"));
            QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("First")), TimeoutMs).isEmpty());
            QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), QStringLiteral("Second")}}),
                     qPrintable(bob.lastError()));
            QTRY_COMPARE_WITH_TIMEOUT(alice->conversations()->rowCount(), 1, TimeoutMs);
            QTRY_COMPARE_WITH_TIMEOUT(roleText(alice->conversations(), 0, ConversationsModel::LastMessageRole), QStringLiteral("Second"), TimeoutMs);
        }

        // A new start, offline: the conversation and its messages come from the store.
        m_server.stop();
        Account offline;
        offline.setDatabase(m_database.get());
        offline.setConnectionSettings(testConnectionSettings(m_server));
        offline.signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(offline.conversations()->rowCount(), 1, TimeoutMs);
        QCOMPARE(roleText(offline.conversations(), 0, ConversationsModel::LastMessageRole), QStringLiteral("Second"));
        MessagesModel *conversation = offline.chats()->openConversation(BobJid);
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 2, TimeoutMs);
        QCOMPARE(roleText(conversation, 0, MessagesModel::BodyRole), QStringLiteral("First"));
        QCOMPARE(roleText(conversation, 1, MessagesModel::BodyRole), QStringLiteral("Second"));
        offline.signOut();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void offlineMessageSentOnceOnReconnect()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        alice->signOut();

        alice->chats()->sendMessage(BobJid, QStringLiteral("Written offline"));
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        // Each test has its own cache, but the server may still deliver an earlier test's message:
        // Prosody stores stanzas that a closed stream had not acknowledged (XEP-0198) as offline messages.
        const auto writtenRow = [conversation] {
            for (int row = 0; row < conversation->rowCount(); ++row) {
                if (roleText(conversation, row, MessagesModel::BodyRole) == QLatin1String("Written offline")) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(writtenRow() >= 0, TimeoutMs);
        QCOMPARE(roleText(conversation, writtenRow(), MessagesModel::StateRole), QStringLiteral("pending"));
        QCOMPARE(alice->outbox()->pendingCount(), 1);

        alice->signIn(AliceJid, passwordOf(QStringLiteral("alice")));

        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Written offline")), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(roleText(conversation, writtenRow(), MessagesModel::StateRole), QStringLiteral("delivered"), TimeoutMs);
        QCOMPARE(alice->outbox()->pendingCount(), 0);
        // A second copy would be sent before any later message of the same stream, so once a later
        // message has arrived, every copy has too.
        alice->chats()->sendMessage(BobJid, QStringLiteral("Later message"));
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Later message")), TimeoutMs).isEmpty());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Written offline")), 0).isEmpty());
    }

    void messageToUnknownAccountFails()
    {
        auto alice = signedIn();
        QVERIFY(alice);
        const QString nobody = QStringLiteral("nobody@localhost");
        MessagesModel *conversation = alice->chats()->openConversation(nobody);
        QSignalSpy failures(alice->chats(), &ChatService::actionFailed);

        alice->chats()->sendMessage(nobody, QStringLiteral("Is anyone there?"));

        // The server returns an error for an account that does not exist.
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(failures.first().at(0).toString(), nobody);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(conversation, 0, MessagesModel::StateRole), QStringLiteral("failed"), TimeoutMs);
    }

    void carbonsShowOtherClientsMessages()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto desk = signedIn(QStringLiteral("desk"), m_database.get());
        QVERIFY(desk);
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        MessagesModel *conversation = desk->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The phone writes to Bob: the desk shows it as sent by the user (a sent carbon).
        phone->chats()->sendMessage(BobJid, QStringLiteral("From my phone"));
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("From my phone")), TimeoutMs).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 1, TimeoutMs);
        QCOMPARE(roleText(conversation, 0, MessagesModel::BodyRole), QStringLiteral("From my phone"));
        QCOMPARE(roleText(conversation, 0, MessagesModel::DirectionRole), QStringLiteral("out"));
        QCOMPARE(roleText(conversation, 0, MessagesModel::StateRole), QStringLiteral("sent"));

        // Bob writes to the phone alone: the desk gets a received carbon.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")},
                              {QStringLiteral("to"), QString(AliceJid + QStringLiteral("/phone"))},
                              {QStringLiteral("body"), QStringLiteral("Only to the phone")}}),
                 qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 2, TimeoutMs);
        QCOMPARE(roleText(conversation, 1, MessagesModel::BodyRole), QStringLiteral("Only to the phone"));
        QCOMPARE(roleText(conversation, 1, MessagesModel::DirectionRole), QStringLiteral("in"));
    }

    void forgedCarbonsDropped()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn(QStringLiteral("desk"), m_database.get());
        QVERIFY(alice);

        // Bob wraps messages as carbons, which only Alice's own server may send.
        for (const QString &kind : {QStringLiteral("received"), QStringLiteral("sent")}) {
            const QString forged = QStringLiteral("<message xmlns='jabber:client' to='alice@localhost/desk' type='chat'>"
                                                  "<%1 xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                                                  "<message xmlns='jabber:client' from='carol@localhost/x' to='carol@localhost' type='chat' id='forged-%1'>"
                                                  "<body>Forged</body></message></forwarded></%1></message>")
                                       .arg(kind);
            QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), forged}}), qPrintable(bob.lastError()));
        }
        // A normal message after them: once it shows, the server has delivered the forged ones.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), QStringLiteral("After the forgery")}}),
                 qPrintable(bob.lastError()));

        // The conversation with Bob may already show a message of an earlier test, which the server
        // delivers again, so the test waits for the newest message rather than for the row.
        QTRY_COMPARE_WITH_TIMEOUT(alice->conversations()->indexOf(BobJid), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(alice->conversations(), 0, ConversationsModel::LastMessageRole), QStringLiteral("After the forgery"), TimeoutMs);
        QCOMPARE(alice->conversations()->rowCount(), 1);
        QCOMPARE(alice->conversations()->indexOf(QStringLiteral("carol@localhost")), -1);
        QCOMPARE(alice->state(), Account::State::Online);
    }

    void invalidMessagesRejected()
    {
        auto alice = signedIn();
        QVERIFY(alice);
        QSignalSpy failures(alice->chats(), &ChatService::actionFailed);

        alice->chats()->sendMessage(QStringLiteral("not an address"), QStringLiteral("Hi"));
        alice->chats()->sendMessage(BobJid, QStringLiteral("   "));
        alice->chats()->sendMessage(BobJid, QString(ChatService::MaxBodyLength + 1, QLatin1Char('x')));

        QCOMPARE(failures.count(), 3);
        QCOMPARE(alice->outbox()->pendingCount(), 0);
        QVERIFY(!alice->chats()->openConversation(QStringLiteral("@@@")));
    }

    void hugeIncomingBodyCut()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);

        // 100,000 characters: over Salon's limit, but below Prosody's stanza size limit of 256 KiB.
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")},
                              {QStringLiteral("to"), AliceJid},
                              {QStringLiteral("body"), QString(100000, QLatin1Char('y'))}}),
                 qPrintable(bob.lastError()));

        // The server may also deliver an earlier test's message again, so the row is found by its text.
        const auto hugeRow = [conversation] {
            for (int row = 0; row < conversation->rowCount(); ++row) {
                if (roleText(conversation, row, MessagesModel::BodyRole).startsWith(QStringLiteral("yyyy"))) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hugeRow() >= 0, TimeoutMs);
        const QString body = roleText(conversation, hugeRow(), MessagesModel::BodyRole);
        QVERIFY(body.size() <= ChatService::MaxBodyLength + 4);
        QVERIFY(body.endsWith(QStringLiteral("[…]")));
        QCOMPARE(alice->state(), Account::State::Online);
    }

    void notesToSelfShownOnce()
    {
        auto desk = signedIn(QStringLiteral("desk"), m_database.get());
        QVERIFY(desk);
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        MessagesModel *deskNotes = desk->chats()->openConversation(AliceJid);
        QAbstractItemModelTester deskTester(deskNotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessagesModel *phoneNotes = phone->chats()->openConversation(AliceJid);
        QAbstractItemModelTester phoneTester(phoneNotes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The server delivers a message to the bare JID only to the clients whose presence it has.
        ContactPresences *presences = desk->roster()->presences();
        QTRY_VERIFY_WITH_TIMEOUT(presences->presences(AliceJid).contains(QStringLiteral("phone")), TimeoutMs);

        desk->chats()->sendMessage(AliceJid, QStringLiteral("Buy milk"));

        // The server delivers a note to every client of the account: the phone shows it as the user's own.
        QTRY_COMPARE_WITH_TIMEOUT(phoneNotes->rowCount(), 1, TimeoutMs);
        QCOMPARE(roleText(phoneNotes, 0, MessagesModel::BodyRole), QStringLiteral("Buy milk"));
        QCOMPARE(roleText(phoneNotes, 0, MessagesModel::DirectionRole), QStringLiteral("out"));
        QCOMPARE(roleText(phoneNotes, 0, MessagesModel::StateRole), QStringLiteral("sent"));

        // The phone writes its note after it had the desk's, so the desk's copy of its own note came first.
        phone->chats()->sendMessage(AliceJid, QStringLiteral("Call Bob"));
        QTRY_COMPARE_WITH_TIMEOUT(roleText(deskNotes, deskNotes->rowCount() - 1, MessagesModel::BodyRole), QStringLiteral("Call Bob"), TimeoutMs);
        QCOMPARE(deskNotes->rowCount(), 2);
        QCOMPARE(roleText(deskNotes, 0, MessagesModel::BodyRole), QStringLiteral("Buy milk"));
        QCOMPARE(roleText(deskNotes, 0, MessagesModel::DirectionRole), QStringLiteral("out"));
        QCOMPARE(roleText(deskNotes, 1, MessagesModel::DirectionRole), QStringLiteral("out"));
        QTRY_COMPARE_WITH_TIMEOUT(roleText(deskNotes, 0, MessagesModel::StateRole), QStringLiteral("sent"), TimeoutMs);
        ConversationsModel *conversations = desk->conversations();
        QCOMPARE(conversations->index(conversations->indexOf(AliceJid)).data(ConversationsModel::UnreadCountRole).toInt(), 0);
    }

    void conversationExportedAsTextAndJson()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        alice->chats()->sendMessage(BobJid, QStringLiteral("Line one\nLine two"));
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Line one\nLine two")), TimeoutMs).isEmpty());
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), QStringLiteral("Reply from Bob")}}),
                 qPrintable(bob.lastError()));
        ConversationsModel *conversations = alice->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(roleText(conversations, qMax(0, conversations->indexOf(BobJid)), ConversationsModel::LastMessageRole), QStringLiteral("Reply from Bob"), TimeoutMs);
        QSignalSpy exported(alice->chats(), &ChatService::conversationExported);

        alice->chats()->exportConversation(BobJid, QStringLiteral("json"));

        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, TimeoutMs);
        QCOMPARE(exported.at(0).at(0).toString(), BobJid);
        QVERIFY2(exported.at(0).at(1).toString().startsWith(QStringLiteral("bob@localhost-")), qPrintable(exported.at(0).at(1).toString()));
        QVERIFY2(exported.at(0).at(1).toString().endsWith(QStringLiteral(".json")), qPrintable(exported.at(0).at(1).toString()));
        const QJsonObject document = QJsonDocument::fromJson(exported.at(0).at(2).toString().toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("account")).toString(), AliceJid);
        QCOMPARE(document.value(QStringLiteral("peer")).toString(), BobJid);
        const QJsonArray messages = document.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), exported.at(0).at(3).toInt());
        // The server may deliver a message of an earlier test again, so the two messages are the newest ones.
        QVERIFY(messages.size() >= 2);
        const QJsonObject sent = messages.at(messages.size() - 2).toObject();
        const QJsonObject reply = messages.at(messages.size() - 1).toObject();
        QCOMPARE(sent.value(QStringLiteral("body")).toString(), QStringLiteral("Line one\nLine two"));
        QCOMPARE(sent.value(QStringLiteral("from")).toString(), AliceJid);
        QCOMPARE(sent.value(QStringLiteral("to")).toString(), BobJid);
        QCOMPARE(sent.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(reply.value(QStringLiteral("body")).toString(), QStringLiteral("Reply from Bob"));
        QCOMPARE(reply.value(QStringLiteral("from")).toString(), BobJid);

        alice->chats()->exportConversation(BobJid, QStringLiteral("text"));

        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, TimeoutMs);
        const QString text = exported.at(1).at(2).toString();
        QVERIFY2(text.contains(QStringLiteral(" alice@localhost: Line one\n  Line two\n[")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" bob@localhost: Reply from Bob\n")), qPrintable(text));
    }

    void exportRejectsUnknownFormat()
    {
        auto alice = signedIn();
        QVERIFY(alice);
        QSignalSpy failures(alice->chats(), &ChatService::actionFailed);
        QSignalSpy exported(alice->chats(), &ChatService::conversationExported);

        alice->chats()->exportConversation(BobJid, QStringLiteral("pdf"));
        alice->chats()->exportConversation(QStringLiteral("not a jid"), QStringLiteral("text"));

        QCOMPARE(failures.count(), 2);
        QCOMPARE(exported.count(), 0);
    }

private:
    // Signs Alice in with the test's cache on a random resource.
    std::unique_ptr<Account> signedIn()
    {
        return signedIn(QString(), m_database.get());
    }

    // Signs Alice in on resource, with database as the cache, or none when it is null.
    std::unique_ptr<Account> signedIn(const QString &resource, Database *database)
    {
        return signedInAccount(m_server, AliceJid, passwordOf(QStringLiteral("alice")), resource, database, TimeoutMs);
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(ChatTest)
#include "ChatTest.moc"
