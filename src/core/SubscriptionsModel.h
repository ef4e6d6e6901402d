#pragma once

#include "CommunitySubscription.h"

#include <QAbstractListModel>
#include <QSet>
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
/// - \c owned (bool): whether the user owns the node, as CommunityFeed learns from the node's
///   affiliations (XEP-0060, section 8.9) after fetching its posts, or because the user created
///   it. False until then.
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
        OwnedRole,
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

    /// Marks \a node of \a service as owned by the user, or no longer owned. The mark is kept for
    /// a node without a subscription too, in case the user subscribes later.
    void setOwned(const QString &service, const QString &node, bool owned);
    bool isOwned(const QString &service, const QString &node) const;

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &service, const QString &node) const;
    void insertSorted(const CommunitySubscription &subscription);

    QVector<CommunitySubscription> m_rows;
    // Nodes that the user owns, as "service<node" with the service in lowercase.
    QSet<QString> m_owned;
};
