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

QXmppRosterIq::Item::SubscriptionType subscriptionTypeOf(Contact::Subscription subscription)
{
    switch (subscription) {
    case Contact::Subscription::From:
        return QXmppRosterIq::Item::From;
    case Contact::Subscription::To:
        return QXmppRosterIq::Item::To;
    case Contact::Subscription::Both:
        return QXmppRosterIq::Item::Both;
    case Contact::Subscription::None:
        return QXmppRosterIq::Item::None;
    }
    return QXmppRosterIq::Item::None;
}

} // namespace

Contact RosterItemConversion::toContact(const QXmppRosterIq::Item &item)
{
    Contact contact;
    contact.jid = item.bareJid();
    contact.name = item.name();
    // QXmpp keeps the groups in a QSet, whose order changes from run to run.
    contact.groups = QStringList(item.groups().cbegin(), item.groups().cend());
    contact.groups.sort();
    contact.subscription = subscriptionOf(item.subscriptionType());
    // QXmpp 1.4 keeps the item's ask attribute as its subscription status.
    contact.approvalPending = item.subscriptionStatus() == QLatin1String("subscribe");
    return contact;
}

QXmppRosterIq::Item RosterItemConversion::toRosterItem(const Contact &contact)
{
    QXmppRosterIq::Item item;
    item.setBareJid(contact.jid);
    item.setName(contact.name);
    item.setGroups(QSet<QString>(contact.groups.cbegin(), contact.groups.cend()));
    item.setSubscriptionType(subscriptionTypeOf(contact.subscription));
    if (contact.approvalPending) {
        item.setSubscriptionStatus(QStringLiteral("subscribe"));
    }
    return item;
}
