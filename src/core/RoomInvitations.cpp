#include "RoomInvitations.h"

#include "BareJid.h"
#include "BlockedModel.h"
#include "IqRequestExtension.h"
#include "MucAddress.h"
#include "RoomInfo.h"
#include "RoomInvitationsModel.h"
#include "salon_core_rooms_logging.h"

#include <QDomElement>
#include <QTimer>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace {

const auto ConferenceNamespace = QStringLiteral("jabber:x:conference");
const auto MucUserNamespace = QStringLiteral("http://jabber.org/protocol/muc#user");
const auto CarbonsNamespace = QStringLiteral("urn:xmpp:carbons:2");
const auto ForwardNamespace = QStringLiteral("urn:xmpp:forward:0");
const auto ArchiveNamespace = QStringLiteral("urn:xmpp:mam:2");
const auto DiscoInfoNamespace = QStringLiteral("http://jabber.org/protocol/disco#info");
const auto DelayNamespace = QStringLiteral("urn:xmpp:delay");

QDomElement childElement(const QDomElement &parent, const QString &name, const QString &namespaceUri)
{
    for (QDomElement child = parent.firstChildElement(name); !child.isNull(); child = child.nextSiblingElement(name)) {
        if (child.namespaceURI() == namespaceUri) {
            return child;
        }
    }
    return {};
}

// Returns the message forwarded in \a wrapper (XEP-0297), such as a carbon or an archive result.
QDomElement forwardedMessage(const QDomElement &wrapper)
{
    return childElement(wrapper, QStringLiteral("forwarded"), ForwardNamespace).firstChildElement(QStringLiteral("message"));
}

QXmppElement element(const QString &name, const QString &namespaceUri = QString())
{
    QXmppElement element;
    element.setTagName(name);
    if (!namespaceUri.isEmpty()) {
        element.setAttribute(QStringLiteral("xmlns"), namespaceUri);
    }
    return element;
}

QXmppMessage newMessage(const QString &to, const QXmppElement &payload)
{
    QXmppMessage message;
    message.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    message.setTo(to);
    message.setType(QXmppMessage::Normal);
    message.setExtensions({payload});
    return message;
}

// Maximum number of invitations merged into one pending row whose decisions are stored.
constexpr int MaxMergedInvitations = 20;

// Returns the name of an invitation among the user's decisions.
QString decisionKey(const QString &roomJid, const QString &inviter, const QString &messageId)
{
    return roomJid + QLatin1Char('\n') + inviter + QLatin1Char('\n') + messageId;
}

bool isMembersOnly(const QDomElement &query)
{
    for (QDomElement feature = query.firstChildElement(QStringLiteral("feature")); !feature.isNull();
         feature = feature.nextSiblingElement(QStringLiteral("feature"))) {
        if (feature.attribute(QStringLiteral("var")) == QLatin1String("muc_membersonly")) {
            return true;
        }
    }
    return false;
}

} // namespace

RoomInvitations::RoomInvitations(BlockedModel *blocked)
    : m_blocked(blocked)
    , m_invitations(new RoomInvitationsModel(this))
    , m_requests(new IqRequestExtension)
{
}

RoomInvitations::~RoomInvitations() = default;

void RoomInvitations::setStore(std::unique_ptr<InvitationDecisionStore> store)
{
    m_store = std::move(store);
    const int generation = ++m_storeGeneration;
    m_decidedKeys.clear();
    m_decisionsLoaded = !m_store;
    if (!m_store) {
        handleStoredDecisions({});
        return;
    }
    m_store->load(this, [this, generation](const QVector<InvitationDecisionStore::Decision> &decisions) {
        if (generation == m_storeGeneration) {
            handleStoredDecisions(decisions);
        }
    });
    QTimer::singleShot(StoredDecisionsTimeoutMs, this, [this, generation] {
        if (generation == m_storeGeneration && !m_decisionsLoaded) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "the stored invitation decisions were not read within"
                                                  << StoredDecisionsTimeoutMs << "ms; showing" << m_waiting.size() << "waiting invitations without them";
            handleStoredDecisions({});
        }
    });
}

void RoomInvitations::setRoomPasswords(std::function<QString(const QString &)> passwordOf)
{
    m_roomPasswords = std::move(passwordOf);
}

void RoomInvitations::handleStoredDecisions(const QVector<InvitationDecisionStore::Decision> &decisions)
{
    for (const InvitationDecisionStore::Decision &decision : decisions) {
        if (!decision.messageId.isEmpty()) {
            m_decidedKeys.insert(decisionKey(decision.roomJid, decision.inviter, decision.messageId));
        }
        QDateTime &decidedAt = m_decidedAt[decision.roomJid];
        if (!decidedAt.isValid() || decidedAt < decision.decidedAt) {
            decidedAt = decision.decidedAt;
        }
    }
    qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "read" << decisions.size() << "stored invitation decisions";

    m_decisionsLoaded = true;
    const QVector<QPair<RoomInvitationReader::Result, bool>> waiting = std::exchange(m_waiting, {});
    for (const auto &[result, archived] : waiting) {
        handleRead(result, archived);
    }
}

bool RoomInvitations::isDecided(const RoomInvitation &invitation, bool archived) const
{
    if (!invitation.messageId.isEmpty() && m_decidedKeys.contains(decisionKey(invitation.roomJid, invitation.inviter, invitation.messageId))) {
        return true;
    }
    const QDateTime decidedAt = m_decidedAt.value(invitation.roomJid);
    return archived && decidedAt.isValid() && decidedAt >= invitation.receivedAt;
}

void RoomInvitations::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    client->insertExtension(0, m_requests);
}

RoomInvitationsModel *RoomInvitations::invitations() const
{
    return m_invitations;
}

QStringList RoomInvitations::discoveryFeatures() const
{
    // QXmpp's discovery manager announces jabber:x:conference already. A repeated feature makes the
    // capabilities hash invalid (XEP-0115, section 5.4), and Prosody then sends PEP notifications twice.
    return {};
}

bool RoomInvitations::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    if (stanza.attribute(QStringLiteral("type")) == QLatin1String("error")) {
        return handleErrorReply(stanza);
    }

    for (QDomElement child = stanza.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        const bool isCarbon = child.namespaceURI() == CarbonsNamespace && (child.tagName() == QLatin1String("sent") || child.tagName() == QLatin1String("received"));
        if (isCarbon) {
            return handleCarbon(child, stanza.attribute(QStringLiteral("from")));
        }
        if (child.namespaceURI() == ArchiveNamespace && child.tagName() == QLatin1String("result")) {
            handleArchiveResult(child, stanza.attribute(QStringLiteral("from")));
            return false;
        }
    }

    const RoomInvitationReader::Result result = RoomInvitationReader::read(stanza, QDateTime::currentDateTimeUtc());
    if (result.type == RoomInvitationReader::Result::Type::None) {
        return false;
    }
    handleRead(result);
    return true;
}

bool RoomInvitations::handleCarbon(const QDomElement &wrapper, const QString &from)
{
    // Only the user's server sends carbons, and CarbonsExtension drops and logs forged ones.
    if (from.toLower() != accountJid()) {
        return false;
    }
    const RoomInvitationReader::Result result = RoomInvitationReader::read(forwardedMessage(wrapper), QDateTime::currentDateTimeUtc());
    if (result.type == RoomInvitationReader::Result::Type::None) {
        return false;
    }
    if (wrapper.tagName() == QLatin1String("sent")) {
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "another client sent an invitation or decline; not shown as a chat message";
        return true;
    }
    handleRead(result);
    return true;
}

void RoomInvitations::handleArchiveResult(const QDomElement &result, const QString &from)
{
    const QDomElement forwarded = childElement(result, QStringLiteral("forwarded"), ForwardNamespace);
    QDomElement message = forwarded.firstChildElement(QStringLiteral("message"));
    // The archive's delay element gives the time the server received the message.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime archived = QXmppUtils::datetimeFromString(childElement(forwarded, QStringLiteral("delay"), DelayNamespace).attribute(QStringLiteral("stamp")));
    const RoomInvitationReader::Result read = RoomInvitationReader::read(message, archived.isValid() && archived <= now ? archived : now);
    if (read.type == RoomInvitationReader::Result::Type::None) {
        return;
    }
    for (QDomElement body = message.firstChildElement(QStringLiteral("body")); !body.isNull(); body = message.firstChildElement(QStringLiteral("body"))) {
        message.removeChild(body);
    }

    // Declines were reported when they arrived, and only the user's server may send results of
    // the user's archive; ArchiveExtension drops forged ones.
    const bool fromOwnArchive = from.isEmpty() || from.toLower() == accountJid();
    const bool sentByUser = QXmppUtils::jidToBareJid(message.attribute(QStringLiteral("from"))).toLower() == accountJid();
    if (read.type != RoomInvitationReader::Result::Type::Invitation || !fromOwnArchive || sentByUser) {
        return;
    }
    if (read.invitation.receivedAt < now.addDays(-MaxArchivedInvitationAgeDays)) {
        return;
    }
    handleRead(read, true);
}

void RoomInvitations::handleRead(const RoomInvitationReader::Result &result, bool archived)
{
    switch (result.type) {
    case RoomInvitationReader::Result::Type::None:
        return;
    case RoomInvitationReader::Result::Type::Malformed:
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored" << result.problem;
        return;
    case RoomInvitationReader::Result::Type::Decline:
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << result.decliner << "declined the invitation to" << result.roomJid;
        Q_EMIT invitationDeclined(result.roomJid, result.decliner, result.reason);
        return;
    case RoomInvitationReader::Result::Type::Invitation:
        break;
    }

    const RoomInvitation &invitation = result.invitation;
    if (!m_decisionsLoaded) {
        if (m_waiting.size() >= RoomInvitationsModel::MaxInvitations) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "dropped an invitation to" << invitation.roomJid
                                                  << "that arrived before the stored decisions were read, because" << m_waiting.size() << "wait already";
            return;
        }
        m_waiting.append({result, archived});
        return;
    }
    if (isDecided(invitation, archived)) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "skipped an invitation to" << invitation.roomJid << "from" << invitation.inviter
                                           << "that the user decided on";
        return;
    }
    if (isBlocked(invitation.inviter) || isBlocked(invitation.roomJid)) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored an invitation to" << invitation.roomJid << "from" << invitation.inviter
                                           << "because the inviter or the room is blocked";
        return;
    }
    const bool mediated = invitation.kind == RoomInvitation::Kind::Mediated;
    const RoomInvitationsModel::AddResult added = m_invitations->addInvitation(invitation);
    if (added != RoomInvitationsModel::AddResult::Dropped) {
        QVector<RoomInvitation> &merged = m_merged[invitation.roomJid];
        if (added == RoomInvitationsModel::AddResult::Added) {
            merged.clear();
        }
        if (merged.size() < MaxMergedInvitations) {
            merged.append(invitation);
        }
    }
    switch (added) {
    case RoomInvitationsModel::AddResult::Added:
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "received" << (mediated ? "a mediated" : "a direct") << "invitation to" << invitation.roomJid
                                           << "from" << invitation.inviter;
        Q_EMIT invitationReceived(invitation.roomJid, invitation.inviter);
        return;
    case RoomInvitationsModel::AddResult::Merged:
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "received another invitation to" << invitation.roomJid << "from" << invitation.inviter;
        return;
    case RoomInvitationsModel::AddResult::Dropped:
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "dropped an invitation to" << invitation.roomJid << "because"
                                              << RoomInvitationsModel::MaxInvitations << "newer ones are pending";
        return;
    }
}

bool RoomInvitations::handleErrorReply(const QDomElement &stanza)
{
    const QString id = stanza.attribute(QStringLiteral("id"));
    const auto sent = m_sent.constFind(id);
    if (sent == m_sent.cend() || QXmppUtils::jidToBareJid(stanza.attribute(QStringLiteral("from"))).toLower() != sent->recipient) {
        return false;
    }
    const SentInvitation invitation = *sent;
    m_sent.remove(id);

    QXmppMessage reply;
    reply.parse(stanza);
    const QXmppStanza::Error::Condition condition = reply.error().condition();
    qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "the invitation of" << invitation.contactJid << "to" << invitation.roomJid
                                          << "failed with condition" << int(condition);
    QString reason;
    switch (condition) {
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::NotAuthorized:
        reason = tr("you may not invite others to this room.");
        break;
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::ItemNotFound:
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RecipientUnavailable:
        reason = invitation.recipient == invitation.roomJid ? tr("the room was not found.") : tr("this address was not found.");
        break;
    default:
        reason = tr("the server reported an error.");
        break;
    }
    Q_EMIT actionFailed(invitation.roomJid, tr("Salon could not invite %1 to %2: %3").arg(invitation.contactJid, invitation.roomJid, reason));
    return true;
}

void RoomInvitations::invite(const QString &roomJid, const QString &contactJid, const QString &reason, const QString &password)
{
    const QString room = BareJid::fromUserInput(roomJid);
    const QString contact = BareJid::fromUserInput(contactJid);
    if (room.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected an invitation: invalid room JID";
        Q_EMIT actionFailed(roomJid, tr("This is not a valid room address."));
        return;
    }
    if (contact.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected an invitation to" << room << ": invalid contact JID";
        Q_EMIT actionFailed(room, tr("Salon could not invite someone to %1: the address of the invitee is not valid.").arg(room));
        return;
    }
    if (!client() || !client()->isAuthenticated()) {
        Q_EMIT actionFailed(room, tr("Salon could not invite %1 to %2: you are offline. Try again once you are connected.").arg(contact, room));
        return;
    }

    const QString cutReason = RoomInfo::cleanedLine(reason, RoomInvitation::MaxReasonLength);
    const QString roomPassword = password.isEmpty() && m_roomPasswords ? m_roomPasswords(room) : password;
    QXmppDiscoveryIq info;
    info.setType(QXmppIq::Get);
    info.setQueryType(QXmppDiscoveryIq::InfoQuery);
    info.setTo(room);
    m_requests->sendRequest(info, this, [this, room, contact, cutReason, roomPassword](const IqResponse &response) {
        const QDomElement query = response.element.firstChildElement(QStringLiteral("query"));
        const bool readable = response.isResult() && query.namespaceURI() == DiscoInfoNamespace;
        if (!readable) {
            // The room may still accept the invitee, because a direct invitation needs nothing from it.
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the info of" << room << "could not be read (status" << int(response.status)
                                               << "), sending a direct invitation";
        }
        sendInvitation(room, contact, cutReason, roomPassword, readable && isMembersOnly(query));
    }, RoomInfoTimeoutMs);
}

void RoomInvitations::sendInvitation(const QString &roomJid, const QString &contactJid, const QString &reason, const QString &password, bool mediated)
{
    QXmppMessage message;
    if (mediated) {
        // XEP-0045, section 7.8.2: the room forwards the invitation and adds its password.
        QXmppElement invite = element(QStringLiteral("invite"));
        invite.setAttribute(QStringLiteral("to"), contactJid);
        if (!reason.isEmpty()) {
            QXmppElement reasonElement = element(QStringLiteral("reason"));
            reasonElement.setValue(reason);
            invite.appendChild(reasonElement);
        }
        QXmppElement x = element(QStringLiteral("x"), MucUserNamespace);
        x.appendChild(invite);
        message = newMessage(roomJid, x);
    } else {
        // XEP-0249, section 2.
        QXmppElement x = element(QStringLiteral("x"), ConferenceNamespace);
        x.setAttribute(QStringLiteral("jid"), roomJid);
        if (!reason.isEmpty()) {
            x.setAttribute(QStringLiteral("reason"), reason);
        }
        if (!password.isEmpty()) {
            x.setAttribute(QStringLiteral("password"), password);
        }
        message = newMessage(contactJid, x);
    }

    if (!client()->sendPacket(message)) {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "could not send the invitation of" << contactJid << "to" << roomJid;
        Q_EMIT actionFailed(roomJid, tr("Salon could not invite %1 to %2: you are offline. Try again once you are connected.").arg(contactJid, roomJid));
        return;
    }
    track(message.id(), {roomJid, contactJid, mediated ? roomJid : contactJid});
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "sent" << (mediated ? "a mediated" : "a direct") << "invitation of" << contactJid << "to" << roomJid;
    Q_EMIT invitationSent(roomJid, contactJid);
}

void RoomInvitations::accept(const QString &roomJid)
{
    const std::optional<RoomInvitation> invitation = takeDecided(roomJid, QStringLiteral("accepted"));
    if (!invitation) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "no invitation to accept for" << roomJid.left(200);
        Q_EMIT actionFailed(roomJid, tr("There is no invitation to this room."));
        return;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "accepted the invitation to" << invitation->roomJid;
    const QString nickHint = client() ? client()->configuration().user() : QString();
    Q_EMIT accepted(invitation->roomJid, invitation->password, nickHint);
}

void RoomInvitations::decline(const QString &roomJid, const QString &reason)
{
    const std::optional<RoomInvitation> invitation = takeDecided(roomJid, QStringLiteral("declined"));
    if (!invitation) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "no invitation to decline for" << roomJid.left(200);
        Q_EMIT actionFailed(roomJid, tr("There is no invitation to this room."));
        return;
    }
    if (invitation->kind == RoomInvitation::Kind::Direct) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "declined the direct invitation to" << invitation->roomJid;
        return;
    }
    sendDecline(*invitation, RoomInfo::cleanedLine(reason, RoomInvitation::MaxReasonLength));
}

void RoomInvitations::dismiss(const QString &roomJid)
{
    if (const std::optional<RoomInvitation> invitation = takeDecided(roomJid, QStringLiteral("dismissed"))) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "dismissed the invitation to" << invitation->roomJid;
    }
}

std::optional<RoomInvitation> RoomInvitations::takeDecided(const QString &roomJid, const QString &decision)
{
    const QString room = BareJid::fromUserInput(roomJid);
    std::optional<RoomInvitation> invitation = m_invitations->takeInvitation(room);
    QVector<RoomInvitation> merged = m_merged.take(room);
    if (!invitation) {
        return std::nullopt;
    }
    if (merged.isEmpty()) {
        merged.append(*invitation);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<InvitationDecisionStore::Decision> decisions;
    for (const RoomInvitation &decided : qAsConst(merged)) {
        if (!decided.messageId.isEmpty()) {
            m_decidedKeys.insert(decisionKey(decided.roomJid, decided.inviter, decided.messageId));
        }
        decisions.append({decided.roomJid, decided.inviter, decided.messageId, decision, now});
    }
    if (m_store) {
        m_store->add(decisions);
    }
    m_decidedAt.insert(room, now);
    if (m_decidedAt.size() > MaxRememberedDecisions) {
        // Decisions older than the oldest archived invitation that may still become pending are not needed.
        const QDateTime oldestNeeded = now.addDays(-MaxArchivedInvitationAgeDays);
        for (auto decision = m_decidedAt.begin(); decision != m_decidedAt.end();) {
            decision = decision.value() < oldestNeeded ? m_decidedAt.erase(decision) : std::next(decision);
        }
    }
    for (auto decision = m_decidedAt.begin(); decision != m_decidedAt.end() && m_decidedAt.size() > MaxRememberedDecisions;) {
        decision = decision.key() != room ? m_decidedAt.erase(decision) : std::next(decision);
    }
    return invitation;
}

void RoomInvitations::sendDecline(const RoomInvitation &invitation, const QString &reason)
{
    // XEP-0045, section 7.8.2: the room forwards the decline to the inviter.
    QXmppElement decline = element(QStringLiteral("decline"));
    decline.setAttribute(QStringLiteral("to"), invitation.inviter);
    if (!reason.isEmpty()) {
        QXmppElement reasonElement = element(QStringLiteral("reason"));
        reasonElement.setValue(reason);
        decline.appendChild(reasonElement);
    }
    QXmppElement x = element(QStringLiteral("x"), MucUserNamespace);
    x.appendChild(decline);

    if (!client() || !client()->sendPacket(newMessage(invitation.roomJid, x))) {
        // The row stays removed, because the user has decided. A decline sent later would reach an inviter who may have left.
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "could not send the decline of the invitation to" << invitation.roomJid;
        return;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "declined the mediated invitation to" << invitation.roomJid << "from" << invitation.inviter;
}

void RoomInvitations::track(const QString &id, const SentInvitation &sent)
{
    m_sent.insert(id, sent);
    m_sentOrder.enqueue(id);
    while (m_sentOrder.size() > MaxTrackedInvitations) {
        m_sent.remove(m_sentOrder.dequeue());
    }
}

bool RoomInvitations::isBlocked(const QString &jid) const
{
    if (!m_blocked) {
        return false;
    }
    // XEP-0191, section 3.2: a blocked bare JID blocks its full JIDs, and a blocked domain every address at it.
    const QString bare = QXmppUtils::jidToBareJid(jid);
    return m_blocked->contains(jid) || m_blocked->contains(bare) || m_blocked->contains(MucAddress::domainOf(bare));
}

QString RoomInvitations::accountJid()
{
    return client() ? client()->configuration().jidBare().toLower() : QString();
}
