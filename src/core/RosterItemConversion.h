#pragma once

#include "Contact.h"

#include <QXmppRosterIq.h>

/// Conversion of QXmpp's roster items to Salon's contacts.
namespace RosterItemConversion {

/// Returns the roster fields of \a item as a contact; its presence is left offline.
Contact toContact(const QXmppRosterIq::Item &item);

} // namespace RosterItemConversion
