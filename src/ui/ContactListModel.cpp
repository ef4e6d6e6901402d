#include "ContactListModel.h"

#include "ContactGroupRowsModel.h"
#include "ContactsModel.h"

ContactListModel::ContactListModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_rows(new ContactGroupRowsModel(this))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0);

    connect(this, &QAbstractItemModel::rowsInserted, this, &ContactListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ContactListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ContactListModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ContactListModel::countChanged);
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, &ContactListModel::watchSourceModel);
    setSourceModel(m_rows);
}

int ContactListModel::count() const
{
    return rowCount();
}

QStringList ContactListModel::groupNames() const
{
    // The rows are sorted by group, so each group's rows are together.
    QStringList names;
    for (int row = 0; row < rowCount(); ++row) {
        const QString group = index(row, 0).data(SectionRole).toString();
        if (!group.isEmpty() && (names.isEmpty() || names.constLast() != group)) {
            names.append(group);
        }
    }
    return names;
}

QAbstractItemModel *ContactListModel::contacts() const
{
    return m_rows->sourceModel();
}

void ContactListModel::setContacts(QAbstractItemModel *contacts)
{
    if (m_rows->sourceModel() == contacts) {
        return;
    }
    m_rows->setSourceModel(contacts);
    Q_EMIT contactsChanged();
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (role == SectionRole) {
        return sectionOf(mapToSource(index));
    }
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(SectionRole, QByteArrayLiteral("section"));
    return names;
}

bool ContactListModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftSection = sectionOf(left);
    const QString rightSection = sectionOf(right);
    if (leftSection != rightSection) {
        // Contacts in no group come after every group.
        if (leftSection.isEmpty() || rightSection.isEmpty()) {
            return rightSection.isEmpty();
        }
        return m_collator.compare(leftSection, rightSection) < 0;
    }

    const int byName = m_collator.compare(left.data(ContactsModel::DisplayNameRole).toString(), right.data(ContactsModel::DisplayNameRole).toString());
    if (byName != 0) {
        return byName < 0;
    }
    return left.data(ContactsModel::JidRole).toString() < right.data(ContactsModel::JidRole).toString();
}

void ContactListModel::watchSourceModel()
{
    disconnect(m_sourceDataChanged);
    if (!sourceModel()) {
        return;
    }

    // The sort uses several roles, but the dynamic sort of QSortFilterProxyModel
    // only follows sortRole(). A renamed or regrouped contact is moved here.
    m_sourceDataChanged = connect(sourceModel(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QVector<int> &roles) {
        const bool affectsOrder = roles.isEmpty() || roles.contains(ContactsModel::DisplayNameRole) || roles.contains(ContactGroupRowsModel::GroupRole)
            || roles.contains(ContactsModel::JidRole);
        if (affectsOrder) {
            invalidate();
        }
    });
}

QString ContactListModel::sectionOf(const QModelIndex &sourceIndex)
{
    return sourceIndex.data(ContactGroupRowsModel::GroupRole).toString();
}
