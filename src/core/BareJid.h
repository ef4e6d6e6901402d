#pragma once

#include <QString>

/// Checks and normalizes the address of a contact that a user typed or pasted.
class BareJid
{
public:
    /// Returns \a text as a normalized bare JID, \c localpart@domainpart, or an empty string when
    /// it is not one.
    ///
    /// Accepts what users paste: surrounding spaces, an \c xmpp: URI (RFC 5122) and a resource,
    /// which are dropped. Rejects a JID without a localpart, the characters that RFC 7622,
    /// section 3.3.1 forbids in a localpart, and a domainpart that is not a host name, an IPv4
    /// address or a bracketed IPv6 address. Both parts are lowercased and put into Unicode
    /// normalization form C.
    ///
    /// NOTE: this is a practical check, not the full PRECIS profile of RFC 7622: the server
    /// still rejects addresses that pass it but that its stringprep forbids.
    static QString fromUserInput(const QString &text);
};
