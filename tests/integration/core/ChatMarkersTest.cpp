#include "Account.h"
#include "ChatService.h"
#include "ConversationsModel.h"
#include "MessagesModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");

// Messages and markers on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QString field(const QJsonObject &event, const char *name)
{
    return event.value(QLatin1String(name)).toString();
}

TestPeer::EventFilter messageWithBody(const QString &body)
{
    return [body](const QJsonObject &event) {
        return field(event, "body") == body;
    };
}

TestPeer::EventFilter markerEvent(const QString &marker)
{
    return [marker](const QJsonObject &event) {
        return field(event, "marker") == marker;
    };
}

// A chat message from the peer that requests chat markers and a receipt.
QJsonObject markableMessage(const QString &id, const QString &body)
{
    const QString xml = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'><body>%3</body>"
                                       "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/></message>")
                            .arg(AliceJid, id, body);
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

// A chat marker (XEP-0333) from the peer for the message id.
QJsonObject marker(const QString &kind, const QString &id)
{
    const QString xml = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><%2 xmlns='urn:xmpp:chat-markers:0' id='%3'/></message>")
                            .arg(AliceJid, kind, id);
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

QJsonObject textMessage(const QString &to, const QString &body)
{
    return {{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), to}, {QStringLiteral("body"), body}};
}

QString roleText(const QAbstractItemModel *model, int row, int role)
{
    return model->data(model->index(row, 0), role).toString();
}

// Returns the row whose body is body, or -1.
int rowWithBody(const QAbstractItemModel *model, const QString &body)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (roleText(model, row, MessagesModel::BodyRole) == body) {
            return row;
        }
    }
    return -1;
}

QString stateOf(const QAbstractItemModel *model, const QString &body)
{
    const int row = rowWithBody(model, body);
    return row < 0 ? QString() : roleText(model, row, MessagesModel::StateRole);
}

} // namespace

// Chat markers (XEP-0333) through ChatService against a real Prosody and slixmpp peers.
class ChatMarkersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob"), QStringLiteral("carol")});
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

    void receiptAndReadMarkerReachPeer()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(markableMessage(QStringLiteral("bob-read-1"), QStringLiteral("First to read"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(markableMessage(QStringLiteral("bob-read-2"), QStringLiteral("Second to read"))), qPrintable(bob.lastError()));
        // The newest message requests no markers, so the marker refers to the one before it.
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Not markable"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("Not markable")) >= 0, TimeoutMs);
        QCOMPARE(alice->conversations()->unreadTotal(), 3);

        // The receipt (XEP-0184) that Salon sends for each message that requests one.
        const QJsonObject receipt = bob.waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
            return field(event, "receiptId") == QLatin1String("bob-read-2");
        }, TimeoutMs);
        QVERIFY(!receipt.isEmpty());

        alice->chats()->markConversationRead(BobJid);

        const QJsonObject displayed = bob.waitForEvent(QStringLiteral("message"), markerEvent(QStringLiteral("displayed")), TimeoutMs);
        QVERIFY(!displayed.isEmpty());
        QCOMPARE(field(displayed, "markerId"), QStringLiteral("bob-read-2"));
        QCOMPARE(field(displayed, "to"), BobJid);
        QVERIFY(field(displayed, "from").startsWith(AliceJid + QLatin1Char('/')));
        QCOMPARE(field(displayed, "type"), QStringLiteral("chat"));
        QCOMPARE(field(displayed, "body"), QString());
        QVERIFY(displayed.value(QStringLiteral("hints")).toArray().contains(QStringLiteral("store")));
        QCOMPARE(alice->conversations()->unreadTotal(), 0);
        QCOMPARE(stateOf(conversation, QStringLiteral("Second to read")), QStringLiteral("displayed"));

        // Read again with nothing new: no second marker. Alice's next message comes after any marker on the stream.
        alice->chats()->markConversationRead(BobJid);
        alice->chats()->sendMessage(BobJid, QStringLiteral("After reading"));
        const QJsonObject after = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("After reading")), TimeoutMs);
        QVERIFY(!after.isEmpty());
        QVERIFY(after.value(QStringLiteral("markable")).toBool());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), markerEvent(QStringLiteral("displayed")), 0).isEmpty());
    }

    void nothingToMarkSendsNoMarker()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Plain message"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(alice->conversations()->unreadTotal(), 1, TimeoutMs);

        alice->chats()->markConversationRead(BobJid);
        alice->chats()->markConversationRead(CarolJid);

        QCOMPARE(alice->conversations()->unreadTotal(), 0);
        alice->chats()->sendMessage(BobJid, QStringLiteral("Sentinel"));
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Sentinel")), TimeoutMs).isEmpty());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), markerEvent(QStringLiteral("displayed")), 0).isEmpty());
    }

    void peerDisplayedMarksMessagesRead()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QStringList ids;
        for (const QString &body : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}) {
            alice->chats()->sendMessage(BobJid, body);
            const QJsonObject received = bob.waitForEvent(QStringLiteral("message"), messageWithBody(body), TimeoutMs);
            QVERIFY(!received.isEmpty());
            QVERIFY(received.value(QStringLiteral("markable")).toBool());
            ids.append(field(received, "id"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(conversation, QStringLiteral("Three")), QStringLiteral("delivered"), TimeoutMs);

        // Bob has read up to the second message.
        QVERIFY2(bob.command(marker(QStringLiteral("displayed"), ids.at(1))), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(conversation, QStringLiteral("Two")), QStringLiteral("read"), TimeoutMs);
        QCOMPARE(stateOf(conversation, QStringLiteral("One")), QStringLiteral("read"));
        QCOMPARE(stateOf(conversation, QStringLiteral("Three")), QStringLiteral("delivered"));

        // A late receipt and a received marker for the first message must not move it back.
        const QString lateReceipt = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><received xmlns='urn:xmpp:receipts' id='%2'/></message>")
                                        .arg(AliceJid, ids.at(0));
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), lateReceipt}}), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(marker(QStringLiteral("received"), ids.at(0))), qPrintable(bob.lastError()));
        // Bob's next message arrives after both on the same stream.
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Late sentinel"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("Late sentinel")) >= 0, TimeoutMs);

        QCOMPARE(stateOf(conversation, QStringLiteral("One")), QStringLiteral("read"));
        QCOMPARE(stateOf(conversation, QStringLiteral("Two")), QStringLiteral("read"));
        QCOMPARE(stateOf(conversation, QStringLiteral("Three")), QStringLiteral("delivered"));

        // The store keeps the read state, for the next start.
        QCOMPARE(storedState(BobJid, QStringLiteral("One")), QStringLiteral("read"));
        QCOMPARE(storedState(BobJid, QStringLiteral("Two")), QStringLiteral("read"));
        QCOMPARE(storedState(BobJid, QStringLiteral("Three")), QStringLiteral("delivered"));
    }

    void foreignMarkersIgnored()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("message")},
                              {QStringLiteral("to"), AliceJid},
                              {QStringLiteral("body"), QStringLiteral("From Bob")},
                              {QStringLiteral("messageId"), QStringLiteral("bob-incoming-1")}}),
                 qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("From Bob")) >= 0, TimeoutMs);
        alice->chats()->sendMessage(BobJid, QStringLiteral("To Bob"));
        const QJsonObject sent = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("To Bob")), TimeoutMs);
        QVERIFY(!sent.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(conversation, QStringLiteral("To Bob")), QStringLiteral("delivered"), TimeoutMs);

        // Carol marks Alice's message to Bob. Bob marks an unknown id, his own message and no id at all.
        const QString carolMarker = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><displayed xmlns='urn:xmpp:chat-markers:0' id='%2'/></message>")
                                        .arg(AliceJid, field(sent, "id"));
        QVERIFY2(carol.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), carolMarker}}), qPrintable(carol.lastError()));
        QVERIFY2(carol.command(textMessage(AliceJid, QStringLiteral("Carol's sentinel"))), qPrintable(carol.lastError()));
        QVERIFY2(bob.command(marker(QStringLiteral("displayed"), QStringLiteral("no-such-message"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(marker(QStringLiteral("displayed"), QStringLiteral("bob-incoming-1"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(marker(QStringLiteral("displayed"), QString())), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Bob's sentinel"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("Bob's sentinel")) >= 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(alice->conversations()->indexOf(CarolJid) >= 0, TimeoutMs);

        QCOMPARE(stateOf(conversation, QStringLiteral("To Bob")), QStringLiteral("delivered"));
        QCOMPARE(stateOf(conversation, QStringLiteral("From Bob")), QStringLiteral("received"));
        QCOMPARE(alice->conversations()->rowCount(), 2);
        QCOMPARE(alice->state(), Account::State::Online);
        QCOMPARE(storedState(BobJid, QStringLiteral("To Bob")), QStringLiteral("delivered"));
        QCOMPARE(storedState(BobJid, QStringLiteral("From Bob")), QStringLiteral("received"));
    }

    void otherClientsMarkerMarksRead()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto desk = signedIn(QStringLiteral("desk"), m_database.get());
        QVERIFY(desk);
        // The phone keeps no store, so it marks what its open conversation shows.
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        // Bob's message to Alice's bare JID reaches only the resources whose presence the server has.
        QVERIFY(!bob.waitForEvent(QStringLiteral("presence"), [](const QJsonObject &event) {
                        return field(event, "from") == AliceJid + QStringLiteral("/phone");
                    }, TimeoutMs).isEmpty());
        MessagesModel *phoneConversation = phone->chats()->openConversation(BobJid);
        MessagesModel *deskConversation = desk->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(deskConversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(markableMessage(QStringLiteral("bob-both-1"), QStringLiteral("For both clients"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(desk->conversations()->unreadTotal(), 1, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(phoneConversation, QStringLiteral("For both clients")) >= 0, TimeoutMs);

        phone->chats()->markConversationRead(BobJid);

        const QJsonObject displayed = bob.waitForEvent(QStringLiteral("message"), markerEvent(QStringLiteral("displayed")), TimeoutMs);
        QCOMPARE(field(displayed, "markerId"), QStringLiteral("bob-both-1"));
        // The desk receives the phone's marker as a sent carbon.
        QTRY_COMPARE_WITH_TIMEOUT(desk->conversations()->unreadTotal(), 0, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(deskConversation, QStringLiteral("For both clients")), QStringLiteral("displayed"), TimeoutMs);
        QCOMPARE(storedState(BobJid, QStringLiteral("For both clients")), QStringLiteral("displayed"));

        // The desk sends no marker of its own for a message that the phone has marked.
        desk->chats()->markConversationRead(BobJid);
        desk->chats()->sendMessage(BobJid, QStringLiteral("Desk sentinel"));
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Desk sentinel")), TimeoutMs).isEmpty());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), markerEvent(QStringLiteral("displayed")), 0).isEmpty());
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

    // Returns the state code of Alice's stored message with peer whose body is body, or an empty
    // string. The store's queue runs in order, so the state includes every change queued before.
    QString storedState(const QString &peer, const QString &body)
    {
        MessageStore store(m_database.get(), AliceJid);
        QVector<ChatMessage> result;
        bool done = false;
        store.loadPage(peer, std::nullopt, 100, this, [&result, &done](const QVector<ChatMessage> &messages) {
            result = messages;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
            qWarning() << "reading the stored messages timed out";
        }
        for (const ChatMessage &message : qAsConst(result)) {
            if (message.body == body) {
                return ChatMessage::stateCode(message.state);
            }
        }
        return QString();
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(ChatMarkersTest)
#include "ChatMarkersTest.moc"
