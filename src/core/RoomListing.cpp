#include "RoomListing.h"

#include "DiscoItemsPage.h"
#include "MucAddress.h"

#include <algorithm>

RoomListing::RoomListing(const QString &service, int maxRooms)
    : m_service(service)
    , m_maxRooms(maxRooms)
{
}

QString RoomListing::service() const
{
    return m_service;
}

int RoomListing::size() const
{
    return int(m_jids.size());
}

int RoomListing::remaining() const
{
    return std::max(0, m_maxRooms - size());
}

int RoomListing::pageCount() const
{
    return m_pages;
}

bool RoomListing::isComplete() const
{
    return m_complete;
}

QString RoomListing::nextAfter() const
{
    return m_nextAfter;
}

RoomListing::PageResult RoomListing::addPage(const DiscoItemsPage &page)
{
    PageResult result;
    result.withoutJid = page.itemsWithoutJid;
    result.beyondLimit = page.itemsBeyondLimit;
    for (const DiscoItem &item : page.items) {
        const QString jid = MucAddress::roomFromAttribute(item.jid);
        if (jid.isEmpty() || !item.node.isEmpty() || MucAddress::domainOf(jid) != m_service) {
            ++result.invalid;
            continue;
        }
        if (m_jids.contains(jid)) {
            ++result.duplicates;
            continue;
        }
        if (size() >= m_maxRooms) {
            ++result.beyondLimit;
            continue;
        }
        m_jids.insert(jid);
        RoomInfo room;
        room.jid = jid;
        room.name = item.name;
        result.rooms.append(room);
    }

    ++m_pages;
    const bool repeatedLast = m_lastIds.contains(page.last);
    m_lastIds.insert(page.last);
    const bool reachedCount = page.count >= 0 && size() >= page.count;
    m_complete = page.last.isEmpty() || repeatedLast || result.rooms.isEmpty() || reachedCount || remaining() == 0 || m_pages >= MaxPages;
    m_nextAfter = m_complete ? QString() : page.last;
    return result;
}
