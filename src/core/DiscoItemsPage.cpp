#include "DiscoItemsPage.h"

#include "RoomInfo.h"

#include <QDomElement>

namespace {

const auto ResultSetNamespace = QStringLiteral("http://jabber.org/protocol/rsm");
// Longer ids than this are no id of an item that a service would send.
constexpr int MaxResultSetIdLength = 1024;

} // namespace

DiscoItemsPage DiscoItemsPage::fromQuery(const QDomElement &query, int maxItems)
{
    DiscoItemsPage page;
    for (QDomElement item = query.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
        const QString jid = item.attribute(QStringLiteral("jid"));
        if (jid.isEmpty()) {
            ++page.itemsWithoutJid;
            continue;
        }
        if (page.items.size() >= maxItems) {
            ++page.itemsBeyondLimit;
            continue;
        }
        page.items.append({jid, item.attribute(QStringLiteral("node")), RoomInfo::cleanedLine(item.attribute(QStringLiteral("name")), RoomInfo::MaxNameLength)});
    }

    const QDomElement set = query.firstChildElement(QStringLiteral("set"));
    if (set.namespaceURI() == ResultSetNamespace) {
        const QString last = set.firstChildElement(QStringLiteral("last")).text();
        page.last = last.size() <= MaxResultSetIdLength ? last : QString();
        bool isNumber = false;
        const int count = set.firstChildElement(QStringLiteral("count")).text().trimmed().toInt(&isNumber);
        page.count = isNumber && count >= 0 ? count : -1;
    }
    return page;
}
