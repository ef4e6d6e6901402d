#pragma once

#include "Comment.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

class Database;
class QObject;

/// A comment, a like or a retraction by the user that waits for the server's confirmation.
struct PendingCommentAction
{
    enum class Action {
        Publish,
        Retract,
    };

    Action action = Action::Publish;
    QString service;
    QString node;
    QString itemId;
    /// The Markdown or plain text of a comment; empty for a like or a retraction.
    QString body;
    bool isLike = false;
    /// When the user wrote it, in UTC: the comment's publication time.
    QDateTime createdAt;
};

/// The comments that one account has fetched, its queued comment actions, and the comments nodes
/// it has fetched, in the tables comments, comment_outbox and comment_nodes.
///
/// Every call runs on the database thread, and results come back in the thread of the context
/// object. A failed query is logged in salon.core.store with the account and the item.
class CommentStore
{
public:
    /// Number of comments and likes kept per node: the newest ones.
    static constexpr int MaxCommentsPerNode = 200;

    CommentStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Stores \a comment, replacing the stored comment of the same item, and drops the oldest
    /// comments of its node beyond MaxCommentsPerNode.
    void save(const Comment &comment);
    /// Replaces the stored comments of the node with \a comments, as fetched from the server,
    /// and marks the node fetched.
    void replaceNode(const QString &service, const QString &node, const QVector<Comment> &comments);
    void remove(const QString &service, const QString &node, const QString &itemId);
    /// Removes the node's comments and its fetched mark, as after a purge or a deletion of the node.
    void removeNode(const QString &service, const QString &node);
    /// Reads the stored comments and likes of the node, oldest first.
    void comments(const QString &service, const QString &node, QObject *context, std::function<void(QVector<Comment>)> done) const;
    /// Reads the item ids stored for the node, and whether the node has been fetched before.
    void knownItems(const QString &service, const QString &node, QObject *context, std::function<void(QSet<QString>, bool)> done) const;

    /// Queues \a action, replacing a queued action on the same item.
    void addPendingAction(const PendingCommentAction &action);
    void removePendingAction(const QString &service, const QString &node, const QString &itemId);
    /// Reads the queued actions, oldest first.
    void pendingActions(QObject *context, std::function<void(QVector<PendingCommentAction>)> done) const;

private:
    Database *m_database;
    QString m_account;
};
