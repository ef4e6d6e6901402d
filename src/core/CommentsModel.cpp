#include "CommentsModel.h"

#include <QSet>

#include <algorithm>

namespace {

bool isOlder(const Comment &a, const Comment &b)
{
    if (a.published != b.published) {
        return a.published < b.published;
    }
    return a.itemId < b.itemId;
}

} // namespace

CommentsModel::CommentsModel(const QString &commentsUri, const QString &accountJid, QObject *parent)
    : QAbstractListModel(parent)
    , m_commentsUri(commentsUri)
    , m_accountJid(accountJid.toLower())
{
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Comment &comment = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return comment.itemId;
    case AuthorJidRole:
        return comment.authorJid;
    case Qt::DisplayRole:
    case AuthorNameRole:
        return comment.authorName;
    case ContentHtmlRole:
        return comment.contentHtml;
    case PlainTextRole:
        return comment.plainText;
    case PublishedRole:
        return comment.published;
    case OwnRole:
        return isOwn(comment);
    case PendingRole:
        return comment.pending;
    case CanDeleteRole:
        return m_nodeOwner || isOwn(comment);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},       {AuthorJidRole, "authorJid"}, {AuthorNameRole, "authorName"},
            {ContentHtmlRole, "contentHtml"}, {PlainTextRole, "plainText"}, {PublishedRole, "published"},
            {OwnRole, "own"},             {PendingRole, "pending"},     {CanDeleteRole, "canDelete"}};
}

QString CommentsModel::commentsUri() const
{
    return m_commentsUri;
}

int CommentsModel::likeCount() const
{
    QSet<QString> keys;
    for (const Comment &like : m_likes) {
        keys.insert(likeKey(like));
    }
    return keys.size();
}

bool CommentsModel::likedByMe() const
{
    return !likeItemIds(m_accountJid).isEmpty();
}

QStringList CommentsModel::likers() const
{
    QStringList result;
    for (const Comment &like : m_likes) {
        const QString liker = like.authorJid.isEmpty() ? like.authorName : like.authorJid;
        if (!liker.isEmpty() && !result.contains(liker)) {
            result.append(liker);
        }
    }
    return result;
}

bool CommentsModel::isLoading() const
{
    return m_loading;
}

QString CommentsModel::error() const
{
    return m_error;
}

void CommentsModel::setNodeOwner(bool owner)
{
    if (m_nodeOwner == owner) {
        return;
    }
    m_nodeOwner = owner;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(m_rows.size() - 1), {CanDeleteRole});
    }
}

void CommentsModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void CommentsModel::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void CommentsModel::upsert(const Comment &comment)
{
    const bool wasLike = std::any_of(m_likes.cbegin(), m_likes.cend(), [&comment](const Comment &like) {
        return like.itemId == comment.itemId;
    });
    const int row = indexOf(comment.itemId);

    // An item may turn from a comment into a like or back when it is published again.
    if (comment.isLike) {
        if (row >= 0) {
            remove(comment.itemId);
        }
        auto existing = std::find_if(m_likes.begin(), m_likes.end(), [&comment](const Comment &like) {
            return like.itemId == comment.itemId;
        });
        if (existing != m_likes.end()) {
            *existing = comment;
        } else {
            m_likes.append(comment);
        }
        Q_EMIT likesChanged();
        return;
    }

    if (wasLike) {
        remove(comment.itemId);
    }
    if (row >= 0 && m_rows.at(row).published == comment.published) {
        m_rows[row] = comment;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (row >= 0) {
        remove(comment.itemId);
    }
    insertSorted(comment);
}

void CommentsModel::replaceAll(const QVector<Comment> &comments)
{
    QVector<Comment> kept;
    for (const Comment &comment : std::as_const(m_rows) + m_likes) {
        if (comment.pending) {
            kept.append(comment);
        }
    }

    beginResetModel();
    m_rows.clear();
    m_likes.clear();
    for (const Comment &comment : comments + kept) {
        if (comment.isLike) {
            m_likes.erase(std::remove_if(m_likes.begin(), m_likes.end(), [&comment](const Comment &like) {
                              return like.itemId == comment.itemId;
                          }),
                          m_likes.end());
            m_likes.append(comment);
        } else {
            m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [&comment](const Comment &row) {
                             return row.itemId == comment.itemId;
                         }),
                         m_rows.end());
            m_rows.append(comment);
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), isOlder);
    endResetModel();
    Q_EMIT commentCountChanged();
    Q_EMIT likesChanged();
}

void CommentsModel::remove(const QString &itemId)
{
    const int row = indexOf(itemId);
    if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        Q_EMIT commentCountChanged();
    }
    const auto end = std::remove_if(m_likes.begin(), m_likes.end(), [&itemId](const Comment &like) {
        return like.itemId == itemId;
    });
    if (end != m_likes.end()) {
        m_likes.erase(end, m_likes.end());
        Q_EMIT likesChanged();
    }
}

std::optional<Comment> CommentsModel::find(const QString &itemId) const
{
    for (const Comment &comment : std::as_const(m_rows) + m_likes) {
        if (comment.itemId == itemId) {
            return comment;
        }
    }
    return std::nullopt;
}

QStringList CommentsModel::likeItemIds(const QString &jid) const
{
    QStringList ids;
    for (const Comment &like : m_likes) {
        if (!jid.isEmpty() && like.authorJid == jid.toLower()) {
            ids.append(like.itemId);
        }
    }
    return ids;
}

QVector<Comment> CommentsModel::all() const
{
    return m_rows + m_likes;
}

int CommentsModel::indexOf(const QString &itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).itemId == itemId) {
            return row;
        }
    }
    return -1;
}

bool CommentsModel::isOwn(const Comment &comment) const
{
    return !m_accountJid.isEmpty() && comment.authorJid == m_accountJid;
}

void CommentsModel::insertSorted(const Comment &comment)
{
    const auto position = std::upper_bound(m_rows.cbegin(), m_rows.cend(), comment, isOlder);
    const int row = int(position - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, comment);
    endInsertRows();
    Q_EMIT commentCountChanged();
}

QString CommentsModel::likeKey(const Comment &like)
{
    return like.authorJid.isEmpty() ? QStringLiteral("item:") + like.itemId : like.authorJid;
}
