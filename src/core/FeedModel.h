#pragma once

#include "FeedPost.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class PostStore;

/// The news feed: the microblog posts (XEP-0277) of the user, of the contacts and of the
/// communities the user subscribed to, newest first.
///
/// Rows come from PostStore one page at a time: setStore() loads the first page and loadMore()
/// each following one. Posts that MicroblogService receives, publishes or removes change the
/// rows at once, and so do the community posts that CommunityFeed receives. A post older than the last loaded row is left for loadMore(), so the rows are
/// always an unbroken prefix of the stored feed.
///
/// Roles:
/// - \c service, \c node, \c itemId: the PubSub item that carries the post.
/// - \c authorJid, \c authorName: the author's bare JID and the name the entry gives.
/// - \c title, \c plainText: plain text.
/// - \c contentHtml: sanitized XHTML (one \c div).
/// - \c published, \c updated: QDateTime in UTC.
/// - \c tags: the categories, a string list.
/// - \c enclosures: the attachments, a list of maps with \c href, \c type, \c title and
///   \c length (bytes, -1 when unknown).
/// - \c commentsUri: the XMPP URI of the comments node, or an empty string.
/// - \c unread: the user has not marked the post read.
/// - \c pending: the user's own post that waits to be published or deleted.
/// - \c own: the post is the user's.
/// - \c canDelete: the user may delete the post: the user's own post, or any post of a
///   community that the user owns.
/// - \c isCommunity: the post belongs to a community (a node of a PubSub service), not to a blog.
/// - \c communityTitle: the community's title as the user's subscription has it, else the node's
///   name; empty for a blog post.
/// - \c visibility: "public" when the node's access model is "open", "contacts" when it is
///   "presence", else an empty string (unknown, or another access model). Known for the user's own
///   blog posts and for communities whose info arrived.
/// - \c markdown: the Markdown source of the user's own post where this account published or
///   edited it, kept in the store across restarts. It is an empty string for other posts, and
///   after the post was edited on another client.
/// - \c links: the post's related links (Atom links of relation "related", such as the pages
///   that it previews): a list of maps with \c href (an http or https URL) and \c title, at most
///   FeedPost::MaxRelatedLinks.
class FeedModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY canLoadMoreChanged)

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        NodeRole,
        ItemIdRole,
        AuthorJidRole,
        AuthorNameRole,
        TitleRole,
        ContentHtmlRole,
        PlainTextRole,
        SummaryRole,
        PublishedRole,
        UpdatedRole,
        TagsRole,
        EnclosuresRole,
        CommentsUriRole,
        UnreadRole,
        PendingRole,
        OwnRole,
        CanDeleteRole,
        IsCommunityRole,
        CommunityTitleRole,
        VisibilityRole,
        MarkdownRole,
        LinksRole,
    };
    Q_ENUM(Role)

    /// Number of posts that loadMore() reads from the store.
    static constexpr int PageSize = 20;

    explicit FeedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The user's bare JID, which marks the user's own posts.
    void setAccountJid(const QString &jid);
    /// Shows the feed of \a store, which must outlive the model or be replaced first. A null \a store empties the model.
    void setStore(PostStore *store);

    int unreadCount() const;
    /// Whether the store may hold posts older than the last row.
    bool canLoadMore() const;
    /// Appends the next page of older posts from the store.
    Q_INVOKABLE void loadMore();
    Q_INVOKABLE void markRead(int row);
    Q_INVOKABLE void markAllRead();

    /// Inserts \a post at its place, or replaces the row of the same item. A replaced post keeps its read state.
    void upsertPost(const FeedPost &post);
    void removePost(const QString &service, const QString &node, const QString &itemId);
    void removeNode(const QString &service, const QString &node);
    /// Sets the access model of every loaded post of \a node at \a service.
    void setNodeAccessModel(const QString &service, const QString &node, const QString &accessModel);
    /// Marks \a node of \a service as a community that the user owns, or no longer owns.
    void setNodeOwned(const QString &service, const QString &node, bool owned);
    bool isNodeOwned(const QString &service, const QString &node) const;
    /// Sets the function that returns the title of a community, or an empty string when unknown.
    void setCommunityTitleProvider(std::function<QString(const QString &service, const QString &node)> provider);
    /// Tells the views that the titles of the communities changed.
    void refreshCommunityTitles();
    /// Returns whether \a post belongs to a community: its service is a PubSub service, not a user's PEP service.
    static bool isCommunityPost(const FeedPost &post);
    /// Returns the value of \a role that depends on \a post alone, or an invalid QVariant for the
    /// roles that depend on the model (\c unread, \c pending, \c own, \c canDelete,
    /// \c communityTitle). PostListModel shares it.
    static QVariant postData(const FeedPost &post, int role);

    /// Returns the row of the item, or -1.
    int indexOf(const QString &service, const QString &node, const QString &itemId) const;
    std::optional<FeedPost> post(const QString &service, const QString &node, const QString &itemId) const;

Q_SIGNALS:
    void countChanged();
    void unreadCountChanged();
    void canLoadMoreChanged();

private:
    void appendPage(const QVector<FeedPost> &page, int generation);
    void insertRow(int row, const FeedPost &post);
    void removeRow(int row);
    void refreshUnreadCount();
    void setUnreadCount(int count);
    void setCanLoadMore(bool canLoadMore);
    /// Returns the row where \a post belongs, newest first.
    int insertionRow(const FeedPost &post) const;
    static QString postKey(const QString &service, const QString &node, const QString &itemId);

    void refreshRoles(const QVector<int> &roles);
    QString communityTitle(const FeedPost &post) const;

    QString m_accountJid;
    PostStore *m_store = nullptr;
    // Communities the user owns, as "service<node": '<' is no character of a JID.
    QSet<QString> m_ownedNodes;
    std::function<QString(const QString &, const QString &)> m_communityTitle;
    // Counts the stores set, so that a page of a replaced store is dropped.
    int m_storeGeneration = 0;
    bool m_loading = false;
    bool m_canLoadMore = false;
    int m_unreadCount = 0;
    // Whether an unread count was requested from the store and has not come back, and whether
    // the feed changed since that request, so that another one follows it.
    bool m_unreadCountRequested = false;
    bool m_unreadCountStale = false;
    // A QList, because live posts go in at the front: it holds pointers to the posts, with free
    // space before the first, so an insertion moves pointers and no posts.
    QList<FeedPost> m_posts;
    // How many rows have each key of postKey(), so that indexOf() scans the rows only for a post that is there.
    QHash<QString, int> m_keyCounts;
    // Live changes that arrived while a page was read: the store may return that page from before
    // the change, so they are applied after it.
    QVector<std::function<void()>> m_deferred;
};
