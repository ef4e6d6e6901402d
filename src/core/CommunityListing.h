#pragma once

#include "CommunityInfo.h"

#include <QSet>
#include <QString>
#include <QVector>

struct DiscoItemsPage;

/// The nodes of one PubSub service, collected from the pages of its disco#items result
/// (XEP-0060, with Result Set Management, XEP-0059), as far as a service can be trusted.
///
/// Every item must name a node of the service itself (its \c jid is the service's JID), and each
/// node counts once. The listing keeps at most maxNodes nodes and requests the next page only while
/// the service makes progress: a page must bring new nodes and a \c last id that no earlier page
/// had. So a service that repeats its pages, or pages forever, ends the listing.
///
/// NOTE: nodes of a collection node (XEP-0248) are not followed; only the service's top level is listed.
class CommunityListing
{
public:
    /// Maximum number of pages requested from one service.
    static constexpr int MaxPages = 50;

    /// The new nodes and dropped items of one page.
    struct PageResult
    {
        /// New communities, in the order of the page, with service, node and title set.
        QVector<CommunityInfo> communities;
        /// Items that name no node of the service: other JIDs, no node, or a node name over CommunityInfo::MaxNodeLength.
        int invalid = 0;
        /// Items of nodes listed before.
        int duplicates = 0;
        /// Items without a JID.
        int withoutJid = 0;
        /// Nodes past maxNodes.
        int beyondLimit = 0;
        /// Comment nodes of microblog posts (XEP-0277), which are not communities.
        int commentNodes = 0;
    };

    CommunityListing(const QString &service, int maxNodes);

    QString service() const;
    int size() const;
    /// Number of nodes that the listing may still take.
    int remaining() const;
    int pageCount() const;

    /// Adds the nodes of the next page.
    PageResult addPage(const DiscoItemsPage &page);

    /// Whether no further page is to be requested.
    bool isComplete() const;
    /// The RSM \c after value of the next page's request.
    QString nextAfter() const;

private:
    QString m_service;
    int m_maxNodes;
    QSet<QString> m_nodes;
    QSet<QString> m_lastIds;
    QString m_nextAfter;
    int m_pages = 0;
    bool m_complete = false;
};
