#pragma once

#include "ChatMessage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>
#include <QXmppMessage.h>

#include <functional>

class ArchiveExtension;
struct ArchivePage;
struct ArchivedMessage;
class MessageEditService;
class MessageStore;
class QXmppClient;

/// The 1:1 chat content of archive entries, oldest first.
struct ArchivedChats
{
    /// Messages with a body, to be stored and shown.
    QVector<ChatMessage> messages;
    /// Corrections, retractions and reactions, to be applied in order once the messages are
    /// stored, through MessageEditService::handleSentCarbon() when the user sent them and
    /// MessageEditService::handleMessage() otherwise.
    QVector<QXmppMessage> edits;
};

/// The user's message archive (XEP-0313) for 1:1 chats: the catch-up after each new connection
/// and the older pages of a conversation.
///
/// Catch-up: when a new stream starts (not a resumed one), the service requests the archive
/// entries after the newest archive id that the account has fetched, a page at a time. It stops
/// when the archive reports that none are left or MaxCatchUpPages pages were read. Without a known id, as
/// on the first start or when the server no longer has that id (item-not-found), it requests
/// only the newest page. The newest id fetched is kept in the store, or in memory without one.
/// Messages of the catch-up are reported through messagesArchived(): incoming ones as received
/// (unread) after a known id, as displayed on a newest page, which is history rather than news.
///
/// Older pages: fetchOlder() requests the page of one conversation before the oldest archive id
/// that the store or an earlier page contains. The archive's \c complete flag ends the paging.
///
/// Messages from the user's bare JID were sent by the user's clients and come out as outgoing
/// and sent. The archive's delay element gives every message its time. Replies lose their quoted
/// fallback and attachments keep their URL, as live messages do; corrections, retractions and
/// reactions are reported apart from the messages (ArchivedChats::edits).
class ArchiveService : public QObject
{
    Q_OBJECT

public:
    /// Entries per page. Prosody 0.12 returns at most 50 per query (its max_archive_query_results default).
    static constexpr int PageSize = 50;
    /// Pages read per catch-up; the rest follows at the next new connection.
    static constexpr int MaxCatchUpPages = 20;

    /// \a edits reads replies. It must outlive the service.
    ArchiveService(QXmppClient *client, MessageEditService *edits, QObject *parent = nullptr);
    ~ArchiveService() override;

    /// Reads the archive position of the signed-in account from \a store, which the caller owns
    /// and keeps alive until the next call. With null, the position stays in memory. Forgets the
    /// state of the previous account.
    void setStore(MessageStore *store);

    /// Whether the archive may have messages with \a peer older than those fetched so far.
    bool mayHaveOlder(const QString &peer) const;
    /// Requests the page of the conversation with \a peer before the oldest archive id known, and
    /// calls \a done with its content and whether older entries remain, unless \a context was
    /// destroyed. A failed request reports nothing and no older entries.
    void fetchOlder(const QString &peer, QObject *context, std::function<void(const ArchivedChats &chats, bool hasOlder)> done);

    /// Whether a catch-up runs, or waits for the archive position that the store reads.
    /// catchUpFinished() reports the end.
    bool isCatchingUp() const;
    /// The archive queries, which the rooms' archives share: one extension takes every result.
    ArchiveExtension *extension() const;

Q_SIGNALS:
    /// The catch-up fetched \a chats, to be stored and shown like live messages.
    void messagesArchived(const ArchivedChats &chats);
    /// A catch-up ended after \a messageCount messages, early when the archive failed or the page limit was hit.
    void catchUpFinished(int messageCount);

private:
    void handleConnected();
    void startCatchUp();
    void requestPageAfter(const QString &archiveId);
    void requestNewestPage();
    void handleCatchUpPage(const ArchivePage &page, bool afterKnownId);
    void finishCatchUp();
    void requestOlder(const QString &peer, const QString &beforeId, QObject *context, std::function<void(const ArchivedChats &, bool)> done);
    void setPosition(const QString &archiveId);
    ArchivedChats toChats(const QVector<ArchivedMessage> &entries, ChatMessage::State incomingState) const;
    QString accountJid() const;

    QXmppClient *m_client;
    MessageEditService *m_edits;
    ArchiveExtension *m_extension;
    MessageStore *m_store = nullptr;
    /// Changes with every setStore(), so that replies for the previous account are ignored.
    int m_generation = 0;
    /// Changes with every catch-up and every setStore(), so that replies of an earlier catch-up are ignored.
    int m_catchUpRun = 0;
    /// The newest archive id fetched; empty before the first fetch.
    QString m_lastArchiveId;
    bool m_positionLoaded = true;
    bool m_catchUpWaiting = false;
    bool m_catchingUp = false;
    int m_catchUpPages = 0;
    int m_catchUpMessages = 0;
    /// The oldest archive id fetched per conversation by fetchOlder().
    QHash<QString, QString> m_olderCursors;
    /// Conversations whose oldest archived message was fetched.
    QSet<QString> m_completePeers;
};
