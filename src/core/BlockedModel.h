#pragma once

#include <QAbstractListModel>
#include <QStringList>

/// The addresses the user blocked (XEP-0191), as the server's block list has them.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): a blocked JID. Usually a bare JID, but a block list may
///   also hold a domain or a full JID that another client added.
///
/// Rows are sorted by JID, and a JID appears at most once.
class BlockedModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit BlockedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the blocked JIDs, sorted.
    QStringList jids() const;
    bool contains(const QString &jid) const;

    /// Replaces the whole list, as after fetching the block list.
    void setJids(const QStringList &jids);
    /// Adds the JIDs that are not in the list yet.
    void addJids(const QStringList &jids);
    /// Removes the listed JIDs; others are ignored.
    void removeJids(const QStringList &jids);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    void insertJid(const QString &jid);
    void removeJid(const QString &jid);

    QStringList m_jids;
};
