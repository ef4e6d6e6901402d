#pragma once

#include "SubscriptionRequest.h"
#include "store/SubscriptionRequestStore.h"

#include <QObject>

#include <memory>

class QXmppClient;
class SubscriptionRequestsModel;

/// Keeps the account's pending subscription requests in the SQL cache and shows the cached ones before the server's arrive.
///
/// On creation it fills the requests model from the store, unless the model
/// changed or the client connected before the store replied: after a
/// connection the server sends every pending request again. Afterwards every
/// change of the model is written to the store.
class SubscriptionRequestsCache : public QObject
{
    Q_OBJECT

public:
    SubscriptionRequestsCache(QXmppClient *client, SubscriptionRequestsModel *model, std::unique_ptr<SubscriptionRequestStore> store,
                              QObject *parent = nullptr);
    ~SubscriptionRequestsCache() override;

private:
    void showCached(const QVector<SubscriptionRequest> &cached);
    void saveRows(int first, int last);
    void removeRows(int first, int last);
    void saveAll();
    SubscriptionRequest requestAt(int row) const;

    SubscriptionRequestsModel *m_model;
    std::unique_ptr<SubscriptionRequestStore> m_store;
    /// Whether the model contains newer data than the store because it changed or the client connected.
    bool m_cacheOutdated = false;
    bool m_showingCache = false;
};
