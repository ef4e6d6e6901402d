#include "ConversationExportRequests.h"

#include "BareJid.h"
#include "ChatService.h"
#include "ConversationExport.h"
#include "InvokeReply.h"
#include "LinkerProcessLogging.h"

#include <QJsonArray>

#include <algorithm>

namespace {

const auto ExportMethod = QStringLiteral("exportConversation");

// Bytes that QJsonDocument writes for c inside a string: escapes for quotes, backslashes and
// control characters, UTF-8 otherwise. Each half of a surrogate pair counts for 2 of the pair's
// 4 bytes, and a lone surrogate as much as an escape.
int escapedSize(QChar c, bool paired)
{
    const ushort code = c.unicode();
    if (code == '"' || code == '\\' || code == '\b' || code == '\f' || code == '\n' || code == '\r' || code == '\t') {
        return 2;
    }
    if (code < 0x20) {
        return 6;
    }
    if (code < 0x80) {
        return 1;
    }
    if (code < 0x800) {
        return 2;
    }
    if (c.isSurrogate()) {
        return paired ? 2 : 6;
    }
    return 3;
}

} // namespace

ConversationExportRequests::ConversationExportRequests(ChatService *chats, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
{
    connect(chats, &ChatService::conversationExported, this, &ConversationExportRequests::forward);
}

bool ConversationExportRequests::handles(const QJsonObject &request)
{
    return request.value(QStringLiteral("object")).toString() == QLatin1String("chats") && request.value(QStringLiteral("method")).toString() == ExportMethod;
}

QJsonObject ConversationExportRequests::handle(quint64 tab, const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QJsonArray args = request.value(QStringLiteral("args")).toArray();
    if (args.size() != 2) {
        return InvokeReply::rejection(id, QStringLiteral("wrongArgumentCount"),
                                      tr("The method chats.exportConversation takes two arguments, the chat address and the format."));
    }
    const QString peer = BareJid::fromUserInput(args.at(0).toString());
    if (peer.isEmpty()) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"),
                                      tr("\"%1\" is not a valid chat address. An address looks like name@example.org.").arg(args.at(0).toString().trimmed()));
    }
    const QString format = args.at(1).toString();
    if (!ConversationExport::formatFromName(format)) {
        return InvokeReply::rejection(id, QStringLiteral("invalidArgument"), tr("The export format must be \"text\" or \"json\"."));
    }

    // A failure that ChatService finds at once, such as a missing store, goes to the tabs as a notice.
    bool failed = false;
    const QMetaObject::Connection failure = connect(m_chats, &ChatService::actionFailed, this, [&failed] {
        failed = true;
    });
    m_chats->exportConversation(peer, format);
    disconnect(failure);
    if (!failed) {
        m_waitingTabs[peer].enqueue(tab);
    }
    return InvokeReply::success(id);
}

void ConversationExportRequests::dropTab(quint64 tab)
{
    for (QQueue<quint64> &tabs : m_waitingTabs) {
        std::replace(tabs.begin(), tabs.end(), tab, quint64(0));
    }
}

QStringList ConversationExportRequests::splitContent(const QString &content, int maxBytes)
{
    QStringList parts;
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        const bool paired = (c.isHighSurrogate() && i + 1 < content.size() && content.at(i + 1).isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && content.at(i - 1).isHighSurrogate());
        // A pair is counted whole at its first half, so that it never straddles two parts.
        int size = escapedSize(c, paired);
        if (paired && c.isHighSurrogate()) {
            size *= 2;
        } else if (paired) {
            size = 0;
        }
        if (bytes + size > maxBytes && i > start) {
            parts.append(content.mid(start, i - start));
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    parts.append(content.mid(start));
    return parts;
}

void ConversationExportRequests::forward(const QString &jid, const QString &fileName, const QString &content, int messageCount)
{
    quint64 tab = 0;
    const auto waiting = m_waitingTabs.find(jid);
    if (waiting != m_waitingTabs.end()) {
        tab = waiting->dequeue();
        if (waiting->isEmpty()) {
            m_waitingTabs.erase(waiting);
        }
    }

    const QStringList parts = splitContent(content);
    const int exportId = m_nextExportId++;
    qCInfo(SALON_LINKER_PROCESS) << "Sending export" << exportId << "of" << messageCount << "messages in" << parts.size() << "parts to tab" << tab;
    for (int part = 0; part < parts.size(); ++part) {
        Q_EMIT messageReady(tab,
                            QJsonObject{
                                {QStringLiteral("type"), QStringLiteral("conversationExport")},
                                {QStringLiteral("exportId"), exportId},
                                {QStringLiteral("jid"), jid},
                                {QStringLiteral("fileName"), fileName},
                                {QStringLiteral("messageCount"), messageCount},
                                {QStringLiteral("part"), part},
                                {QStringLiteral("parts"), int(parts.size())},
                                {QStringLiteral("content"), parts.at(part)},
                            });
    }
}
