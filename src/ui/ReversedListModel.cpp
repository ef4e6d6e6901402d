#include "ReversedListModel.h"

ReversedListModel::ReversedListModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);

    connect(this, &QAbstractItemModel::rowsInserted, this, &ReversedListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ReversedListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ReversedListModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ReversedListModel::countChanged);
}

int ReversedListModel::count() const
{
    return rowCount();
}

int ReversedListModel::rowFromSource(int sourceRow) const
{
    if (!sourceModel() || sourceRow < 0 || sourceRow >= sourceModel()->rowCount()) {
        return -1;
    }
    return mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

bool ReversedListModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.row() > right.row();
}
