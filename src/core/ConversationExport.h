#pragma once

#include "ChatMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

/// The text of an exported conversation, in one of two formats.
///
/// Both list the messages oldest first with their time in UTC (ISO 8601). The plain text
/// format has one line per message, "[time] sender: text", and indents the further lines
/// of a message by two spaces so that each message starts a line with "[". The JSON format
/// is one object: {"format": "salon-conversation", "version": 1, "account", "peer",
/// "exportedAt", "messages": [{"id", "originId", "stanzaId", "direction", "from", "to",
/// "body", "timestamp", "state"}]}.
class ConversationExport
{
public:
    enum class Format {
        PlainText,
        Json,
    };

    /// Returns the format named \a name ("text" or "json"), or nothing for another name.
    static std::optional<Format> formatFromName(const QString &name);
    /// Returns a file name for the export of the conversation with \a peer, such as
    /// "bob@example.org-2026-12-05.txt".
    static QString fileName(const QString &peer, Format format, const QDateTime &exportedAt);
    /// Returns the text of the conversation of \a account with \a peer, encoded as UTF-8.
    static QByteArray write(Format format, const QString &account, const QString &peer, const QVector<ChatMessage> &messages,
                            const QDateTime &exportedAt);

private:
    static QByteArray plainText(const QString &account, const QString &peer, const QVector<ChatMessage> &messages);
    static QByteArray json(const QString &account, const QString &peer, const QVector<ChatMessage> &messages, const QDateTime &exportedAt);
};
