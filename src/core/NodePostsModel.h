#pragma once

#include "PostListModel.h"

#include <functional>

class PostStore;
class PubSubClient;
class PubSubEventReader;
struct PubSubItem;
struct PubSubItemsPage;

/// The posts of one node, newest first: a user's blog (the node \c urn:xmpp:microblog:0 of the
/// user's PEP service) for a profile page, or one community's node.
///
/// open() shows the posts cached in PostStore at once, then requests the newest PageSize items
/// from the service. When the service paged that response with Result Set Management (XEP-0059),
/// each loadMore() requests the page after its last item. Prosody 0.12 does not page items, so
/// otherwise loadMore() requests the newest items again, PageSize more than before, and adds the
/// new ones. Every post received is cached in the store without
/// entering the feed. While the model exists, published and retracted items of the node arrive
/// live, as far as the server sends their events to the user: for the user's subscriptions and for
/// the blogs of contacts. Without a connection loadMore() reads the next cached page instead, and
/// canLoadMore becomes false after the last cached page.
///
/// Roles: those of PostListModel.
class NodePostsModel : public PostListModel
{
    Q_OBJECT
    Q_PROPERTY(QString service READ service CONSTANT)
    Q_PROPERTY(QString node READ node CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    /// Maximum number of items requested at once when the service does not page.
    static constexpr int MaxUnpagedItems = 1000;

    /// \a store returns the account's store, or null; \a pubsub and \a events must outlive the model.
    NodePostsModel(const QString &service, const QString &node, const QString &accountJid, PubSubClient *pubsub, PubSubEventReader *events,
                   std::function<PostStore *()> store, QObject *parent = nullptr);

    QString service() const;
    QString node() const;
    /// A translated sentence for the last failed request, or an empty string.
    QString errorText() const;

    /// Shows the cached posts and requests the newest page from the service.
    void open();
    void loadMore() override;

Q_SIGNALS:
    void errorTextChanged();
    /// Reports that a page from the service or the store has been added, with \a added new rows.
    void pageLoaded(int added);

private:
    void requestPage();
    void handlePage(const PubSubItemsPage &page, int requested);
    void loadCachedPage();
    int addItems(const QVector<PubSubItem> &items);
    void handlePublished(const QString &service, const QString &node, const QVector<PubSubItem> &items);
    void handleRetracted(const QString &service, const QString &node, const QStringList &itemIds);
    void handleNodeRemoved(const QString &service, const QString &node);
    bool isThisNode(const QString &service, const QString &node) const;
    void setErrorText(const QString &text);

    QString m_service;
    QString m_node;
    PubSubClient *m_pubsub;
    std::function<PostStore *()> m_store;
    QString m_errorText;
    // The last item id of the previous response when the service paged it (RSM), else empty.
    QString m_lastId;
    // Number of items the service returned in its last response without RSM.
    int m_unpagedCount = 0;
};
