#pragma once

#include "CommunityInfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

/// The communities (nodes) of one PubSub service, as CommunityDirectory lists them, sorted by
/// title, then by node. A community whose info arrives may move.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c service (QString): JID of the PubSub service.
/// - \c node (QString): name of the node.
/// - \c title (QString): the node's title, or empty when the service gives none.
/// - \c displayTitle (QString): the title, or the node's name without a title.
/// - \c description (QString): the node's description, which may contain line breaks.
/// - \c accessModel (QString): "open", "presence", "roster", "authorize", "whitelist", or empty when unknown.
/// - \c payloadType (QString): the namespace of the node's items, or empty when unknown.
/// - \c subscribers (int): number of subscribers, or -1 when unknown.
/// - \c items (int): number of items, or -1 when unknown.
/// - \c infoLoaded (bool): whether the node's info arrived. Until then only service, node,
///   title and displayTitle are known.
/// - \c subscriptionState (QString): the user's subscription, "subscribed", "pending" or "none",
///   as the SubscriptionsModel of setSubscriptions() has it; "none" without one.
/// - \c owned (bool): whether the user owns the node: from the user's affiliations with the
///   service's nodes that CommunityDirectory requests for each listing, or as the SubscriptionsModel
///   of setSubscriptions() has it. False while unknown.
class SubscriptionsModel;

class CommunityDirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString service READ service NOTIFY serviceChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        NodeRole,
        TitleRole,
        DisplayTitleRole,
        DescriptionRole,
        AccessModelRole,
        PayloadTypeRole,
        SubscribersRole,
        ItemsRole,
        InfoLoadedRole,
        SubscriptionStateRole,
        OwnedRole,
    };
    Q_ENUM(Role)

    explicit CommunityDirectoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The service whose nodes are listed, or empty before the first listing.
    QString service() const;
    /// Whether CommunityDirectory is still listing nodes or requesting their info.
    bool isLoading() const;

    /// Returns the listed community \a node, or nothing when it is not listed.
    std::optional<CommunityInfo> community(const QString &node) const;
    /// Returns whether \a node is listed.
    Q_INVOKABLE bool contains(const QString &node) const;

    /// Shows the user's subscriptions of \a subscriptions, which must outlive the model, in the
    /// \c subscriptionState role.
    void setSubscriptions(const SubscriptionsModel *subscriptions);

    /// Marks the listed or future \a node of the current service as owned by the user, or not.
    /// reset() clears the marks.
    void setOwned(const QString &node, bool owned);
    bool isOwned(const QString &node) const;

    /// Removes every community and starts the list of \a service.
    void reset(const QString &service);
    void setLoading(bool loading);
    /// Adds \a community, or replaces the listed community with its node.
    void setCommunity(const CommunityInfo &community);
    /// Removes the community \a node, if it is listed.
    void removeCommunity(const QString &node);

Q_SIGNALS:
    void countChanged();
    void serviceChanged();
    void loadingChanged();

private:
    int rowOf(const QString &node) const;
    void updateSubscriptionStates();
    void insertSorted(const CommunityInfo &community);

    QVector<CommunityInfo> m_rows;
    /// The nodes of m_rows, for lookups in lists of thousands of nodes.
    QSet<QString> m_listed;
    QString m_service;
    /// The nodes of the current service that the user owns, listed or not yet.
    QSet<QString> m_owned;
    const SubscriptionsModel *m_subscriptions = nullptr;
    bool m_loading = false;
};
