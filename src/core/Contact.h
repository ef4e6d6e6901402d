#pragma once

#include <QString>
#include <QStringList>

/// One entry of the user's roster with the contact's current presence.
struct Contact
{
    /// Availability of a contact, from its best available resource (RFC 6121, section 4.7.2.1).
    enum class Presence {
        Offline,
        Online,
        Chat,
        Away,
        ExtendedAway,
        DoNotDisturb,
    };

    /// Presence subscription state of the roster item (RFC 6121, section 2.1.2.5).
    enum class Subscription {
        None,
        From,
        To,
        Both,
    };

    QString jid;
    QString name;
    QStringList groups;
    Subscription subscription = Subscription::None;
    /// Whether the user requested the contact's presence and the contact has not replied yet:
    /// the roster item's ask="subscribe" (RFC 6121, section 2.1.2.2).
    bool approvalPending = false;
    Presence presence = Presence::Offline;
    QString statusText;

    /// Stable code of a presence, as used by XMPP's <show/> values: "offline", "online", "chat", "away", "xa" or "dnd".
    static QString presenceCode(Presence presence);
    /// Stable code of a subscription state: "none", "from", "to" or "both".
    static QString subscriptionCode(Subscription subscription);
};
