#pragma once

#include "Contact.h"

#include <QXmppRosterIq.h>

/// Conversion between QXmpp's roster items and Salon's contacts.
namespace RosterItemConversion {

/// Returns the roster fields of \a item as a contact; its presence is left offline.
Contact toContact(const QXmppRosterIq::Item &item);

/// Returns the roster item of \a contact, as cached. NOTE: a contact has no pending
/// subscription request (ask) or pre-approval, so the item has neither.
QXmppRosterIq::Item toRosterItem(const Contact &contact);

} // namespace RosterItemConversion
