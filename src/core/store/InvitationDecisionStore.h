#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>

class Database;

/// The user's decisions on room invitations for one account, in the table invitation_decisions.
///
/// An invitation is named by its room, its inviter and the id of the message that carried it.
/// RoomInvitations reads the decisions when the account starts, so that an invitation that the
/// message archive delivers again after a restart does not wait for a decision a second time.
/// load() deletes the decisions older than RetentionDays first.
class InvitationDecisionStore
{
public:
    /// Age in days after which a decision is deleted. The message archive catch-up hands out
    /// invitations up to RoomInvitations::MaxArchivedInvitationAgeDays old, which is less.
    static constexpr int RetentionDays = 30;

    struct Decision {
        /// Bare JID of the room.
        QString roomJid;
        /// The inviter as RoomInvitation::inviter names them.
        QString inviter;
        /// The id attribute of the invitation's message.
        QString messageId;
        /// "accepted", "declined" or "dismissed".
        QString decision;
        QDateTime decidedAt;
    };

    InvitationDecisionStore(Database *database, const QString &accountJid);

    QString accountJid() const;

    /// Deletes the decisions older than RetentionDays, then reads the others and delivers them
    /// in the thread of \a context.
    void load(QObject *context, std::function<void(QVector<Decision>)> done) const;
    /// Stores \a decisions in one transaction, replacing earlier decisions on the same invitations.
    void add(const QVector<Decision> &decisions);

private:
    Database *m_database;
    QString m_account;
};
