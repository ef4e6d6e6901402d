#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QStringList>

class ChatService;

/// The `invoke` request chats.exportConversation(jid, format) of a tab, and the export's delivery
/// to that tab as `conversationExport` messages.
///
/// ChatService writes the export on a worker thread and emits conversationExported(). The export
/// goes to the tab that requested it, or to every tab of the session when that tab has closed
/// (or the export was not requested by a tab). Its content may be larger than a frame (1 MiB), so
/// it is split into parts whose content, escaped as JSON, is at most MaxPartBytes bytes. Each part
/// is one message with the same `exportId`; the page joins them in the order of `part`.
class ConversationExportRequests : public QObject
{
    Q_OBJECT

public:
    /// Maximum size of one part's content, in bytes of JSON-escaped UTF-8.
    static constexpr int MaxPartBytes = 512 * 1024;

    /// Requests exports from \a chats, which must outlive this object.
    explicit ConversationExportRequests(ChatService *chats, QObject *parent = nullptr);

    /// Returns whether \a request is an invoke request of chats.exportConversation.
    static bool handles(const QJsonObject &request);
    /// Carries out the request of \a tab and returns its `invokeResult` message.
    QJsonObject handle(quint64 tab, const QJsonObject &request);
    /// Sends the exports that \a tab requested and that are not ready yet to every tab, when it has closed.
    void dropTab(quint64 tab);

    /// Splits \a content into parts whose JSON-escaped UTF-8 is at most \a maxBytes bytes each,
    /// never inside a surrogate pair. Returns one empty part for empty content.
    static QStringList splitContent(const QString &content, int maxBytes = MaxPartBytes);

Q_SIGNALS:
    /// \a message is for tab \a tab, or for every tab when \a tab is 0.
    void messageReady(quint64 tab, const QJsonObject &message);

private:
    void forward(const QString &jid, const QString &fileName, const QString &content, int messageCount);

    ChatService *m_chats;
    /// Tabs that wait for an export, by bare JID, in the order of their requests.
    QHash<QString, QQueue<quint64>> m_waitingTabs;
    int m_nextExportId = 1;
};
