#include "Account.h"
#include "ArchiveService.h"
#include "ChatService.h"
#include "ConversationsModel.h"
#include "MessagesModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");
const auto DaveJid = QStringLiteral("dave@localhost");
const auto ErinJid = QStringLiteral("erin@localhost");

// Messages and archive queries on the local Prosody take well under a second; the bound leaves room for a loaded machine.
constexpr int TimeoutMs = 20000;

QString passwordOf(const QString &user)
{
    return user + QStringLiteral("-secret");
}

QString roleText(const QAbstractItemModel *model, int row, int role)
{
    return model->data(model->index(row, 0), role).toString();
}

QStringList bodies(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result.append(roleText(model, row, MessagesModel::BodyRole));
    }
    return result;
}

QStringList bodiesStartingWith(const QStringList &all, const QString &prefix)
{
    QStringList result;
    for (const QString &body : all) {
        if (body.startsWith(prefix)) {
            result.append(body);
        }
    }
    return result;
}

QJsonObject messageCommand(const QString &to, const QString &body, const QString &messageId = QString())
{
    QJsonObject command{{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), to}, {QStringLiteral("body"), body}};
    if (!messageId.isEmpty()) {
        command.insert(QStringLiteral("messageId"), messageId);
    }
    return command;
}

// A chat message from a peer to Alice with the id and body, and extra elements after the body.
QJsonObject chatStanza(const QString &id, const QString &body, const QString &elements = QString())
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")},
            {QStringLiteral("xml"), QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'><body>%3</body>%4</message>")
                                        .arg(AliceJid, id, body.toHtmlEscaped(), elements)}};
}

QJsonObject correction(const QString &id, const QString &replacedId, const QString &body)
{
    return chatStanza(id, body, QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='%1'/>").arg(replacedId));
}

QJsonObject retraction(const QString &id, const QString &retractedId)
{
    return chatStanza(id, QStringLiteral("This person attempted to retract a previous message."),
                      QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='%1'/>"
                                     "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/><store xmlns='urn:xmpp:hints'/>")
                          .arg(retractedId));
}

QJsonObject reaction(const QString &id, const QString &messageId, const QString &emoji)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")},
            {QStringLiteral("xml"), QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'><reactions xmlns='urn:xmpp:reactions:0' id='%3'>"
                                                   "<reaction>%4</reaction></reactions><store xmlns='urn:xmpp:hints'/></message>")
                                        .arg(AliceJid, id, messageId, emoji)}};
}

// An IQ round trip to the server: once its response is in, the server has handled every
// stanza that the peer sent before it, so they are archived.
QJsonObject serverRoundTrip()
{
    return {{QStringLiteral("command"), QStringLiteral("iqSet")},
            {QStringLiteral("to"), QStringLiteral("localhost")},
            {QStringLiteral("xml"), QStringLiteral("<ping xmlns='urn:xmpp:ping'/>")}};
}

} // namespace

// The message archive (XEP-0313) through ArchiveService and ChatService against a real Prosody
// with mod_mam and slixmpp peers.
class ArchiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        const QString error = chatServerStarted(m_server, {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("erin")}, true);
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

    void catchUpShowsOfflineMessagesOnce()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("Before the catch-up"), QStringLiteral("before-1"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(serverRoundTrip()), qPrintable(bob.lastError()));

        // The first start fetches the archive's newest page and remembers its newest id.
        {
            auto alice = signedInAndCaughtUp();
            QVERIFY(alice);
            MessagesModel *conversation = alice->chats()->openConversation(BobJid);
            QTRY_COMPARE_WITH_TIMEOUT(bodiesStartingWith(bodies(conversation), QStringLiteral("Before the catch-up")).size(), 1, TimeoutMs);
        }

        // While the desk is offline, Bob writes 50 messages and the user's phone one.
        for (int number = 1; number <= 50; ++number) {
            QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("Offline %1").arg(number, 2, 10, QLatin1Char('0')), QStringLiteral("offline-%1").arg(number))),
                     qPrintable(bob.lastError()));
        }
        QVERIFY2(bob.command(serverRoundTrip()), qPrintable(bob.lastError()));
        {
            auto phone = signedIn(QStringLiteral("phone"), nullptr);
            QVERIFY(phone);
            phone->chats()->sendMessage(BobJid, QStringLiteral("Offline from the phone"));
            QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Offline from the phone")), TimeoutMs).isEmpty());
        }

        QStringList expected;
        for (int number = 1; number <= 50; ++number) {
            expected.append(QStringLiteral("Offline %1").arg(number, 2, 10, QLatin1Char('0')));
        }
        expected.append(QStringLiteral("Offline from the phone"));

        // Prosody delivers Bob's messages both as offline messages and from the archive.
        int rowsAfterCatchUp = 0;
        {
            auto alice = signedInAndCaughtUp();
            QVERIFY(alice);
            MessagesModel *conversation = alice->chats()->openConversation(BobJid);
            QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
            // The model starts with the newest page of the store, so the older rows are fetched first.
            QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);
            QCOMPARE(bodiesStartingWith(bodies(conversation), QStringLiteral("Offline")).size(), expected.size());
            QCOMPARE(bodiesStartingWith(bodies(conversation), QStringLiteral("Offline")), expected);
            const int phoneRow = int(bodies(conversation).indexOf(QStringLiteral("Offline from the phone")));
            QCOMPARE(roleText(conversation, phoneRow, MessagesModel::DirectionRole), QStringLiteral("out"));
            QCOMPARE(roleText(conversation, phoneRow, MessagesModel::StateRole), QStringLiteral("sent"));
            QCOMPARE(bodiesStartingWith(storedBodies(BobJid), QStringLiteral("Offline")), expected);
            rowsAfterCatchUp = conversation->rowCount();
            QCOMPARE(int(storedBodies(BobJid).size()), rowsAfterCatchUp);
        }

        // Another start finds nothing new and duplicates nothing.
        auto alice = signedInAndCaughtUp();
        QVERIFY(alice);
        QCOMPARE(m_lastCatchUpCount, 0);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);
        QCOMPARE(conversation->rowCount(), rowsAfterCatchUp);
        QCOMPARE(bodiesStartingWith(bodies(conversation), QStringLiteral("Offline")), expected);
        QCOMPARE(int(storedBodies(BobJid).size()), rowsAfterCatchUp);
    }

    void olderPagesFromArchive()
    {
        // Carol's 60 messages are older than Bob's 50 after them, so the first start's newest page
        // has none of Carol's, and her conversation starts empty in the store.
        {
            TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
            QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
            for (int number = 1; number <= 60; ++number) {
                QVERIFY2(carol.command(messageCommand(AliceJid, QStringLiteral("History %1").arg(number, 2, 10, QLatin1Char('0')))), qPrintable(carol.lastError()));
            }
            QVERIFY2(carol.command(serverRoundTrip()), qPrintable(carol.lastError()));
        }
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        for (int number = 1; number <= ArchiveService::PageSize; ++number) {
            QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("Filler %1").arg(number))), qPrintable(bob.lastError()));
        }
        QVERIFY2(bob.command(serverRoundTrip()), qPrintable(bob.lastError()));

        auto alice = signedInAndCaughtUp();
        QVERIFY(alice);
        QTRY_VERIFY_WITH_TIMEOUT(storedBodies(BobJid).size() >= ArchiveService::PageSize, TimeoutMs);
        QCOMPARE(storedBodies(CarolJid).size(), 0);

        MessagesModel *conversation = alice->chats()->openConversation(CarolJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester itself may fetch more; this loop fetches the rest.
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);

        QStringList expected;
        for (int number = 1; number <= 60; ++number) {
            expected.append(QStringLiteral("History %1").arg(number, 2, 10, QLatin1Char('0')));
        }
        QCOMPARE(bodies(conversation).join(QLatin1Char(',')), expected.join(QLatin1Char(',')));
        QCOMPARE(roleText(conversation, 0, MessagesModel::StateRole), QStringLiteral("displayed"));
        QCOMPARE(storedBodies(CarolJid), expected);
        QVERIFY(!conversation->canFetchMore({}));
        // History needs no notification and counts as read.
        QCOMPARE(alice->conversations()->unreadTotal(), 0);
    }

    void olderPageRetriedAfterReconnect()
    {
        // Carol's message is older than Bob's page of messages, so no first start's newest page has it.
        {
            TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
            QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
            QVERIFY2(carol.command(messageCommand(AliceJid, QStringLiteral("Before the server restart"))), qPrintable(carol.lastError()));
            QVERIFY2(carol.command(serverRoundTrip()), qPrintable(carol.lastError()));
        }
        {
            TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
            QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
            for (int number = 1; number <= ArchiveService::PageSize; ++number) {
                QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("Later filler %1").arg(number))), qPrintable(bob.lastError()));
            }
            QVERIFY2(bob.command(serverRoundTrip()), qPrintable(bob.lastError()));
        }

        // Offline, the archive cannot be reached, so the conversation has nothing older to offer.
        m_server.stop();
        Account alice;
        alice.setDatabase(m_database.get());
        alice.setConnectionSettings(testConnectionSettings(m_server));
        QSignalSpy caughtUp(alice.chats()->archive(), &ArchiveService::catchUpFinished);
        alice.signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        MessagesModel *conversation = alice.chats()->openConversation(CarolJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!conversation->isLoading(), TimeoutMs);
        QVERIFY(!conversation->canFetchMore({}));
        QCOMPARE(conversation->rowCount(), 0);

        // Once the account is back and has caught up, the page is requested again.
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() > 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);
        QVERIFY(bodies(conversation).contains(QStringLiteral("Before the server restart")));
        QVERIFY(storedBodies(CarolJid).contains(QStringLiteral("Before the server restart")));
    }

    void foreignStanzaIdDoesNotDedupe()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInAndCaughtUp();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("The real one"), QStringLiteral("real-1"))), qPrintable(bob.lastError()));
        QString realArchiveId;
        QTRY_VERIFY_WITH_TIMEOUT(!(realArchiveId = storedArchiveId(BobJid, QStringLiteral("The real one"))).isEmpty(), TimeoutMs);

        // Bob claims the real message's archive id, but in his own name.
        const QString copy = QStringLiteral("<message xmlns='jabber:client' to='alice@localhost' type='chat' id='copy-1'>"
                                            "<body>A copy with a foreign id</body>"
                                            "<stanza-id xmlns='urn:xmpp:sid:0' by='bob@localhost' id='%1'/></message>")
                                 .arg(realArchiveId);
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), copy}}), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(bodiesStartingWith(bodies(conversation), QStringLiteral("A copy with a foreign id")).size(), 1, TimeoutMs);
        QCOMPARE(bodiesStartingWith(bodies(conversation), QStringLiteral("The real one")).size(), 1);
        QCOMPARE(bodiesStartingWith(storedBodies(BobJid), QStringLiteral("A copy with a foreign id")).size(), 1);
        QVERIFY(storedArchiveId(BobJid, QStringLiteral("A copy with a foreign id")) != realArchiveId);
        QCOMPARE(storedArchiveId(BobJid, QStringLiteral("The real one")), realArchiveId);
    }

    void forgedArchiveResultIgnored()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedInAndCaughtUp(QStringLiteral("desk"));
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);

        // Only the user's own server may send results of the user's archive.
        const QString forged = QStringLiteral("<message xmlns='jabber:client' to='alice@localhost/desk'>"
                                              "<result xmlns='urn:xmpp:mam:2' queryid='guessed' id='forged-archive-1'>"
                                              "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2020-01-01T00:00:00Z'/>"
                                              "<message xmlns='jabber:client' from='bob@localhost/x' to='alice@localhost' type='chat' id='forged-mam-1'>"
                                              "<body>Forged archive entry</body></message></forwarded></result></message>");
        QVERIFY2(bob.command({{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), forged}}), qPrintable(bob.lastError()));
        // A normal message after it: once it shows, the server has delivered the forged one.
        QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("After the forged result"))), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(bodiesStartingWith(bodies(conversation), QStringLiteral("After the forged result")).size(), 1, TimeoutMs);
        QCOMPARE(bodiesStartingWith(bodies(conversation), QStringLiteral("Forged archive entry")).size(), 0);
        QCOMPARE(bodiesStartingWith(storedBodies(BobJid), QStringLiteral("Forged archive entry")).size(), 0);
        QCOMPARE(alice->state(), Account::State::Online);
    }

    void unknownPositionFallsBackToNewestPage()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(messageCommand(AliceJid, QStringLiteral("Newest after a lost position"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(serverRoundTrip()), qPrintable(bob.lastError()));
        MessageStore(m_database.get(), AliceJid).saveArchivePosition(QStringLiteral("no-such-archive-id"));

        // The server returns item-not-found for the unknown id, and the newest page follows.
        auto alice = signedInAndCaughtUp();
        QVERIFY(alice);

        QVERIFY(m_lastCatchUpCount > 0);
        QTRY_VERIFY_WITH_TIMEOUT(storedBodies(BobJid).contains(QStringLiteral("Newest after a lost position")), TimeoutMs);
        const QString position = storedPosition();
        QVERIFY(!position.isEmpty());
        QVERIFY(position != QLatin1String("no-such-archive-id"));
    }

    void catchUpAppliesEditsRepliesAndFiles()
    {
        // The desk stores its position. Then the phone is the user's only client online, so what
        // follows reaches the desk from the archive alone.
        {
            auto desk = signedInAndCaughtUp();
            QVERIFY(desk);
        }
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        MessagesModel *phoneConversation = phone->chats()->openConversation(DaveJid);
        TestPeer dave(m_server, QStringLiteral("dave"), passwordOf(QStringLiteral("dave")));
        QVERIFY2(dave.waitOnline(), qPrintable(dave.lastError()));

        const QString fileUrl = QStringLiteral("https://127.0.0.1:9/files/cat.png");
        const QString quote = QStringLiteral("> Corrected text\n");
        const QString replyElements = QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='%1' id='dave-1'/>"
                                                     "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='%2'/></fallback>")
                                          .arg(DaveJid)
                                          .arg(quote.size());
        const QList<QJsonObject> commands{
            chatStanza(QStringLiteral("dave-1"), QStringLiteral("Original text")),
            correction(QStringLiteral("dave-2"), QStringLiteral("dave-1"), QStringLiteral("Corrected text")),
            chatStanza(QStringLiteral("dave-3"), QStringLiteral("Retract me")),
            retraction(QStringLiteral("dave-4"), QStringLiteral("dave-3")),
            reaction(QStringLiteral("dave-5"), QStringLiteral("dave-1"), QStringLiteral("👍")),
            chatStanza(QStringLiteral("dave-6"), quote + QStringLiteral("A reply"), replyElements),
            chatStanza(QStringLiteral("dave-7"), fileUrl, QStringLiteral("<x xmlns='jabber:x:oob'><url>%1</url></x>").arg(fileUrl)),
            serverRoundTrip(),
        };
        for (const QJsonObject &command : commands) {
            QVERIFY2(dave.command(command), qPrintable(dave.lastError()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(phoneConversation->rowCount() >= 4, TimeoutMs);
        // The user corrects a reply sent from the phone, which the archive keeps as sent by the user.
        phone->chats()->sendMessage(DaveJid, QStringLiteral("Sent with a typo"));
        QVERIFY(!dave.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Sent with a typo")), TimeoutMs).isEmpty());
        phone->chats()->correctLastMessage(DaveJid, QStringLiteral("Sent without a typo"));
        QVERIFY(!dave.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Sent without a typo")), TimeoutMs).isEmpty());
        QVERIFY2(dave.command(serverRoundTrip()), qPrintable(dave.lastError()));

        auto desk = signedInAndCaughtUp();
        QVERIFY(desk);
        MessagesModel *conversation = desk->chats()->openConversation(DaveJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);
        const QStringList expected{QStringLiteral("Corrected text"), QString(), QStringLiteral("A reply"), fileUrl, QStringLiteral("Sent without a typo")};
        QTRY_COMPARE_WITH_TIMEOUT(bodies(conversation), expected, TimeoutMs);
        QVERIFY(conversation->data(conversation->index(0, 0), MessagesModel::EditedRole).toBool());
        QVERIFY(conversation->data(conversation->index(1, 0), MessagesModel::RetractedRole).toBool());
        const QVariantList reactions = conversation->data(conversation->index(0, 0), MessagesModel::ReactionsRole).toList();
        QCOMPARE(reactions.size(), 1);
        QCOMPARE(reactions.first().toMap().value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
        QCOMPARE(reactions.first().toMap().value(QStringLiteral("senders")).toStringList(), QStringList{DaveJid});
        QCOMPARE(conversation->data(conversation->index(2, 0), MessagesModel::ReplyToIdRole).toLongLong(),
                 conversation->data(conversation->index(0, 0), MessagesModel::MessageIdRole).toLongLong());
        QCOMPARE(roleText(conversation, 3, MessagesModel::AttachmentUrlRole), fileUrl);
        QCOMPARE(roleText(conversation, 3, MessagesModel::AttachmentTypeRole), QStringLiteral("image"));
        QCOMPARE(roleText(conversation, 4, MessagesModel::DirectionRole), QStringLiteral("out"));
        QVERIFY(conversation->data(conversation->index(4, 0), MessagesModel::EditedRole).toBool());
        QCOMPARE(storedBodies(DaveJid), expected);
    }

    void olderPageGetsEditsThatCameFirst()
    {
        // Erin's message, a page of fillers, then her correction and reaction to the message. The
        // phone takes them live, so the desk's first start reads them from the archive alone.
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        MessagesModel *phoneConversation = phone->chats()->openConversation(ErinJid);
        TestPeer erin(m_server, QStringLiteral("erin"), passwordOf(QStringLiteral("erin")));
        QVERIFY2(erin.waitOnline(), qPrintable(erin.lastError()));
        QVERIFY2(erin.command(chatStanza(QStringLiteral("erin-old"), QStringLiteral("Old text"))), qPrintable(erin.lastError()));
        const int fillers = ArchiveService::PageSize + 5;
        for (int number = 1; number <= fillers; ++number) {
            QVERIFY2(erin.command(messageCommand(AliceJid, QStringLiteral("Filler %1").arg(number, 2, 10, QLatin1Char('0')))), qPrintable(erin.lastError()));
        }
        QVERIFY2(erin.command(correction(QStringLiteral("erin-fix"), QStringLiteral("erin-old"), QStringLiteral("New text"))), qPrintable(erin.lastError()));
        QVERIFY2(erin.command(reaction(QStringLiteral("erin-like"), QStringLiteral("erin-old"), QStringLiteral("🎉"))), qPrintable(erin.lastError()));
        QVERIFY2(erin.command(serverRoundTrip()), qPrintable(erin.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(phoneConversation->rowCount(), fillers + 1, TimeoutMs);

        // The newest page contains the correction and the reaction, but not their message.
        auto desk = signedInAndCaughtUp();
        QVERIFY(desk);
        QVERIFY(!storedBodies(ErinJid).contains(QStringLiteral("Old text")));
        QVERIFY(!storedBodies(ErinJid).contains(QStringLiteral("New text")));

        MessagesModel *conversation = desk->chats()->openConversation(ErinJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(fetchedAll(conversation), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(roleText(conversation, 0, MessagesModel::BodyRole), QStringLiteral("New text"), TimeoutMs);
        QCOMPARE(conversation->rowCount(), fillers + 1);
        QVERIFY(conversation->data(conversation->index(0, 0), MessagesModel::EditedRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(conversation->data(conversation->index(0, 0), MessagesModel::ReactionsRole).toList().size(), 1, TimeoutMs);
        QCOMPARE(storedBodies(ErinJid).first(), QStringLiteral("New text"));
    }

private:
    static TestPeer::EventFilter messageWithBody(const QString &body)
    {
        return [body](const QJsonObject &event) {
            return event.value(QStringLiteral("body")).toString() == body;
        };
    }

    // Signs Alice in with the test's cache and waits for the end of the archive catch-up.
    std::unique_ptr<Account> signedInAndCaughtUp(const QString &resource = QString())
    {
        auto account = std::make_unique<Account>();
        account->setDatabase(m_database.get());
        ConnectionSettings settings = testConnectionSettings(m_server);
        settings.resource = resource;
        account->setConnectionSettings(settings);
        QSignalSpy caughtUp(account->chats()->archive(), &ArchiveService::catchUpFinished);
        account->signIn(AliceJid, passwordOf(QStringLiteral("alice")));
        if (!QTest::qWaitFor([&caughtUp] { return caughtUp.count() > 0; }, TimeoutMs)) {
            qWarning() << "alice's archive catch-up did not finish:" << account->errorCode();
            return nullptr;
        }
        m_lastCatchUpCount = caughtUp.first().at(0).toInt();
        return account;
    }

    // Signs Alice in on resource, with database as the cache, or none when it is null.
    std::unique_ptr<Account> signedIn(const QString &resource, Database *database)
    {
        return signedInAccount(m_server, AliceJid, passwordOf(QStringLiteral("alice")), resource, database, TimeoutMs);
    }

    QVector<ChatMessage> storedMessages(const QString &peer)
    {
        QVector<ChatMessage> result;
        bool done = false;
        MessageStore(m_database.get(), AliceJid).loadPage(peer, std::nullopt, 10000, this, [&result, &done](const QVector<ChatMessage> &messages) {
            result = messages;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
            qWarning() << "reading the stored messages with" << peer << "timed out";
        }
        return result;
    }

    QStringList storedBodies(const QString &peer)
    {
        QStringList result;
        const QVector<ChatMessage> messages = storedMessages(peer);
        for (const ChatMessage &message : messages) {
            result.append(message.body);
        }
        return result;
    }

    QString storedArchiveId(const QString &peer, const QString &body)
    {
        const QVector<ChatMessage> messages = storedMessages(peer);
        for (const ChatMessage &message : messages) {
            if (message.body == body) {
                return message.stanzaId;
            }
        }
        return {};
    }

    QString storedPosition()
    {
        QString result;
        bool done = false;
        MessageStore(m_database.get(), AliceJid).loadArchivePosition(this, [&result, &done](const QString &archiveId) {
            result = archiveId;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, TimeoutMs)) {
            qWarning() << "reading the archive position timed out";
        }
        return result;
    }

    // Requests the next older page while there is one; returns true once the model has all.
    static bool fetchedAll(MessagesModel *model)
    {
        if (model->canFetchMore({})) {
            model->fetchMore({});
        }
        return !model->canFetchMore({}) && !model->isLoading();
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
    int m_lastCatchUpCount = -1;
};

QTEST_GUILESS_MAIN(ArchiveTest)
#include "ArchiveTest.moc"
