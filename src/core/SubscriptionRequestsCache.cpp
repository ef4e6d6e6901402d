#include "SubscriptionRequestsCache.h"

#include "SubscriptionRequestsModel.h"
#include "salon_core_contacts_logging.h"

#include <QXmppClient.h>

SubscriptionRequestsCache::SubscriptionRequestsCache(QXmppClient *client, SubscriptionRequestsModel *model,
                                                     std::unique_ptr<SubscriptionRequestStore> store, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(std::move(store))
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        saveRows(first, last);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        saveRows(topLeft.row(), bottomRight.row());
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        removeRows(first, last);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SubscriptionRequestsCache::saveAll);
    connect(client, &QXmppClient::connected, this, [this] {
        m_cacheOutdated = true;
    });

    m_store->load(this, [this](const QVector<SubscriptionRequest> &cached) {
        showCached(cached);
    });
}

SubscriptionRequestsCache::~SubscriptionRequestsCache() = default;

void SubscriptionRequestsCache::showCached(const QVector<SubscriptionRequest> &cached)
{
    if (m_cacheOutdated) {
        return;
    }

    m_showingCache = true;
    for (SubscriptionRequest request : cached) {
        request.restored = true;
        m_model->addRequest(request);
    }
    m_showingCache = false;
    qCDebug(SALON_CORE_CONTACTS).noquote() << m_store->accountJid() << "showing" << cached.size() << "cached subscription requests";
}

void SubscriptionRequestsCache::saveRows(int first, int last)
{
    if (m_showingCache) {
        return;
    }
    m_cacheOutdated = true;
    for (int row = first; row <= last; ++row) {
        m_store->save(requestAt(row));
    }
}

void SubscriptionRequestsCache::removeRows(int first, int last)
{
    m_cacheOutdated = true;
    for (int row = first; row <= last; ++row) {
        m_store->remove(requestAt(row).jid);
    }
}

void SubscriptionRequestsCache::saveAll()
{
    m_cacheOutdated = true;
    QVector<SubscriptionRequest> requests;
    requests.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        requests.append(requestAt(row));
    }
    m_store->replaceAll(requests);
}

SubscriptionRequest SubscriptionRequestsCache::requestAt(int row) const
{
    const QModelIndex index = m_model->index(row);
    SubscriptionRequest request;
    request.jid = m_model->data(index, SubscriptionRequestsModel::JidRole).toString();
    request.name = m_model->data(index, SubscriptionRequestsModel::NameRole).toString();
    request.message = m_model->data(index, SubscriptionRequestsModel::MessageRole).toString();
    return request;
}
