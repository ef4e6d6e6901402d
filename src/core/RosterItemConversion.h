#pragma once

#include "Contact.h"

#include <QXmppRosterIq.h>

/// Conversion between QXmpp's roster items and Salon's contacts.
namespace RosterItemConversion {

/// Returns the roster fields of \a item as a contact, with its groups sorted; its presence is left offline.
Contact toContact(const QXmppRosterIq::Item &item);

/// Returns the roster item of \a contact, as cached, with its pending presence request (ask).
/// NOTE: a contact has no pre-approval state (RFC 6121, section 3.4), so the item has none.
QXmppRosterIq::Item toRosterItem(const Contact &contact);

} // namespace RosterItemConversion
