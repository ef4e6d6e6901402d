#pragma once

#include "ChatMessage.h"

#include <QAbstractListModel>
#include <QVector>

class MessageStore;

/// The results of a full-text search over the cached messages of all conversations and rooms,
/// the newest first.
///
/// search() runs the query on the database thread, and the rows change when its results
/// arrive. A result that arrives after a newer search started is dropped. Without a store
/// (an account that keeps no cache) every search finds nothing.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c peer (QString): bare JID of the conversation.
/// - \c messageId (qlonglong): the message's row id in the store, for MessagesModel::revealMessage().
/// - \c direction (QString): "in" or "out".
/// - \c body (QString): the text as written; front ends show it as plain text.
/// - \c timestamp (QDateTime, UTC): when the message was sent.
/// - \c groupChat (bool): whether the message was written in a group chat room, whose bare JID \c peer is.
/// - \c senderNick (QString): the nickname of the sender of an incoming room message; empty otherwise.
class MessageSearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PeerRole = Qt::UserRole + 1,
        MessageIdRole,
        DirectionRole,
        BodyRole,
        TimestampRole,
        GroupChatRole,
        SenderNickRole,
    };
    Q_ENUM(Role)

    /// Maximum number of results of one search.
    static constexpr int MaxResults = 100;

    explicit MessageSearchModel(QObject *parent = nullptr);

    /// Searches in \a store from now on; null stops searching. Clears the results.
    void setStore(MessageStore *store);

    QString query() const;
    bool isSearching() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Starts a search for the messages that contain every word of \a text (see
    /// MessageStore::search()). Text without words clears the results.
    Q_INVOKABLE void search(const QString &text);
    /// Clears the query and the results.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void queryChanged();
    void searchingChanged();
    void countChanged();

private:
    void setResults(const QVector<ChatMessage> &results);
    void setSearching(bool searching);

    MessageStore *m_store = nullptr;
    QString m_query;
    QVector<ChatMessage> m_results;
    /// Number of the newest search; results of older ones are dropped.
    quint64 m_generation = 0;
    bool m_searching = false;
};
