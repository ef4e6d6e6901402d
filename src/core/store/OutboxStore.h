#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include <functional>

class Database;

/// One stanza the user wrote, kept until the server acknowledges it.
struct OutboxItem
{
    /// "message", "presence" or "iq".
    QString kind;
    /// The stanza's id attribute; unique per account.
    QString stanzaId;
    /// The stanza as XML, exactly as it is sent.
    QString payload;
    /// When the user wrote it, in milliseconds since the Unix epoch (UTC).
    qint64 createdAtMs = 0;
    /// How many times it was sent without an acknowledgement.
    int attempts = 0;
};

/// The outbox of one account, in the table outbox.
///
/// Like ContactStore, a store is bound to one account and only reads and writes that account's rows.
class OutboxStore
{
public:
    OutboxStore(Database *database, const QString &accountJid);

    /// Reads the waiting items, oldest first, and delivers them in the thread of \a context.
    void load(QObject *context, std::function<void(QVector<OutboxItem>)> done) const;
    /// Stores \a item; \a done (optional) learns in the thread of \a context whether it was written.
    void add(const OutboxItem &item, QObject *context = nullptr, std::function<void(bool)> done = {});
    void countAttempt(const QString &stanzaId);
    void remove(const QString &stanzaId);

private:
    Database *m_database;
    QString m_account;
};
