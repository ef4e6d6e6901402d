#pragma once

#include "CommentsModel.h"
#include "OwnPostComments.h"
#include "store/CommentStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QXmppClientExtension.h>

#include <functional>
#include <memory>
#include <optional>

class CommentOutbox;
class PubSubClient;
class PubSubEventReader;
class PubSubResult;
struct PubSubItem;

/// Comments and likes on microblog posts (XEP-0277, section 4).
///
/// A post's comments are the items of the PubSub node that its \c commentsUri names
/// (\c xmpp:SERVICE?;node=NODE): the author's PEP node \c urn:xmpp:microblog:0:comments/ITEM for
/// posts that Salon publishes, or a node of a PubSub service for those of Movim. A like is a
/// comment whose text is "♥" (U+2665).
///
/// Usage from QML or the linker:
/// \code
/// CommentsModel *model = account->comments()->open(post.commentsUri);  // rows at once from the store
/// account->comments()->addComment(post.commentsUri, QStringLiteral("Nice *post*"));
/// account->comments()->like(post.commentsUri);
/// account->comments()->close(post.commentsUri);  // once per open()
/// \endcode
///
/// open() returns a model that the service owns, shared by every caller of the same URI and
/// counted: it lives until close() has been called as often as open(). While it is open, the
/// service subscribes the user's bare JID to a node of another service, so new comments, likes
/// and retractions arrive at once, and it unsubscribes on the last close().
///
/// The comments nodes of the user's own posts (setOwnPostsProvider(), followOwnPost(), and any
/// such node opened) are followed with or without a model, by OwnPostComments. The user's bare
/// JID is subscribed to them and each sign-in fetches them. A comment that was not seen before
/// raises commentReceived(), but comments already on a node at its first fetch on this device do not.
///
/// addComment(), like(), unlike() and deleteComment() queue the change in CommentOutbox first, so
/// it survives a restart and waits for the next sign-in when the account is offline; meanwhile
/// the model shows it as pending. The newest CommentStore::MaxCommentsPerNode comments of each
/// node fetched stay in the store, so an open model shows them before the server responds.
///
/// Prosody 0.12 accepts these subscriptions on PEP nodes and on its PubSub service and pushes
/// the items (CommentsTest), and ejabberd 23.01 does so on PEP nodes (EjabberdTest).
///
/// NOTE: Prosody 0.12 lets only a node's owner and publishers retract items, so a commenter's
/// unlike() or deleteComment() on another user's PEP node ends in actionFailed() there.
/// NOTE: a subscription by bare JID outlives the client when it quits without close(); the next
/// close() of that URI removes it.
class CommentsService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    /// Number of comments requested from a node.
    static constexpr int FetchSize = CommentStore::MaxCommentsPerNode;
    /// Number of the user's own posts whose comments are followed.
    static constexpr int MaxFollowedPosts = OwnPostComments::MaxFollowedPosts;

    /// \a pubsub and \a events must outlive the service, and \a events must be an extension of
    /// the client that the service is added to.
    CommentsService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent = nullptr);
    ~CommentsService() override;

    /// Takes no stanza: the responses and the notifications come through PubSubClient and PubSubEventReader.
    bool handleStanza(const QDomElement &stanza) override;

    /// Sets the user's bare JID; setStore() sets it to the store's account.
    void setAccountJid(const QString &jid);
    /// Keeps fetched comments and queued changes in \a store from now on; null keeps them in memory.
    void setStore(std::unique_ptr<CommentStore> store);
    /// Sets the function that returns the item ids of the user's own published posts, newest first.
    void setOwnPostsProvider(std::function<QStringList()> ownPosts);

    int pendingCount() const;

    /// Opens the comments of the post whose comments node \a commentsUri names, and returns
    /// their model. Returns null when \a commentsUri is no XMPP URI with a node.
    Q_INVOKABLE CommentsModel *open(const QString &commentsUri);
    /// Closes one open() of \a commentsUri; the last one deletes the model.
    Q_INVOKABLE void close(const QString &commentsUri);
    /// Returns the open model of \a commentsUri, or null.
    Q_INVOKABLE CommentsModel *model(const QString &commentsUri) const;
    /// Fetches the comments of an open model again.
    Q_INVOKABLE void refresh(const QString &commentsUri);

    /// Publishes a comment with \a text, Markdown or plain text. Returns its item id, or an empty
    /// string when the text is empty, the URI invalid or the account not signed in yet.
    Q_INVOKABLE QString addComment(const QString &commentsUri, const QString &text);
    /// Retracts the comment \a itemId: the user's own, or any when the user owns the node (the
    /// model's canDelete role). With an open model, returns false when the model does not allow it.
    /// Without one, looks the comment up in the store and returns true, and reports through
    /// actionFailed() when it is not stored or not the user's. Returns false without a store.
    Q_INVOKABLE bool deleteComment(const QString &commentsUri, const QString &itemId);
    /// Publishes a like, unless the open model has one of the user already. Returns the like's item id.
    Q_INVOKABLE QString like(const QString &commentsUri);
    /// Retracts every like of the user. With an open model, returns false when it shows none.
    /// Without one, retracts the likes in the store and in the queue and returns true, and
    /// reports through actionFailed() (with an empty item id) when there is none. Returns false
    /// without a store.
    Q_INVOKABLE bool unlike(const QString &commentsUri);

    /// Follows the comments on the user's own post \a postItemId, as for a post just published.
    void followOwnPost(const QString &postItemId);
    /// Follows the comments on the posts that the own-posts provider returns, up to MaxFollowedPosts.
    void followOwnPosts();
    /// Follows the comments on the user's posts \a postItemIds, such as those just added to the
    /// feed, while signed in and up to MaxFollowedPosts.
    void followOwnPosts(const QStringList &postItemIds);
    /// Stops following the comments of the deleted post \a postItemId and removes its comments from the store.
    void forgetOwnPost(const QString &postItemId);

Q_SIGNALS:
    void pendingCountChanged();
    /// Reports a comment or like by someone else on the user's own post (\a postService,
    /// \a postNode, \a postItemId) that the service has not seen before.
    void commentReceived(const QString &postService, const QString &postNode, const QString &postItemId, const QString &authorJid,
                         const QString &authorName, bool isLike);
    /// Reports that the server confirmed the user's comment or like \a itemId.
    void commentPublished(const QString &commentsUri, const QString &itemId);
    void commentDeleted(const QString &commentsUri, const QString &itemId);
    /// Reports that the server rejected a change of \a itemId, with a translated sentence.
    void actionFailed(const QString &commentsUri, const QString &itemId, const QString &errorText);

protected:
    void setClient(QXmppClient *client) override;

private:
    /// A comments node: its PubSub service and node.
    struct NodeAddress {
        QString service;
        QString node;
    };
    struct OpenNode {
        CommentsModel *model = nullptr;
        int references = 0;
        bool subscribed = false;
        // A fetch has finished, so the stored rows are older than the model's.
        bool fetched = false;
    };

    static std::optional<NodeAddress> parseUri(const QString &commentsUri);
    static QString keyOf(const QString &service, const QString &node);
    static QString uriOf(const QString &service, const QString &node);
    QString requestService(const QString &service) const;
    bool isOwnService(const QString &service) const;

    void handleConnected();
    void handleDisconnected();
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleNodeRemoved(const QString &service, const QString &node);

    void loadFromStore(const QString &service, const QString &node);
    void fetch(const QString &service, const QString &node);
    void subscribe(const QString &service, const QString &node);
    void checkOwnership(const QString &service, const QString &node);
    /// Reads \a items into comments, logging the ones it cannot read.
    QVector<Comment> readItems(const QString &service, const QString &node, const QVector<PubSubItem> &items, bool *missingPayload) const;
    /// Shows, stores and announces comments received live.
    void receive(const QString &service, const QString &node, const QVector<Comment> &comments);

    QString queue(PendingCommentAction action);
    void queueRetractions(const NodeAddress &address, const QStringList &itemIds, bool isLike);
    /// Calls \a use with the stored comments of \a address, unless the store is replaced meanwhile.
    void withStoredComments(const NodeAddress &address, std::function<void(const QVector<Comment> &)> use);
    void applyPending(CommentsModel *model, const NodeAddress &address) const;
    void handleSent(const PendingCommentAction &action);
    void handleFailed(const PendingCommentAction &action, const QString &errorText);

    PubSubClient *m_pubsub;
    PubSubEventReader *m_events;
    CommentOutbox *m_outbox;
    OwnPostComments *m_ownPostComments;
    std::unique_ptr<CommentStore> m_store;
    QString m_accountJid;
    QHash<QString, OpenNode> m_open;
    int m_storeGeneration = 0;
    int m_connection = 0;
};
