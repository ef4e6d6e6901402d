#include "SubscriptionRequest.h"

#include <QXmppElement.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace {

// Namespace of the <nick/> element of XEP-0172, section 4.2.
const auto NickNamespace = QStringLiteral("http://jabber.org/protocol/nick");

QString nickOf(const QXmppPresence &presence)
{
    const QXmppElementList extensions = presence.extensions();
    for (const QXmppElement &extension : extensions) {
        if (extension.tagName() == QLatin1String("nick") && extension.attribute(QStringLiteral("xmlns")) == NickNamespace) {
            return extension.value().trimmed();
        }
    }
    return {};
}

} // namespace

SubscriptionRequest SubscriptionRequest::fromPresence(const QXmppPresence &presence)
{
    SubscriptionRequest request;
    request.jid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    request.name = nickOf(presence);
    request.message = presence.statusText().trimmed();
    return request;
}
