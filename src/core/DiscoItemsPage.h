#pragma once

#include <QString>
#include <QVector>

class QDomElement;

/// One item of a disco#items result (XEP-0030, section 4).
struct DiscoItem
{
    QString jid;
    QString node;
    QString name;
};

/// One page of a disco#items result, with its Result Set Management data (XEP-0059).
///
/// Read from a response of any size, it keeps at most the number of items it is given and counts
/// the rest, so a service that lists a huge number of items costs bounded memory beyond the
/// received stanza itself.
struct DiscoItemsPage
{
    /// Items with a \c jid attribute, in the order of the response. Names are cut to
    /// RoomInfo::MaxNameLength.
    QVector<DiscoItem> items;
    /// Items without a \c jid attribute, which identify nothing.
    int itemsWithoutJid = 0;
    /// Items past the maximum that reading kept.
    int itemsBeyondLimit = 0;
    /// The RSM \c last element: the id of the page's last item, after which the next page
    /// starts. Empty when the service did not page the result.
    QString last;
    /// The RSM \c count element: the number of items of the whole list, or -1 when not given.
    int count = -1;

    /// Reads the \c query element \a query of a disco#items result, keeping at most \a maxItems items.
    static DiscoItemsPage fromQuery(const QDomElement &query, int maxItems);
};
