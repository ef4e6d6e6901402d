#include "TestCertificates.h"

#include "TestSupportLogging.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace {
constexpr int OpensslTimeoutMs = 30000;
const auto ValidDays = QStringLiteral("30");
}

TestCertificates::TestCertificates(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
{
}

QStringList TestCertificates::dnsNames()
{
    return {
        QStringLiteral("localhost"),
        QStringLiteral("conference.localhost"),
        QStringLiteral("pubsub.localhost"),
        QStringLiteral("upload.localhost"),
    };
}

bool TestCertificates::create()
{
    m_lastError.clear();
    if (!QDir().mkpath(m_directory)) {
        m_lastError = QStringLiteral("Failed to create the certificate folder %1").arg(m_directory);
        return false;
    }

    // P-256 keys take milliseconds to generate. Prosody 0.12 serves them and
    // Python's ssl module verifies them (tst_testserver runs both).
    const QStringList ecKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),
    };

    const bool caCreated = runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")}
                                      + ecKey
                                      + QStringList{
                                          QStringLiteral("-keyout"), filePath(QStringLiteral("ca.key")),
                                          QStringLiteral("-out"), caCertificatePath(),
                                          QStringLiteral("-days"), ValidDays,
                                          QStringLiteral("-subj"), QStringLiteral("/CN=Salon Test CA"),
                                          QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                          QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                                      });
    if (!caCreated)
        return false;

    const bool requestCreated = runOpenssl(QStringList{QStringLiteral("req")}
                                           + ecKey
                                           + QStringList{
                                               QStringLiteral("-keyout"), keyPath(),
                                               QStringLiteral("-out"), filePath(QStringLiteral("server.csr")),
                                               QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                           });
    if (!requestCreated)
        return false;

    QStringList altNames;
    for (const QString &name : dnsNames())
        altNames.append(QStringLiteral("DNS:") + name);
    altNames.append(QStringLiteral("IP:127.0.0.1"));

    QFile extensions(filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_lastError = QStringLiteral("Failed to write %1: %2").arg(extensions.fileName(), extensions.errorString());
        return false;
    }
    extensions.write("basicConstraints=critical,CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth,clientAuth\n");
    extensions.write("subjectAltName=" + altNames.join(QLatin1Char(',')).toLatin1() + '\n');
    extensions.close();

    // Every run makes a CA with the same name, and RFC 5280 expects serial
    // numbers to be unique per issuer, so the serial number is random.
    const QString serial = QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const bool signedCertificate = runOpenssl({
        QStringLiteral("x509"), QStringLiteral("-req"),
        QStringLiteral("-in"), filePath(QStringLiteral("server.csr")),
        QStringLiteral("-CA"), caCertificatePath(),
        QStringLiteral("-CAkey"), filePath(QStringLiteral("ca.key")),
        QStringLiteral("-set_serial"), serial,
        QStringLiteral("-days"), ValidDays,
        QStringLiteral("-extfile"), extensions.fileName(),
        QStringLiteral("-out"), certificatePath(),
    });
    if (!signedCertificate)
        return false;

    if (caCertificates().isEmpty()) {
        m_lastError = QStringLiteral("openssl wrote no readable CA certificate to %1").arg(caCertificatePath());
        return false;
    }
    qCDebug(SALON_TEST_SUPPORT) << "Created test certificates in" << m_directory;
    return true;
}

QString TestCertificates::lastError() const
{
    return m_lastError;
}

QString TestCertificates::directory() const
{
    return m_directory;
}

QString TestCertificates::caCertificatePath() const
{
    return filePath(QStringLiteral("ca.crt"));
}

QString TestCertificates::certificatePath() const
{
    return filePath(QStringLiteral("server.crt"));
}

QString TestCertificates::keyPath() const
{
    return filePath(QStringLiteral("server.key"));
}

QList<QSslCertificate> TestCertificates::caCertificates() const
{
    return QSslCertificate::fromPath(caCertificatePath(), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
}

QString TestCertificates::filePath(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name;
}

bool TestCertificates::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.setStandardInputFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted()) {
        m_lastError = QStringLiteral("Failed to start openssl (%1); install the Debian package openssl").arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(OpensslTimeoutMs)) {
        openssl.kill();
        openssl.waitForFinished();
        m_lastError = QStringLiteral("openssl %1 timed out after %2 ms").arg(arguments.constFirst()).arg(OpensslTimeoutMs);
        return false;
    }
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_lastError = QStringLiteral("openssl %1 failed with exit code %2: %3")
                          .arg(arguments.join(QLatin1Char(' ')))
                          .arg(openssl.exitCode())
                          .arg(QString::fromLocal8Bit(openssl.readAll()).trimmed());
        return false;
    }
    return true;
}
