#pragma once

#include "SubscriptionRequest.h"

#include <QObject>
#include <QVector>

#include <functional>

class Database;

/// The cached subscription requests of one account, in the table subscription_requests.
///
/// Like ContactStore, a store is bound to one account and only reads and
/// writes that account's rows. Requests keep the order in which they were
/// first saved.
class SubscriptionRequestStore
{
public:
    SubscriptionRequestStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Reads the cached requests, oldest first, and delivers them in the thread of \a context.
    void load(QObject *context, std::function<void(QVector<SubscriptionRequest>)> done) const;
    /// Appends \a request, or updates the request from the same JID in its place.
    void save(const SubscriptionRequest &request);
    void remove(const QString &jid);
    /// Replaces the cached requests with \a requests, in their order, in one transaction.
    void replaceAll(const QVector<SubscriptionRequest> &requests);

private:
    Database *m_database;
    QString m_account;
};
