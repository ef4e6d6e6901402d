#pragma once

#include "RoomInfo.h"

#include <QSet>
#include <QString>
#include <QVector>

struct DiscoItemsPage;

/// The rooms of one group chat service, collected from the pages of its disco#items result
/// (XEP-0030 with Result Set Management, XEP-0059), as far as a service can be trusted.
///
/// Every item must be a bare room JID at the service's domain, without a node, and each room
/// counts once. The listing keeps at most maxRooms rooms and requests the next page only while the
/// service makes progress: a page must bring new rooms and a \c last id that no earlier page had.
/// So a service that repeats its pages, or pages forever, ends the listing.
///
/// \code
/// RoomListing listing(QStringLiteral("conference.example.org"), 1000);
/// const RoomListing::PageResult result = listing.addPage(DiscoItemsPage::fromQuery(query, listing.remaining()));
/// if (!listing.isComplete()) { request the page after listing.nextAfter() }
/// \endcode
class RoomListing
{
public:
    /// Maximum number of pages requested from one service.
    static constexpr int MaxPages = 50;

    /// The rooms and dropped items of one page.
    struct PageResult
    {
        /// New rooms, in the order of the page, with jid and name set.
        QVector<RoomInfo> rooms;
        /// Items that are no room JID of the service: invalid JIDs, full JIDs, other domains, nodes.
        int invalid = 0;
        /// Items of rooms listed before.
        int duplicates = 0;
        /// Items without a JID.
        int withoutJid = 0;
        /// Rooms past maxRooms.
        int beyondLimit = 0;
    };

    RoomListing(const QString &service, int maxRooms);

    QString service() const;
    int size() const;
    /// Number of rooms that the listing may still take.
    int remaining() const;
    int pageCount() const;

    /// Adds the rooms of the next page.
    PageResult addPage(const DiscoItemsPage &page);

    /// Whether no further page is to be requested.
    bool isComplete() const;
    /// The RSM \c after value of the next page's request.
    QString nextAfter() const;

private:
    QString m_service;
    int m_maxRooms;
    QSet<QString> m_jids;
    QSet<QString> m_lastIds;
    QString m_nextAfter;
    int m_pages = 0;
    bool m_complete = false;
};
