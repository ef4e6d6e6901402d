#include "RoomModeration.h"

#include "BareJid.h"
#include "IqRequestExtension.h"
#include "OccupantsModel.h"
#include "RoomService.h"
#include "XmlPayloadIq.h"
#include "salon_core_rooms_logging.h"

#include <QXmlStreamWriter>
#include <QXmppClient.h>

namespace {

const auto MucAdminNamespace = QStringLiteral("http://jabber.org/protocol/muc#admin");
const auto MucOwnerNamespace = QStringLiteral("http://jabber.org/protocol/muc#owner");

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
