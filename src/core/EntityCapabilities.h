#pragma once

#include <QByteArray>
#include <QString>

class QXmppDiscoveryIq;

/// The verification string of entity capabilities (XEP-0115, section 5).
///
/// A presence carries the hash of its sender's disco#info result, so a
/// client that has seen the result once for a hash needs no new query for
/// every peer that announces the same hash.
namespace EntityCapabilities {

/// Returns the base64 hash of the disco#info result \a info with the algorithm \a hashName
/// ("sha-1", "sha-224", "sha-256", "sha-384", "sha-512" from the IANA hash names),
/// or an empty array for an algorithm it does not support.
/// The input string is built as XEP-0115 section 5.1 fixes: identities, features,
/// then the extended data form, each sorted and each part followed by '<'.
QByteArray verificationString(const QXmppDiscoveryIq &info, const QString &hashName);

/// Returns whether \a hashName is an algorithm that verificationString() supports.
bool isSupportedHash(const QString &hashName);

} // namespace EntityCapabilities
