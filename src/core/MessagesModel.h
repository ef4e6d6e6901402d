#pragma once

#include "store/MessageStore.h"

#include <QAbstractListModel>
#include <QSet>
#include <QVector>

#include <functional>
#include <optional>

/// The messages of one 1:1 conversation, oldest first, loaded from the store a page at a time.
///
/// The model starts with the newest page. A view that scrolls to the top calls fetchMore(),
/// which emits olderPageRequested(), and ChatService reads that page from the store, or from
/// the message archive (XEP-0313) when the store has no older messages.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c messageId (qlonglong): the message's row id in the store.
/// - \c originId (QString): the sender's id of the message.
/// - \c direction (QString): "in" or "out".
/// - \c body (QString): the text as written; front ends show it as plain text.
/// - \c timestamp (QDateTime, UTC): when the message was sent.
/// - \c state (QString): "pending", "sent", "delivered", "read" or "failed" for outgoing messages,
///   "received" or "displayed" for incoming ones. States only move forward (ChatMessage::canChange()).
/// - \c edited (bool): whether the sender corrected the message (XEP-0308); \c body is the newest version.
/// - \c retracted (bool): whether the sender retracted the message (XEP-0424); \c body is then empty.
/// - \c replyToId (qlonglong): for a reply (XEP-0461), the row id of the message it replies to, 0 when
///   that message is not known or the message is no reply.
/// - \c replyPreview (QString): the start of the body of the message that this one replies to, at most
///   ChatMessage::MaxReplyPreviewLength characters. It is empty when replyToId is 0.
/// - \c reactions (QVariantList of QVariantMap): the reactions (XEP-0444), one map per emoji, in the
///   order the emojis first appear. Each map has \c emoji (QString), \c count (int), \c senders
///   (QStringList of bare JIDs, sorted) and \c own (bool, whether the user is one of the senders).
/// - \c attachmentUrl (QString): URL of the file that the message shares; empty when none.
/// - \c attachmentType (QString): "image", "video", "audio" or "file", from the URL's file extension.
///   A URL without a known extension takes the type from the Content-Type of a HEAD request once
///   that has returned. It is empty without an attachment.
/// - \c attachmentName (QString): file name of the attachment, from its URL; empty without one.
/// - \c thumbnailPath (QString): local path of the image attachment's thumbnail once it is made,
///   otherwise empty.
/// - \c senderNick (QString): in a group chat room, the sender's nickname; empty in 1:1 conversations.
/// - \c mentionsMe (bool): in a group chat room, whether an incoming message names the user's
///   nickname (setMentionNick()); false otherwise.
/// - \c moderated (bool): in a group chat room, whether a moderator removed the message (XEP-0425);
///   \c retracted is then true too.
/// - \c moderationReason (QString): the reason that the moderator gave; empty when none.
class MessagesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString peer READ peer CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /// Whether the peer is writing a message now (chat state composing, XEP-0085).
    Q_PROPERTY(bool peerTyping READ isPeerTyping NOTIFY peerTypingChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        OriginIdRole,
        DirectionRole,
        BodyRole,
        TimestampRole,
        StateRole,
        EditedRole,
        RetractedRole,
        ReplyToIdRole,
        ReplyPreviewRole,
        ReactionsRole,
        AttachmentUrlRole,
        AttachmentTypeRole,
        AttachmentNameRole,
        ThumbnailPathRole,
        SenderNickRole,
        MentionsMeRole,
        ModeratedRole,
        ModerationReasonRole,
    };
    Q_ENUM(Role)

    explicit MessagesModel(const QString &peer, QObject *parent = nullptr);

    QString peer() const;
    bool isLoading() const;
    bool isPeerTyping() const;
    void setPeerTyping(bool typing);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Puts \a messages, a page that ends before the first row, in front of the rows. A page
    /// shorter than \a pageSize means that the store contains no older messages.
    void prependPage(const QVector<ChatMessage> &messages, int pageSize);
    /// Puts \a messages, which end before the first row, in front of the rows; canFetchMore()
    /// stays true while \a hasOlder is.
    void prependMessages(const QVector<ChatMessage> &messages, bool hasOlder);
    /// Puts \a messages, which end before the first row, in front of the rows while the rest of
    /// their page still loads. The model stays loading until prependMessages() ends the page.
    void prependWhileLoading(const QVector<ChatMessage> &messages);
    /// Lets fetchMore() request older messages again, such as after a request that failed offline.
    void resumeFetching();
    /// Shows a new message in its place by time; live messages come last.
    void addMessage(const ChatMessage &message);
    /// Sets the state of the message \a originId sent in \a direction, unless ChatMessage::canChange() forbids it.
    void setState(ChatMessage::Direction direction, const QString &originId, ChatMessage::State state);
    /// Marks every received message as displayed. Returns the marker id of the newest incoming
    /// message that asked for chat markers if that message was not displayed before, otherwise
    /// an empty string.
    QString markDisplayed();
    /// Marks the outgoing messages at or before \a position as read, as far as ChatMessage::canChange() allows.
    void markReadUpTo(const MessagePosition &position);
    /// Returns the position of the message \a originId sent in \a direction, or nothing when no row has it.
    std::optional<MessagePosition> findPosition(ChatMessage::Direction direction, const QString &originId) const;
    bool containsOriginId(ChatMessage::Direction direction, const QString &originId) const;

    /// Sets the user's bare JID, which decides the \c own flag of reactions.
    void setAccountJid(const QString &jid);
    /// Sets the user's nickname in a group chat room, which decides the \c mentionsMe role.
    void setMentionNick(const QString &nick);
    /// Shows the new body, edited and retracted flags and reactions of \a message, a row of the
    /// model found by its row id, and the new preview in the replies to it.
    void updateMessage(const ChatMessage &message);
    /// Returns the message with the row id \a messageId, or nothing when no row has it.
    std::optional<ChatMessage> message(qint64 messageId) const;
    /// Returns the row with the origin id \a originId sent in \a direction, or nothing when no row has it.
    std::optional<ChatMessage> findMessage(ChatMessage::Direction direction, const QString &originId) const;
    /// Returns the user's newest message that is not retracted, or nothing.
    std::optional<ChatMessage> lastOutgoing() const;
    /// Returns the shown message that the room gave the stanza id \a stanzaId (XEP-0359), or nothing.
    std::optional<ChatMessage> findByStanzaId(const QString &stanzaId) const;
    /// Gives the shown message \a originId that went in \a direction the stanza id \a stanzaId, unless it has one.
    void setStanzaId(ChatMessage::Direction direction, const QString &originId, const QString &stanzaId);

    /// Maximum number of rows that revealMessage() loads while it looks for a message.
    static constexpr int MaxRevealRows = 20000;
    /// Loads older pages until the message with the row id \a messageId is in the model, for
    /// example a search result, then emits messageRevealed(). Emits revealFailed() when the
    /// conversation has no such message, or none among its newest MaxRevealRows messages.
    Q_INVOKABLE void revealMessage(qint64 messageId);
    /// Returns the row of the message with the row id \a messageId, or -1.
    Q_INVOKABLE int rowOfMessage(qint64 messageId) const;

    /// Sets the functions that the thumbnailPath and attachmentType roles call for an attachment URL.
    /// \a thumbnail returns its local thumbnail, and \a type its type from a HEAD request. Both
    /// return an empty string while nothing is known.
    void setAttachmentResolvers(std::function<QString(const QString &url)> thumbnail, std::function<QString(const QString &url)> type);
    /// Reports that the thumbnail or the type of the attachment \a url is known, so rows sharing it change.
    void notifyAttachmentChanged(const QString &url);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void peerTypingChanged();
    /// The view needs the page before \a before; nothing given means the newest page.
    void olderPageRequested(std::optional<MessagePosition> before);
    /// The message \a messageId that revealMessage() looked for is at \a row.
    void messageRevealed(qint64 messageId, int row);
    /// The message \a messageId that revealMessage() looked for is not in the conversation.
    void revealFailed(qint64 messageId);

private:
    void setLoading(bool loading);
    void insertOlder(const QVector<ChatMessage> &messages);
    void changeState(int row, ChatMessage::State state);
    void continueReveal();
    static QString keyOf(ChatMessage::Direction direction, const QString &originId);
    QVariantList reactionsOf(const ChatMessage &message) const;
    void resolveReply(ChatMessage &message) const;
    QString attachmentType(const QString &url) const;

    QString m_peer;
    QString m_accountJid;
    QString m_mentionNick;
    QVector<ChatMessage> m_messages;
    /// keyOf() of every row, so that duplicate checks do not scan the rows.
    QSet<QString> m_keys;
    bool m_loading = false;
    bool m_hasOlder = true;
    bool m_peerTyping = false;
    /// Row id of the message that revealMessage() looks for; 0 for none.
    qint64 m_revealTarget = 0;
    std::function<QString(const QString &url)> m_thumbnailResolver;
    std::function<QString(const QString &url)> m_typeResolver;
};
