#pragma once

#include <QString>

/// Checks the addresses of group chat services and rooms (XEP-0045) that other entities send or
/// that the user types.
class MucAddress
{
public:
    /// Returns the room JID in the attribute \a text of a received stanza, normalized as a bare
    /// JID, or an empty string when it is not one.
    ///
    /// Unlike BareJid::fromUserInput(), which cleans what users paste, it rejects a resource,
    /// an \c xmpp: URI and surrounding spaces: a service or an inviter that sends them sends no
    /// room address.
    static QString roomFromAttribute(const QString &text);

    /// Returns the address of a service, such as \c conference.example.org, that the user typed,
    /// trimmed and lowercased, or an empty string when it is not a domain.
    static QString serviceFromUserInput(const QString &text);

    /// Returns the domainpart of the bare JID \a jid.
    static QString domainOf(const QString &jid);
};
