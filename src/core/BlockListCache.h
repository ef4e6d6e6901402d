#pragma once

#include "store/BlockListStore.h"

#include <QObject>

#include <memory>

class BlockedModel;
class QXmppClient;

/// Keeps the account's block list (XEP-0191) in the SQL cache and shows the cached one before the server's arrives.
///
/// On creation it fills the blocked model from the store, unless the model
/// changed or the client connected before the store replied: after a
/// connection BlockingService fetches the server's block list. Afterwards
/// every change of the model is written to the store.
class BlockListCache : public QObject
{
    Q_OBJECT

public:
    BlockListCache(QXmppClient *client, BlockedModel *model, std::unique_ptr<BlockListStore> store, QObject *parent = nullptr);
    ~BlockListCache() override;

private:
    void showCached(const QStringList &cached);
    QStringList jidsAt(int first, int last) const;

    BlockedModel *m_model;
    std::unique_ptr<BlockListStore> m_store;
    /// Whether the model contains newer data than the store because it changed or the client connected.
    bool m_cacheOutdated = false;
    bool m_showingCache = false;
};
