#pragma once

#include "SubscriptionRequest.h"

#include <QAbstractListModel>
#include <QVector>

/// Presence subscription requests that wait for the user to accept or decline them.
///
/// Roles (the names are those of roleNames(), used by QML and the web front end):
/// - \c jid (QString): bare JID of the requester.
/// - \c name (QString): nickname sent with the request (XEP-0172); empty when none.
/// - \c displayName (QString): the name, or the JID when the request has no name.
/// - \c message (QString): status text of the request, written by the requester; empty when none.
/// - \c restored (bool): whether the request came from the cache of an earlier run, which
///   announced it. It turns false once the server sends the request in this run.
///
/// There is at most one row per JID; rows keep the order in which the requests arrived.
class SubscriptionRequestsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        DisplayNameRole,
        MessageRole,
        RestoredRole,
    };
    Q_ENUM(Role)

    explicit SubscriptionRequestsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the row of the request from \a jid, or -1.
    int indexOf(const QString &jid) const;
    /// Returns the request from \a jid, or a request with an empty JID.
    SubscriptionRequest request(const QString &jid) const;

    /// Appends \a request, or updates the row of a request from the same JID.
    void addRequest(const SubscriptionRequest &request);
    /// Removes the request from \a jid; returns false when there is none.
    bool removeRequest(const QString &jid);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    QVector<SubscriptionRequest> m_requests;
};
