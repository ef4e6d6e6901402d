#include "TlsCredentials.h"

#include <QDateTime>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

bool readFile(const QString &path, QByteArray *data, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

// Qt has no call that compares a private key with a certificate, so OpenSSL does it on the PEM texts.
// Returns the key's algorithm for QSslKey, or Opaque if the key cannot be read or does not match.
QSsl::KeyAlgorithm matchingKeyAlgorithm(const QByteArray &certificatePem, const QByteArray &keyPem, bool *matches)
{
    *matches = false;
    const std::unique_ptr<BIO, decltype(&BIO_free)> certificateBio(BIO_new_mem_buf(certificatePem.constData(), certificatePem.size()), BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_mem_buf(keyPem.constData(), keyPem.size()), BIO_free);
    if (!certificateBio || !keyBio) {
        return QSsl::Opaque;
    }

    // An empty passphrase makes OpenSSL fail on encrypted keys instead of asking on the terminal.
    char emptyPassphrase[] = "";
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, emptyPassphrase),
                                                                  EVP_PKEY_free);
    if (!certificate || !key) {
        ERR_clear_error();
        return QSsl::Opaque;
    }

    *matches = X509_check_private_key(certificate.get(), key.get()) == 1;
    // Failed checks leave entries in the thread's error queue, which Qt's own TLS code reads later.
    ERR_clear_error();
    switch (EVP_PKEY_base_id(key.get())) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    default:
        return QSsl::Opaque;
    }
}

} // namespace

bool TlsCredentials::load(const QString &certificatePath, const QString &keyPath, QString *errorString)
{
    QByteArray certificatePem;
    QString readError;
    if (!readFile(certificatePath, &certificatePem, &readError)) {
        *errorString = tr("cannot read the TLS certificate file \"%1\": %2").arg(certificatePath, readError);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *errorString = tr("\"%1\" contains no PEM certificate (\"-----BEGIN CERTIFICATE-----\")").arg(certificatePath);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chain.constFirst().expiryDate() < now) {
        *errorString = tr("the TLS certificate in \"%1\" expired on %2").arg(certificatePath, chain.constFirst().expiryDate().toString(Qt::ISODate));
        return false;
    }
    if (chain.constFirst().effectiveDate() > now) {
        *errorString = tr("the TLS certificate in \"%1\" is valid only from %2").arg(certificatePath, chain.constFirst().effectiveDate().toString(Qt::ISODate));
        return false;
    }

    QByteArray keyPem;
    if (!readFile(keyPath, &keyPem, &readError)) {
        *errorString = tr("cannot read the TLS key file \"%1\": %2").arg(keyPath, readError);
        return false;
    }
    bool matches = false;
    const QSsl::KeyAlgorithm algorithm = matchingKeyAlgorithm(certificatePem, keyPem, &matches);
    if (algorithm == QSsl::Opaque) {
        *errorString = tr("\"%1\" contains no unencrypted PEM private key with RSA, EC or DSA").arg(keyPath);
        return false;
    }
    if (!matches) {
        *errorString = tr("the private key in \"%1\" does not belong to the certificate in \"%2\"").arg(keyPath, certificatePath);
        return false;
    }
    const QSslKey key(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        *errorString = tr("Qt cannot load the private key in \"%1\"").arg(keyPath);
        return false;
    }

    m_chain = chain;
    m_key = key;
    return true;
}

bool TlsCredentials::isNull() const
{
    return m_key.isNull();
}

QSslConfiguration TlsCredentials::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
