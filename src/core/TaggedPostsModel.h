#pragma once

#include "PostListModel.h"

#include <functional>

class PostStore;

/// The cached public posts that have one tag, newest first, for the explore page: posts of
/// nodes with access model "open" in PostStore, whether in the feed or cached by NodePostsModel.
/// Tags compare without case for ASCII letters.
///
/// The model reads PageSize posts at creation and each loadMore() the next page. It does not
/// follow new posts: refresh() reads the first page again.
///
/// NOTE: the store contains the access model of the user's own posts and of the communities that
/// CommunityFeed fetched, so posts of contacts' blogs do not appear here.
///
/// Roles: those of PostListModel.
class TaggedPostsModel : public PostListModel
{
    Q_OBJECT
    Q_PROPERTY(QString tag READ tag CONSTANT)

public:
    /// \a store returns the account's store, or null.
    TaggedPostsModel(const QString &tag, const QString &accountJid, std::function<PostStore *()> store, QObject *parent = nullptr);

    QString tag() const;
    void loadMore() override;
    /// Empties the model and reads the first page again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    /// Reports that a page has been read from the store, with \a added new rows.
    void pageLoaded(int added);

private:
    QString m_tag;
    std::function<PostStore *()> m_store;
    // Counts refresh() calls, so that a page read before one is dropped.
    int m_generation = 0;
};
