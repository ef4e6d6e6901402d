#include "AvatarStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString sourceCode(AvatarSource source)
{
    return source == AvatarSource::VCard ? QStringLiteral("vcard") : QStringLiteral("pep");
}

AvatarSource sourceFromCode(const QString &code)
{
    return code == QLatin1String("vcard") ? AvatarSource::VCard : AvatarSource::Pep;
}

} // namespace

AvatarStore::AvatarStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

Database *AvatarStore::database() const
{
    return m_database;
}

void AvatarStore::loadReferences(QObject *context, std::function<void(QHash<QString, AvatarReference>)> done) const
{
    m_database->run<QHash<QString, AvatarReference>>(context, [account = m_account](QSqlDatabase &database) {
        QHash<QString, AvatarReference> references;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT jid, hash, source FROM avatar_hashes WHERE account = ?"));
        query.addBindValue(account);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "reading the avatar map failed:" << query.lastError().text();
            return references;
        }
        while (query.next()) {
            references.insert(query.value(0).toString(), AvatarReference{query.value(1).toString(), sourceFromCode(query.value(2).toString())});
        }
        return references;
    }, std::move(done));
}

void AvatarStore::saveReference(const QString &jid, const AvatarReference &reference)
{
    m_database->post([account = m_account, jid, reference](QSqlDatabase &database) {
        QSqlQuery query(database);
        // ON CONFLICT works the same in SQLite 3.24+ and PostgreSQL 9.5+.
        query.prepare(QStringLiteral("INSERT INTO avatar_hashes (account, jid, hash, source) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (account, jid) DO UPDATE SET hash = excluded.hash, source = excluded.source"));
        query.addBindValue(account);
        query.addBindValue(jid);
        query.addBindValue(reference.hash);
        query.addBindValue(sourceCode(reference.source));
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "saving the avatar of" << jid << "failed:" << query.lastError().text();
        }
    });
}

void AvatarStore::removeReference(const QString &jid)
{
    m_database->post([account = m_account, jid](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM avatar_hashes WHERE account = ? AND jid = ?"));
        query.addBindValue(account);
        query.addBindValue(jid);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "removing the avatar of" << jid << "failed:" << query.lastError().text();
        }
    });
}

void AvatarStore::loadImage(Database *database, const QString &hash, QObject *context, std::function<void(std::optional<AvatarImage>)> done)
{
    database->run<std::optional<AvatarImage>>(context, [hash](QSqlDatabase &connection) -> std::optional<AvatarImage> {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("SELECT mime_type, data FROM avatar_images WHERE hash = ?"));
        query.addBindValue(hash);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << "avatar cache: reading" << hash << "failed:" << query.lastError().text();
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        return AvatarImage{query.value(0).toString(), query.value(1).toByteArray()};
    }, std::move(done));
}

void AvatarStore::containsImage(const QString &hash, QObject *context, std::function<void(bool)> done) const
{
    m_database->run<bool>(context, [hash](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT 1 FROM avatar_images WHERE hash = ?"));
        query.addBindValue(hash);
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << "avatar cache: looking up" << hash << "failed:" << query.lastError().text();
            return false;
        }
        return query.next();
    }, std::move(done));
}

void AvatarStore::saveImage(const QString &hash, const AvatarImage &image)
{
    m_database->post([hash, image](QSqlDatabase &database) {
        QSqlQuery query(database);
        // Linkers of one server share the table, so two of them may store the same image at once.
        query.prepare(QStringLiteral("INSERT INTO avatar_images (hash, mime_type, data, fetched_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (hash) DO NOTHING"));
        query.addBindValue(hash);
        query.addBindValue(image.mimeType);
        query.addBindValue(image.data);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec()) {
            qCWarning(SALON_CORE_STORE).noquote() << "avatar cache: saving" << hash << "failed:" << query.lastError().text();
        }
    });
}
