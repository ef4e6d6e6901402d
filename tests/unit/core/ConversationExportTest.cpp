#include "ConversationExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const auto Account = QStringLiteral("alice@example.org");
const auto Peer = QStringLiteral("bob@example.org");

ChatMessage message(qint64 id, ChatMessage::Direction direction, const QString &body, qint64 timestampMs)
{
    ChatMessage result;
    result.id = id;
    result.peer = Peer;
    result.direction = direction;
    result.originId = QStringLiteral("origin-%1").arg(id);
    result.body = body;
    result.timestampMs = timestampMs;
    result.state = direction == ChatMessage::Direction::Incoming ? ChatMessage::State::Displayed : ChatMessage::State::Delivered;
    return result;
}

QVector<ChatMessage> conversation()
{
    // 2026-12-05T10:00:00Z and one minute later.
    return {message(1, ChatMessage::Direction::Outgoing, QStringLiteral("Two lines:\r\nhere \"quoted\""), 1796464800000),
            message(2, ChatMessage::Direction::Incoming, QStringLiteral("Ünïcode ✓"), 1796464860000)};
}

const QDateTime ExportedAt = QDateTime(QDate(2026, 12, 5), QTime(12, 30), Qt::UTC);

} // namespace

// The text of exported conversations in both formats.
class ConversationExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames()
    {
        QCOMPARE(ConversationExport::formatFromName(QStringLiteral("text")), ConversationExport::Format::PlainText);
        QCOMPARE(ConversationExport::formatFromName(QStringLiteral("json")), ConversationExport::Format::Json);
        QVERIFY(!ConversationExport::formatFromName(QStringLiteral("JSON")));
        QVERIFY(!ConversationExport::formatFromName(QString()));
    }

    void fileNameHasPeerDateAndExtension()
    {
        QCOMPARE(ConversationExport::fileName(Peer, ConversationExport::Format::PlainText, ExportedAt), QStringLiteral("bob@example.org-2026-12-05.txt"));
        QCOMPARE(ConversationExport::fileName(Peer, ConversationExport::Format::Json, ExportedAt), QStringLiteral("bob@example.org-2026-12-05.json"));
    }

    void plainTextOneLinePerMessage()
    {
        const QString text = QString::fromUtf8(ConversationExport::write(ConversationExport::Format::PlainText, Account, Peer, conversation(), ExportedAt));

        QCOMPARE(text,
                 QStringLiteral("[2026-12-05T10:00:00Z] alice@example.org: Two lines:\n"
                                "  here \"quoted\"\n"
                                "[2026-12-05T10:01:00Z] bob@example.org: Ünïcode ✓\n"));
    }

    void jsonKeepsEveryField()
    {
        const QByteArray content = ConversationExport::write(ConversationExport::Format::Json, Account, Peer, conversation(), ExportedAt);
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(content, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("salon-conversation"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(document.value(QStringLiteral("account")).toString(), Account);
        QCOMPARE(document.value(QStringLiteral("peer")).toString(), Peer);
        QCOMPARE(document.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-12-05T12:30:00Z"));
        const QJsonArray messages = document.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);

        const QJsonObject sent = messages.at(0).toObject();
        QCOMPARE(sent.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(sent.value(QStringLiteral("originId")).toString(), QStringLiteral("origin-1"));
        QCOMPARE(sent.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(sent.value(QStringLiteral("from")).toString(), Account);
        QCOMPARE(sent.value(QStringLiteral("to")).toString(), Peer);
        QCOMPARE(sent.value(QStringLiteral("body")).toString(), QStringLiteral("Two lines:\r\nhere \"quoted\""));
        QCOMPARE(sent.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-12-05T10:00:00Z"));
        QCOMPARE(sent.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));

        const QJsonObject received = messages.at(1).toObject();
        QCOMPARE(received.value(QStringLiteral("from")).toString(), Peer);
        QCOMPARE(received.value(QStringLiteral("to")).toString(), Account);
        QCOMPARE(received.value(QStringLiteral("body")).toString(), QStringLiteral("Ünïcode ✓"));
        QCOMPARE(received.value(QStringLiteral("state")).toString(), QStringLiteral("displayed"));
    }

    void emptyConversation()
    {
        QCOMPARE(ConversationExport::write(ConversationExport::Format::PlainText, Account, Peer, {}, ExportedAt), QByteArray());
        const QJsonObject document = QJsonDocument::fromJson(ConversationExport::write(ConversationExport::Format::Json, Account, Peer, {}, ExportedAt)).object();
        QCOMPARE(document.value(QStringLiteral("messages")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(ConversationExportTest)
#include "ConversationExportTest.moc"
