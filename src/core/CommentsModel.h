#pragma once

#include "Comment.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVector>

#include <optional>

/// The comments and likes of one microblog post (XEP-0277, section 4), oldest comment first.
///
/// CommentsService fills the model while it is open, from the store at once and then from the
/// comments node. Likes are not rows: likeCount counts each liking JID once, however many like
/// items it has published.
///
/// Roles:
/// - \c itemId: the PubSub item id of the comment.
/// - \c authorJid, \c authorName: the author's bare JID (may be empty) and display name.
/// - \c contentHtml: sanitized XHTML (one \c div); \c plainText: its text.
/// - \c published: QDateTime in UTC.
/// - \c own: the comment is the user's.
/// - \c pending: the user's comment that waits to be sent or retracted.
/// - \c canDelete: the user may retract it: an own comment, or any comment on a node the user owns.
class CommentsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString commentsUri READ commentsUri CONSTANT)
    Q_PROPERTY(int commentCount READ rowCount NOTIFY commentCountChanged)
    Q_PROPERTY(int likeCount READ likeCount NOTIFY likesChanged)
    Q_PROPERTY(bool likedByMe READ likedByMe NOTIFY likesChanged)
    /// The bare JIDs of the users who like the post, or their names when a like carries no JID.
    Q_PROPERTY(QStringList likers READ likers NOTIFY likesChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /// A translated sentence on why the comments could not be fetched; empty otherwise.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        AuthorJidRole,
        AuthorNameRole,
        ContentHtmlRole,
        PlainTextRole,
        PublishedRole,
        OwnRole,
        PendingRole,
        CanDeleteRole,
    };
    Q_ENUM(Role)

    CommentsModel(const QString &commentsUri, const QString &accountJid, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString commentsUri() const;
    int likeCount() const;
    bool likedByMe() const;
    QStringList likers() const;
    bool isLoading() const;
    QString error() const;

    /// Makes every comment deletable, when the user owns the comments node.
    void setNodeOwner(bool owner);
    void setLoading(bool loading);
    void setError(const QString &error);

    /// Adds \a comment or replaces the comment or like with its item id.
    void upsert(const Comment &comment);
    /// Replaces every comment and like that is not pending with \a comments, as after a fetch.
    void replaceAll(const QVector<Comment> &comments);
    void remove(const QString &itemId);
    /// Returns the comment or like with \a itemId.
    std::optional<Comment> find(const QString &itemId) const;
    /// Returns the item ids of the likes of \a jid.
    QStringList likeItemIds(const QString &jid) const;
    /// Returns every comment and like.
    QVector<Comment> all() const;
    int indexOf(const QString &itemId) const;

Q_SIGNALS:
    void commentCountChanged();
    void likesChanged();
    void loadingChanged();
    void errorChanged();

private:
    bool isOwn(const Comment &comment) const;
    void insertSorted(const Comment &comment);
    /// Returns the key that counts a like once: the author's JID, else the item id.
    static QString likeKey(const Comment &like);

    QString m_commentsUri;
    QString m_accountJid;
    QVector<Comment> m_rows;
    QVector<Comment> m_likes;
    bool m_nodeOwner = false;
    bool m_loading = false;
    QString m_error;
};
