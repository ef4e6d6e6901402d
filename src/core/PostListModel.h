#pragma once

#include "FeedPost.h"

#include <QAbstractListModel>
#include <QVector>

/// A list of microblog posts, newest first (by publication time, then by item id, as
/// PostStore's pages), with the roles of FeedModel. The base of NodePostsModel and
/// TaggedPostsModel.
///
/// Roles: those of FeedModel (FeedModel::Role), with the same names. \c unread is false and
/// \c pending false for every post, because these lists have no read state. \c canDelete is the
/// same as \c own.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool canLoadMore READ canLoadMore NOTIFY canLoadMoreChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    /// Number of posts that each loadMore() adds at most.
    static constexpr int PageSize = 20;

    explicit PostListModel(const QString &accountJid, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Whether older posts may follow the last row.
    bool canLoadMore() const;
    /// Whether a page is being read.
    bool isLoading() const;
    /// Appends the next page of older posts.
    Q_INVOKABLE virtual void loadMore() = 0;

    /// Inserts \a post at its place, or replaces the row of the same item.
    void upsertPost(const FeedPost &post);
    void removePost(const QString &service, const QString &node, const QString &itemId);
    void clear();
    int indexOf(const QString &service, const QString &node, const QString &itemId) const;
    /// The post of \a row, which must be valid.
    const FeedPost &postAt(int row) const;

Q_SIGNALS:
    void countChanged();
    void canLoadMoreChanged();
    void loadingChanged();

protected:
    void setCanLoadMore(bool canLoadMore);
    void setLoading(bool loading);
    QString accountJid() const;

private:
    int insertionRow(const FeedPost &post) const;

    QString m_accountJid;
    QVector<FeedPost> m_posts;
    bool m_canLoadMore = true;
    bool m_loading = false;
};
