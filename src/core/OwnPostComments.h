#pragma once

#include "Comment.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class CommentStore;
class PubSubClient;
class QXmppClient;

/// Follows the comments nodes of the user's own posts and decides which comments to announce,
/// for CommentsService.
///
/// A followed node is \c urn:xmpp:microblog:0:comments/ITEM on the user's PEP service. Following
/// subscribes the user's bare JID to it, so the server pushes new comments, and calls the fetch
/// function (setFetchFunction()) at once and at each sign-in (refetchAll()).
/// commentReceived() announces a comment or like by someone else that was not seen before.
/// Comments already on a node at its first fetch on this device are never announced: the store
/// (CommentStore::knownItems()) keeps the seen item ids and whether the node was fetched before.
class OwnPostComments : public QObject
{
    Q_OBJECT

public:
    /// Number of the user's own posts whose comments are followed.
    static constexpr int MaxFollowedPosts = 50;

    /// \a pubsub must outlive the object.
    explicit OwnPostComments(PubSubClient *pubsub, QObject *parent = nullptr);

    /// Sets the account's client, which must outlive the object. Following waits for its sign-in.
    void setClient(QXmppClient *client);
    void setAccountJid(const QString &jid);
    /// Reads and removes the seen comments in \a store from now on, and stops following every node.
    /// \a store may be null, and must outlive the object or be replaced first.
    void setStore(CommentStore *store);
    /// Sets the function that returns the item ids of the user's own published posts, newest first.
    void setOwnPostsProvider(std::function<QStringList()> ownPosts);
    /// Sets the function that fetches the comments of a node and reports them through handleFetched().
    void setFetchFunction(std::function<void(const QString &service, const QString &node)> fetch);

    /// Returns whether the node of \a service is a followed comments node.
    bool isFollowed(const QString &service, const QString &node) const;

    /// Follows the comments on the user's own post \a postItemId. Beyond MaxFollowedPosts nodes,
    /// only with \a beyondLimit, as for a node that the user opened.
    void follow(const QString &postItemId, bool beyondLimit = false);
    /// Follows the comments on the posts that the own-posts provider returns, up to MaxFollowedPosts.
    void followOwnPosts();
    /// Follows the comments on the user's posts \a postItemIds while signed in, up to MaxFollowedPosts.
    void followOwnPosts(const QStringList &postItemIds);
    /// Stops following the comments of the deleted post \a postItemId and removes its comments from the store.
    void forget(const QString &postItemId);
    /// Subscribes to and fetches every followed node again, such as after a sign-in, so comments
    /// written while the user was away are announced.
    void refetchAll();

    /// Takes the result of a fetch of a followed node: announces the new comments, unless this was
    /// the node's first fetch on this device.
    void handleFetched(const QString &service, const QString &node, const QVector<Comment> &comments);
    /// Announces \a comment, received live, when it is new and by someone else.
    void handleReceived(const QString &service, const QString &node, const Comment &comment);
    /// Marks the user's own comment \a itemId as seen, so its copy from the server is not announced.
    void markSeen(const QString &service, const QString &node, const QString &itemId);

Q_SIGNALS:
    /// Reports a comment or like by someone else on the user's own post (\a postService,
    /// \a postNode, \a postItemId) that was not seen before.
    void commentReceived(const QString &postService, const QString &postNode, const QString &postItemId, const QString &authorJid,
                         const QString &authorName, bool isLike);

private:
    struct FollowedNode {
        QString postItemId;
        // Item ids seen on this node: stored, fetched or received.
        QSet<QString> seen;
        // The node was fetched before, on this connection or an earlier one.
        bool fetchedBefore = false;
        bool loaded = false;
    };

    static QString keyOf(const QString &service, const QString &node);
    bool isSignedIn() const;
    void load(const QString &node);
    void subscribeAndFetch(const QString &node);

    PubSubClient *m_pubsub;
    QXmppClient *m_client = nullptr;
    CommentStore *m_store = nullptr;
    std::function<QStringList()> m_ownPosts;
    std::function<void(const QString &, const QString &)> m_fetch;
    QString m_accountJid;
    QHash<QString, FollowedNode> m_followed;
    // Counts the stores set, so that a read of a replaced store is dropped.
    int m_storeGeneration = 0;
};
