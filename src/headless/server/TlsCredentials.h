#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

/// Certificate chain and private key of the server's HTTPS and WSS port, from PEM files.
///
/// load() checks what a browser's handshake would otherwise reveal only
/// later: both files are readable, the certificate is valid now, and the
/// key is an unencrypted private key that belongs to the certificate.
class TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TlsCredentials)

public:
    /// Loads \a certificatePath (the server certificate first, then any intermediate certificates) and \a keyPath.
    /// Returns false and sets \a errorString if either is unusable.
    bool load(const QString &certificatePath, const QString &keyPath, QString *errorString);

    bool isNull() const;

    /// Server configuration for QSslSocket: the chain and key, TLS 1.2 or newer, no client certificates.
    QSslConfiguration serverConfiguration() const;

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};
