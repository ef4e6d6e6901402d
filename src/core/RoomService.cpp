#include "RoomService.h"

#include "BareJid.h"
#include "BookmarksModel.h"
#include "BookmarksService.h"
#include "IqRequestExtension.h"
#include "OccupantsModel.h"
#include "RoomSelfPing.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QDomElement>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {

const auto MucNamespace = QStringLiteral("http://jabber.org/protocol/muc");
const auto MucUserNamespace = QStringLiteral("http://jabber.org/protocol/muc#user");
const auto MucOwnerNamespace = QStringLiteral("http://jabber.org/protocol/muc#owner");
const auto DataFormsNamespace = QStringLiteral("jabber:x:data");
const auto ArchiveNamespace = QStringLiteral("urn:xmpp:mam:2");
const auto ModerationNamespace = QStringLiteral("urn:xmpp:message-moderate:0");

// Status codes of the user's own presence in a room (XEP-0045, section 15.6).
constexpr int SelfPresence = 110;
constexpr int RoomCreated = 201;
constexpr int NickAssigned = 210;
constexpr int Banned = 301;
constexpr int NickChanged = 303;
constexpr int Kicked = 307;
constexpr int AffiliationChanged = 321;
constexpr int MembersOnly = 322;
constexpr int ServiceShutdown = 332;



QString presenceCode(const QXmppPresence &presence)
{
    switch (presence.availableStatusType()) {
    case QXmppPresence::Away:
        return QStringLiteral("away");
    case QXmppPresence::XA:
        return QStringLiteral("xa");
    case QXmppPresence::DND:
        return QStringLiteral("dnd");
    case QXmppPresence::Chat:
        return QStringLiteral("chat");
    default:
        return QStringLiteral("online");
    }
}

QString roleCode(QXmppMucItem::Role role)
{
    return role == QXmppMucItem::UnspecifiedRole ? QStringLiteral("none") : QXmppMucItem::roleToString(role);
}

QString affiliationCode(QXmppMucItem::Affiliation affiliation)
{
    return affiliation == QXmppMucItem::UnspecifiedAffiliation ? QStringLiteral("none") : QXmppMucItem::affiliationToString(affiliation);
}

// Returns the vCard photo that \a presence announces (XEP-0153): nothing when the presence has no
// photo element, an empty string for no photo, otherwise the photo's SHA-1 in lowercase hex.
std::optional<QString> announcedPhoto(const QXmppPresence &presence)
{
    switch (presence.vCardUpdateType()) {
    case QXmppPresence::VCardUpdateValidPhoto: {
        // QXmpp 1.4 decodes the hex hash into bytes; a SHA-1 has 20.
        const QByteArray hash = presence.photoHash();
        return hash.size() == 20 ? QString::fromLatin1(hash.toHex()) : QString();
    }
    case QXmppPresence::VCardUpdateNoPhoto:
        return QString();
    case QXmppPresence::VCardUpdateNone:
    case QXmppPresence::VCardUpdateNotReady:
        break;
    }
    return std::nullopt;
}

// The room's avatar hash in its disco#info form (XEP-0486, or the field of Prosody's mod_vcard_muc):
// nothing when the form has no such field, an empty string when it has no avatar.
std::optional<QString> roomAvatarOf(const QXmppDataForm &form)
{
    static const QStringList names{QStringLiteral("muc#roominfo_avatarhash"), QStringLiteral("{http://modules.prosody.im/mod_vcard_muc}avatar#sha1")};
    for (const QXmppDataForm::Field &field : form.fields()) {
        if (names.contains(field.key())) {
            const QVariant value = field.value();
            const QString hash = (value.type() == QVariant::StringList ? value.toStringList().value(0) : value.toString()).trimmed().toLower();
            return hash.size() == 40 ? hash : QString();
        }
    }
    return std::nullopt;
}

// Describes the occupant \a nick from \a presence. The avatar stays that of \a previous, the
// occupant's last description, unless the presence announces another photo.
Occupant occupantOf(const QString &nick, const QXmppPresence &presence, const std::optional<Occupant> &previous = std::nullopt)
{
    Occupant occupant;
    if (previous) {
        occupant.avatarHash = previous->avatarHash;
        occupant.announcedAvatarHash = previous->announcedAvatarHash;
    }
    if (const std::optional<QString> photo = announcedPhoto(presence)) {
        occupant.announcedAvatarHash = *photo;
        if (occupant.avatarHash != *photo) {
            occupant.avatarHash.clear();
        }
    }
    occupant.nick = nick;
    occupant.role = roleCode(presence.mucItem().role());
    occupant.affiliation = affiliationCode(presence.mucItem().affiliation());
    // A room may show anything as the real JID; only a valid address is kept.
    occupant.realJid = BareJid::fromUserInput(presence.mucItem().jid());
    occupant.presence = presenceCode(presence);
    occupant.statusText = presence.statusText().left(RoomService::MaxSubjectLength);
    return occupant;
}

} // namespace

RoomService::RoomService(BookmarksService *bookmarks, QObject *parent)
    : m_bookmarks(bookmarks)
    , m_bookmarkModel(bookmarks->bookmarks())
    , m_requests(new IqRequestExtension)
    , m_selfPing(new RoomSelfPing(m_requests))
    , m_rooms(new RoomsModel(this))
{
    setParent(parent);
    connect(m_selfPing, &RoomSelfPing::occupancyLost, this, &RoomService::rejoin);
    connect(m_bookmarkModel, &QAbstractItemModel::modelReset, this, &RoomService::syncBookmarks);
    connect(m_bookmarkModel, &QAbstractItemModel::rowsInserted, this, &RoomService::syncBookmarks);
    connect(m_bookmarkModel, &QAbstractItemModel::rowsRemoved, this, &RoomService::syncBookmarks);
    connect(m_bookmarkModel, &QAbstractItemModel::dataChanged, this, &RoomService::syncBookmarks);
    connect(m_bookmarks, &BookmarksService::bookmarksLoaded, this, &RoomService::handleBookmarksLoaded);
}

RoomService::~RoomService() = default;

QStringList RoomService::discoveryFeatures() const
{
    return {MucNamespace};
}

RoomsModel *RoomService::rooms() const
{
    return m_rooms;
}

RoomSelfPing *RoomService::selfPing() const
{
    return m_selfPing;
}

void RoomService::setJoinTimeoutMs(int milliseconds)
{
    m_joinTimeoutMs = milliseconds;
}

OccupantsModel *RoomService::occupants(const QString &jid) const
{
    const auto session = m_sessions.constFind(BareJid::fromUserInput(jid));
    return session == m_sessions.cend() ? nullptr : session->occupants;
}

void RoomService::setClient(QXmppClient *client)
{
    QXmppClientExtension::setClient(client);
    m_client = client;
    client->insertExtension(0, m_requests);
    connect(client, &QXmppClient::connected, this, &RoomService::handleConnected);
    connect(client, &QXmppClient::disconnected, this, &RoomService::handleDisconnected);
}

bool RoomService::handleStanza(const QDomElement &stanza)
{
    const QString from = stanza.attribute(QStringLiteral("from"));
    const QString room = QXmppUtils::jidToBareJid(from).toLower();
    if (!m_sessions.contains(room)) {
        return false;
    }

    if (stanza.tagName() == QLatin1String("presence")) {
        QXmppPresence presence;
        presence.parse(stanza);
        handlePresence(room, presence);
        return true;
    }
    if (stanza.tagName() != QLatin1String("message")) {
        return false;
    }
    QXmppMessage message;
    message.parse(stanza);
    if (message.type() == QXmppMessage::Error) {
        // Errors for the user's messages went to RoomMessageService; this one rejects a change.
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "rejected a change: condition" << int(message.error().condition());
        Q_EMIT actionFailed(room, tr("The room %1 rejected your change: %2").arg(room, message.error().text().isEmpty() ? tr("not allowed") : message.error().text()));
        return true;
    }
    // A subject change is a group chat message with a subject and no body (XEP-0045, section 8.1).
    if (message.type() == QXmppMessage::GroupChat && message.body().isEmpty() && !stanza.firstChildElement(QStringLiteral("subject")).isNull()) {
        handleSubject(room, message.subject());
        return true;
    }
    // Private messages through the room and invitations belong to other services.
    return false;
}

bool RoomService::isArchived(const QString &jid) const
{
    const auto session = m_sessions.constFind(BareJid::fromUserInput(jid));
    return session != m_sessions.cend() && session->archived;
}

bool RoomService::supportsModeration(const QString &jid) const
{
    const auto session = m_sessions.constFind(BareJid::fromUserInput(jid));
    return session != m_sessions.cend() && session->moderation;
}

bool RoomService::shouldBeJoined(const QString &jid) const
{
    const auto session = m_sessions.constFind(BareJid::fromUserInput(jid));
    return session != m_sessions.cend() && session->stayJoined;
}

void RoomService::join(const QString &jid, const QString &nick, const QString &password)
{
    startJoin(BareJid::fromUserInput(jid), nick, password, false);
}

void RoomService::createRoom(const QString &jid, const QString &nick, bool configure)
{
    startJoin(BareJid::fromUserInput(jid), nick, QString(), true, configure);
}

bool RoomService::isAwaitingConfiguration(const QString &jid) const
{
    const auto session = m_sessions.constFind(BareJid::fromUserInput(jid));
    return session != m_sessions.cend() && session->awaitingConfiguration;
}

void RoomService::finishConfiguration(const QString &jid)
{
    const auto session = m_sessions.find(BareJid::fromUserInput(jid));
    if (session != m_sessions.end() && session->awaitingConfiguration) {
        session->awaitingConfiguration = false;
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "created" << session.key();
    }
}

void RoomService::startJoin(const QString &room, const QString &nick, const QString &password, bool create, bool configure)
{
    if (room.isEmpty()) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "rejected a join: invalid room JID";
        Q_EMIT actionFailed(room, tr("This is not a valid room address."));
        return;
    }
    const QString chosenNick = nick.trimmed().isEmpty() ? defaultNick() : nick.trimmed();
    if (chosenNick.size() > MaxNickLength) {
        Q_EMIT actionFailed(room, tr("The nickname is too long: at most %1 characters.").arg(MaxNickLength));
        return;
    }
    RoomEntry entry = entryOf(room);
    if (entry.state == RoomEntry::State::Joining || entry.state == RoomEntry::State::Joined) {
        qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "is already in or joining" << room;
        return;
    }
    if (!m_client || !m_client->isConnected()) {
        Q_EMIT actionFailed(room, tr("You are offline. Try again once you are connected."));
        return;
    }

    Session &session = m_sessions[room];
    if (!session.occupants) {
        session.occupants = new OccupantsModel(this);
    }
    session.password = password;
    session.create = create;
    session.configure = create && configure;
    session.awaitingConfiguration = false;
    session.stayJoined = true;
    session.pendingOccupants.clear();
    session.occupants->clear();
    session.occupants->setSelfNick(chosenNick);
    entry.nick = chosenNick;
    entry.state = RoomEntry::State::Joining;
    entry.errorText.clear();
    entry.occupantCount = 0;
    updateEntry(entry);

    if (session.joinTimer) {
        session.joinTimer->stop();
        session.joinTimer->deleteLater();
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, room] {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "joining" << room << "timed out";
        finishJoin(room, RoomEntry::State::Failed, tr("The room did not respond in time. Try again later."));
    });
    timer->start(m_joinTimeoutMs);
    session.joinTimer = timer;

    if (create) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "creating" << room;
        sendJoinPresence(room);
        return;
    }

    // The room's disco#info shows whether it exists, its name, and whether it keeps an archive.
    QXmppDiscoveryIq info;
    info.setType(QXmppIq::Get);
    info.setQueryType(QXmppDiscoveryIq::InfoQuery);
    info.setTo(room);
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "joining" << room;
    m_requests->sendRequest(info, this, [this, room](const IqResponse &response) {
        const auto session = m_sessions.constFind(room);
        if (session == m_sessions.cend() || entryOf(room).state != RoomEntry::State::Joining) {
            return;
        }
        if (response.status == IqResponse::Status::Error && response.error.condition() == QXmppStanza::Error::ItemNotFound) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "does not exist";
            finishJoin(room, RoomEntry::State::Failed, tr("This room does not exist."));
            return;
        }
        if (response.status == IqResponse::Status::Error && response.error.condition() == QXmppStanza::Error::RemoteServerNotFound) {
            finishJoin(room, RoomEntry::State::Failed, tr("The server of this room cannot be reached."));
            return;
        }
        if (!response.isResult()) {
            // Rooms without a disco#info result may still accept the join.
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "no disco#info of" << room << "- joining without it";
        } else {
            QXmppDiscoveryIq result;
            result.parse(response.element);
            m_sessions[room].archived = result.features().contains(ArchiveNamespace);
            if (const std::optional<QString> avatar = roomAvatarOf(result.form())) {
                Q_EMIT roomAvatarAnnounced(room, *avatar);
            }
            setModeration(room, result.features().contains(ModerationNamespace));
            for (const QXmppDiscoveryIq::Identity &identity : result.identities()) {
                if (identity.category() == QLatin1String("conference") && !identity.name().isEmpty()) {
                    RoomEntry entry = entryOf(room);
                    if (!entry.bookmarked || entry.name.isEmpty()) {
                        entry.name = identity.name().left(MaxSubjectLength);
                        updateEntry(entry);
                    }
                    break;
                }
            }
        }
        sendJoinPresence(room);
    }, m_joinTimeoutMs);
}

void RoomService::sendJoinPresence(const QString &room)
{
    const Session &session = m_sessions.value(room);
    QXmppElement muc;
    muc.setTagName(QStringLiteral("x"));
    muc.setAttribute(QStringLiteral("xmlns"), MucNamespace);
    if (session.archived) {
        // The archive fills in the history, so the room sends none.
        QXmppElement history;
        history.setTagName(QStringLiteral("history"));
        history.setAttribute(QStringLiteral("maxstanzas"), QStringLiteral("0"));
        muc.appendChild(history);
    }
    if (!session.password.isEmpty()) {
        QXmppElement password;
        password.setTagName(QStringLiteral("password"));
        password.setValue(session.password);
        muc.appendChild(password);
    }
    QXmppPresence presence;
    presence.setTo(room + QLatin1Char('/') + entryOf(room).nick);
    presence.setExtensions({muc});
    m_client->sendPacket(presence);
}

void RoomService::handlePresence(const QString &room, const QXmppPresence &presence)
{
    Session &session = m_sessions[room];
    const QString nick = QXmppUtils::jidToResource(presence.from());
    const RoomEntry entry = entryOf(room);

    if (presence.type() == QXmppPresence::Error) {
        if (entry.state == RoomEntry::State::Joining) {
            handleJoinError(room, presence.error());
            return;
        }
        // A failed nickname change: the user stays in the room under the old one.
        const QString text = presence.error().condition() == QXmppStanza::Error::Conflict ? tr("This nickname is taken in the room.")
                                                                                         : tr("The room rejected the change.");
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "rejected a presence: condition" << int(presence.error().condition());
        Q_EMIT actionFailed(room, text);
        return;
    }
    if (entry.state != RoomEntry::State::Joining && entry.state != RoomEntry::State::Joined) {
        // Late presences of a room that the user left.
        return;
    }
    if (nick.isEmpty()) {
        // The room's own presence announces its avatar (XEP-0153), as Prosody's mod_vcard_muc does.
        if (const std::optional<QString> photo = announcedPhoto(presence)) {
            Q_EMIT roomAvatarAnnounced(room, *photo);
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored a presence of" << room << "without a nickname";
        return;
    }

    const QList<int> codes = presence.mucStatusCodes();
    if (codes.contains(SelfPresence) || (nick == entry.nick && entry.state == RoomEntry::State::Joined && presence.type() == QXmppPresence::Unavailable)) {
        handleOwnPresence(room, presence);
        return;
    }

    if (presence.type() == QXmppPresence::Unavailable) {
        if (codes.contains(NickChanged) && !presence.mucItem().nick().isEmpty()) {
            if (entry.state == RoomEntry::State::Joined) {
                session.occupants->renameOccupant(nick, presence.mucItem().nick().left(MaxNickLength));
            }
            return;
        }
        if (entry.state == RoomEntry::State::Joined) {
            session.occupants->removeOccupant(nick);
        } else {
            session.pendingOccupants.erase(std::remove_if(session.pendingOccupants.begin(), session.pendingOccupants.end(),
                                                          [&nick](const Occupant &occupant) {
                                                              return occupant.nick == nick;
                                                          }),
                                           session.pendingOccupants.end());
        }
    } else if (entry.state == RoomEntry::State::Joined) {
        const Occupant occupant = occupantOf(nick, presence, session.occupants->occupant(nick));
        session.occupants->setOccupant(occupant);
        announceOccupantAvatar(room, occupant);
    } else if (session.pendingOccupants.size() < OccupantsModel::MaxOccupants) {
        session.pendingOccupants.append(occupantOf(nick, presence));
    }

    if (entry.state == RoomEntry::State::Joined && entry.occupantCount != session.occupants->rowCount()) {
        RoomEntry counted = entry;
        counted.occupantCount = session.occupants->rowCount();
        updateEntry(counted);
    }
}

void RoomService::handleOwnPresence(const QString &room, const QXmppPresence &presence)
{
    Session &session = m_sessions[room];
    RoomEntry entry = entryOf(room);
    const QList<int> codes = presence.mucStatusCodes();
    const QString nick = QXmppUtils::jidToResource(presence.from());

    if (presence.type() == QXmppPresence::Unavailable) {
        if (codes.contains(NickChanged) && !presence.mucItem().nick().isEmpty()) {
            // The user's new presence follows under the new nickname.
            const QString newNick = presence.mucItem().nick().left(MaxNickLength);
            session.occupants->renameOccupant(nick, newNick);
            session.occupants->setSelfNick(newNick);
            entry.nick = newNick;
            updateEntry(entry);
            m_selfPing->watch(room, room + QLatin1Char('/') + newNick);
            return;
        }
        if (entry.state == RoomEntry::State::Joining) {
            // The room's reply to an earlier leave, which arrives after the next join started.
            qCDebug(SALON_CORE_ROOMS).noquote() << accountJid() << "ignored the answer to an earlier leave of" << room;
            return;
        }
        QString reason;
        if (codes.contains(Kicked)) {
            reason = tr("A moderator removed you from the room.");
        } else if (codes.contains(Banned)) {
            reason = tr("You are banned from this room.");
        } else if (codes.contains(AffiliationChanged) || codes.contains(MembersOnly)) {
            reason = tr("The room is now for members only, and you are no member.");
        } else if (codes.contains(ServiceShutdown)) {
            reason = tr("The room's service shut down.");
        } else if (session.awaitingConfiguration) {
            // Cancelling the configuration of a new room destroys it (XEP-0045, section 10.1.3).
            session.awaitingConfiguration = false;
        } else if (entry.state == RoomEntry::State::Joined && session.stayJoined) {
            reason = tr("The room ended your stay, for example because it was destroyed.");
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "left" << room << (reason.isEmpty() ? QString() : QStringLiteral("(removed by the room)"));
        session.stayJoined = false;
        finishJoin(room, RoomEntry::State::Left, reason);
        return;
    }

    if (entry.state == RoomEntry::State::Joined) {
        // A change of the user's own role, affiliation or presence.
        session.occupants->setSelfNick(nick);
        const Occupant self = occupantOf(nick, presence, session.occupants->occupant(nick));
        session.occupants->setOccupant(self);
        announceOccupantAvatar(room, self);
        entry.nick = nick;
        entry.occupantCount = session.occupants->rowCount();
        updateEntry(entry);
        m_selfPing->watch(room, room + QLatin1Char('/') + nick);
        return;
    }

    if (codes.contains(NickAssigned) || nick != entry.nick) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "assigned another nickname";
    }
    entry.nick = nick;
    updateEntry(entry);
    session.occupants->setSelfNick(nick);
    session.pendingOccupants.append(occupantOf(nick, presence));
    session.occupants->setOccupants(session.pendingOccupants);
    if (session.occupants->droppedCount() > 0) {
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "kept" << OccupantsModel::MaxOccupants << "occupants of" << room << "and dropped"
                                              << session.occupants->droppedCount();
    }
    for (const Occupant &occupant : std::as_const(session.pendingOccupants)) {
        announceOccupantAvatar(room, occupant);
    }
    session.pendingOccupants.clear();
    const bool created = codes.contains(RoomCreated);
    if (created && !session.configure) {
        submitInstantConfiguration(room);
    }
    const bool configure = session.configure;
    const bool awaitingConfiguration = created && configure;
    session.awaitingConfiguration = awaitingConfiguration;
    finishJoin(room, RoomEntry::State::Joined, QString());
    if (awaitingConfiguration) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the new room" << room << "waits for its configuration";
    } else if (configure) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "the room" << room << "existed already, so it was joined and not created";
    }
    if (configure) {
        Q_EMIT configurationRequested(room);
    }
}

void RoomService::announceOccupantAvatar(const QString &room, const Occupant &occupant)
{
    if (!occupant.announcedAvatarHash.isEmpty() && occupant.avatarHash != occupant.announcedAvatarHash) {
        Q_EMIT occupantAvatarAnnounced(room, occupant.nick, occupant.announcedAvatarHash);
    }
}

void RoomService::handleJoinError(const QString &room, const QXmppStanza::Error &error)
{
    QString text;
    switch (error.condition()) {
    case QXmppStanza::Error::Conflict:
        text = tr("This nickname is taken in the room. Choose another one.");
        break;
    case QXmppStanza::Error::NotAuthorized:
        text = m_sessions.value(room).password.isEmpty() ? tr("This room needs a password.") : tr("The password is wrong.");
        break;
    case QXmppStanza::Error::RegistrationRequired:
        text = tr("This room is for members only.");
        break;
    case QXmppStanza::Error::Forbidden:
        text = tr("You are banned from this room.");
        break;
    case QXmppStanza::Error::ItemNotFound:
        text = tr("This room does not exist.");
        break;
    case QXmppStanza::Error::ServiceUnavailable:
        text = tr("The room is full.");
        break;
    case QXmppStanza::Error::NotAllowed:
        text = tr("You may not create rooms on this service.");
        break;
    case QXmppStanza::Error::JidMalformed:
        text = tr("The room needs a nickname.");
        break;
    default:
        text = tr("The room rejected the join: %1").arg(error.text().isEmpty() ? tr("no details") : error.text());
        break;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "joining" << room << "failed: condition" << int(error.condition());
    m_sessions[room].stayJoined = false;
    finishJoin(room, RoomEntry::State::Failed, text);
}

void RoomService::handleSubject(const QString &room, const QString &subject)
{
    RoomEntry entry = entryOf(room);
    const QString cut = subject.size() > MaxSubjectLength ? subject.left(MaxSubjectLength) + QStringLiteral("…") : subject;
    if (subject.size() > MaxSubjectLength) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "cut the subject of" << room << "from" << subject.size() << "characters";
    }
    entry.subject = cut;
    updateEntry(entry);
}

void RoomService::finishJoin(const QString &room, RoomEntry::State state, const QString &errorText)
{
    Session &session = m_sessions[room];
    // The timer may be the sender of this call.
    if (session.joinTimer) {
        session.joinTimer->stop();
        session.joinTimer->deleteLater();
    }
    RoomEntry entry = entryOf(room);
    const bool joined = state == RoomEntry::State::Joined && entry.state != RoomEntry::State::Joined;
    entry.state = state;
    entry.errorText = errorText;
    if (state != RoomEntry::State::Joined) {
        session.pendingOccupants.clear();
        session.occupants->clear();
        entry.occupantCount = 0;
    } else {
        entry.occupantCount = session.occupants->rowCount();
    }
    updateEntry(entry);
    if (state == RoomEntry::State::Joined) {
        m_selfPing->watch(room, room + QLatin1Char('/') + entry.nick);
    } else {
        m_selfPing->unwatch(room);
    }
    if (joined) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "joined" << room << "with" << entry.occupantCount << "occupants";
        Q_EMIT roomJoined(room);
    }
    if (state == RoomEntry::State::Failed && !errorText.isEmpty()) {
        Q_EMIT actionFailed(room, errorText);
    }
}

void RoomService::submitInstantConfiguration(const QString &room)
{
    // XEP-0045, section 10.1.2: an empty submitted form accepts the service's defaults.
    const XmlPayloadIq iq(QXmppIq::Set, room, [](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(MucOwnerNamespace);
        writer->writeStartElement(QStringLiteral("x"));
        writer->writeDefaultNamespace(DataFormsNamespace);
        writer->writeAttribute(QStringLiteral("type"), QStringLiteral("submit"));
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, this, [this, room](const IqResponse &response) {
        if (!response.isResult()) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "unlocking the new room" << room << "failed: status" << int(response.status);
            Q_EMIT actionFailed(room, tr("The new room could not be opened to others. Try to leave and create it again."));
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "created" << room;
        readFeatures(room);
    });
}

void RoomService::readFeatures(const QString &room)
{
    // A room that the join created had no disco#info before, so its features are read once it is unlocked.
    QXmppDiscoveryIq info;
    info.setType(QXmppIq::Get);
    info.setQueryType(QXmppDiscoveryIq::InfoQuery);
    info.setTo(room);
    m_requests->sendRequest(info, this, [this, room](const IqResponse &response) {
        const auto session = m_sessions.find(room);
        if (session == m_sessions.end()) {
            return;
        }
        if (!response.isResult()) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "no disco#info of the new room" << room << ": status" << int(response.status);
            return;
        }
        QXmppDiscoveryIq result;
        result.parse(response.element);
        session->archived = result.features().contains(ArchiveNamespace);
        setModeration(room, result.features().contains(ModerationNamespace));
    });
}

void RoomService::setModeration(const QString &room, bool supported)
{
    m_sessions[room].moderation = supported;
    RoomEntry entry = entryOf(room);
    if (entry.messageModeration != supported) {
        entry.messageModeration = supported;
        updateEntry(entry);
    }
}

void RoomService::leave(const QString &jid)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!m_sessions.contains(room)) {
        return;
    }
    const RoomEntry entry = entryOf(room);
    m_sessions[room].stayJoined = false;
    if ((entry.state == RoomEntry::State::Joined || entry.state == RoomEntry::State::Joining) && m_client && m_client->isConnected()) {
        QXmppPresence presence(QXmppPresence::Unavailable);
        presence.setTo(room + QLatin1Char('/') + entry.nick);
        m_client->sendPacket(presence);
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "leaving" << room;
    finishJoin(room, RoomEntry::State::Left, QString());
    if (!entry.bookmarked) {
        m_rooms->removeRoom(room);
        // A view may still show the occupants in the current event.
        m_sessions.take(room).occupants->deleteLater();
    }
}

void RoomService::changeNick(const QString &jid, const QString &nick)
{
    const QString room = BareJid::fromUserInput(jid);
    const QString newNick = nick.trimmed();
    if (entryOf(room).state != RoomEntry::State::Joined) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return;
    }
    if (newNick.isEmpty() || newNick.size() > MaxNickLength) {
        Q_EMIT actionFailed(room, tr("The nickname must have 1 to %1 characters.").arg(MaxNickLength));
        return;
    }
    QXmppPresence presence;
    presence.setTo(room + QLatin1Char('/') + newNick);
    m_client->sendPacket(presence);
}

void RoomService::setSubject(const QString &jid, const QString &subject)
{
    const QString room = BareJid::fromUserInput(jid);
    if (entryOf(room).state != RoomEntry::State::Joined) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return;
    }
    if (subject.size() > MaxSubjectLength) {
        Q_EMIT actionFailed(room, tr("The subject is too long: at most %1 characters.").arg(MaxSubjectLength));
        return;
    }
    QXmppMessage message(QString(), room);
    message.setType(QXmppMessage::GroupChat);
    message.setSubject(subject);
    m_client->sendPacket(message);
}

void RoomService::syncBookmarks()
{
    const QVector<Bookmark> bookmarks = m_bookmarkModel->bookmarks();
    QSet<QString> bookmarked;
    QSet<QString> autojoin;
    for (const Bookmark &bookmark : bookmarks) {
        bookmarked.insert(bookmark.jid);
        RoomEntry entry = entryOf(bookmark.jid);
        entry.bookmarked = true;
        entry.autojoin = bookmark.autojoin;
        if (!bookmark.name.isEmpty()) {
            entry.name = bookmark.name;
        }
        if (entry.state == RoomEntry::State::Left && entry.nick.isEmpty()) {
            entry.nick = bookmark.nick;
        }
        updateEntry(entry);
        if (!m_sessions.contains(bookmark.jid)) {
            m_sessions[bookmark.jid].occupants = new OccupantsModel(this);
        }
        if (bookmark.autojoin) {
            autojoin.insert(bookmark.jid);
        }
    }
    // Rooms whose bookmark went away stay while the user is in them.
    const QVector<RoomEntry> rooms = m_rooms->rooms();
    for (RoomEntry entry : rooms) {
        if (!entry.bookmarked || bookmarked.contains(entry.jid)) {
            continue;
        }
        if (entry.state == RoomEntry::State::Joined || entry.state == RoomEntry::State::Joining) {
            entry.bookmarked = false;
            entry.autojoin = false;
            updateEntry(entry);
        } else {
            m_rooms->removeRoom(entry.jid);
            m_sessions.take(entry.jid).occupants->deleteLater();
        }
    }
    // A bookmark that another client marks autojoin while online is joined here too.
    if (m_client && m_client->isConnected() && m_bookmarks->protocol() != BookmarksService::Protocol::Unknown) {
        for (const QString &room : qAsConst(autojoin)) {
            if (!m_autojoinSeen.contains(room)) {
                const std::optional<Bookmark> bookmark = m_bookmarkModel->bookmark(room);
                join(room, bookmark->nick, bookmark->password);
            }
        }
    }
    m_autojoinSeen = autojoin;
}

void RoomService::handleBookmarksLoaded()
{
    // Every autojoin room is joined at once; the joins run in parallel.
    const QVector<Bookmark> bookmarks = m_bookmarkModel->bookmarks();
    int started = 0;
    for (const Bookmark &bookmark : bookmarks) {
        const RoomEntry entry = entryOf(bookmark.jid);
        if (bookmark.autojoin && entry.state != RoomEntry::State::Joined && entry.state != RoomEntry::State::Joining) {
            join(bookmark.jid, bookmark.nick, bookmark.password);
            ++started;
        }
    }
    if (started > 0) {
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "joining" << started << "autojoin rooms";
    }
}

void RoomService::handleConnected()
{
    // Rooms that were joined before the connection dropped. On a new stream, autojoin bookmarks
    // follow once read. A resumed stream reads no bookmarks, and the room may still count the user
    // as an occupant. Prosody 0.12 then sends the room's occupants again in reply to the join presence.
    const bool resumed = m_client->streamManagementState() == QXmppClient::ResumedStream;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        const RoomEntry entry = entryOf(it.key());
        if (it->stayJoined && entry.state == RoomEntry::State::Left && (resumed || !entry.autojoin)) {
            join(it.key(), entry.nick, it->password);
        }
    }
}

void RoomService::handleDisconnected()
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        const RoomEntry entry = entryOf(it.key());
        if (entry.state == RoomEntry::State::Joined || entry.state == RoomEntry::State::Joining) {
            const bool stayJoined = it->stayJoined;
            finishJoin(it.key(), RoomEntry::State::Left, QString());
            it->stayJoined = stayJoined;
        }
    }
}

void RoomService::rejoin(const QString &room)
{
    const auto session = m_sessions.constFind(room);
    const RoomEntry entry = entryOf(room);
    if (session == m_sessions.cend() || !session->stayJoined || entry.state != RoomEntry::State::Joined) {
        m_selfPing->unwatch(room);
        return;
    }
    // The same join as after a new connection: the user's nickname and the saved password.
    const QString password = session->password;
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "joining" << room << "again after a failed self-ping";
    finishJoin(room, RoomEntry::State::Left, QString());
    join(room, entry.nick, password);
}

RoomEntry RoomService::entryOf(const QString &room) const
{
    return m_rooms->roomOrNew(room);
}

void RoomService::updateEntry(const RoomEntry &entry)
{
    m_rooms->setRoom(entry);
}

QString RoomService::defaultNick() const
{
    return QXmppUtils::jidToUser(accountJid());
}

QString RoomService::password(const QString &jid) const
{
    return m_sessions.value(BareJid::fromUserInput(jid)).password;
}

QString RoomService::accountJid() const
{
    return m_client ? m_client->configuration().jidBare().toLower() : QString();
}
