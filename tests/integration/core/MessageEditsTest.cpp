#include "Account.h"
#include "ChatService.h"
#include "ConversationsModel.h"
#include "MessageEditService.h"
#include "MessagesModel.h"
#include "TestConnection.h"
#include "TestPeer.h"
#include "TestXmppServer.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const auto AliceJid = QStringLiteral("alice@localhost");
const auto BobJid = QStringLiteral("bob@localhost");
const auto CarolJid = QStringLiteral("carol@localhost");

// Messages on the local Prosody take well under a second; the bound leaves room for a loaded machine.
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

TestPeer::EventFilter messageWithField(const char *name, const QString &value)
{
    return [name, value](const QJsonObject &event) {
        return field(event, name) == value;
    };
}

QJsonObject rawStanza(const QString &xml)
{
    return {{QStringLiteral("command"), QStringLiteral("stanza")}, {QStringLiteral("xml"), xml}};
}

// A chat message to Alice with the id and body, and extra elements after the body.
QJsonObject chatStanza(const QString &id, const QString &body, const QString &elements = QString())
{
    return rawStanza(QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'><body>%3</body>%4</message>")
                         .arg(AliceJid, id, body.toHtmlEscaped(), elements));
}

QJsonObject correction(const QString &id, const QString &replacedId, const QString &body)
{
    return chatStanza(id, body, QStringLiteral("<replace xmlns='urn:xmpp:message-correct:0' id='%1'/>").arg(replacedId));
}

QJsonObject retraction(const QString &id, const QString &retractedId)
{
    return chatStanza(id, QStringLiteral("This person attempted to retract a previous message."),
                      QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1' id='%1'/>"
                                     "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>"
                                     "<store xmlns='urn:xmpp:hints'/>")
                          .arg(retractedId));
}

QJsonObject reactions(const QString &id, const QString &messageId, const QStringList &emojis)
{
    QString children;
    for (const QString &emoji : emojis) {
        children += QStringLiteral("<reaction>%1</reaction>").arg(emoji);
    }
    return rawStanza(QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'>"
                                    "<reactions xmlns='urn:xmpp:reactions:0' id='%3'>%4</reactions><store xmlns='urn:xmpp:hints'/></message>")
                         .arg(AliceJid, id, messageId, children));
}

QJsonObject textMessage(const QString &to, const QString &body, const QString &messageId = QString())
{
    QJsonObject command{{QStringLiteral("command"), QStringLiteral("message")}, {QStringLiteral("to"), to}, {QStringLiteral("body"), body}};
    if (!messageId.isEmpty()) {
        command.insert(QStringLiteral("messageId"), messageId);
    }
    return command;
}

QVariant roleValue(const QAbstractItemModel *model, int row, int role)
{
    return model->data(model->index(row, 0), role);
}

// Returns the row whose origin id is originId, or -1.
int rowWithOriginId(const QAbstractItemModel *model, const QString &originId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (roleValue(model, row, MessagesModel::OriginIdRole).toString() == originId) {
            return row;
        }
    }
    return -1;
}

int rowWithBody(const QAbstractItemModel *model, const QString &body)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (roleValue(model, row, MessagesModel::BodyRole).toString() == body) {
            return row;
        }
    }
    return -1;
}

QVariant roleOfOrigin(const QAbstractItemModel *model, const QString &originId, int role)
{
    const int row = rowWithOriginId(model, originId);
    return row < 0 ? QVariant() : roleValue(model, row, role);
}

// The reactions role of the message originId as "emoji:count:own" entries, in order.
QStringList reactionSummary(const QAbstractItemModel *model, const QString &originId)
{
    QStringList summary;
    const QVariantList reactions = roleOfOrigin(model, originId, MessagesModel::ReactionsRole).toList();
    for (const QVariant &reaction : reactions) {
        const QVariantMap map = reaction.toMap();
        summary.append(QStringLiteral("%1:%2:%3")
                           .arg(map.value(QStringLiteral("emoji")).toString())
                           .arg(map.value(QStringLiteral("count")).toInt())
                           .arg(map.value(QStringLiteral("own")).toBool() ? QStringLiteral("own") : QStringLiteral("other")));
    }
    return summary;
}

} // namespace

// Corrections, retractions, replies and reactions of ChatService against a real Prosody and slixmpp peers.
class MessageEditsTest : public QObject
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

    void peerCorrectionReplacesBody()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Meet at five"), QStringLiteral("bob-typo-1"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-typo-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-typo-1"), MessagesModel::EditedRole).toBool(), false);

        QVERIFY2(bob.command(correction(QStringLiteral("bob-fix-1"), QStringLiteral("bob-typo-1"), QStringLiteral("Meet at six"))), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(conversation, QStringLiteral("bob-typo-1"), MessagesModel::BodyRole).toString(), QStringLiteral("Meet at six"),
                                  TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-typo-1"), MessagesModel::EditedRole).toBool(), true);
        // The correction is no message of its own.
        QCOMPARE(conversation->rowCount(), 1);
        QCOMPARE(roleValue(alice->conversations(), alice->conversations()->indexOf(BobJid), ConversationsModel::LastMessageRole).toString(),
                 QStringLiteral("Meet at six"));
        const std::optional<ChatMessage> stored = storedMessage(BobJid, QStringLiteral("bob-typo-1"));
        QVERIFY(stored);
        QCOMPARE(stored->body, QStringLiteral("Meet at six"));
        QVERIFY(stored->edited);

        // The store keeps the correction for the next start.
        auto again = signedIn();
        QVERIFY(again);
        MessagesModel *reloaded = again->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(reloaded, QStringLiteral("bob-typo-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(reloaded, QStringLiteral("bob-typo-1"), MessagesModel::BodyRole).toString(), QStringLiteral("Meet at six"));
        QCOMPARE(roleOfOrigin(reloaded, QStringLiteral("bob-typo-1"), MessagesModel::EditedRole).toBool(), true);
    }

    void foreignCorrectionsIgnored()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        TestPeer carol(m_server, QStringLiteral("carol"), passwordOf(QStringLiteral("carol")));
        QVERIFY2(carol.waitOnline(), qPrintable(carol.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Bob's own words"), QStringLiteral("bob-own-1"))), qPrintable(bob.lastError()));
        alice->chats()->sendMessage(BobJid, QStringLiteral("Alice's own words"));
        const QJsonObject sent = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Alice's own words")), TimeoutMs);
        QVERIFY(!sent.isEmpty());
        const QString aliceId = field(sent, "id");
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-own-1")) >= 0, TimeoutMs);

        // Bob corrects and retracts Alice's message; Carol corrects and retracts Bob's.
        QVERIFY2(bob.command(correction(QStringLiteral("bob-forge-1"), aliceId, QStringLiteral("Forged by Bob"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(retraction(QStringLiteral("bob-forge-2"), aliceId)), qPrintable(bob.lastError()));
        QVERIFY2(carol.command(correction(QStringLiteral("carol-forge-1"), QStringLiteral("bob-own-1"), QStringLiteral("Forged by Carol"))),
                 qPrintable(carol.lastError()));
        QVERIFY2(carol.command(retraction(QStringLiteral("carol-forge-2"), QStringLiteral("bob-own-1"))), qPrintable(carol.lastError()));
        // A correction of a message that does not exist.
        QVERIFY2(bob.command(correction(QStringLiteral("bob-forge-3"), QStringLiteral("no-such-message"), QStringLiteral("Nothing"))), qPrintable(bob.lastError()));
        QVERIFY2(carol.command(textMessage(AliceJid, QStringLiteral("Carol's sentinel"))), qPrintable(carol.lastError()));
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Bob's sentinel"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("Bob's sentinel")) >= 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(alice->conversations()->indexOf(CarolJid) >= 0, TimeoutMs);

        QCOMPARE(roleOfOrigin(conversation, aliceId, MessagesModel::BodyRole).toString(), QStringLiteral("Alice's own words"));
        QCOMPARE(roleOfOrigin(conversation, aliceId, MessagesModel::EditedRole).toBool(), false);
        QCOMPARE(roleOfOrigin(conversation, aliceId, MessagesModel::RetractedRole).toBool(), false);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-own-1"), MessagesModel::BodyRole).toString(), QStringLiteral("Bob's own words"));
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-own-1"), MessagesModel::RetractedRole).toBool(), false);
        QCOMPARE(conversation->rowCount(), 3);
        const std::optional<ChatMessage> stored = storedMessage(BobJid, QStringLiteral("bob-own-1"));
        QVERIFY(stored);
        QCOMPARE(stored->body, QStringLiteral("Bob's own words"));
        QVERIFY(!stored->edited);
        QVERIFY(!stored->retracted);
        QCOMPARE(alice->state(), Account::State::Online);
    }

    void peerRetractionClearsMessage()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Regrettable remark"), QStringLiteral("bob-oops-1"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Older style oversight"), QStringLiteral("bob-oops-2"))), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(conversation->rowCount(), 2, TimeoutMs);
        QCOMPARE(searchCount(QStringLiteral("regrettable")), 1);

        QVERIFY2(bob.command(retraction(QStringLiteral("bob-retract-1"), QStringLiteral("bob-oops-1"))), qPrintable(bob.lastError()));
        // The form that Prosody-era clients sent (XEP-0424 before version 0.4).
        const QString oldForm = QStringLiteral("<apply-to xmlns='urn:xmpp:fasten:0' id='bob-oops-2'><retract xmlns='urn:xmpp:message-retract:0'/></apply-to>"
                                               "<fallback xmlns='urn:xmpp:fallback:0'/>");
        QVERIFY2(bob.command(chatStanza(QStringLiteral("bob-retract-2"), QStringLiteral("Retracted (old client)"), oldForm)), qPrintable(bob.lastError()));

        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(conversation, QStringLiteral("bob-oops-1"), MessagesModel::RetractedRole).toBool(), true, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-oops-1"), MessagesModel::BodyRole).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(conversation, QStringLiteral("bob-oops-2"), MessagesModel::RetractedRole).toBool(), true, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-oops-2"), MessagesModel::BodyRole).toString(), QString());
        // The fallback bodies are no messages of their own.
        QCOMPARE(conversation->rowCount(), 2);

        const std::optional<ChatMessage> stored = storedMessage(BobJid, QStringLiteral("bob-oops-1"));
        QVERIFY(stored);
        QVERIFY(stored->retracted);
        QCOMPARE(stored->body, QString());
        QCOMPARE(searchCount(QStringLiteral("regrettable")), 0);
        QCOMPARE(searchCount(QStringLiteral("oversight")), 0);

        // A correction of a retracted message changes nothing.
        QVERIFY2(bob.command(correction(QStringLiteral("bob-revive-1"), QStringLiteral("bob-oops-1"), QStringLiteral("Back again"))), qPrintable(bob.lastError()));
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Retraction sentinel"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(conversation, QStringLiteral("Retraction sentinel")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-oops-1"), MessagesModel::BodyRole).toString(), QString());
    }

    void peerReplyShowsReference()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString question = QStringLiteral("Pizza 🍕 at noon?");
        alice->chats()->sendMessage(BobJid, question);
        const QJsonObject sent = bob.waitForEvent(QStringLiteral("message"), messageWithBody(question), TimeoutMs);
        QVERIFY(!sent.isEmpty());
        const QString questionId = field(sent, "id");
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, questionId) >= 0, TimeoutMs);

        // The quote's range counts code points (XEP-0426): the pizza is one, though two UTF-16 code units.
        const QString quote = QStringLiteral("> ") + question + QLatin1Char('\n');
        const int quoteEnd = int(quote.toUcs4().size());
        const QString elements = QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='%1' id='%2'/>"
                                                "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='%3'/></fallback>")
                                     .arg(AliceJid, questionId)
                                     .arg(quoteEnd);
        QVERIFY2(bob.command(chatStanza(QStringLiteral("bob-reply-1"), quote + QStringLiteral("Yes, see you there"), elements)), qPrintable(bob.lastError()));

        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-reply-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-1"), MessagesModel::BodyRole).toString(), QStringLiteral("Yes, see you there"));
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-1"), MessagesModel::ReplyToIdRole).toLongLong(),
                 roleOfOrigin(conversation, questionId, MessagesModel::MessageIdRole).toLongLong());
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-1"), MessagesModel::ReplyPreviewRole).toString(), question);

        // A reply to an unknown message keeps its text without a reference; an invalid range strips nothing.
        const QString unknown = QStringLiteral("<reply xmlns='urn:xmpp:reply:0' to='%1' id='never-sent'/>"
                                               "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='999'/></fallback>")
                                    .arg(BobJid);
        QVERIFY2(bob.command(chatStanza(QStringLiteral("bob-reply-2"), QStringLiteral("> Lost\nAbout that"), unknown)), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-reply-2")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-2"), MessagesModel::BodyRole).toString(), QStringLiteral("> Lost\nAbout that"));
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-2"), MessagesModel::ReplyToIdRole).toLongLong(), 0);

        // A fallback range without a reply reference hides nothing.
        const QString rangeOnly = QStringLiteral("<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='6'/></fallback>");
        QVERIFY2(bob.command(chatStanza(QStringLiteral("bob-reply-3"), QStringLiteral("> Not\nA reply"), rangeOnly)), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-reply-3")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-reply-3"), MessagesModel::BodyRole).toString(), QStringLiteral("> Not\nA reply"));

        // After a restart the store shows the same reference.
        auto again = signedIn();
        QVERIFY(again);
        MessagesModel *reloaded = again->chats()->openConversation(BobJid);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(reloaded, QStringLiteral("bob-reply-1")) >= 0, TimeoutMs);
        QCOMPARE(roleOfOrigin(reloaded, QStringLiteral("bob-reply-1"), MessagesModel::ReplyPreviewRole).toString(), question);
        QCOMPARE(roleOfOrigin(reloaded, QStringLiteral("bob-reply-1"), MessagesModel::ReplyToIdRole).toLongLong(),
                 roleOfOrigin(reloaded, questionId, MessagesModel::MessageIdRole).toLongLong());
    }

    void reactionsShowPerSender()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("React to me"), QStringLiteral("bob-react-1"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-react-1")) >= 0, TimeoutMs);

        QVERIFY2(bob.command(reactions(QStringLiteral("bob-r-1"), QStringLiteral("bob-react-1"), {QStringLiteral("👍"), QStringLiteral("❤️")})),
                 qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(conversation, QStringLiteral("bob-react-1")),
                                  QStringList({QStringLiteral("👍:1:other"), QStringLiteral("❤️:1:other")}), TimeoutMs);
        // The reactions are no message of their own.
        QCOMPARE(conversation->rowCount(), 1);

        // A new set replaces Bob's earlier one.
        QVERIFY2(bob.command(reactions(QStringLiteral("bob-r-2"), QStringLiteral("bob-react-1"), {QStringLiteral("👍")})), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(conversation, QStringLiteral("bob-react-1")), QStringList({QStringLiteral("👍:1:other")}), TimeoutMs);

        // Alice's reaction reaches Bob with the full set.
        const qint64 messageId = roleOfOrigin(conversation, QStringLiteral("bob-react-1"), MessagesModel::MessageIdRole).toLongLong();
        alice->chats()->react(BobJid, messageId, {QStringLiteral("👍"), QStringLiteral("🎉")});
        const QJsonObject reacted = bob.waitForEvent(QStringLiteral("message"), messageWithField("reactionsId", QStringLiteral("bob-react-1")), TimeoutMs);
        QVERIFY(!reacted.isEmpty());
        QCOMPARE(reacted.value(QStringLiteral("reactions")).toArray(), QJsonArray({QStringLiteral("👍"), QStringLiteral("🎉")}));
        QCOMPARE(field(reacted, "body"), QString());
        QVERIFY(reacted.value(QStringLiteral("hints")).toArray().contains(QStringLiteral("store")));
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(conversation, QStringLiteral("bob-react-1")),
                                  QStringList({QStringLiteral("👍:2:own"), QStringLiteral("🎉:1:own")}), TimeoutMs);

        // An empty set removes Alice's reactions.
        alice->chats()->react(BobJid, messageId, {});
        const QJsonObject removed = bob.waitForEvent(QStringLiteral("message"), [](const QJsonObject &event) {
            return event.value(QStringLiteral("hasReactions")).toBool() && event.value(QStringLiteral("reactions")).toArray().isEmpty();
        }, TimeoutMs);
        QVERIFY(!removed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(conversation, QStringLiteral("bob-react-1")), QStringList({QStringLiteral("👍:1:other")}), TimeoutMs);

        // More than the limit of emojis, and one oversized reaction, are cut.
        QStringList many;
        for (int i = 0; i < MessageEditService::MaxReactionsPerSender + 5; ++i) {
            many.append(QStringLiteral("r%1").arg(i));
        }
        many.prepend(QString(MessageEditService::MaxReactionBytes + 1, QLatin1Char('x')));
        QVERIFY2(bob.command(reactions(QStringLiteral("bob-r-3"), QStringLiteral("bob-react-1"), many)), qPrintable(bob.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(conversation, QStringLiteral("bob-react-1")).size(), MessageEditService::MaxReactionsPerSender, TimeoutMs);
        QCOMPARE(reactionSummary(conversation, QStringLiteral("bob-react-1")).constFirst(), QStringLiteral("r0:1:other"));

        // The store keeps the reactions.
        const std::optional<ChatMessage> stored = storedMessage(BobJid, QStringLiteral("bob-react-1"));
        QVERIFY(stored);
        QCOMPARE(stored->reactions.value(BobJid).size(), MessageEditService::MaxReactionsPerSender);
        QVERIFY(!stored->reactions.contains(AliceJid));
    }

    void ownEditsReachPeer()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto alice = signedIn();
        QVERIFY(alice);
        MessagesModel *conversation = alice->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(alice->chats(), &ChatService::actionFailed);

        // Correction of the newest message only.
        alice->chats()->sendMessage(BobJid, QStringLiteral("First idea"));
        alice->chats()->sendMessage(BobJid, QStringLiteral("Second idea"));
        const QJsonObject second = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Second idea")), TimeoutMs);
        QVERIFY(!second.isEmpty());
        const QString secondId = field(second, "id");
        alice->chats()->correctLastMessage(BobJid, QStringLiteral("Second, better idea"));
        const QJsonObject corrected = bob.waitForEvent(QStringLiteral("message"), messageWithField("replaceId", secondId), TimeoutMs);
        QVERIFY(!corrected.isEmpty());
        QCOMPARE(field(corrected, "body"), QStringLiteral("Second, better idea"));
        QVERIFY(field(corrected, "id") != secondId);
        QCOMPARE(field(corrected, "type"), QStringLiteral("chat"));
        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(conversation, secondId, MessagesModel::BodyRole).toString(), QStringLiteral("Second, better idea"), TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, secondId, MessagesModel::EditedRole).toBool(), true);
        QCOMPARE(roleValue(conversation, rowWithBody(conversation, QStringLiteral("First idea")), MessagesModel::EditedRole).toBool(), false);

        // Retraction of an own message, with a fallback body for other clients.
        const qint64 secondRow = roleOfOrigin(conversation, secondId, MessagesModel::MessageIdRole).toLongLong();
        alice->chats()->retractMessage(BobJid, secondRow);
        const QJsonObject retracted = bob.waitForEvent(QStringLiteral("message"), messageWithField("retractId", secondId), TimeoutMs);
        QVERIFY(!retracted.isEmpty());
        QVERIFY(!field(retracted, "body").isEmpty());
        QVERIFY(retracted.value(QStringLiteral("hints")).toArray().contains(QStringLiteral("store")));
        const QJsonArray retractFallbacks = retracted.value(QStringLiteral("fallbacks")).toArray();
        QCOMPARE(retractFallbacks.size(), 1);
        QCOMPARE(retractFallbacks.at(0).toObject().value(QStringLiteral("for")).toString(), QStringLiteral("urn:xmpp:message-retract:1"));
        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(conversation, secondId, MessagesModel::RetractedRole).toBool(), true, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, secondId, MessagesModel::BodyRole).toString(), QString());

        // Bob's message cannot be retracted by Alice.
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Bob's question"), QStringLiteral("bob-question-1"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(conversation, QStringLiteral("bob-question-1")) >= 0, TimeoutMs);
        const qint64 questionRow = roleOfOrigin(conversation, QStringLiteral("bob-question-1"), MessagesModel::MessageIdRole).toLongLong();
        alice->chats()->retractMessage(BobJid, questionRow);
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, TimeoutMs);
        QCOMPARE(roleOfOrigin(conversation, QStringLiteral("bob-question-1"), MessagesModel::RetractedRole).toBool(), false);

        // A reply to Bob's message, with the quote marked as fallback.
        alice->chats()->sendReply(BobJid, QStringLiteral("Here is my answer"), questionRow);
        const QJsonObject reply = bob.waitForEvent(QStringLiteral("message"), messageWithField("replyId", QStringLiteral("bob-question-1")), TimeoutMs);
        QVERIFY(!reply.isEmpty());
        QCOMPARE(field(reply, "replyTo"), BobJid);
        const QString quote = QStringLiteral("> Bob's question\n");
        QCOMPARE(field(reply, "body"), quote + QStringLiteral("Here is my answer"));
        const QJsonArray replyFallbacks = reply.value(QStringLiteral("fallbacks")).toArray();
        QCOMPARE(replyFallbacks.size(), 1);
        const QJsonObject range = replyFallbacks.at(0).toObject();
        QCOMPARE(range.value(QStringLiteral("for")).toString(), QStringLiteral("urn:xmpp:reply:0"));
        QCOMPARE(range.value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(range.value(QStringLiteral("end")).toInt(), int(quote.toUcs4().size()));
        const int replyRow = rowWithBody(conversation, QStringLiteral("Here is my answer"));
        QVERIFY(replyRow >= 0);
        QCOMPARE(roleValue(conversation, replyRow, MessagesModel::ReplyToIdRole).toLongLong(), questionRow);
        QCOMPARE(roleValue(conversation, replyRow, MessagesModel::ReplyPreviewRole).toString(), QStringLiteral("Bob's question"));

        // Nothing left to correct in a conversation without own messages.
        alice->chats()->correctLastMessage(CarolJid, QStringLiteral("Nothing to fix"));
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 2, TimeoutMs);
        QCOMPARE(failures.last().at(0).toString(), CarolJid);
    }

    void otherClientsEditsApply()
    {
        TestPeer bob(m_server, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
        QVERIFY2(bob.waitOnline(), qPrintable(bob.lastError()));
        auto desk = signedIn(QStringLiteral("desk"), m_database.get());
        QVERIFY(desk);
        // The phone keeps no store, so its edits run on its open conversation.
        auto phone = signedIn(QStringLiteral("phone"), nullptr);
        QVERIFY(phone);
        QVERIFY(!bob.waitForEvent(QStringLiteral("presence"), [](const QJsonObject &event) {
                        return field(event, "from") == AliceJid + QStringLiteral("/phone");
                    }, TimeoutMs).isEmpty());
        MessagesModel *deskConversation = desk->chats()->openConversation(BobJid);
        QAbstractItemModelTester tester(deskConversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessagesModel *phoneConversation = phone->chats()->openConversation(BobJid);

        phone->chats()->sendMessage(BobJid, QStringLiteral("Sent from the phone"));
        const QJsonObject sent = bob.waitForEvent(QStringLiteral("message"), messageWithBody(QStringLiteral("Sent from the phone")), TimeoutMs);
        QVERIFY(!sent.isEmpty());
        const QString sentId = field(sent, "id");
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(deskConversation, sentId) >= 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(phoneConversation, sentId) >= 0, TimeoutMs);

        phone->chats()->correctLastMessage(BobJid, QStringLiteral("Corrected on the phone"));
        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(deskConversation, sentId, MessagesModel::BodyRole).toString(), QStringLiteral("Corrected on the phone"), TimeoutMs);
        QCOMPARE(roleOfOrigin(deskConversation, sentId, MessagesModel::EditedRole).toBool(), true);
        QCOMPARE(roleOfOrigin(phoneConversation, sentId, MessagesModel::BodyRole).toString(), QStringLiteral("Corrected on the phone"));

        // The phone reacts to Bob's message: the desk counts the reaction as the user's own.
        QVERIFY2(bob.command(textMessage(AliceJid, QStringLiteral("Bob to both"), QStringLiteral("bob-both-1"))), qPrintable(bob.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(phoneConversation, QStringLiteral("bob-both-1")) >= 0, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithOriginId(deskConversation, QStringLiteral("bob-both-1")) >= 0, TimeoutMs);
        const qint64 phoneRow = roleOfOrigin(phoneConversation, QStringLiteral("bob-both-1"), MessagesModel::MessageIdRole).toLongLong();
        phone->chats()->react(BobJid, phoneRow, {QStringLiteral("😂")});
        QTRY_COMPARE_WITH_TIMEOUT(reactionSummary(deskConversation, QStringLiteral("bob-both-1")), QStringList({QStringLiteral("😂:1:own")}), TimeoutMs);
        QCOMPARE(reactionSummary(phoneConversation, QStringLiteral("bob-both-1")), QStringList({QStringLiteral("😂:1:own")}));

        // The phone replies: the desk stores the reply with its reference.
        phone->chats()->sendReply(BobJid, QStringLiteral("Replying from the phone"), phoneRow);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(deskConversation, QStringLiteral("Replying from the phone")) >= 0, TimeoutMs);
        const int deskReply = rowWithBody(deskConversation, QStringLiteral("Replying from the phone"));
        QCOMPARE(roleValue(deskConversation, deskReply, MessagesModel::ReplyToIdRole).toLongLong(),
                 roleOfOrigin(deskConversation, QStringLiteral("bob-both-1"), MessagesModel::MessageIdRole).toLongLong());
        QCOMPARE(roleValue(deskConversation, deskReply, MessagesModel::ReplyPreviewRole).toString(), QStringLiteral("Bob to both"));

        // The phone retracts its message: the desk shows it retracted.
        const qint64 sentRow = roleOfOrigin(phoneConversation, sentId, MessagesModel::MessageIdRole).toLongLong();
        phone->chats()->retractMessage(BobJid, sentRow);
        QTRY_COMPARE_WITH_TIMEOUT(roleOfOrigin(deskConversation, sentId, MessagesModel::RetractedRole).toBool(), true, TimeoutMs);
        QCOMPARE(roleOfOrigin(deskConversation, sentId, MessagesModel::BodyRole).toString(), QString());
        QCOMPARE(roleOfOrigin(phoneConversation, sentId, MessagesModel::RetractedRole).toBool(), true);
        QVERIFY(!bob.waitForEvent(QStringLiteral("message"), messageWithField("retractId", sentId), TimeoutMs).isEmpty());
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

    // Returns Alice's stored message with peer whose origin id is originId. The store's queue
    // runs in order, so the message includes every change queued before.
    std::optional<ChatMessage> storedMessage(const QString &peer, const QString &originId)
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
            if (message.originId == originId) {
                return message;
            }
        }
        return std::nullopt;
    }

    // Returns how many of Alice's stored messages the full-text search finds for text, or -1 on a timeout.
    int searchCount(const QString &text)
    {
        MessageStore store(m_database.get(), AliceJid);
        int count = -1;
        store.search(text, 100, this, [&count](const QVector<ChatMessage> &messages) {
            count = int(messages.size());
        });
        if (!QTest::qWaitFor([&count] { return count >= 0; }, TimeoutMs)) {
            qWarning() << "searching the stored messages timed out";
        }
        return count;
    }

    QTemporaryDir m_folder;
    TestXmppServer m_server;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(MessageEditsTest)
#include "MessageEditsTest.moc"
