#include "RoomInvitationReader.h"

#include "BareJid.h"
#include "MucAddress.h"
#include "RoomInfo.h"

#include <QDomElement>
#include <QXmppUtils.h>

#include <algorithm>

namespace {

const auto ConferenceNamespace = QStringLiteral("jabber:x:conference");
const auto MucUserNamespace = QStringLiteral("http://jabber.org/protocol/muc#user");
const auto DelayNamespace = QStringLiteral("urn:xmpp:delay");
// Thread ids longer than this are ignored, because clients use tokens of a few dozen characters.
constexpr int MaxThreadLength = 256;
// Maximum length of a nickname; a resourcepart has at most 1023 bytes (RFC 7622, section 3.4).
constexpr int MaxNickLength = 1023;
// Maximum length of a message id that is kept as part of an invitation's identity, in UTF-16 code units.
constexpr int MaxMessageIdLength = 256;

using Result = RoomInvitationReader::Result;

QDomElement childElement(const QDomElement &parent, const QString &name, const QString &namespaceUri)
{
    for (QDomElement child = parent.firstChildElement(name); !child.isNull(); child = child.nextSiblingElement(name)) {
        if (child.namespaceURI() == namespaceUri) {
            return child;
        }
    }
    return {};
}

Result malformed(const QString &problem)
{
    Result result;
    result.type = Result::Type::Malformed;
    result.problem = problem;
    return result;
}

// Returns the time of the message's delay element (XEP-0203), or \a now without a valid one.
QDateTime sentAt(const QDomElement &message, const QDateTime &now)
{
    const QDomElement delay = childElement(message, QStringLiteral("delay"), DelayNamespace);
    const QDateTime stamp = QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp")));
    return stamp.isValid() && stamp <= now ? stamp : now;
}

QString passwordFrom(const QString &text)
{
    return text.size() <= RoomInvitation::MaxPasswordLength ? text : QString();
}

QString threadFrom(const QString &text)
{
    return text.size() <= MaxThreadLength ? text : QString();
}

// Returns the inviter of a mediated invitation to \a room: a bare JID, or the inviter's occupant
// JID (room/nick) where a room that hides real JIDs names the inviter so, as Prosody 0.12 does.
QString mediatedInviter(const QString &from, const QString &room)
{
    const int slash = from.indexOf(QLatin1Char('/'));
    if (slash < 0 || BareJid::fromUserInput(from.left(slash)) != room) {
        return BareJid::fromUserInput(from);
    }
    const QString nick = from.mid(slash + 1);
    const bool hasControl = std::any_of(nick.cbegin(), nick.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
    return nick.trimmed().isEmpty() || nick.size() > MaxNickLength || hasControl ? QString() : room + QLatin1Char('/') + nick;
}

Result readMediated(const QDomElement &message, const QDomElement &x, const QDateTime &now)
{
    const QString from = message.attribute(QStringLiteral("from"));
    const QString room = MucAddress::roomFromAttribute(from);
    if (room.isEmpty()) {
        return malformed(QStringLiteral("a mediated invitation or decline whose sender is not a room's bare JID"));
    }

    const QDomElement decline = x.firstChildElement(QStringLiteral("decline"));
    const QDomElement invite = x.firstChildElement(QStringLiteral("invite"));
    if (invite.isNull()) {
        Result result;
        result.decliner = BareJid::fromUserInput(decline.attribute(QStringLiteral("from")));
        if (result.decliner.isEmpty()) {
            return malformed(QStringLiteral("a decline without a valid invitee"));
        }
        result.type = Result::Type::Decline;
        result.roomJid = room;
        result.reason = RoomInfo::cleanedLine(decline.firstChildElement(QStringLiteral("reason")).text(), RoomInvitation::MaxReasonLength);
        return result;
    }

    RoomInvitation invitation;
    invitation.kind = RoomInvitation::Kind::Mediated;
    invitation.roomJid = room;
    invitation.inviter = mediatedInviter(invite.attribute(QStringLiteral("from")), room);
    if (invitation.inviter.isEmpty()) {
        return malformed(QStringLiteral("a mediated invitation without a valid inviter"));
    }
    invitation.reason = RoomInfo::cleanedLine(invite.firstChildElement(QStringLiteral("reason")).text(), RoomInvitation::MaxReasonLength);
    invitation.password = passwordFrom(x.firstChildElement(QStringLiteral("password")).text());
    const QDomElement continuation = invite.firstChildElement(QStringLiteral("continue"));
    invitation.continuation = !continuation.isNull();
    invitation.thread = threadFrom(continuation.attribute(QStringLiteral("thread")));
    invitation.receivedAt = sentAt(message, now);

    Result result;
    result.type = Result::Type::Invitation;
    result.invitation = invitation;
    return result;
}

Result readDirect(const QDomElement &message, const QDomElement &x, const QDateTime &now)
{
    RoomInvitation invitation;
    invitation.kind = RoomInvitation::Kind::Direct;
    invitation.roomJid = MucAddress::roomFromAttribute(x.attribute(QStringLiteral("jid")));
    if (invitation.roomJid.isEmpty()) {
        return malformed(QStringLiteral("a direct invitation without a valid room JID"));
    }
    invitation.inviter = BareJid::fromUserInput(message.attribute(QStringLiteral("from")));
    if (invitation.inviter.isEmpty()) {
        return malformed(QStringLiteral("a direct invitation whose sender is not a user's address"));
    }
    // XEP-0249 puts the reason into an attribute, but some servers write it as the element's text.
    const QString reason = x.hasAttribute(QStringLiteral("reason")) ? x.attribute(QStringLiteral("reason")) : x.text();
    invitation.reason = RoomInfo::cleanedLine(reason, RoomInvitation::MaxReasonLength);
    invitation.password = passwordFrom(x.attribute(QStringLiteral("password")));
    const QString continuation = x.attribute(QStringLiteral("continue"));
    invitation.continuation = continuation == QLatin1String("true") || continuation == QLatin1String("1");
    invitation.thread = threadFrom(x.attribute(QStringLiteral("thread")));
    invitation.receivedAt = sentAt(message, now);

    Result result;
    result.type = Result::Type::Invitation;
    result.invitation = invitation;
    return result;
}

} // namespace

RoomInvitationReader::Result RoomInvitationReader::read(const QDomElement &message, const QDateTime &now)
{
    const QString type = message.attribute(QStringLiteral("type"));
    if (message.tagName() != QLatin1String("message") || type == QLatin1String("groupchat") || type == QLatin1String("error")) {
        return {};
    }

    Result result;
    const QDomElement mucUser = childElement(message, QStringLiteral("x"), MucUserNamespace);
    const QDomElement conference = childElement(message, QStringLiteral("x"), ConferenceNamespace);
    const bool mediated = !mucUser.firstChildElement(QStringLiteral("invite")).isNull() || !mucUser.firstChildElement(QStringLiteral("decline")).isNull();
    if (mediated) {
        result = readMediated(message, mucUser, now);
    } else if (!conference.isNull()) {
        result = readDirect(message, conference, now);
    }
    if (result.type == Result::Type::Invitation) {
        result.invitation.messageId = message.attribute(QStringLiteral("id")).left(MaxMessageIdLength);
    }
    return result;
}
