#pragma once

#include <QObject>
#include <QStringList>

struct DiscoveryInfo;

/// The features of the user's server that Salon uses, from its disco#info result (XEP-0030).
///
/// Features that a server announces on the account's bare JID instead, such
/// as Message Archive Management (XEP-0313) and the Personal Eventing
/// Protocol (XEP-0163) on Prosody 0.12, are not among them.
///
/// Every property is false until the first result arrives, from the cache
/// or from the server, after sign-in. The values then stay until the next
/// result, also while the account is offline.
class ServerFeatures : public QObject
{
    Q_OBJECT
    /// Whether a disco#info result of the server is known.
    Q_PROPERTY(bool known READ isKnown NOTIFY changed)
    /// Blocking Command (XEP-0191), feature urn:xmpp:blocking.
    Q_PROPERTY(bool blocking READ blocking NOTIFY changed)
    /// Message Carbons (XEP-0280), feature urn:xmpp:carbons:2.
    Q_PROPERTY(bool carbons READ carbons NOTIFY changed)

public:
    explicit ServerFeatures(QObject *parent = nullptr);

    bool isKnown() const;
    bool blocking() const;
    bool carbons() const;

    /// Sets every property from the server's disco#info result \a info.
    void setInfo(const DiscoveryInfo &info);

Q_SIGNALS:
    void changed();

private:
    bool m_known = false;
    bool m_blocking = false;
    bool m_carbons = false;
};
