#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/// The stanzas that IngestBenchmark streams to the account, and what the account must show afterwards.
///
/// generateIngestWorkload() builds it from a fixed seed, so every run and every machine gets the
/// same stanzas. The mix, by share of the stanzas:
/// - 40 % 1:1 chat messages from the contacts, with a chat state and a chat marker request;
/// - 20 % presences of the contacts, each with a status text of its own;
/// - 20 % group chat messages in the joined rooms, each with the room's stanza id (XEP-0359);
/// - 20 % PubSub event notifications of the contacts' microblog nodes (XEP-0277), one Atom entry each.
struct IngestWorkload
{
    /// The account's bare JID and the full JID that the stanzas are addressed to.
    QString accountJid;
    QString fullJid;
    /// The contacts' bare JIDs, in the roster with the subscription "both".
    QStringList contacts;
    /// The rooms' bare JIDs, on the MUC service mucDomain.
    QStringList rooms;
    QString mucDomain;
    /// The user's nickname in every room.
    QString nick;

    /// The serialized stanzas in the order they are sent, without the stream's namespace declarations.
    QVector<QByteArray> stanzas;
    int chatMessages = 0;
    int presences = 0;
    int roomMessages = 0;
    int posts = 0;
    /// The status text of the last presence of each contact that sent one.
    QHash<QString, QString> lastStatus;

    /// Returns the size of all stanzas in bytes.
    qint64 byteCount() const;
};

/// Parameters of generateIngestWorkload().
struct IngestWorkloadSize
{
    int stanzas = 50000;
    int contacts = 200;
    int rooms = 20;
    /// Nicknames that write in each room, besides the user.
    int occupantsPerRoom = 30;
};

/// Generates the workload with a fixed pseudo-random sequence seeded by \a seed.
IngestWorkload generateIngestWorkload(const IngestWorkloadSize &size, quint32 seed);
