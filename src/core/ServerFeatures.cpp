#include "ServerFeatures.h"

#include "store/DiscoveryStore.h"

ServerFeatures::ServerFeatures(QObject *parent)
    : QObject(parent)
{
}

bool ServerFeatures::isKnown() const
{
    return m_known;
}

bool ServerFeatures::blocking() const
{
    return m_blocking;
}

bool ServerFeatures::carbons() const
{
    return m_carbons;
}

void ServerFeatures::setInfo(const DiscoveryInfo &info)
{
    const bool blocking = info.features.contains(QStringLiteral("urn:xmpp:blocking"));
    const bool carbons = info.features.contains(QStringLiteral("urn:xmpp:carbons:2"));

    if (m_known && blocking == m_blocking && carbons == m_carbons) {
        return;
    }
    m_known = true;
    m_blocking = blocking;
    m_carbons = carbons;
    Q_EMIT changed();
}
