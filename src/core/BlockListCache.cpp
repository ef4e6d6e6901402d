#include "BlockListCache.h"

#include "BlockedModel.h"
#include "salon_core_blocking_logging.h"

#include <QXmppClient.h>

BlockListCache::BlockListCache(QXmppClient *client, BlockedModel *model, std::unique_ptr<BlockListStore> store, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(std::move(store))
{
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        m_cacheOutdated = true;
        m_store->add(jidsAt(first, last));
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_cacheOutdated = true;
        m_store->remove(jidsAt(first, last));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_showingCache) {
            return;
        }
        m_cacheOutdated = true;
        m_store->replaceAll(m_model->jids());
    });
    connect(client, &QXmppClient::connected, this, [this] {
        m_cacheOutdated = true;
    });

    m_store->load(this, [this](const QStringList &cached) {
        showCached(cached);
    });
}

BlockListCache::~BlockListCache() = default;

void BlockListCache::showCached(const QStringList &cached)
{
    if (m_cacheOutdated) {
        return;
    }

    m_showingCache = true;
    m_model->setJids(cached);
    m_showingCache = false;
    qCDebug(SALON_CORE_BLOCKING).noquote() << m_store->accountJid() << "showing" << cached.size() << "cached blocked addresses";
}

QStringList BlockListCache::jidsAt(int first, int last) const
{
    QStringList jids;
    for (int row = first; row <= last; ++row) {
        jids.append(m_model->data(m_model->index(row), BlockedModel::JidRole).toString());
    }
    return jids;
}
