#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class ContactGroupRowsModel;

/// The contacts as the contact list shows them: grouped, then sorted by name.
///
/// A contact has a row under each of its roster groups, and contacts without a
/// group have one row, after every group. Rows are sorted by that group, then
/// by display name with the locale's collation, then by JID. Set the contacts
/// with the \c contacts property: the proxy's own source model is internal.
/// It has the roles of ContactsModel and one more:
/// - \c section (QString): the roster group of the row, or an empty string for
///   a contact in no group. A ListView uses it as its section property.
class ContactListModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The account's ContactsModel.
    Q_PROPERTY(QAbstractItemModel *contacts READ contacts WRITE setContacts NOTIFY contactsChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 100,
    };
    Q_ENUM(Role)

    explicit ContactListModel(QObject *parent = nullptr);

    int count() const;
    /// Returns the roster groups of the contacts, each once, in the order of the sections.
    Q_INVOKABLE QStringList groupNames() const;
    QAbstractItemModel *contacts() const;
    void setContacts(QAbstractItemModel *contacts);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void contactsChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void watchSourceModel();
    static QString sectionOf(const QModelIndex &sourceIndex);

    ContactGroupRowsModel *m_rows;
    QCollator m_collator;
    QMetaObject::Connection m_sourceDataChanged;
};
