#pragma once

#include "ParkedEdits.h"
#include "store/MessageStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class ChatMarkerService;
class ChatStateService;
class ArchiveService;
class ConversationsModel;
class MessageEditService;
class MessageSearchModel;
class MessagesModel;
class OutboxService;
class QXmppClient;
class QXmppMessage;

/// 1:1 messages: sending through the outbox, receiving, delivery receipts (XEP-0184), read
/// markers (XEP-0333), typing notifications (XEP-0085), and the models of the conversation list
/// and of each open conversation.
///
/// A message the user writes is stored and shown at once as pending, then queued in the
/// outbox, which sends it when the account is online and keeps it until the server has
/// taken it. Each message carries an origin-id (XEP-0359) that is also its id, so that
/// receipts refer to it and copies of it are stored once. Incoming messages with a body
/// are stored and shown; a message seen before, identified by its sender's id, is dropped.
/// Without a store, messages live only in the models for the account's lifetime.
///
/// Messages that the user's other clients send and receive arrive as carbons (XEP-0280,
/// through CarbonsExtension) and are stored like this client's own.
///
/// Every message the user sends requests chat markers. markConversationRead() sends a displayed
/// marker for the newest incoming message that requested one (ChatMarkerService), and a displayed
/// marker from the peer moves the user's messages up to the marked one to the state Read. A
/// displayed marker from another client of the user marks the conversation read here too.
/// Chat states (ChatStateService) notify the peer while the user writes, through setComposing(),
/// and show while the peer writes, in the peerTyping role and property of the models.
///
/// A conversation with the account's own bare JID contains notes to self. The server delivers a
/// note to every client of the account, so each shows it once, as the user's own message.
/// The search model finds words in the cached messages of all conversations, and
/// exportConversation() writes one conversation as plain text or JSON.
///
/// The user's message archive (XEP-0313, through ArchiveService) fills in what arrived while
/// the account was offline, and older pages of a conversation when the store has none. The
/// archive id that the user's server gives a message (XEP-0359 stanza-id) also identifies it. It
/// is trusted only when its \c by is the user's bare JID. So a message that comes live, as a
/// carbon, as an offline message and from the archive is stored and shown once.
///
/// Corrections (XEP-0308), retractions (XEP-0424), replies (XEP-0461) and reactions (XEP-0444) go
/// through MessageEditService. The user corrects only the newest own message of a conversation
/// (correctLastMessage()) and retracts only own messages. A correction or retraction changes a
/// message only when its sender sent it: the peer changes the peer's messages, and the user's
/// other clients (through sent carbons) the user's. Others are ignored and logged. Each sender's
/// reactions replace that sender's earlier set for the message. Corrected, retracted, replying and
/// reacted-to messages show through the roles of MessagesModel.
///
/// Files shared by URL (out-of-band data, XEP-0066, as FileTransferService sends them after an
/// HTTP upload, XEP-0363) are stored with their message as its attachmentUrl, and the models
/// show their type, name and thumbnail.
///
/// A correction, retraction or reaction that arrives before its message, as the archive's older
/// pages deliver them, waits in ParkedEdits until the message is stored.
class ChatService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConversationsModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(MessageSearchModel *search READ search CONSTANT)

public:
    /// Maximum message body, in UTF-16 code units. Longer incoming bodies are cut and marked,
    /// and longer outgoing ones are rejected. Prosody 0.12 closes a client stream after a stanza
    /// of 256 KiB. Escaped as XML, a code unit takes at most 6 bytes (\c &quot;), so a body of
    /// this length stays below that limit.
    static constexpr int MaxBodyLength = 32 * 1024;
    /// Messages read from the store per page.
    static constexpr int PageSize = 50;
    /// Sent messages whose error replies are recognised.
    static constexpr int MaxTrackedMessages = 1000;

    ChatService(QXmppClient *client, OutboxService *outbox, QObject *parent = nullptr);
    ~ChatService() override;

    /// Keeps messages in \a store, the store of the signed-in account, and shows its conversations.
    /// Passing another account's store clears the previous account's conversations.
    void setStore(std::unique_ptr<MessageStore> store);

    ConversationsModel *conversations() const;
    /// Full-text search over the cached messages of every conversation.
    MessageSearchModel *search() const;
    /// The catch-up from the message archive and its older pages; the service owns it.
    ArchiveService *archive() const;

    /// Returns the model of the conversation with \a jid, loading its newest page; the service owns it.
    /// Returns null for an invalid JID.
    Q_INVOKABLE MessagesModel *openConversation(const QString &jid);
    /// Deletes the model of the conversation with \a jid when control returns to the event loop,
    /// so the caller must make sure that no view uses it any more. The next openConversation()
    /// loads a new one. Does nothing when that conversation is not open.
    Q_INVOKABLE void closeConversation(const QString &jid);
    /// Sends \a body to \a jid, which the user may have typed, through the outbox.
    Q_INVOKABLE void sendMessage(const QString &jid, const QString &body);
    /// Sends \a body to \a jid like sendMessage(), sharing the file at \a attachmentUrl as
    /// out-of-band data (XEP-0066) unless it is empty. The URL is stored with the message.
    void sendMessageWithAttachment(const QString &jid, const QString &body, const QString &attachmentUrl);
    /// Marks the received messages of the conversation with \a jid as seen by the user.
    /// Sends a displayed marker (XEP-0333) for the newest incoming message that requested one,
    /// unless that message was marked before.
    Q_INVOKABLE void markConversationRead(const QString &jid);
    /// Reports each edit of the draft to \a jid (\a composing true), or that the draft was emptied
    /// (false), so that the peer is notified while the user is writing (XEP-0085).
    Q_INVOKABLE void setComposing(const QString &jid, bool composing);
    /// Reports that the user closed the view of the conversation with \a jid, which sends the chat
    /// state gone to the peer. The conversation's model stays valid.
    Q_INVOKABLE void leaveConversation(const QString &jid);
    /// Replaces the body of the user's newest message to \a jid with \a newBody (XEP-0308),
    /// through the outbox. Emits actionFailed() when the conversation has no such message.
    Q_INVOKABLE void correctLastMessage(const QString &jid, const QString &newBody);
    /// Retracts the user's message with the row id \a messageId in the conversation with \a jid
    /// (XEP-0424), through the outbox. Emits actionFailed() for another sender's message.
    Q_INVOKABLE void retractMessage(const QString &jid, qint64 messageId);
    /// Sends \a body to \a jid as a reply (XEP-0461) to the message with the row id \a messageId
    /// of that conversation, with a quote of it for clients without replies.
    Q_INVOKABLE void sendReply(const QString &jid, const QString &body, qint64 messageId);
    /// Replaces the user's reactions (XEP-0444) to the message with the row id \a messageId in the
    /// conversation with \a jid by \a emojis. An empty list removes them. At most
    /// MessageEditService::MaxReactionsPerSender emojis are kept.
    Q_INVOKABLE void react(const QString &jid, qint64 messageId, const QStringList &emojis);

    /// The typing notifications of this account's conversations.
    ChatStateService *chatStates() const;
    /// The corrections, retractions, replies and reactions of this account's conversations.
    MessageEditService *edits() const;

    /// Maximum number of messages in an export: the newest ones of the conversation.
    static constexpr int MaxExportMessages = 100000;
    /// Writes the cached messages of the conversation with \a jid in the format \a formatName
    /// ("text" or "json", see ConversationExport) on a worker thread, then emits
    /// conversationExported(). Front ends save or download the text.
    Q_INVOKABLE void exportConversation(const QString &jid, const QString &formatName);
    /// Finds the message with the row id \a messageId, in the open conversations or the store, and
    /// delivers it in the thread of \a context, or nothing when the account has no such message.
    void findMessage(qint64 messageId, QObject *context, std::function<void(std::optional<ChatMessage>)> done);
    /// Sets the functions that return the local thumbnail and the probed type of an attachment URL,
    /// for the thumbnailPath and attachmentType roles of every conversation model.
    void setAttachmentResolvers(std::function<QString(const QString &url)> thumbnail, std::function<QString(const QString &url)> type);
    /// Reports that the thumbnail or the type of the attachment \a url is known, so that the open conversations show it.
    void notifyAttachmentChanged(const QString &url);

Q_SIGNALS:
    /// Sending to \a jid failed; \a message is a translated sentence for the user.
    void actionFailed(const QString &jid, const QString &message);
    /// A new incoming message from \a jid that the user has not seen was stored, for notifications.
    void messageReceived(const QString &jid, qint64 messageId);
    /// The export of the conversation with \a jid is ready: \a content, with \a messageCount
    /// messages, to be saved under the suggested \a fileName.
    void conversationExported(const QString &jid, const QString &fileName, const QString &content, int messageCount);
    /// A new incoming message that shares the file at \a url was stored.
    void attachmentReceived(const QString &url);

private:
    void handleMessage(const QXmppMessage &message);
    void handleSentCarbon(const QXmppMessage &message);
    /// Returns the user's own \a message to \a peer, sent by another client of the account, as stored.
    ChatMessage sentCopy(const QXmppMessage &message, const QString &peer) const;
    void handleError(const QXmppMessage &message);
    void handleAcknowledged(const QString &stanzaId);
    void handleDelivered(const QString &jid, const QString &id);
    void handleDisplayedByPeer(const QString &peer, const QString &originId);
    void markDisplayedHere(const QString &peer, bool sendMarker);
    void showPeerTyping(const QString &peer, bool typing);
    void storeAndShow(const ChatMessage &message);
    void show(const ChatMessage &message);
    void updateState(const QString &peer, ChatMessage::Direction direction, const QString &originId, ChatMessage::State state);
    void loadPage(MessagesModel *model, std::optional<MessagePosition> before);
    /// Shows the archive's page before \a storedPage, the store's last messages before \a before.
    void loadArchivePage(const QPointer<MessagesModel> &model, std::optional<MessagePosition> before, const QVector<ChatMessage> &storedPage);
    void storeArchivePage(const QPointer<MessagesModel> &model, std::optional<MessagePosition> before, const QVector<ChatMessage> &messages,
                          const QVector<QXmppMessage> &edits, bool hasOlder);
    QString accountJid() const;
    QString validatedPeer(const QString &jid, const QString &body);
    void queueMessage(const ChatMessage &message, QXmppMessage &stanza);
    void findInConversation(const QString &peer, qint64 messageId, std::function<void(std::optional<ChatMessage>)> found);
    void applyCorrection(const QString &peer, ChatMessage::Direction direction, const QString &originId, const QString &body);
    void applyRetraction(const QString &peer, ChatMessage::Direction direction, const QString &originId);
    void applyReactions(const QString &peer, const QString &originId, const QString &reactor, const QStringList &emojis);
    void reportEdit(const QString &peer, const QString &what, const MessageEditResult &result, const QString &originId, std::function<void()> retry);
    void applyArchivedEdits(const QVector<QXmppMessage> &edits);
    void applyParkedEdits(const ChatMessage &stored);
    void showUpdated(const ChatMessage &message);

    QXmppClient *m_client;
    OutboxService *m_outbox;
    ChatMarkerService *m_markers;
    ChatStateService *m_chatStates;
    MessageEditService *m_edits;
    std::unique_ptr<MessageStore> m_store;
    ConversationsModel *m_conversations;
    MessageSearchModel *m_search;
    ArchiveService *m_archive = nullptr;
    QHash<QString, QPointer<MessagesModel>> m_openConversations;
    /// Peers of the messages that wait in the outbox, by origin id.
    QHash<QString, QString> m_pendingPeers;
    /// Peers of the messages sent since start-up, by origin id, so that an error reply finds its
    /// message. Only the newest MaxTrackedMessages are kept.
    QHash<QString, QString> m_sentPeers;
    QQueue<QString> m_sentOrder;
    /// Origin ids of this client's messages that the store has not returned for the models yet.
    QSet<QString> m_unshownSent;
    /// States that the server's acknowledgement or a receipt set on those messages before
    /// they were shown, by origin id, for show() to apply.
    QHash<QString, ChatMessage::State> m_statesBeforeShown;
    /// Row ids for messages kept without a store.
    qint64 m_nextMemoryId = 1;
    ParkedEdits m_parkedEdits;
    std::function<QString(const QString &url)> m_thumbnailResolver;
    std::function<QString(const QString &url)> m_typeResolver;
};
