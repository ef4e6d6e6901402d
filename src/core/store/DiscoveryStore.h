#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class Database;

/// One identity of a disco#info result (XEP-0030).
struct DiscoveryIdentity
{
    QString category;
    QString type;
    QString language;
    QString name;

    bool operator==(const DiscoveryIdentity &other) const;
};

/// A disco#info result as cached: the identities and features of an entity.
///
/// NOTE: an extended data form (XEP-0128) is used to check a verification
/// string but is not stored.
struct DiscoveryInfo
{
    QVector<DiscoveryIdentity> identities;
    QStringList features;
    /// When the result arrived, in milliseconds since the Unix epoch (UTC).
    qint64 fetchedAtMs = 0;
};

/// The cached disco#info results, in the table disco_info.
///
/// The results are public data, so the table is shared between accounts. An
/// entity that announces entity capabilities (XEP-0115) is cached under its
/// verification string (hash algorithm and ver), which many entities share.
/// Any other entity is cached under its JID and node.
class DiscoveryStore
{
public:
    explicit DiscoveryStore(Database *database);

    /// Reads the result cached for the verification string \a ver computed with \a hashName.
    void loadByVer(const QString &hashName, const QString &ver, QObject *context, std::function<void(std::optional<DiscoveryInfo>)> done) const;
    /// Reads the result cached for \a jid and \a node.
    void loadByJid(const QString &jid, const QString &node, QObject *context, std::function<void(std::optional<DiscoveryInfo>)> done) const;

    /// Stores \a info under a verification string, replacing an older result.
    /// The caller must have checked that \a ver is the hash of \a info.
    void saveByVer(const QString &hashName, const QString &ver, const DiscoveryInfo &info);
    /// Stores \a info under \a jid and \a node, replacing an older result.
    void saveByJid(const QString &jid, const QString &node, const DiscoveryInfo &info);

private:
    void load(const QString &hashName, const QString &ver, const QString &jid, const QString &node, QObject *context,
              std::function<void(std::optional<DiscoveryInfo>)> done) const;
    void save(const QString &hashName, const QString &ver, const QString &jid, const QString &node, const DiscoveryInfo &info);

    Database *m_database;
};
