#pragma once

#include "store/MessageStore.h"

#include <QAbstractListModel>
#include <QVector>

/// The user's 1:1 conversations, the one with the newest message first.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c peer (QString): bare JID of the other party.
/// - \c lastMessage (QString): body of the newest message, as written.
/// - \c lastDirection (QString): "in" or "out", the direction of the newest message.
/// - \c lastTimestamp (QDateTime, UTC): when the newest message was sent.
/// - \c unreadCount (int): incoming messages that the user has not seen.
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
    /// Sets the unread count of \a peer to zero.
    void markRead(const QString &peer);
    /// Removes every row, when another address signs in on the account.
    void clear();

Q_SIGNALS:
    void countChanged();
    void unreadTotalChanged();

private:
    void moveToSortedPosition(int row);

    QVector<ConversationSummary> m_rows;
};
