#include "Contact.h"

QString Contact::presenceCode(Presence presence)
{
    switch (presence) {
    case Presence::Offline:
        return QStringLiteral("offline");
    case Presence::Online:
        return QStringLiteral("online");
    case Presence::Chat:
        return QStringLiteral("chat");
    case Presence::Away:
        return QStringLiteral("away");
    case Presence::ExtendedAway:
        return QStringLiteral("xa");
    case Presence::DoNotDisturb:
        return QStringLiteral("dnd");
    }
    return QStringLiteral("offline");
}

QString Contact::subscriptionCode(Subscription subscription)
{
    switch (subscription) {
    case Subscription::None:
        return QStringLiteral("none");
    case Subscription::From:
        return QStringLiteral("from");
    case Subscription::To:
        return QStringLiteral("to");
    case Subscription::Both:
        return QStringLiteral("both");
    }
    return QStringLiteral("none");
}
