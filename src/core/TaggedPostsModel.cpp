#include "TaggedPostsModel.h"

#include "store/PostStore.h"

TaggedPostsModel::TaggedPostsModel(const QString &tag, const QString &accountJid, std::function<PostStore *()> store, QObject *parent)
    : PostListModel(accountJid, parent)
    , m_tag(tag.trimmed())
    , m_store(std::move(store))
{
}

QString TaggedPostsModel::tag() const
{
    return m_tag;
}

void TaggedPostsModel::refresh()
{
    ++m_generation;
    clear();
    setLoading(false);
    setCanLoadMore(true);
    loadMore();
}

void TaggedPostsModel::loadMore()
{
    PostStore *store = m_store();
    if (isLoading() || !canLoadMore()) {
        return;
    }
    if (!store || m_tag.isEmpty()) {
        setCanLoadMore(false);
        return;
    }
    setLoading(true);
    FeedCursor cursor;
    if (rowCount() > 0) {
        cursor.published = postAt(rowCount() - 1).published;
        cursor.itemId = postAt(rowCount() - 1).itemId;
    }
    const int generation = m_generation;
    store->taggedPage(m_tag, cursor, PageSize, this, [this, generation](const QVector<FeedPost> &posts) {
        if (generation != m_generation) {
            return;
        }
        int added = 0;
        for (const FeedPost &post : posts) {
            if (indexOf(post.service, post.node, post.itemId) < 0) {
                upsertPost(post);
                ++added;
            }
        }
        setLoading(false);
        setCanLoadMore(posts.size() == PageSize);
        Q_EMIT pageLoaded(added);
    });
}
