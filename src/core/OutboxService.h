#pragma once

#include "store/OutboxStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

#include <memory>

class QXmppClient;
class QXmppIq;
class QXmppStanza;

/// Sends what the user writes, exactly as written, once the server can take it.
///
/// Every stanza is stored in the outbox before it is sent, and stays there
/// until the server acknowledges it. An IQ is acknowledged by its result or
/// error. A message or presence is acknowledged by the reply to a ping sent
/// after it, because the server handles a stream's stanzas in order.
/// Stanzas written while offline, or sent but not acknowledged before the
/// connection dropped, are sent again in order after the next sign-in, and
/// after a restart when the outbox has a store.
class OutboxService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    explicit OutboxService(QXmppClient *client, QObject *parent = nullptr);
    ~OutboxService() override;

    /// Keeps the outbox in \a store from now on and loads what it already contains.
    void setStore(std::unique_ptr<OutboxStore> store);

    /// Queues \a stanza, giving it an id when it has none, and returns that id.
    QString send(QXmppStanza &stanza, const QString &kind);

    int pendingCount() const;

    /// Forgets every queued stanza and the store, when another address signs in on the same account object.
    /// Stanzas already stored stay in their own account's rows and are sent at that account's next sign-in.
    void discardAll();

Q_SIGNALS:
    void pendingCountChanged();
    /// Reports that the server took the stanza \a stanzaId; it has left the outbox.
    void acknowledged(const QString &stanzaId);
    /// Reports that the server replied to the IQ \a stanzaId with an error; it has left the outbox.
    void rejected(const QString &stanzaId, const QString &errorText);

private:
    void enqueue(const OutboxItem &item);
    void mergeStored(const QVector<OutboxItem> &stored);
    void transmitPending();
    void handleIq(const QXmppIq &iq);
    void handleDisconnected();
    void acknowledge(const QString &stanzaId);
    void reject(const QString &stanzaId, const QString &errorText);
    bool takeItem(const QString &stanzaId);
    int indexOf(const QString &stanzaId) const;

    QXmppClient *m_client;
    std::unique_ptr<OutboxStore> m_store;
    bool m_loading = false;
    // Counts the stores set, so that the items of a replaced store are never merged.
    int m_storeGeneration = 0;
    QVector<OutboxItem> m_items;
    // Items sent on the current connection, and the pings that will acknowledge messages and presences.
    QSet<QString> m_transmitted;
    QHash<QString, QStringList> m_stanzasCoveredByPing;
};
