#include "CommunityListing.h"

#include "DiscoItemsPage.h"

#include <algorithm>

namespace {

// The node name of a post's comments starts with this (XEP-0277, section 4).
const auto CommentNodePrefix = QStringLiteral("urn:xmpp:microblog:0:comments/");

}

CommunityListing::CommunityListing(const QString &service, int maxNodes)
    : m_service(service)
    , m_maxNodes(maxNodes)
{
}

QString CommunityListing::service() const
{
    return m_service;
}

int CommunityListing::size() const
{
    return int(m_nodes.size());
}

int CommunityListing::remaining() const
{
    return std::max(0, m_maxNodes - size());
}

int CommunityListing::pageCount() const
{
    return m_pages;
}

bool CommunityListing::isComplete() const
{
    return m_complete;
}

QString CommunityListing::nextAfter() const
{
    return m_nextAfter;
}

CommunityListing::PageResult CommunityListing::addPage(const DiscoItemsPage &page)
{
    PageResult result;
    result.withoutJid = page.itemsWithoutJid;
    result.beyondLimit = page.itemsBeyondLimit;
    for (const DiscoItem &item : page.items) {
        if (item.jid.compare(m_service, Qt::CaseInsensitive) != 0 || item.node.isEmpty() || item.node.size() > CommunityInfo::MaxNodeLength) {
            ++result.invalid;
            continue;
        }
        if (item.node.startsWith(CommentNodePrefix)) {
            ++result.commentNodes;
            continue;
        }
        if (m_nodes.contains(item.node)) {
            ++result.duplicates;
            continue;
        }
        if (size() >= m_maxNodes) {
            ++result.beyondLimit;
            continue;
        }
        m_nodes.insert(item.node);
        CommunityInfo community;
        community.service = m_service;
        community.node = item.node;
        community.title = item.name.left(CommunityInfo::MaxTitleLength);
        result.communities.append(community);
    }

    ++m_pages;
    const bool repeatedLast = m_lastIds.contains(page.last);
    m_lastIds.insert(page.last);
    const bool reachedCount = page.count >= 0 && size() >= page.count;
    // A page of comment nodes only does not end the list: Prosody lists the comment node of each
    // post next to the communities.
    const bool addedNothing = result.communities.isEmpty() && result.commentNodes == 0;
    m_complete = page.last.isEmpty() || repeatedLast || addedNothing || reachedCount || remaining() == 0 || m_pages >= MaxPages;
    m_nextAfter = m_complete ? QString() : page.last;
    return result;
}
