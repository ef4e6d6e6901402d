#pragma once

#include "store/MessageStore.h"

#include <QAbstractListModel>
#include <QSet>
#include <QVector>

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
/// - \c state (QString): "pending", "sent", "delivered", "failed", "received" or "displayed".
class MessagesModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString peer READ peer CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        OriginIdRole,
        DirectionRole,
        BodyRole,
        TimestampRole,
        StateRole,
    };
    Q_ENUM(Role)

    explicit MessagesModel(const QString &peer, QObject *parent = nullptr);

    QString peer() const;
    bool isLoading() const;

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
    /// Lets fetchMore() request older messages again, such as after a request that failed offline.
    void resumeFetching();
    /// Shows a new message in its place by time; live messages come last.
    void addMessage(const ChatMessage &message);
    /// Sets the state of the message \a originId sent in \a direction.
    void setState(ChatMessage::Direction direction, const QString &originId, ChatMessage::State state);
    /// Marks every received message as displayed.
    void markDisplayed();
    bool containsOriginId(ChatMessage::Direction direction, const QString &originId) const;

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    /// The view needs the page before \a before; nothing given means the newest page.
    void olderPageRequested(std::optional<MessagePosition> before);

private:
    void setLoading(bool loading);
    static QString keyOf(ChatMessage::Direction direction, const QString &originId);

    QString m_peer;
    QVector<ChatMessage> m_messages;
    /// keyOf() of every row, so that duplicate checks do not scan the rows.
    QSet<QString> m_keys;
    bool m_loading = false;
    bool m_hasOlder = true;
};
