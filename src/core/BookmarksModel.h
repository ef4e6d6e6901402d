#pragma once

#include "Bookmark.h"

#include <QAbstractListModel>
#include <QVector>

/// The user's bookmarked rooms, sorted by name (or JID where there is none), then by JID.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): bare JID of the room.
/// - \c name (QString): the bookmark's name; empty when it has none.
/// - \c displayName (QString): the name, or the JID without a name.
/// - \c nick (QString): nickname to join with; empty for the default.
/// - \c autojoin (bool): whether the room is joined at sign-in.
/// - \c hasPassword (bool): whether the bookmark stores a password, which the model never shows.
class BookmarksModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        NickRole,
        AutojoinRole,
        HasPasswordRole,
    };
    Q_ENUM(Role)

    explicit BookmarksModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVector<Bookmark> bookmarks() const;
    /// Returns the bookmark of the room \a jid, or nothing when there is none.
    std::optional<Bookmark> bookmark(const QString &jid) const;

    /// Replaces every bookmark, as after fetching them all.
    void setBookmarks(const QVector<Bookmark> &bookmarks);
    /// Adds \a bookmark, or replaces the one with its JID.
    void setBookmark(const Bookmark &bookmark);
    void removeBookmark(const QString &jid);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &jid) const;
    void insertSorted(const Bookmark &bookmark);

    QVector<Bookmark> m_bookmarks;
};
