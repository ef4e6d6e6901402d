#pragma once

#include "SubnetList.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

/// Rules for the X-Forwarded-For and X-Forwarded-Proto headers of reverse proxies.
///
/// The headers count only when the TCP peer is one of the trusted proxies,
/// because any client can send them. Then the client is the right-most
/// address of X-Forwarded-For that is not itself a trusted proxy: each proxy
/// appends the address it received the request from, so entries left of the
/// first untrusted one may be forged. From other peers both headers are
/// ignored.
///
/// @code
/// TrustedProxies proxies(trustedSubnets);
/// const QHostAddress client = proxies.clientAddress(peer, request.header("x-forwarded-for"));
/// @endcode
class TrustedProxies
{
public:
    TrustedProxies() = default;
    explicit TrustedProxies(const SubnetList &proxies);

    bool isTrusted(const QHostAddress &peer) const;

    /// Address of the client, from \a forwardedFor (the X-Forwarded-For values in the order received) if \a peer is trusted.
    QHostAddress clientAddress(const QHostAddress &peer, const QList<QByteArray> &forwardedFor) const;

    /// Whether a trusted \a peer reports in \a forwardedProto (X-Forwarded-Proto values) that the client used HTTPS.
    bool isForwardedSecure(const QHostAddress &peer, const QList<QByteArray> &forwardedProto) const;

    /// Parses one X-Forwarded-For entry: an address, optionally with brackets or a port as some proxies send it.
    static QHostAddress parseForwardedAddress(const QByteArray &entry);

private:
    SubnetList m_proxies;
};
