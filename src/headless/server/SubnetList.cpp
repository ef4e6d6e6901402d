#include "SubnetList.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// An IPv4 peer of a dual-stack socket appears as ::ffff:a.b.c.d; compare it as IPv4.
// QHostAddress::toIPv4Address() would also turn :: into 0.0.0.0, so the prefix is checked here.
QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol) {
        return address;
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0) {
            return address;
        }
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff) {
        return address;
    }
    return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | quint32(bytes[15]));
}

} // namespace

bool SubnetList::parse(const QString &text, QString *errorString)
{
    QVector<QPair<QHostAddress, int>> subnets;
    const QStringList entries = text.split(QLatin1Char(','));
    for (const QString &rawEntry : entries) {
        const QString entry = rawEntry.trimmed();
        if (entry.isEmpty()) {
            continue;
        }

        const int slash = entry.indexOf(QLatin1Char('/'));
        QHostAddress address;
        if (!SubnetList::parseAddress(slash < 0 ? entry : entry.left(slash), &address)) {
            *errorString = QCoreApplication::translate("SubnetList", "\"%1\" is not an IP address or a subnet such as 10.0.0.0/8 or fd00::/8").arg(entry);
            return false;
        }
        address = unmapped(address);
        const int maxPrefixLength = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;

        int prefixLength = maxPrefixLength;
        if (slash >= 0) {
            bool ok = false;
            const QString prefixText = entry.mid(slash + 1);
            prefixLength = prefixText.toInt(&ok);
            if (!ok || prefixText.startsWith(QLatin1Char('+')) || prefixLength < 0 || prefixLength > maxPrefixLength) {
                *errorString = QCoreApplication::translate("SubnetList", "\"%1\" has an invalid prefix length: expected 0 to %2").arg(entry).arg(maxPrefixLength);
                return false;
            }
        }

        // QHostAddress::parseSubnet() clears the host bits, so 127.0.0.1/8 becomes 127.0.0.0/8.
        subnets.append(QHostAddress::parseSubnet(address.toString() + QLatin1Char('/') + QString::number(prefixLength)));
    }

    m_subnets = subnets;
    return true;
}

bool SubnetList::parseAddress(const QString &text, QHostAddress *address)
{
    // QHostAddress also takes the short forms of inet_aton(), such as "10.1" for 10.0.0.1.
    if (!text.contains(QLatin1Char(':')) && text.count(QLatin1Char('.')) != 3) {
        return false;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(text) || parsed.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol) {
        return false;
    }
    *address = parsed;
    return true;
}

bool SubnetList::contains(const QHostAddress &address) const
{
    const QHostAddress plain = unmapped(address);
    for (const auto &subnet : m_subnets) {
        if (plain.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

bool SubnetList::isEmpty() const
{
    return m_subnets.isEmpty();
}

QStringList SubnetList::toStringList() const
{
    QStringList entries;
    for (const auto &subnet : m_subnets) {
        entries.append(subnet.first.toString() + QLatin1Char('/') + QString::number(subnet.second));
    }
    return entries;
}
