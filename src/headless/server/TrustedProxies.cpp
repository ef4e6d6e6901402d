#include "TrustedProxies.h"

namespace {

// Splits header values such as "a, b" and "c" into "a", "b", "c".
QList<QByteArray> listElements(const QList<QByteArray> &values)
{
    QList<QByteArray> elements;
    for (const QByteArray &value : values) {
        const QList<QByteArray> parts = value.split(',');
        for (const QByteArray &part : parts) {
            elements.append(part.trimmed());
        }
    }
    return elements;
}

} // namespace

TrustedProxies::TrustedProxies(const SubnetList &proxies)
    : m_proxies(proxies)
{
}

bool TrustedProxies::isTrusted(const QHostAddress &peer) const
{
    return m_proxies.contains(peer);
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor) const
{
    if (!isTrusted(peer)) {
        return peer;
    }

    // Walk from the nearest hop outwards. An entry that is not an address
    // ("unknown", an obfuscated name) ends the walk at the last hop known.
    QHostAddress client = peer;
    const QList<QByteArray> hops = listElements(forwardedFor);
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address = parseForwardedAddress(*hop);
        if (address.isNull()) {
            break;
        }
        client = address;
        if (!isTrusted(address)) {
            break;
        }
    }
    return client;
}

bool TrustedProxies::isForwardedSecure(const QHostAddress &peer, const QList<QByteArray> &forwardedProto) const
{
    if (!isTrusted(peer)) {
        return false;
    }
    // The trusted peer appends or replaces the last value, so earlier ones may come from the client.
    const QList<QByteArray> values = listElements(forwardedProto);
    return !values.isEmpty() && values.constLast().toLower() == "https";
}

QHostAddress TrustedProxies::parseForwardedAddress(const QByteArray &entry)
{
    QString text = QString::fromLatin1(entry.trimmed());

    if (text.startsWith(QLatin1Char('['))) {
        // "[2001:db8::1]" or "[2001:db8::1]:4711"
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return {};
        }
        text = text.mid(1, close - 1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        // "192.0.2.1:4711"
        text = text.left(text.indexOf(QLatin1Char(':')));
    }

    QHostAddress address;
    if (!SubnetList::parseAddress(text, &address)) {
        return {};
    }
    return address;
}
