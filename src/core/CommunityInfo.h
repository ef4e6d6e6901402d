#pragma once

#include <QString>

class QDomElement;

/// A node of a PubSub service shown as a community: its entry in the service's disco#items
/// result, completed by the node's disco#info result with its \c pubsub#meta-data form
/// (XEP-0060).
struct CommunityInfo
{
    /// Maximum length of a title, in UTF-16 code units. Longer titles are cut.
    static constexpr int MaxTitleLength = 200;
    /// Maximum length of a description, in UTF-16 code units. Longer descriptions are cut.
    static constexpr int MaxDescriptionLength = 1000;
    /// Maximum length of a node name that the directory keeps, in UTF-16 code units. Longer
    /// names are no node that a user could type or a service would create for a community.
    static constexpr int MaxNodeLength = 1024;
    /// Subscriber counts above this are treated as unknown.
    static constexpr int MaxCount = 100000000;

    /// JID of the PubSub service.
    QString service;
    /// Name of the node at the service.
    QString node;
    /// The \c pubsub#title field, or the item's name from the service's list.
    QString title;
    /// The \c pubsub#description field, which may contain line breaks.
    QString description;
    /// The \c pubsub#access_model field: "open", "presence", "roster", "authorize" or
    /// "whitelist"; empty when unknown.
    QString accessModel;
    /// The \c pubsub#type field: the namespace of the node's payloads, such as
    /// \c http://www.w3.org/2005/Atom; empty when unknown.
    QString payloadType;
    /// The \c pubsub#num_subscribers field, or -1 when the service does not give it.
    int subscriberCount = -1;
    /// Number of items, or -1 when unknown. The meta-data form of XEP-0060 has no field for it, so it
    /// comes from the non-standard field \c pubsub#num_items where a service sends one.
    int itemCount = -1;
    /// Whether the node's disco#info arrived. Until then only service, node and title are known.
    bool infoLoaded = false;

    /// Returns the title, or the node's name for a node without one.
    QString displayTitle() const;

    /// Reads the node's disco#info result \a query into the fields and sets infoLoaded. A result
    /// without a title keeps the title from the list.
    void readDiscoInfo(const QDomElement &query);

    bool operator==(const CommunityInfo &other) const;
    bool operator!=(const CommunityInfo &other) const
    {
        return !(*this == other);
    }
};
