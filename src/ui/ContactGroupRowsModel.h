#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

/// The contacts of a ContactsModel with one row per contact and roster group.
///
/// A contact in two groups has two rows, and a contact in no group has one.
/// Rows keep the order of the source rows, and the rows of one contact follow
/// the order of its groups. Each row has every role of the source model, read
/// from the contact's source row, and one more:
/// - \c group (QString): the roster group of this row, or an empty string for
///   a contact in no group.
class ContactGroupRowsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        GroupRole = Qt::UserRole + 101,
    };
    Q_ENUM(Role)

    explicit ContactGroupRowsModel(QObject *parent = nullptr);

    /// Sets the contacts, a ContactsModel or a model with its roles; nullptr empties the model.
    void setSourceModel(QAbstractItemModel *sourceModel);
    QAbstractItemModel *sourceModel() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry {
        int sourceRow;
        QString group;
    };

    QStringList groupsOfSourceRow(int sourceRow) const;
    // Returns the first entry of sourceRow, or of the first source row after it.
    int firstEntryOf(int sourceRow) const;
    void rebuild();
    void insertSourceRows(int first, int last);
    void removeSourceRows(int first, int last);
    void updateSourceRows(int first, int last, const QVector<int> &roles);
    void shiftSourceRows(int fromEntry, int delta);

    QPointer<QAbstractItemModel> m_source;
    QVector<Entry> m_entries;
    QVector<QMetaObject::Connection> m_connections;
};
