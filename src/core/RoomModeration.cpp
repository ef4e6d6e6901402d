#include "RoomModeration.h"

#include "BareJid.h"
#include "IqRequestExtension.h"
#include "OccupantsModel.h"
#include "RoomMessageService.h"
#include "RoomService.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>

namespace {

const auto MucAdminNamespace = QStringLiteral("http://jabber.org/protocol/muc#admin");
const auto MucOwnerNamespace = QStringLiteral("http://jabber.org/protocol/muc#owner");
const auto FastenNamespace = QStringLiteral("urn:xmpp:fasten:0");
const auto ModerateNamespace = QStringLiteral("urn:xmpp:message-moderate:0");
const auto OldRetractNamespace = QStringLiteral("urn:xmpp:message-retract:0");

// Reads the moderator and the reason of a <moderated/> element, which contains the retraction.
std::optional<ModerationNotice> readModerated(const QXmppElement &moderated, const QString &retractName, const QString &stanzaId)
{
    if (moderated.isNull() || moderated.attribute(QStringLiteral("xmlns")) != ModerateNamespace || moderated.firstChildElement(retractName).isNull()) {
        return std::nullopt;
    }
    ModerationNotice notice;
    notice.stanzaId = stanzaId;
    notice.moderator = moderated.attribute(QStringLiteral("by"));
    notice.reason = moderated.firstChildElement(QStringLiteral("reason")).value();
    return notice;
}

bool isValidRole(const QString &role)
{
    static const QStringList roles{QStringLiteral("moderator"), QStringLiteral("participant"), QStringLiteral("visitor"), QStringLiteral("none")};
    return roles.contains(role);
}

bool isValidAffiliation(const QString &affiliation)
{
    static const QStringList affiliations{QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member"), QStringLiteral("outcast"),
                                          QStringLiteral("none")};
    return affiliations.contains(affiliation);
}

} // namespace

RoomModeration::RoomModeration(QXmppClient *client, RoomService *rooms, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rooms(rooms)
    , m_requests(new IqRequestExtension)
{
    client->insertExtension(0, m_requests);
    qRegisterMetaType<RoomModeration::RemovalError>();
}

QString RoomModeration::accountJid() const
{
    return m_client->configuration().jidBare().toLower();
}

void RoomModeration::destroyRoom(const QString &jid, const QString &reason, const QString &alternateRoom)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!m_rooms->rooms()->room(room)) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return;
    }
    const QString alternate = BareJid::fromUserInput(alternateRoom);
    if (!alternateRoom.trimmed().isEmpty() && (alternate.isEmpty() || alternate == room)) {
        Q_EMIT actionFailed(room, tr("The alternate room address is not valid. Enter another room's address, such as team@conference.example.org, or leave it empty."));
        return;
    }
    const XmlPayloadIq iq(QXmppIq::Set, room, [reason, alternate](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(MucOwnerNamespace);
        writer->writeStartElement(QStringLiteral("destroy"));
        if (!alternate.isEmpty()) {
            writer->writeAttribute(QStringLiteral("jid"), alternate);
        }
        if (!reason.isEmpty()) {
            writer->writeTextElement(QStringLiteral("reason"), reason);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, this, [this, room](const IqResponse &response) {
        if (!response.isResult()) {
            qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "destroying" << room << "failed: condition" << int(response.error.condition());
            Q_EMIT actionFailed(room, response.status == IqResponse::Status::Error ? tr("Only the room's owners may destroy it.") : response.deliveryFailureText());
            return;
        }
        qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "destroyed" << room;
        m_rooms->leave(room);
        Q_EMIT roomDestroyed(room);
    });
}

void RoomModeration::setRoomMessages(RoomMessageService *messages)
{
    m_messages = messages;
}

std::optional<ModerationNotice> RoomModeration::readModeration(const QXmppMessage &message)
{
    for (const QXmppElement &extension : message.extensions()) {
        const QString xmlns = extension.attribute(QStringLiteral("xmlns"));
        // The announcement: <apply-to id=...><moderated by=...><retract/><reason/></moderated></apply-to>.
        if (extension.tagName() == QLatin1String("apply-to") && xmlns == FastenNamespace) {
            const QString stanzaId = extension.attribute(QStringLiteral("id"));
            if (!stanzaId.isEmpty()) {
                return readModerated(extension.firstChildElement(QStringLiteral("moderated")), QStringLiteral("retract"), stanzaId);
            }
        }
        // The tombstone in the archive: <moderated by=...><retracted stamp=.../><reason/></moderated>.
        if (extension.tagName() == QLatin1String("moderated")) {
            return readModerated(extension, QStringLiteral("retracted"), QString());
        }
    }
    return std::nullopt;
}

bool RoomModeration::canRetractMessages(const QString &jid) const
{
    const QString room = BareJid::fromUserInput(jid);
    const OccupantsModel *occupants = m_rooms->occupants(room);
    if (!m_rooms->supportsModeration(room) || !occupants) {
        return false;
    }
    const std::optional<Occupant> self = occupants->occupant(occupants->selfNick());
    return self && self->role == QLatin1String("moderator");
}

void RoomModeration::retractMessage(const QString &jid, qint64 messageId, const QString &reason)
{
    const QString room = BareJid::fromUserInput(jid);
    const std::optional<RoomEntry> entry = m_rooms->rooms()->room(room);
    if (!entry || entry->state != RoomEntry::State::Joined) {
        failRemoval(room, messageId, RemovalError::NotJoined);
        return;
    }
    if (!m_rooms->supportsModeration(room)) {
        failRemoval(room, messageId, RemovalError::NotSupported);
        return;
    }
    if (!canRetractMessages(room)) {
        failRemoval(room, messageId, RemovalError::NotModerator);
        return;
    }
    if (!m_messages) {
        failRemoval(room, messageId, RemovalError::UnknownMessage);
        return;
    }
    m_messages->findMessage(room, messageId, this, [this, room, messageId, reason](const std::optional<ChatMessage> &message) {
        if (!message || message->stanzaId.isEmpty()) {
            failRemoval(room, messageId, RemovalError::UnknownMessage);
            return;
        }
        sendRemoval(room, messageId, message->stanzaId, reason);
    });
}

void RoomModeration::sendRemoval(const QString &room, qint64 messageId, const QString &stanzaId, const QString &reason)
{
    const XmlPayloadIq iq(QXmppIq::Set, room, [stanzaId, reason](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("apply-to"));
        writer->writeDefaultNamespace(FastenNamespace);
        writer->writeAttribute(QStringLiteral("id"), stanzaId);
        writer->writeStartElement(QStringLiteral("moderate"));
        writer->writeDefaultNamespace(ModerateNamespace);
        writer->writeEmptyElement(QStringLiteral("retract"));
        writer->writeDefaultNamespace(OldRetractNamespace);
        if (!reason.isEmpty()) {
            writer->writeTextElement(QStringLiteral("reason"), reason);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "removing message" << stanzaId << "of" << room;
    m_requests->sendRequest(iq, this, [this, room, messageId, stanzaId](const IqResponse &response) {
        if (response.isResult()) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "removed message" << stanzaId << "of" << room;
            return;
        }
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "removing message" << stanzaId << "of" << room << "failed: status" << int(response.status)
                                              << "condition" << int(response.error.condition());
        if (response.status != IqResponse::Status::Error) {
            Q_EMIT removalFailed(room, messageId, RemovalError::Failed, response.deliveryFailureText());
            Q_EMIT actionFailed(room, response.deliveryFailureText());
            return;
        }
        switch (response.error.condition()) {
        case QXmppStanza::Error::Forbidden:
        case QXmppStanza::Error::NotAllowed:
            failRemoval(room, messageId, RemovalError::NotModerator);
            return;
        case QXmppStanza::Error::ItemNotFound:
            failRemoval(room, messageId, RemovalError::UnknownMessage);
            return;
        default:
            failRemoval(room, messageId, RemovalError::Failed);
            return;
        }
    });
}

void RoomModeration::failRemoval(const QString &room, qint64 messageId, RemovalError error)
{
    QString text;
    switch (error) {
    case RemovalError::NotJoined:
        text = tr("Join the room first.");
        break;
    case RemovalError::NotSupported:
        text = tr("This room does not support removing messages.");
        break;
    case RemovalError::NotModerator:
        text = tr("Only moderators of the room can remove messages of others.");
        break;
    case RemovalError::UnknownMessage:
        text = tr("The room does not know this message, so it cannot be removed.");
        break;
    case RemovalError::Failed:
        text = tr("The room did not remove the message. Try again later.");
        break;
    }
    qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "did not remove message" << messageId << "of" << room << ":" << error;
    Q_EMIT removalFailed(room, messageId, error, text);
    Q_EMIT actionFailed(room, text);
}

void RoomModeration::kick(const QString &jid, const QString &nick, const QString &reason)
{
    setRole(jid, nick, QStringLiteral("none"), reason);
}

void RoomModeration::ban(const QString &jid, const QString &nick, const QString &reason)
{
    const QString room = BareJid::fromUserInput(jid);
    const OccupantsModel *model = m_rooms->occupants(room);
    const std::optional<Occupant> occupant = model ? model->occupant(nick) : std::nullopt;
    if (!occupant || occupant->realJid.isEmpty()) {
        Q_EMIT actionFailed(room, tr("The room does not show the address of %1, so Salon cannot ban them.").arg(nick));
        return;
    }
    setAffiliation(room, occupant->realJid, QStringLiteral("outcast"), reason);
}

void RoomModeration::setRole(const QString &jid, const QString &nick, const QString &role, const QString &reason)
{
    const QString room = BareJid::fromUserInput(jid);
    if (!isValidRole(role) || nick.isEmpty()) {
        Q_EMIT actionFailed(room, tr("This role change is not valid."));
        return;
    }
    sendAdminItem(room, QStringLiteral("role"), role, QStringLiteral("nick"), nick, reason);
}

void RoomModeration::setAffiliation(const QString &jid, const QString &userJid, const QString &affiliation, const QString &reason)
{
    const QString room = BareJid::fromUserInput(jid);
    const QString user = BareJid::fromUserInput(userJid);
    if (!isValidAffiliation(affiliation) || user.isEmpty()) {
        Q_EMIT actionFailed(room, tr("This affiliation change is not valid."));
        return;
    }
    sendAdminItem(room, QStringLiteral("affiliation"), affiliation, QStringLiteral("jid"), user, reason);
}

void RoomModeration::sendAdminItem(const QString &room, const QString &attribute, const QString &value, const QString &itemKey,
                                const QString &itemValue, const QString &reason)
{
    const std::optional<RoomEntry> entry = m_rooms->rooms()->room(room);
    if (!entry || entry->state != RoomEntry::State::Joined) {
        Q_EMIT actionFailed(room, tr("Join the room first."));
        return;
    }
    // XEP-0045, sections 8 and 9: one item of the admin namespace per change.
    const XmlPayloadIq iq(QXmppIq::Set, room, [attribute, value, itemKey, itemValue, reason](QXmlStreamWriter *writer) {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(MucAdminNamespace);
        writer->writeStartElement(QStringLiteral("item"));
        writer->writeAttribute(itemKey, itemValue);
        writer->writeAttribute(attribute, value);
        if (!reason.isEmpty()) {
            writer->writeTextElement(QStringLiteral("reason"), reason);
        }
        writer->writeEndElement();
        writer->writeEndElement();
    });
    m_requests->sendRequest(iq, this, [this, room, attribute, value](const IqResponse &response) {
        if (response.isResult()) {
            qCInfo(SALON_CORE_ROOMS).noquote() << accountJid() << "set" << attribute << value << "in" << room;
            return;
        }
        qCWarning(SALON_CORE_ROOMS).noquote() << accountJid() << "setting" << attribute << value << "in" << room << "failed: condition"
                                              << int(response.error.condition());
        const QString text = response.status == IqResponse::Status::Error ? tr("The room does not allow you to do this.") : response.deliveryFailureText();
        Q_EMIT actionFailed(room, text);
    });
}
