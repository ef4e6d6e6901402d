#pragma once

#include "RoomInvitationReader.h"
#include "store/InvitationDecisionStore.h"

#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QXmppClientExtension.h>

#include <functional>
#include <memory>
#include <optional>

class BlockedModel;
class IqRequestExtension;
class RoomInvitationsModel;

/// Invitations to group chat rooms: received ones wait in invitations() for the user's decision,
/// and invite() sends them.
///
/// Received: direct invitations (XEP-0249) and mediated ones, which the room forwards (XEP-0045,
/// section 7.8.2), both read by RoomInvitationReader. A room has one row however many
/// invitations to it arrive. Invitations from a blocked inviter, room or domain (the \a blocked
/// model) and malformed ones are dropped and logged. accept(), decline() and dismiss() remove the
/// row, and accept() hands the room to the room service through accepted().
///
/// Taking invitation messages out of the chats: a direct invitation may carry a fallback body,
/// and Prosody 0.12 adds one to every mediated invitation and decline, so ChatService would store
/// them as chat messages. Therefore this extension must be inserted first among the client's
/// extensions after ChatService is created (QXmppClient::insertExtension(0, …)), and:
/// - takes every message with an invitation or decline out of the stream, so that QXmpp never
///   emits QXmppClient::messageReceived() for it;
/// - takes message carbons (XEP-0280) of invitations out as well, before CarbonsExtension: a
///   received carbon is read as an invitation to the user, and a sent one (the user invited
///   someone from another client) is dropped;
/// - removes the body of an invitation or decline in a message archive result (XEP-0313) and
///   leaves the result to ArchiveExtension, which pages by counting results. ArchiveService then
///   skips it as a message without body.
///
/// Invitations from the archive: Prosody 0.12 does not deliver messages stored while the user was
/// offline to a client that queries the archive, as ArchiveService does on every new stream. So an
/// invitation received while offline reaches this client only as an archive result. An archived
/// invitation to the user becomes pending unless it is older than MaxArchivedInvitationAgeDays,
/// or the user accepted, declined or dismissed an invitation to that room later.
///
/// Decisions: with a store (setStore()), each decision is stored for every invitation merged into
/// the decided row, named by room, inviter and message id, and read again when the account
/// starts. An invitation with a decided name is dropped whether it comes live or from the archive,
/// so the archive catch-up after a restart does not show it again. Invitations that arrive
/// before the stored decisions are read wait for them, at most StoredDecisionsTimeoutMs.
///
/// Sent: invite() sends a direct invitation (XEP-0249), unless the room is members-only, which it
/// learns from the room's disco#info (feature \c muc_membersonly). A direct invitation grants no
/// membership, so the invitee of a members-only room would be turned away with
/// registration-required. For such a room invite() sends a mediated invitation instead, which
/// lets the room add the invitee to its member list where the inviter may (XEP-0045, section
/// 7.8.2). Prosody 0.12 does so when the inviter is an admin or owner of the room, or a member
/// where members may invite. It sends one message in either case, because Prosody 0.12 adds a
/// direct invitation and a body to the mediated one for clients that read only those. When the
/// room's info cannot be read, invite() sends a direct invitation. Error replies to sent
/// invitations reach the user through actionFailed().
///
/// NOTE: pending invitations live in memory only, so they are gone after the application restarts.
///
/// \code
/// auto *invitations = new RoomInvitations(account->blockedContacts());
/// client->insertExtension(0, invitations);
/// connect(invitations, &RoomInvitations::accepted, rooms, [](const QString &roomJid, const QString &password, const QString &nickHint) { ... });
/// invitations->invite(QStringLiteral("team@conference.example.org"), QStringLiteral("bob@example.org"), QStringLiteral("Weekly sync"));
/// \endcode
class RoomInvitations : public QXmppClientExtension
{
    Q_OBJECT
    Q_PROPERTY(RoomInvitationsModel *invitations READ invitations CONSTANT)

public:
    /// Maximum number of sent invitations whose error replies are recognised.
    static constexpr int MaxTrackedInvitations = 100;
    /// Time to wait for the room's info before an invitation, in milliseconds.
    static constexpr int RoomInfoTimeoutMs = 10000;
    /// Age in days beyond which an invitation found in the message archive is history, not pending.
    static constexpr int MaxArchivedInvitationAgeDays = 7;
    /// Maximum number of rooms for which the time of the user's last decision is remembered.
    static constexpr int MaxRememberedDecisions = 1000;
    /// Time to wait for the stored decisions before invitations are shown without them, in
    /// milliseconds. A database that was never opened never delivers them.
    static constexpr int StoredDecisionsTimeoutMs = 10000;

    /// \a blocked, the account's block list, may be null. Otherwise it must outlive the extension.
    explicit RoomInvitations(BlockedModel *blocked = nullptr);
    ~RoomInvitations() override;

    /// Stores the user's decisions in \a store from now on and reads the stored ones, which
    /// replace those remembered so far. Null keeps decisions in memory only.
    void setStore(std::unique_ptr<InvitationDecisionStore> store);

    RoomInvitationsModel *invitations() const;

    /// Announces support for direct invitations (XEP-0249, section 4).
    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

    /// Sets the function that returns the password of a room that the user is in, which invite()
    /// sends when it is given none.
    void setRoomPasswords(std::function<QString(const QString &roomJid)> passwordOf);

    /// Invites \a contactJid to the room \a roomJid, both of which the user may have typed, with an
    /// optional \a reason and the room's \a password, if it has one: an empty \a password sends the
    /// one from setRoomPasswords(). A direct invitation carries the password, but a mediated one
    /// leaves it to the room.
    Q_INVOKABLE void invite(const QString &roomJid, const QString &contactJid, const QString &reason = QString(), const QString &password = QString());
    /// Removes the invitation to \a roomJid and emits accepted() for it.
    Q_INVOKABLE void accept(const QString &roomJid);
    /// Removes the invitation to \a roomJid. A mediated invitation gets a decline with \a reason,
    /// which the room forwards to the inviter. XEP-0249 defines no decline of a direct invitation.
    Q_INVOKABLE void decline(const QString &roomJid, const QString &reason = QString());
    /// Removes the invitation to \a roomJid without telling the inviter, as when the user joined
    /// the room another way. Does nothing when there is none.
    Q_INVOKABLE void dismiss(const QString &roomJid);

Q_SIGNALS:
    /// A new invitation to \a roomJid from \a inviter was added to invitations().
    void invitationReceived(const QString &roomJid, const QString &inviter);
    /// The user accepted the invitation to \a roomJid: the room service should join it with
    /// \a password (empty for none). \a nickHint is a nickname to start from, the localpart of
    /// the user's JID. The room service may prefer a bookmark's nickname.
    void accepted(const QString &roomJid, const QString &password, const QString &nickHint);
    /// The invitation of \a contactJid to \a roomJid was sent.
    void invitationSent(const QString &roomJid, const QString &contactJid);
    /// \a contactJid declined a mediated invitation to \a roomJid that the user sent.
    void invitationDeclined(const QString &roomJid, const QString &contactJid, const QString &reason);
    /// Inviting to, accepting or declining \a roomJid failed. \a message is a translated sentence.
    void actionFailed(const QString &roomJid, const QString &message);

protected:
    void setClient(QXmppClient *client) override;

private:
    struct SentInvitation {
        QString roomJid;
        QString contactJid;
        /// The bare JID that returns an error reply: the contact, or the room for a mediated invitation.
        QString recipient;
    };

    bool handleCarbon(const QDomElement &wrapper, const QString &from);
    void handleArchiveResult(const QDomElement &result, const QString &from);
    bool handleErrorReply(const QDomElement &stanza);
    /// Handles an invitation or decline; \a archived is true for a message archive result.
    void handleRead(const RoomInvitationReader::Result &result, bool archived = false);
    /// Returns whether the user decided on \a invitation, or on a later invitation to its room
    /// when it is \a archived.
    bool isDecided(const RoomInvitation &invitation, bool archived) const;
    void handleStoredDecisions(const QVector<InvitationDecisionStore::Decision> &decisions);
    void sendInvitation(const QString &roomJid, const QString &contactJid, const QString &reason, const QString &password, bool mediated);
    void sendDecline(const RoomInvitation &invitation, const QString &reason);
    void track(const QString &id, const SentInvitation &sent);
    /// Takes the invitation to \a roomJid out of the model and remembers, and stores, the user's
    /// \a decision ("accepted", "declined" or "dismissed") on every invitation merged into it.
    std::optional<RoomInvitation> takeDecided(const QString &roomJid, const QString &decision);
    bool isBlocked(const QString &jid) const;
    QString accountJid();

    QPointer<BlockedModel> m_blocked;
    RoomInvitationsModel *m_invitations;
    IqRequestExtension *m_requests;
    /// Sent invitations by message id, and their ids from the oldest on.
    QHash<QString, SentInvitation> m_sent;
    QQueue<QString> m_sentOrder;
    /// When the user last accepted, declined or dismissed an invitation to each room, by room JID.
    QHash<QString, QDateTime> m_decidedAt;
    /// The names (decisionKey()) of the invitations that the user decided on.
    QSet<QString> m_decidedKeys;
    /// The invitations merged into each pending row, by room JID.
    QHash<QString, QVector<RoomInvitation>> m_merged;
    std::unique_ptr<InvitationDecisionStore> m_store;
    std::function<QString(const QString &)> m_roomPasswords;
    /// Counts setStore() calls, so that a late load of a replaced store is ignored.
    int m_storeGeneration = 0;
    bool m_decisionsLoaded = true;
    /// Invitations that arrived before the stored decisions were read, with whether each is archived.
    QVector<QPair<RoomInvitationReader::Result, bool>> m_waiting;
};
