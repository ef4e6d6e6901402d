#pragma once

#include "FeedPost.h"
#include "store/PostStore.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QXmppClientExtension.h>

#include <functional>
#include <memory>
#include <optional>

class FeedModel;
class PubSubClient;
class PubSubEventReader;
class PubSubResult;
struct PubSubItem;

/// The news feed: microblog posts (XEP-0277) of the user and of the contacts, on their PEP nodes
/// \c urn:xmpp:microblog:0 (XEP-0163).
///
/// The \c +notify feature in the entity capabilities makes the server push the contacts' new,
/// edited and retracted posts, and those of the user's other clients, which PubSubEventReader
/// reads. Events are taken only from the user's own JID and from contacts in the roster. At each
/// sign-in the service also requests the newest FetchPageSize posts of the user's node and of
/// each contact's node, MaxParallelFetches at a time. A node that does not exist or that the
/// user may not read is skipped. Every post goes through FeedPost::fromEntry(), which sanitizes it,
/// into the store and the feed() model.
///
/// publishPost(), editPost() and deletePost() queue the change in the store first, so it
/// survives a restart, and show it in the feed as pending until the server confirms it. A
/// post is published with publish-options (XEP-0060, section 7.1.5) for its visibility: "public"
/// makes the node's access model "open", "contacts" makes it "presence". When the node has other
/// settings, the service configures the node and publishes again. Each post gets a comments node
/// \c urn:xmpp:microblog:0:comments/ITEM on the user's PEP service with the same access model.
///
/// A post may also go to a community: the node \c node of the PubSub service \c service, given
/// in the options of publishWithOptions(). Such a post is published without publish-options,
/// because the community's owner sets its access model, and its comments node is created on the
/// user's PEP service as for a post of the user's blog. The user may delete a post of a community
/// that the user published, or any post of a community that the user owns (see
/// FeedModel::setNodeOwned()). The PubSub service checks these rights again. Posts of
/// communities reach the feed through CommunityFeed.
///
/// Attachments are Atom links of relation "enclosure" (RFC 4287, section 4.2.7.2), given as a
/// list of maps with \c href (an http or https URL), \c type, \c title and \c length (bytes).
/// Related links (the option \c links) are Atom links of relation "related", such as the pages
/// that a post previews: a list of maps with \c href (an http or https URL) and \c title. Other
/// URLs are skipped, titles are cut to FeedPost::MaxLinkTitleLength, and only the first
/// FeedPost::MaxRelatedLinks are kept. FeedModel reads them back in its \c links role.
///
/// The Markdown source of each post that this account publishes or edits is stored with the post
/// (FeedModel's \c markdown role), because the Atom entry carries only the rendered XHTML.
///
/// The lists and option maps are QVariant parameters, so that QML objects and the linker's JSON
/// values convert to them.
///
/// \code
/// microblog->publishPost(QStringLiteral("Hello"), QStringLiteral("*Hi*"), {QStringLiteral("news")}, QStringLiteral("public"));
/// microblog->publishWithOptions(QVariantMap{{QStringLiteral("service"), QStringLiteral("pubsub.example.org")},
///                                           {QStringLiteral("node"), QStringLiteral("cats")},
///                                           {QStringLiteral("markdown"), QStringLiteral("A photo")},
///                                           {QStringLiteral("enclosures"), QVariantList{QVariantMap{{QStringLiteral("href"), url},
///                                                                                                   {QStringLiteral("type"), QStringLiteral("image/png")}}}}});
/// \endcode
///
/// NOTE: PEP has one access model per node, so a post published with another visibility
/// changes the visibility of every post of the user's node.
class MicroblogService : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(FeedModel *feed READ feed CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)

public:
    /// Maximum number of attachments of one post; further ones are dropped.
    static constexpr int MaxEnclosures = 32;
    /// Number of posts requested from each node at sign-in.
    static constexpr int FetchPageSize = 20;
    /// Number of nodes requested at once at sign-in.
    static constexpr int MaxParallelFetches = 3;
    /// Time before a publish that timed out is sent again, in milliseconds.
    static constexpr int RetryDelayMs = 5000;

    /// The PEP node of microblog posts.
    static QString node();
    /// Returns the node of the comments on the post \a itemId.
    static QString commentsNode(const QString &itemId);

    /// \a pubsub and \a events must outlive the service, and \a events must be an extension of
    /// the client that the service is added to.
    MicroblogService(PubSubClient *pubsub, PubSubEventReader *events, QObject *parent = nullptr);
    ~MicroblogService() override;

    QStringList discoveryFeatures() const override;
    /// Takes no stanza: the responses and the notifications come through PubSubClient and PubSubEventReader.
    bool handleStanza(const QDomElement &stanza) override;

    /// Sets the function that returns the bare JIDs of the contacts whose posts the user may
    /// read: those whose presence the user receives.
    void setContactsProvider(std::function<QStringList()> contacts);
    /// Sets the function that returns whether the user may read the posts of the contact with the
    /// bare JID \a jid, as the contacts provider would list it. Each notification asks it, so it
    /// must not build the list; without it, the provider's list is searched.
    void setContactCheck(std::function<bool(const QString &jid)> isReadableContact);
    /// Sets the user's bare JID, the author of the posts that the user publishes. setStore()
    /// sets it to the store's account.
    void setAccountJid(const QString &jid);
    /// Keeps the feed, the queued changes and the draft in \a store from now on, and loads them.
    /// With a null \a store they stay in memory.
    void setStore(std::unique_ptr<PostStore> store);

    FeedModel *feed() const;
    /// The user's bare JID in lowercase, or an empty string before the first sign-in without a store.
    QString accountJid() const;
    /// The store set by setStore(), or null.
    PostStore *store() const;
    int pendingCount() const;
    /// Whether a request for the posts of a node that the sign-in fetches is queued or waits for
    /// its response. feedsFetched() reports the end.
    bool isFetchingFeeds() const;

    /// Publishes a new post to the user's blog with \a title, the Markdown \a markdown, \a tags and
    /// the attachments \a enclosures, visible to \a visibility: "public" or "contacts". Returns the post's
    /// item id, or an empty string when the post is empty or the account has not signed in yet.
    Q_INVOKABLE QString publishPost(const QString &title, const QString &markdown, const QStringList &tags, const QString &visibility,
                                    const QVariant &enclosures = QVariant());
    /// Publishes a new post described by \a options. The keys \c title, \c markdown, \c tags,
    /// \c visibility and \c enclosures are as publishPost() takes them. \c links lists the related
    /// links as maps with \c href and \c title. \c service and \c node name a community, and are both
    /// empty or missing for the user's blog. Returns the item id as publishPost() does.
    Q_INVOKABLE QString publishWithOptions(const QVariant &options);
    /// Publishes the user's post \a itemId again with new text, keeping its Atom id and publication time.
    /// Returns false when the post is not the user's or not in the feed. A post older than the
    /// loaded rows is looked up in the store, and actionFailed() reports when it is not there.
    Q_INVOKABLE bool editPost(const QString &itemId, const QString &title, const QString &markdown, const QStringList &tags, const QString &visibility,
                              const QVariant &enclosures = QVariant());
    /// Edits the user's post \a itemId with \a options as publishWithOptions() takes them; \c service
    /// and \c node find the post in a community. Returns false as editPost() does.
    Q_INVOKABLE bool editWithOptions(const QString &itemId, const QVariant &options);
    /// Retracts the user's post \a itemId, notifying the subscribers, and deletes its comments node.
    /// Finds the post as editPost() does.
    Q_INVOKABLE bool deletePost(const QString &itemId);
    /// Retracts the post \a itemId of \a node at \a service: a post of the user's blog (empty
    /// \a service), a post of a community that the user published, or any post of a community that
    /// the user owns. Returns false when the post is not in the feed or the user may not delete it.
    Q_INVOKABLE bool deletePostAt(const QString &service, const QString &node, const QString &itemId);

    /// Sets the access model of the user's own blog node, such as "open" or "presence", once it is
    /// known: every post of the user's blog gets it, in the store and in the feed, because PEP has
    /// one access model per node. A successful publish sets it from the post's visibility.
    void setOwnAccessModel(const QString &accessModel);

    /// Requests the newest posts of the nodes of \a jids not yet requested on this connection.
    void fetchFeeds(const QStringList &jids);
    /// Requests the newest posts of the contacts not yet requested on this connection.
    void fetchContactFeeds();

    /// The stored draft as a map with title, body, tags and visibility, or an empty map.
    QVariantMap draft() const;
    Q_INVOKABLE void saveDraft(const QString &title, const QString &body, const QStringList &tags, const QString &visibility);
    Q_INVOKABLE void discardDraft();

Q_SIGNALS:
    void pendingCountChanged();
    void draftChanged();
    /// Reports that the server confirmed the publication or the edit of the post \a itemId.
    void postPublished(const QString &itemId);
    void postDeleted(const QString &itemId);
    /// Reports that the server rejected the change of the post \a itemId, with a translated sentence.
    void actionFailed(const QString &itemId, const QString &errorText);
    /// Reports that the server responded to the request for every node fetched at sign-in.
    void feedsFetched();

protected:
    void setClient(QXmppClient *client) override;

private:
    void handleConnected();
    void handleDisconnected();
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleNodeRemoved(const QString &service, const QString &node);
    bool isFeedSource(const QString &service) const;
    /// Stores and shows the posts of \a items, and requests the items that came without a payload.
    void storeItems(const QString &service, const QVector<PubSubItem> &items);
    void storePost(const FeedPost &post, bool pending);
    void removePost(const QString &service, const QString &node, const QString &itemId);
    void requestItem(const QString &service, const QString &itemId);

    void fetchNext();
    void finishFetch();

    /// Calls \a use with the post \a itemId of \a node at \a service (empty for the user's blog) from
    /// the feed or the store, when the user may change it: on the user's blog, the user's post in a
    /// community, or with \a asOwner any post of a community that the user owns. Returns false when
    /// the post is not in the feed and there is no store; \a change names the request in logs.
    /// NOTE: the store lookup finds posts of the feed only, so a post that only NodePostsModel
    /// cached (a community the user did not subscribe to) cannot be edited or deleted.
    bool withPost(const QString &service, const QString &node, const QString &itemId, bool asOwner, const char *change,
                  const std::function<void(const FeedPost &)> &use);
    /// Queues a new post, or an edit of \a current, from \a options.
    QString queuePublish(const QVariantMap &options, const QString &itemId, const std::optional<FeedPost> &current);
    /// The service and node where the post of \a action is stored: the user's bare JID and the
    /// microblog node for the blog.
    QString storedService(const PendingPostAction &action) const;
    QString storedNode(const PendingPostAction &action) const;
    /// Queues \a action and shows the post as pending: the new text of a publication, or \a current for a retraction.
    void queueAction(const PendingPostAction &action, const std::optional<FeedPost> &current = std::nullopt);
    void mergeStoredActions(const QVector<PendingPostAction> &stored);
    void sendNextAction();
    void publishAction(const PendingPostAction &action);
    void publishEntry(const PendingPostAction &action, bool withOptions);
    void retractAction(const PendingPostAction &action);
    /// Ends the first queued action: it leaves the queue and the store.
    void finishAction();
    /// Shows the post of \a action as the server has it after the server rejected the action.
    void restoreAfterFailure(const PendingPostAction &action);
    /// Keeps the first queued action for the next connection or retry after \a result.
    bool keepForRetry(const PubSubResult &result);
    FeedPost pendingPost(const PendingPostAction &action) const;
    MicroblogEntry entryOf(const PendingPostAction &action) const;

    PubSubClient *m_pubsub;
    PubSubEventReader *m_events;
    FeedModel *m_feed;
    std::unique_ptr<PostStore> m_store;
    std::function<QStringList()> m_contacts;
    std::function<bool(const QString &)> m_isReadableContact;
    // The user's bare JID: the store's account, or the signed-in JID without a store.
    QString m_accountJid;

    // Nodes requested on this connection, those waiting and the number of requests running.
    QSet<QString> m_fetched;
    QStringList m_fetchQueue;
    int m_activeFetches = 0;

    QVector<PendingPostAction> m_actions;
    bool m_sending = false;
    bool m_loadingActions = false;
    // Counts the stores set and the connections, so that results for a replaced one are dropped.
    int m_storeGeneration = 0;
    int m_connection = 0;

    PostDraft m_draft;
    // The access model of the user's blog node, or empty while unknown.
    QString m_ownAccessModel;
};
