#include "MucAddress.h"

#include "BareJid.h"

QString MucAddress::roomFromAttribute(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('?'))
        || text.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)) {
        return {};
    }
    return BareJid::fromUserInput(text);
}

QString MucAddress::serviceFromUserInput(const QString &text)
{
    const QString domain = text.trimmed();
    if (domain.isEmpty() || domain.contains(QLatin1Char('@')) || domain.contains(QLatin1Char('/')) || domain.contains(QLatin1Char(':'))) {
        return {};
    }
    // BareJid checks and normalizes a domainpart only as part of a JID, so the domain gets a
    // placeholder localpart that is cut off again.
    const QString jid = BareJid::fromUserInput(QStringLiteral("x@") + domain);
    return jid.isEmpty() ? QString() : domainOf(jid);
}

QString MucAddress::domainOf(const QString &jid)
{
    return jid.mid(jid.indexOf(QLatin1Char('@')) + 1);
}
