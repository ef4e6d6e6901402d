#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

/**
 * Certificate authorities that an account trusts in addition to the system's.
 *
 * Handing Qt a CA list that includes the system's certificates would parse all of
 * them into every connection (about 1.75 MiB of heap, measured in an idle linker).
 * So Qt verifies against the system store, which OpenSSL reads on demand. When that
 * fails only for lack of a trusted issuer, accepts() verifies the server's chain
 * against these anchors with OpenSSL. accepts() rejects any other error, such as a
 * host name mismatch or an expired certificate.
 */
class ExtraTrustAnchors
{
public:
    explicit ExtraTrustAnchors(QList<QSslCertificate> anchors = {});

    bool isEmpty() const;

    /// True when \a errors are only about a missing trusted issuer and \a chain
    /// (the server's certificate first) verifies against the anchors as a TLS
    /// server chain, valid now. On false, \a reason (when given) contains the cause.
    bool accepts(const QList<QSslError> &errors, const QList<QSslCertificate> &chain, QString *reason = nullptr) const;

    /// True for the errors that mean "no trusted issuer found", the only ones that
    /// the anchors can resolve.
    static bool isMissingIssuerError(QSslError::SslError error);

private:
    bool verifiesChain(const QList<QSslCertificate> &chain, QString *reason) const;

    QList<QSslCertificate> m_anchors;
};
