#include "ConversationExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString isoTime(qint64 timestampMs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

std::optional<ConversationExport::Format> ConversationExport::formatFromName(const QString &name)
{
    if (name == QLatin1String("text")) {
        return Format::PlainText;
    }
    if (name == QLatin1String("json")) {
        return Format::Json;
    }
    return std::nullopt;
}

QString ConversationExport::fileName(const QString &peer, Format format, const QDateTime &exportedAt)
{
    const QString extension = format == Format::Json ? QStringLiteral("json") : QStringLiteral("txt");
    return QStringLiteral("%1-%2.%3").arg(peer, exportedAt.toUTC().date().toString(Qt::ISODate), extension);
}

QByteArray ConversationExport::write(Format format, const QString &account, const QString &peer, const QVector<ChatMessage> &messages,
                                     const QDateTime &exportedAt)
{
    return format == Format::Json ? json(account, peer, messages, exportedAt) : plainText(account, peer, messages);
}

QByteArray ConversationExport::plainText(const QString &account, const QString &peer, const QVector<ChatMessage> &messages)
{
    QString text;
    for (const ChatMessage &message : messages) {
        const QString sender = message.direction == ChatMessage::Direction::Outgoing ? account : peer;
        QString body = message.body;
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        body.replace(QLatin1Char('\n'), QLatin1String("\n  "));
        text += QStringLiteral("[%1] %2: %3\n").arg(isoTime(message.timestampMs), sender, body);
    }
    return text.toUtf8();
}

QByteArray ConversationExport::json(const QString &account, const QString &peer, const QVector<ChatMessage> &messages, const QDateTime &exportedAt)
{
    QJsonArray rows;
    for (const ChatMessage &message : messages) {
        const bool outgoing = message.direction == ChatMessage::Direction::Outgoing;
        rows.append(QJsonObject{
            {QStringLiteral("id"), message.id},
            {QStringLiteral("originId"), message.originId},
            {QStringLiteral("stanzaId"), message.stanzaId},
            {QStringLiteral("direction"), ChatMessage::directionCode(message.direction)},
            {QStringLiteral("from"), outgoing ? account : peer},
            {QStringLiteral("to"), outgoing ? peer : account},
            {QStringLiteral("body"), message.body},
            {QStringLiteral("timestamp"), isoTime(message.timestampMs)},
            {QStringLiteral("state"), ChatMessage::stateCode(message.state)},
        });
    }
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("salon-conversation")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("account"), account},
        {QStringLiteral("peer"), peer},
        {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("messages"), rows},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}
