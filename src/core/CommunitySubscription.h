#pragma once

#include <QString>

class QDomElement;
class QXmlStreamWriter;

/// A subscription of the user to a community (a PubSub node), as kept in the user's PEP node
/// \c urn:xmpp:pubsub:subscription so that every client of the user shares the list
/// (XEP-0330 version 0.1, the format that Movim uses):
///
/// \code
/// <subscription xmlns='urn:xmpp:pubsub:subscription:0' server='pubsub.example.org' node='party'>
///   <title>Party at the Capulets</title>
///   <options xmlns='urn:salon:pubsub:subscription-options:0' notify='true' state='pending'/>
/// </subscription>
/// \endcode
///
/// XEP-0330 has no place for the notification flag or a pending state, so Salon adds the
/// \c options element in its own namespace. Other clients ignore it.
/// NOTE: a client that rewrites the item without the \c options element resets notify to false.
struct CommunitySubscription
{
    /// Maximum length of a title, in UTF-16 code units. Longer titles are cut.
    static constexpr int MaxTitleLength = 200;

    /// JID of the PubSub service.
    QString service;
    QString node;
    /// The community's title when the user subscribed, or empty.
    QString title;
    /// "subscribed" or "pending" (the node's owner has to approve); "none" only for a
    /// subscription that is not in the list.
    QString state = QStringLiteral("subscribed");
    /// Whether the user wants notifications of new posts of the community.
    bool notify = false;

    /// Returns the title, or the node's name for a subscription without one.
    QString displayTitle() const;

    /// Returns the item id of the subscription of \a accountJid (XEP-0330, "Item ID generation method"): the
    /// SHA-1, as hex, of the service, '<', the node, '<' and the account's bare JID.
    static QString itemId(const QString &service, const QString &node, const QString &accountJid);

    /// Writes the \c subscription element of the item.
    void write(QXmlStreamWriter *writer) const;
    /// Reads the payload \a element of an item. Returns false for an element that is no
    /// subscription of this format, or lacks a server or a node.
    bool read(const QDomElement &element);

    static QString nodeName();
    static QString payloadNamespace();

    bool operator==(const CommunitySubscription &other) const;
    bool operator!=(const CommunitySubscription &other) const
    {
        return !(*this == other);
    }
};
