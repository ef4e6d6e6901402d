#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

/// The contacts as the contact list shows them: grouped, then sorted by name.
///
/// Rows are sorted by their first roster group (contacts without a group
/// last), then by display name with the locale's collation, then by JID.
/// It has the source model's roles (see ContactsModel) and one more:
/// - \c section (QString): the first roster group, or an empty string for a
///   contact in no group. A ListView uses it as its section property.
class ContactListModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SectionRole = Qt::UserRole + 100,
    };
    Q_ENUM(Role)

    explicit ContactListModel(QObject *parent = nullptr);

    int count() const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void watchSourceModel();
    QString sectionOf(const QModelIndex &sourceIndex) const;

    QCollator m_collator;
    QMetaObject::Connection m_sourceDataChanged;
};
