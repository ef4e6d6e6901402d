#include "Account.h"
#include "ChatService.h"
#include "ChatStateService.h"
#include "ContactPresences.h"
#include "ConversationsModel.h"
#include "MessagesModel.h"
#include "RosterService.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");

// Messages and presences on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 10000;
// Short timeouts of the chat states, so that the tests need not wait 10 or 30 s.
constexpr int PauseTimeoutMs = 300;
constexpr int TypingTimeoutMs = 500;

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

TestPeer::EventFilter standaloneState(const QString &state)
{
    return [state](const QJsonObject &event) {
        return field(event, "chatState") == state && field(event, "body").isEmpty();
    };
}

// A message from the peer to Alice with the chat state state and, unless it is empty, a body.
QJsonObject chatState(const QString &state, const QString &body = QString())
{
    QString xml = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'>").arg(AliceJid);
    if (!body.isEmpty()) {
        xml += QStringLiteral("<body>%1</body>").arg(body);
    }
    xml += QStringLiteral("<%1 xmlns='http://jabber.org/protocol/chatstates'/></message>").arg(state);
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

QJsonObject textMessage(const QString &body)
{
    return {{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), AliceJid}, {QStringLiteral("body"), body}};
}

bool peerTypingRole(const ConversationsModel *model, const QString &peer)
{
    const int row = model->indexOf(peer);
    return row >= 0 && model->data(model->index(row), ConversationsModel::PeerTypingRole).toBool();
}

// The lines of the category salon.core.chats, which names every chat state sent, so that tests
// can check that none was sent.
QStringList &chatsLog()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler &previousMessageHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void recordChatsLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("salon.core.chats")) {
        chatsLog().append(message);
    }
    previousMessageHandler()(type, context, message);
}

int chatsLogCount(const QString &text)
{
    const QStringList &lines = chatsLog();
    return int(std::count_if(lines.cbegin(), lines.cend(), [&text](const QString &line) {
        return line.contains(text);
    }));
}

const auto ComposingSentToBob = QStringLiteral("sent the chat state composing to bob@localhost");

} // namespace

// Chat state notifications (XEP-0085) through ChatService against a real Prosody and a slixmpp peer.
class ChatStatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("salon.core.chats.debug=true"));
        previousMessageHandler() = qInstallMessageHandler(recordChatsLog);
        QVERIFY(m_folder.isValid());
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousMessageHandler());
    }

    void init()
    {
        chatsLog().clear();
        const QString path = m_folder.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_database = std::make_unique<Database>(QStringLiteral("sqlite:") + path);
        m_database->open();
    }

    void cleanup()
    {
        m_database.reset();
    }

    void typingReachesPeer()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        alice->chats()->chatStates()->setPauseTimeout(PauseTimeoutMs);

        // Every edit reports typing, but composing goes out once.
        for (int edit = 0; edit < 3; ++edit) {
            alice->chats()->setComposing(QStringLiteral(" Bob@localhost "), true);
        }
        const QJsonObject composing = bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), TimeoutMs);
        QVERIFY(!composing.isEmpty());
        QCOMPARE(field(composing, "to"), BobJid);
        QCOMPARE(field(composing, "type"), QStringLiteral("chat"));
        QVERIFY(composing.value(QStringLiteral("hints")).toArray().contains(QStringLiteral("no-store")));

        // No edit within the pause timeout: paused.
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("paused")), TimeoutMs).isEmpty());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), 0).isEmpty());
        QCOMPARE(chatsLogCount(ComposingSentToBob), 1);

        // Typing again, then sending: composing, then the message with active.
        alice->chats()->setComposing(BobJid, true);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), TimeoutMs).isEmpty());
        alice->chats()->sendMessage(BobJid, QStringLiteral("Typed it"));
        const QJsonObject message = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Typed it")), TimeoutMs);
        QVERIFY(!message.isEmpty());
        QCOMPARE(field(message, "chatState"), QStringLiteral("active"));

        // Closing the conversation: gone, and no paused from the stopped timer before it.
        alice->chats()->leaveConversation(BobJid);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("gone")), TimeoutMs).isEmpty());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("paused")), 0).isEmpty());
    }

    void emptiedDraftSendsActive()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);

        alice->chats()->setComposing(BobJid, true);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), TimeoutMs).isEmpty());
        alice->chats()->setComposing(BobJid, false);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("active")), TimeoutMs).isEmpty());
        // Emptying the draft again sends nothing, because active was the last state sent.
        alice->chats()->setComposing(BobJid, false);
        QCOMPARE(chatsLogCount(QStringLiteral("sent the chat state active to bob@localhost")), 1);
    }

    void peerWithoutChatStatesGetsNone()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);

        // A message with a body but without a chat state: Bob's client does not want them.
        QVERIFY2(bob.command(textMessage(QStringLiteral("No states here"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 1, TimeoutMs);

        alice->chats()->setComposing(BobJid, true);
        QCOMPARE(chatsLogCount(ComposingSentToBob), 0);
        alice->chats()->sendMessage(BobJid, QStringLiteral("Plain reply"));
        const QJsonObject reply = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Plain reply")), TimeoutMs);
        QVERIFY(!reply.isEmpty());
        QCOMPARE(field(reply, "chatState"), QString());
        QVERIFY(bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), 0).isEmpty());

        // Once Bob sends a chat state, Alice's go out again.
        QVERIFY2(bob.command(chatState(QStringLiteral("active"), QStringLiteral("Now with states"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 3, TimeoutMs);
        alice->chats()->setComposing(BobJid, true);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), TimeoutMs).isEmpty());
    }

    void offlinePeerGetsNoChatStates()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        ContactPresences *presences = alice->roster()->presences();
        QTRY_VERIFY_WITH_TIMEOUT(!presences->presences(BobJid).isEmpty(), TimeoutMs);

        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("unavailable")}}), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(presences->presences(BobJid).isEmpty(), TimeoutMs);
        alice->chats()->setComposing(BobJid, true);
        QCOMPARE(chatsLogCount(ComposingSentToBob), 0);

        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("presence")}}), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!presences->presences(BobJid).isEmpty(), TimeoutMs);
        alice->chats()->setComposing(BobJid, true);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), standaloneState(QStringLiteral("composing")), TimeoutMs).isEmpty());
        QCOMPARE(chatsLogCount(ComposingSentToBob), 1);
    }

    void peerTypingShownAndCleared()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conversationsTester(alice->conversations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy typingChanges(conversation, &MessagesModel::peerTypingChanged);

        // A standalone chat state shows, but creates no conversation row and no message.
        QVERIFY2(bob.command(chatState(QStringLiteral("composing"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isPeerTyping(), TimeoutMs);
        QCOMPARE(typingChanges.count(), 1);
        QCOMPARE(alice->conversations()->rowCount(), 0);
        QCOMPARE(conversation->rowCount(), 0);

        // The message that Bob was writing clears it.
        QVERIFY2(bob.command(chatState(QStringLiteral("active"), QStringLiteral("Here it is"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 1, TimeoutMs);
        QCOMPARE(conversation->isPeerTyping(), false);
        QCOMPARE(alice->conversations()->rowCount(), 1);
        QCOMPARE(peerTypingRole(alice->conversations(), BobJid), false);

        // The role follows too, and paused, gone and active clear it.
        for (const QString &clearing : {QStringLiteral("paused"), QStringLiteral("gone"), QStringLiteral("active")}) {
            QVERIFY2(bob.command(chatState(QStringLiteral("composing"))), qPrintable(bob.lastError()));
            QTRY_VERIFY_WITH_TIMEOUT(peerTypingRole(alice->conversations(), BobJid), TimeoutMs);
            QVERIFY(conversation->isPeerTyping());
            QVERIFY2(bob.command(chatState(clearing)), qPrintable(bob.lastError()));
            QTRY_VERIFY2_WITH_TIMEOUT(!conversation->isPeerTyping(), qPrintable(clearing), TimeoutMs);
            QCOMPARE(peerTypingRole(alice->conversations(), BobJid), false);
        }

        // A message with a body but without a chat state clears it as well.
        QVERIFY2(bob.command(chatState(QStringLiteral("composing"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isPeerTyping(), TimeoutMs);
        QVERIFY2(bob.command(textMessage(QStringLiteral("Plain message"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 2, TimeoutMs);
        QCOMPARE(conversation->isPeerTyping(), false);

        // Without news, composing expires.
        alice->chats()->chatStates()->setTypingTimeout(TypingTimeoutMs);
        QVERIFY2(bob.command(chatState(QStringLiteral("composing"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(conversation->isPeerTyping(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!conversation->isPeerTyping(), TimeoutMs);
        QCOMPARE(peerTypingRole(alice->conversations(), BobJid), false);
        QCOMPARE(alice->conversations()->rowCount(), 1);
    }

private:
    // Signs Alice in with the test's cache.
    std::unique_ptr<Account> signedIn()
    {
        return signedInAccount(m_server, AliceJid, passwordOf(QStringLiteral("alice")), QString(), m_database.get(), TimeoutMs);
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(ChatStatesTest)
#include "ChatStatesTest.moc"
