#include "ContactStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Contact::Subscription subscriptionFromCode(const QString &code)
{
    if (code == QLatin1String("both")) {
        return Contact::Subscription::Both;
    }
    if (code == QLatin1String("to")) {
        return Contact::Subscription::To;
    }
    if (code == QLatin1String("from")) {
        return Contact::Subscription::From;
    }
    return Contact::Subscription::None;
}

QString groupsToJson(const QStringList &groups)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(groups)).toJson(QJsonDocument::Compact));
}

QStringList groupsFromJson(const QString &json)
{
    QStringList groups;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString()) {
            groups.append(value.toString());
        }
    }
    return groups;
}

// QtSql binds a null QString as SQL NULL, which the NOT NULL text columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool upsert(QSqlQuery &query, const QString &account, const Contact &contact)
{
    // ON CONFLICT works the same in SQLite 3.24+ and PostgreSQL 9.5+.
    query.prepare(QStringLiteral("INSERT INTO roster_items (account, jid, name, groups_json, subscription, approval_pending) VALUES (?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (account, jid) DO UPDATE SET name = excluded.name, "
                                 "groups_json = excluded.groups_json, subscription = excluded.subscription, "
                                 "approval_pending = excluded.approval_pending"));
    query.addBindValue(account);
    query.addBindValue(contact.jid);
    query.addBindValue(notNull(contact.name));
    query.addBindValue(groupsToJson(contact.groups));
    query.addBindValue(Contact::subscriptionCode(contact.subscription));
    // An integer, because SQLite has no boolean type.
    query.addBindValue(contact.approvalPending ? 1 : 0);
    return query.exec();
}

bool writeVersion(QSqlQuery &query, const QString &account, const QString &version)
{
    if (version.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM roster_versions WHERE account = ?"));
        query.addBindValue(account);
        return query.exec();
    }
    query.prepare(QStringLiteral("INSERT INTO roster_versions (account, version) VALUES (?, ?) "
                                 "ON CONFLICT (account) DO UPDATE SET version = excluded.version"));
    query.addBindValue(account);
    query.addBindValue(version);
    return query.exec();
}

void logFailure(const QString &account, const char *operation, const QSqlQuery &query)
{
    qCWarning(SALON_CORE_STORE).noquote() << account << "roster cache" << operation << "failed:" << query.lastError().text();
}

// Runs \a change and writes \a version in one transaction, so the version never names other contacts.
void changeWithVersion(QSqlDatabase &database, const QString &account, const QString &version, const char *operation,
                       const std::function<bool(QSqlQuery &)> &change)
{
    if (!database.transaction()) {
        qCWarning(SALON_CORE_STORE).noquote() << account << "roster cache: cannot start a transaction:" << database.lastError().text();
        return;
    }
    QSqlQuery query(database);
    bool ok = change(query);
    if (!ok) {
        logFailure(account, operation, query);
    } else {
        ok = writeVersion(query, account, version);
        if (!ok) {
            logFailure(account, "version update", query);
        }
    }
    if (ok) {
        database.commit();
    } else {
        database.rollback();
    }
}

} // namespace

ContactStore::ContactStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString ContactStore::accountJid() const
{
    return m_account;
}

void ContactStore::load(QObject *context, std::function<void(QVector<Contact>)> done) const
{
    const QString account = m_account;
    m_database->run<QVector<Contact>>(context, [account](QSqlDatabase &database) {
        QVector<Contact> contacts;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT jid, name, groups_json, subscription, approval_pending FROM roster_items WHERE account = ? ORDER BY jid"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "load", query);
            return contacts;
        }
        while (query.next()) {
            Contact contact;
            contact.jid = query.value(0).toString();
            contact.name = query.value(1).toString();
            contact.groups = groupsFromJson(query.value(2).toString());
            contact.subscription = subscriptionFromCode(query.value(3).toString());
            contact.approvalPending = query.value(4).toInt() != 0;
            contacts.append(contact);
        }
        return contacts;
    }, std::move(done));
}

void ContactStore::loadVersion(QObject *context, std::function<void(QString)> done) const
{
    const QString account = m_account;
    m_database->run<QString>(context, [account](QSqlDatabase &database) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("SELECT version FROM roster_versions WHERE account = ?"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "version load", query);
            return QString();
        }
        return query.next() ? query.value(0).toString() : QString();
    }, std::move(done));
}

void ContactStore::replaceAll(const QVector<Contact> &contacts, const QString &version)
{
    const QString account = m_account;
    m_database->post([account, contacts, version](QSqlDatabase &database) {
        changeWithVersion(database, account, version, "replace", [&account, &contacts](QSqlQuery &query) {
            query.prepare(QStringLiteral("DELETE FROM roster_items WHERE account = ?"));
            query.addBindValue(account);
            if (!query.exec()) {
                return false;
            }
            for (const Contact &contact : contacts) {
                if (!upsert(query, account, contact)) {
                    return false;
                }
            }
            return true;
        });
    });
}

void ContactStore::save(const Contact &contact, const QString &version)
{
    const QString account = m_account;
    m_database->post([account, contact, version](QSqlDatabase &database) {
        changeWithVersion(database, account, version, "save", [&account, &contact](QSqlQuery &query) {
            return upsert(query, account, contact);
        });
    });
}

void ContactStore::remove(const QString &jid, const QString &version)
{
    const QString account = m_account;
    m_database->post([account, jid, version](QSqlDatabase &database) {
        changeWithVersion(database, account, version, "remove", [&account, &jid](QSqlQuery &query) {
            query.prepare(QStringLiteral("DELETE FROM roster_items WHERE account = ? AND jid = ?"));
            query.addBindValue(account);
            query.addBindValue(jid);
            return query.exec();
        });
    });
}
