#include "RosterItemConversion.h"

namespace {

Contact::Subscription subscriptionOf(QXmppRosterIq::Item::SubscriptionType type)
{
    switch (type) {
    case QXmppRosterIq::Item::From:
        return Contact::Subscription::From;
    case QXmppRosterIq::Item::To:
        return Contact::Subscription::To;
    case QXmppRosterIq::Item::Both:
        return Contact::Subscription::Both;
    default:
        return Contact::Subscription::None;
    }
}

} // namespace

Contact RosterItemConversion::toContact(const QXmppRosterIq::Item &item)
{
    Contact contact;
    contact.jid = item.bareJid();
    contact.name = item.name();
    contact.groups = QStringList(item.groups().cbegin(), item.groups().cend());
    contact.subscription = subscriptionOf(item.subscriptionType());
    // QXmpp 1.4 keeps the item's ask attribute as its subscription status.
    contact.approvalPending = item.subscriptionStatus() == QLatin1String("subscribe");
    return contact;
}
