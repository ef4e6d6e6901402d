#pragma once

#include "store/ContactStore.h"

#include <QObject>

#include <memory>

class ContactsModel;
class QXmppClient;
class QXmppRosterManager;

/// Keeps the account's roster in the SQL cache and shows the cached roster before the server's arrives.
///
/// On creation it fills the contacts model from the store (every contact
/// offline), unless the server's roster came first. Afterwards every roster
/// the server sends, and every roster push, is written to the store.
class RosterCache : public QObject
{
    Q_OBJECT

public:
    RosterCache(QXmppClient *client, ContactsModel *model, std::unique_ptr<ContactStore> store, QObject *parent = nullptr);
    ~RosterCache() override;

Q_SIGNALS:
    /// Reports that the cached roster is in the model (or that the server's roster made it unneeded).
    void loaded();

private:
    void saveRoster();
    void saveItem(const QString &bareJid);

    QXmppClient *m_client;
    QXmppRosterManager *m_rosterManager;
    ContactsModel *m_model;
    std::unique_ptr<ContactStore> m_store;
    bool m_serverRosterReceived = false;
};
