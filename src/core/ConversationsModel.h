#pragma once

#include "AvatarHashes.h"
#include "store/MessageStore.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QVector>

/// The user's 1:1 conversations, the one with the newest message first.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c peer (QString): bare JID of the other party.
/// - \c lastMessage (QString): body of the newest message, as written.
/// - \c lastDirection (QString): "in" or "out", the direction of the newest message.
/// - \c lastTimestamp (QDateTime, UTC): when the newest message was sent.
/// - \c unreadCount (int): incoming messages that the user has not seen.
/// - \c avatarHash (QString): SHA-1 of the peer's avatar image as lowercase hex, cached by
///   AvatarService; empty when the peer has no avatar.
/// - \c peerTyping (bool): whether the peer is writing a message now (chat state composing, XEP-0085).
class ConversationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unreadTotal READ unreadTotal NOTIFY unreadTotalChanged)

public:
    enum Role {
        PeerRole = Qt::UserRole + 1,
        LastMessageRole,
        LastDirectionRole,
        LastTimestampRole,
        UnreadCountRole,
        AvatarHashRole,
        PeerTypingRole,
    };
    Q_ENUM(Role)

    explicit ConversationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the row of the conversation with \a peer, or -1.
    Q_INVOKABLE int indexOf(const QString &peer) const;
    /// Sum of the unread counts of all conversations.
    int unreadTotal() const;

    /// Replaces every row with \a conversations, which must be sorted newest first.
    void setConversations(const QVector<ConversationSummary> &conversations);
    /// Shows \a message as the newest of its conversation, unless that conversation has a newer
    /// one, and counts it as unread when it is an incoming message that the user has not seen.
    void addMessage(const ChatMessage &message);
    /// Shows the new body of \a message, a corrected or retracted message (found by its row id),
    /// when it is the newest of its conversation.
    void updateMessage(const ChatMessage &message);
    /// Sets the unread count of \a peer to zero.
    void markRead(const QString &peer);
    /// Removes every row and typing flag, when another address signs in on the account.
    void clear();
    /// Sets the avatar of \a jid; an empty \a hash removes it. The avatar shows in the row of
    /// \a jid whether the conversation exists yet or starts later.
    void setAvatarHash(const QString &jid, const QString &hash);
    /// Sets whether \a peer is writing a message now. Like the avatar, the flag shows in the
    /// row of \a peer whether the conversation exists yet or starts later.
    void setPeerTyping(const QString &peer, bool typing);

Q_SIGNALS:
    void countChanged();
    void unreadTotalChanged();

private:
    void moveToSortedPosition(int row);

    // A QList, which moves a row by moving pointers: every new message moves its conversation to the top.
    QList<ConversationSummary> m_rows;
    AvatarHashes m_avatarHashes;
    QSet<QString> m_typingPeers;
};
