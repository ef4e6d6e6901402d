#include "InvitationDecisionStore.h"

#include "Database.h"
#include "salon_core_store_logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

void logFailure(const QString &account, const char *operation, const QSqlQuery &query)
{
    qCWarning(SALON_CORE_STORE).noquote() << account << "invitation decisions" << operation << "failed:" << query.lastError().text();
}

} // namespace

InvitationDecisionStore::InvitationDecisionStore(Database *database, const QString &accountJid)
    : m_database(database)
    , m_account(accountJid)
{
}

QString InvitationDecisionStore::accountJid() const
{
    return m_account;
}

void InvitationDecisionStore::load(QObject *context, std::function<void(QVector<Decision>)> done) const
{
    const QString account = m_account;
    const qint64 oldestKept = QDateTime::currentDateTimeUtc().addDays(-RetentionDays).toMSecsSinceEpoch();
    m_database->run<QVector<Decision>>(context, [account, oldestKept](QSqlDatabase &database) {
        QVector<Decision> decisions;
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM invitation_decisions WHERE account = ? AND decided_at < ?"));
        query.addBindValue(account);
        query.addBindValue(oldestKept);
        if (!query.exec()) {
            logFailure(account, "prune", query);
        } else if (query.numRowsAffected() > 0) {
            qCDebug(SALON_CORE_STORE).noquote() << account << "deleted" << query.numRowsAffected() << "old invitation decisions";
        }

        query.prepare(QStringLiteral("SELECT room, inviter, message_id, decision, decided_at FROM invitation_decisions WHERE account = ?"));
        query.addBindValue(account);
        if (!query.exec()) {
            logFailure(account, "load", query);
            return decisions;
        }
        while (query.next()) {
            decisions.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                              QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)});
        }
        return decisions;
    }, std::move(done));
}

void InvitationDecisionStore::add(const QVector<Decision> &decisions)
{
    const QString account = m_account;
    m_database->post([account, decisions](QSqlDatabase &database) {
        if (!database.transaction()) {
            qCWarning(SALON_CORE_STORE).noquote() << account << "invitation decisions: cannot start a transaction:" << database.lastError().text();
            return;
        }
        QSqlQuery query(database);
        for (const Decision &decision : decisions) {
            query.prepare(QStringLiteral("INSERT INTO invitation_decisions (account, room, inviter, message_id, decision, decided_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account, room, inviter, message_id) "
                                         "DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at"));
            query.addBindValue(account);
            query.addBindValue(decision.roomJid);
            query.addBindValue(decision.inviter);
            query.addBindValue(decision.messageId);
            query.addBindValue(decision.decision);
            query.addBindValue(decision.decidedAt.toMSecsSinceEpoch());
            if (!query.exec()) {
                logFailure(account, "add", query);
                database.rollback();
                return;
            }
        }
        database.commit();
    });
}
