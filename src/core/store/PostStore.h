#pragma once

#include "FeedPost.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class Database;

/// The position after which PostStore::page() continues: the last post of the previous page.
struct FeedCursor
{
    /// Null for the first page.
    QDateTime published;
    QString itemId;

    bool isNull() const
    {
        return published.isNull();
    }
};

/// A publish or a deletion of the user's own post that waits for the server's confirmation.
struct PendingPostAction
{
    enum class Action {
        Publish,
        Retract,
    };

    Action action = Action::Publish;
    /// The PubSub service and node of the post: both empty for the user's own microblog node
    /// on the user's PEP service, else a community's node.
    /// NOTE: the queue is keyed by item id alone, so two queued changes of items with the same
    /// id in different communities replace each other.
    QString service;
    QString node;
    QString itemId;
    /// The user's text: the title, the Markdown body and the tags. Empty for a retraction.
    QString title;
    QString body;
    QStringList tags;
    /// The attachments: Atom links of relation "enclosure".
    QVector<AtomLink> enclosures;
    /// The links that the post previews: Atom links of relation "related".
    QVector<AtomLink> relatedLinks;
    /// "public" or "contacts". Only the user's own microblog node uses it.
    QString visibility;
    /// The Atom id and the times of the entry. An edit keeps the id and publication time of the first publication.
    QString atomId;
    QDateTime published;
    QDateTime updated;
    QDateTime createdAt;
};

/// The stored state of some items of a community, to tell new posts from known ones.
struct StoredNodeItems
{
    /// Whether the node's posts were fetched on this device before (PostStore::markNodeFetched()).
    bool nodeFetched = false;
    /// The item ids, of those requested, whose posts are in the account's feed.
    QSet<QString> storedItemIds;
};

/// A post that the user is writing.
struct PostDraft
{
    QString title;
    QString body;
    QStringList tags;
    QString visibility;
    QDateTime savedAt;

    bool isEmpty() const
    {
        return title.isEmpty() && body.isEmpty() && tags.isEmpty();
    }
};

/// The microblog posts (XEP-0277) of one account's feed, in the tables posts, feed_entries,
/// post_outbox and post_drafts.
///
/// Posts are shared between the accounts of a database, since a node's items are the same for
/// everyone who may read them. The feed membership, the read state and the pending state belong
/// to the account. Every call runs on the database thread, and results come back in the thread
/// of the context object. A failed query is logged in salon.core.store with the account and the item.
class PostStore
{
public:
    /// Maximum number of posts that one page() returns.
    static constexpr int MaxPageSize = 200;

    PostStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Stores \a post, replacing a stored post of the same item, and puts it into the feed.
    /// A post stays read once read, and \a pending replaces the pending state. A post without
    /// Markdown keeps the stored Markdown source unless its update time is newer.
    void save(const FeedPost &post, bool pending = false);
    /// Stores \a post without putting it into the feed, as the pages of one node or of a tag
    /// cache it. A stored post of the same item is replaced, and its feed entry is kept.
    void cache(const FeedPost &post);
    /// Sets the access model of every stored post of \a node at \a service, once it is known.
    void setNodeAccessModel(const QString &service, const QString &node, const QString &accessModel);
    /// Removes the item's post from the feeds of every account and from the database.
    void remove(const QString &service, const QString &node, const QString &itemId);
    /// Removes every post of the node, as after a purge or a deletion of the node.
    void removeNode(const QString &service, const QString &node);
    /// Reads up to \a limit (at most MaxPageSize) posts of the feed older than \a after, newest
    /// first: by publication time, then by item id.
    void page(const FeedCursor &after, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const;
    /// Reads up to \a limit (at most MaxPageSize) stored posts of \a node at \a service older than
    /// \a after, newest first, whether in the feed or only cached. Posts outside the feed read as read.
    void nodePage(const QString &service, const QString &node, const FeedCursor &after, int limit, QObject *context,
                  std::function<void(QVector<FeedPost>)> done) const;
    /// Reads up to \a limit (at most MaxPageSize) stored posts of \a node at \a service whose
    /// access model is "open", newest first, as the public pages of salon-server show them.
    void openNodePage(const QString &service, const QString &node, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const;
    /// Reads up to \a limit (at most MaxPageSize) stored posts of nodes with access model "open"
    /// that have the tag \a tag, compared without case, older than \a after, newest first.
    void taggedPage(const QString &tag, const FeedCursor &after, int limit, QObject *context, std::function<void(QVector<FeedPost>)> done) const;
    /// Reads one post of the feed, or nothing when it is not stored.
    void post(const QString &service, const QString &node, const QString &itemId, QObject *context,
              std::function<void(std::optional<FeedPost>)> done) const;
    void markRead(const QString &service, const QString &node, const QString &itemId);
    void markAllRead();
    void unreadCount(QObject *context, std::function<void(int)> done) const;

    /// Records that the posts of \a node at \a service were fetched on this device.
    void markNodeFetched(const QString &service, const QString &node);
    /// Reads whether \a node at \a service was fetched before and which of \a itemIds are in the
    /// feed. Queries run in order, so the result does not include saves queued after this call.
    void storedNodeItems(const QString &service, const QString &node, const QStringList &itemIds, QObject *context,
                         std::function<void(StoredNodeItems)> done) const;

    /// Queues \a action, replacing a queued action on the same item.
    void addPendingAction(const PendingPostAction &action);
    void removePendingAction(const QString &itemId);
    /// Reads the queued actions, oldest first.
    void pendingActions(QObject *context, std::function<void(QVector<PendingPostAction>)> done) const;

    /// Stores the draft being written, or removes it when \a draft is empty.
    void saveDraft(const PostDraft &draft);
    /// Reads the stored draft, or an empty draft when there is none.
    void draft(QObject *context, std::function<void(PostDraft)> done) const;

private:
    Database *m_database;
    QString m_account;
};
