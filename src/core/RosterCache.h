#pragma once

#include "store/ContactStore.h"

#include <QObject>

#include <memory>

class ContactsModel;
class RosterManager;

/// Keeps the account's roster in the SQL cache and shows the cached roster before the server's arrives.
///
/// On creation it fills the contacts model from the store (every contact
/// offline) and hands the cached roster with its version to the roster
/// manager, the base of a versioned roster request, unless the server's
/// roster or a roster push came first. Afterwards every roster the server sends, and every
/// roster push, is written to the store with the roster's new version.
class RosterCache : public QObject
{
    Q_OBJECT

public:
    RosterCache(RosterManager *rosterManager, ContactsModel *model, std::unique_ptr<ContactStore> store, QObject *parent = nullptr);
    ~RosterCache() override;

    /// Whether the store held a roster of the account, even an empty one, from an earlier sign-in.
    /// False until loaded() was emitted.
    bool foundCachedRoster() const;

Q_SIGNALS:
    /// Reports that the cached roster is in the model (or that the server's roster made it unneeded).
    void loaded();

private:
    void showCached(const QString &version);
    void saveRoster();
    void saveItem(const QString &bareJid);

    RosterManager *m_rosterManager;
    ContactsModel *m_model;
    std::unique_ptr<ContactStore> m_store;
    QVector<Contact> m_cached;
    /// Whether the server sent its roster or a roster push since this cache was created.
    bool m_serverDataReceived = false;
    bool m_foundCachedRoster = false;
};
