#pragma once

#include "CommunitySubscription.h"

#include <QAbstractListModel>
#include <QVector>

#include <optional>

/// The user's subscriptions to communities, as CommunityService keeps them in sync with the
/// user's PEP node, sorted by title, then by service and node.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c service (QString): JID of the PubSub service.
/// - \c node (QString): name of the node.
/// - \c title (QString): the community's title, or empty.
/// - \c displayTitle (QString): the title, or the node's name without a title.
/// - \c state (QString): "subscribed", or "pending" while the node's owner has not approved it.
/// - \c notify (bool): whether the user wants notifications of new posts.
class SubscriptionsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        NodeRole,
        TitleRole,
        DisplayTitleRole,
        StateRole,
        NotifyRole,
    };
    Q_ENUM(Role)

    explicit SubscriptionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the subscription to \a node of \a service, or nothing when there is none.
    std::optional<CommunitySubscription> subscription(const QString &service, const QString &node) const;
    QVector<CommunitySubscription> subscriptions() const;

    /// Adds \a subscription, or replaces the one to its node.
    void setSubscription(const CommunitySubscription &subscription);
    void removeSubscription(const QString &service, const QString &node);
    /// Replaces every subscription with \a subscriptions.
    void setSubscriptions(const QVector<CommunitySubscription> &subscriptions);

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &service, const QString &node) const;
    void insertSorted(const CommunitySubscription &subscription);

    QVector<CommunitySubscription> m_rows;
};
