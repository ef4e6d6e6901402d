#include "BookmarksModel.h"

#include <algorithm>

namespace {

QString displayNameOf(const Bookmark &bookmark)
{
    return bookmark.name.isEmpty() ? bookmark.jid : bookmark.name;
}

bool isBefore(const Bookmark &a, const Bookmark &b)
{
    const int byName = QString::localeAwareCompare(displayNameOf(a).toCaseFolded(), displayNameOf(b).toCaseFolded());
    return byName != 0 ? byName < 0 : a.jid < b.jid;
}

} // namespace

BookmarksModel::BookmarksModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BookmarksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QVariant BookmarksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Bookmark &bookmark = m_bookmarks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return displayNameOf(bookmark);
    case JidRole:
        return bookmark.jid;
    case NameRole:
        return bookmark.name;
    case NickRole:
        return bookmark.nick;
    case AutojoinRole:
        return bookmark.autojoin;
    case HasPasswordRole:
        return !bookmark.password.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> BookmarksModel::roleNames() const
{
    return {
        {JidRole, QByteArrayLiteral("jid")},
        {NameRole, QByteArrayLiteral("name")},
        {DisplayNameRole, QByteArrayLiteral("displayName")},
        {NickRole, QByteArrayLiteral("nick")},
        {AutojoinRole, QByteArrayLiteral("autojoin")},
        {HasPasswordRole, QByteArrayLiteral("hasPassword")},
    };
}

QVector<Bookmark> BookmarksModel::bookmarks() const
{
    return m_bookmarks;
}

std::optional<Bookmark> BookmarksModel::bookmark(const QString &jid) const
{
    const int row = rowOf(jid);
    return row < 0 ? std::nullopt : std::optional<Bookmark>(m_bookmarks.at(row));
}

void BookmarksModel::setBookmarks(const QVector<Bookmark> &bookmarks)
{
    QVector<Bookmark> sorted;
    for (const Bookmark &bookmark : bookmarks) {
        const bool repeated = std::any_of(sorted.cbegin(), sorted.cend(), [&bookmark](const Bookmark &known) {
            return known.jid == bookmark.jid;
        });
        if (!repeated) {
            sorted.append(bookmark);
        }
    }
    std::sort(sorted.begin(), sorted.end(), isBefore);
    if (sorted == m_bookmarks) {
        return;
    }
    const bool countChanges = sorted.size() != m_bookmarks.size();
    beginResetModel();
    m_bookmarks = sorted;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void BookmarksModel::setBookmark(const Bookmark &bookmark)
{
    const int row = rowOf(bookmark.jid);
    if (row >= 0) {
        if (m_bookmarks.at(row) == bookmark) {
            return;
        }
        // A new name may move the row, so it is taken out and put back in its place.
        beginRemoveRows({}, row, row);
        m_bookmarks.removeAt(row);
        endRemoveRows();
        insertSorted(bookmark);
        return;
    }
    insertSorted(bookmark);
    Q_EMIT countChanged();
}

void BookmarksModel::removeBookmark(const QString &jid)
{
    const int row = rowOf(jid);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_bookmarks.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void BookmarksModel::clear()
{
    setBookmarks({});
}

int BookmarksModel::rowOf(const QString &jid) const
{
    for (int row = 0; row < m_bookmarks.size(); ++row) {
        if (m_bookmarks.at(row).jid == jid) {
            return row;
        }
    }
    return -1;
}

void BookmarksModel::insertSorted(const Bookmark &bookmark)
{
    const auto position = std::lower_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), bookmark, isBefore);
    const int row = int(position - m_bookmarks.cbegin());
    beginInsertRows({}, row, row);
    m_bookmarks.insert(row, bookmark);
    endInsertRows();
}
