#pragma once

#include <QSortFilterProxyModel>

/// The rows of a list model in reverse order, with the same roles.
///
/// The conversation view lays its messages out from the bottom up
/// (ListView.BottomToTop), so it takes MessagesModel, which is oldest first,
/// through this proxy: the newest message is row 0, at the bottom. Older pages
/// that the source puts in front of its rows land after the last row here, at
/// the top of the view, so the messages on screen keep their place. fetchMore()
/// and canFetchMore() go to the source, so a ListView that reaches its last row
/// requests the source's older page.
class ReversedListModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ReversedListModel(QObject *parent = nullptr);

    int count() const;
    /// Returns the row of this model that shows the row \a sourceRow of the source, or -1 when the
    /// source has no such row. QML views use it to scroll to a row that MessagesModel found.
    Q_INVOKABLE int rowFromSource(int sourceRow) const;

Q_SIGNALS:
    void countChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
