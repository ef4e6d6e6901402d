#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

/**
 * A throwaway certificate authority and one server certificate signed by it,
 * made with the openssl command-line tool.
 *
 * The server certificate names localhost and its test components
 * (conference, pubsub and upload) as DNS names and 127.0.0.1 as an IP
 * address, so clients can verify it against caCertificates() without
 * disabling any check.
 *
 * @code
 * TestCertificates certificates(directory);
 * if (!certificates.create())
 *     qWarning() << certificates.lastError();
 * socket.setCaCertificates(certificates.caCertificates());
 * @endcode
 */
class TestCertificates
{
public:
    /// Files are written to @p directory, which create() makes if missing.
    explicit TestCertificates(const QString &directory);

    /**
     * Creates the CA and the server certificate, replacing earlier files.
     * Both are valid for 30 days. Returns false and sets lastError() when
     * openssl is missing or fails.
     */
    bool create();

    QString lastError() const;

    QString directory() const;
    QString caCertificatePath() const;
    QString certificatePath() const;
    /// Unencrypted PKCS#8 private key of the server certificate.
    QString keyPath() const;

    /// The CA certificate, or an empty list before create() succeeded.
    QList<QSslCertificate> caCertificates() const;

    /// DNS names in the server certificate's subjectAltName.
    static QStringList dnsNames();

private:
    QString filePath(const QString &name) const;
    bool runOpenssl(const QStringList &arguments);

    QString m_directory;
    QString m_lastError;
};
