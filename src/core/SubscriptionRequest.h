#pragma once

#include <QString>

class QXmppPresence;

/// A presence subscription request that waits for the user to accept or decline it (RFC 6121, section 3.1.3).
struct SubscriptionRequest
{
    /// Bare JID of the requester.
    QString jid;
    /// Nickname the requester sent with the request (XEP-0172); empty when none.
    QString name;
    /// Status text of the request, a message from the requester; empty when none.
    QString message;
    /// Whether the request was read from the cache of an earlier run rather than received in this
    /// one. Front ends announced it in the run that received it.
    bool restored = false;

    /// Reads the request of a presence of type \c subscribe; the JID is empty when it has no sender.
    static SubscriptionRequest fromPresence(const QXmppPresence &presence);
};
