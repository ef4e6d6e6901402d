#include "DiscoveryStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString identitiesToJson(const QVector<DiscoveryIdentity> &identities)
{
    QJsonArray array;
    for (const DiscoveryIdentity &identity : identities) {
        array.append(QJsonObject{
            {QStringLiteral("category"), identity.category},
            {QStringLiteral("type"), identity.type},
            {QStringLiteral("lang"), identity.language},
            {QStringLiteral("name"), identity.name},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<DiscoveryIdentity> identitiesFromJson(const QString &json)
{
    QVector<DiscoveryIdentity> identities;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DiscoveryIdentity identity;
        identity.category = object.value(QStringLiteral("category")).toString();
        identity.type = object.value(QStringLiteral("type")).toString();
        identity.language = object.value(QStringLiteral("lang")).toString();
        identity.name = object.value(QStringLiteral("name")).toString();
        identities.append(identity);
    }
    return identities;
}

QString featuresToJson(const QStringList &features)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(features)).toJson(QJsonDocument::Compact));
}

QStringList featuresFromJson(const QString &json)
{
    QStringList features;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString()) {
            features.append(value.toString());
        }
    }
    return features;
}

// QtSql binds a null QString as SQL NULL, which the NOT NULL key columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

bool DiscoveryIdentity::operator==(const DiscoveryIdentity &other) const
{
    return category == other.category && type == other.type && language == other.language && name == other.name;
}

DiscoveryStore::DiscoveryStore(Database *database)
    : m_database(database)
{
}

void DiscoveryStore::loadByVer(const QString &hashName, const QString &ver, QObject *context, std::function<void(std::optional<DiscoveryInfo>)> done) const
{
    load(hashName.toLower(), ver, {}, {}, context, std::move(done));
}

void DiscoveryStore::loadByJid(const QString &jid, const QString &node, QObject *context, std::function<void(std::optional<DiscoveryInfo>)> done) const
{
    load({}, {}, jid, node, context, std::move(done));
}

void DiscoveryStore::saveByVer(const QString &hashName, const QString &ver, const DiscoveryInfo &info)
{
    save(hashName.toLower(), ver, {}, {}, info);
}

void DiscoveryStore::saveByJid(const QString &jid, const QString &node, const DiscoveryInfo &info)
{
    save({}, {}, jid, node, info);
}

void DiscoveryStore::load(const QString &hashName, const QString &ver, const QString &jid, const QString &node, QObject *context,
                          std::function<void(std::optional<DiscoveryInfo>)> done) const
{
    m_database->run<std::optional<DiscoveryInfo>>(context, [hashName, ver, jid, node](QSqlDatabase &database) -> std::optional<DiscoveryInfo> {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT identities_json, features_json, fetched_at FROM disco_info "
                                     "WHERE hash = ? AND ver = ? AND jid = ? AND node = ?"));
        query.addBindValue(notNull(hashName));
        query.addBindValue(notNull(ver));
        query.addBindValue(notNull(jid));
        query.addBindValue(notNull(node));
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << "disco#info cache: reading" << (ver.isEmpty() ? jid : ver) << "failed:" << query.lastError().text();
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        DiscoveryInfo info;
        info.identities = identitiesFromJson(query.value(0).toString());
        info.features = featuresFromJson(query.value(1).toString());
        info.fetchedAtMs = query.value(2).toLongLong();
        return info;
    }, std::move(done));
}

void DiscoveryStore::save(const QString &hashName, const QString &ver, const QString &jid, const QString &node, const DiscoveryInfo &info)
{
    m_database->post([hashName, ver, jid, node, info](QSqlDatabase &database) {
        QSqlQuery query(database);
        // ON CONFLICT works the same in SQLite 3.24+ and PostgreSQL 9.5+.
        query.prepare(QStringLiteral("INSERT INTO disco_info (hash, ver, jid, node, identities_json, features_json, fetched_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (hash, ver, jid, node) DO UPDATE SET identities_json = excluded.identities_json, "
                                     "features_json = excluded.features_json, fetched_at = excluded.fetched_at"));
        query.addBindValue(notNull(hashName));
        query.addBindValue(notNull(ver));
        query.addBindValue(notNull(jid));
        query.addBindValue(notNull(node));
        query.addBindValue(identitiesToJson(info.identities));
        query.addBindValue(featuresToJson(info.features));
        query.addBindValue(info.fetchedAtMs);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << "disco#info cache: saving" << (ver.isEmpty() ? jid : ver) << "failed:" << query.lastError().text();
        }
    });
}
