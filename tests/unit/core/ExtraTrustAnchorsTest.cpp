#include "ExtraTrustAnchors.h"

#include "TestCertificates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QSslCertificate> serverChain(const TestCertificates &certificates)
{
    QFile file(certificates.certificatePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QSslCertificate::fromData(file.readAll(), QSsl::Pem);
}

QList<QSslError> missingIssuer(const QList<QSslCertificate> &chain)
{
    return {
        QSslError(QSslError::UnableToGetLocalIssuerCertificate, chain.value(0)),
        QSslError(QSslError::UnableToVerifyFirstCertificate, chain.value(0)),
    };
}

} // namespace

class ExtraTrustAnchorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY2(m_issuer.create(), qPrintable(m_issuer.lastError()));
        QVERIFY2(m_stranger.create(), qPrintable(m_stranger.lastError()));
        m_chain = serverChain(m_issuer);
        QCOMPARE(m_chain.size(), 1);
    }

    void chainFromAnchorAccepted()
    {
        const ExtraTrustAnchors anchors(m_issuer.caCertificates());
        QString reason;
        QVERIFY2(anchors.accepts(missingIssuer(m_chain), m_chain, &reason), qPrintable(reason));
    }

    void anchorAmongOthersAccepted()
    {
        const ExtraTrustAnchors anchors(m_stranger.caCertificates() + m_issuer.caCertificates());
        QVERIFY(anchors.accepts(missingIssuer(m_chain), m_chain));
    }

    void chainFromOtherAuthorityRejected()
    {
        const ExtraTrustAnchors anchors(m_stranger.caCertificates());
        QString reason;
        QVERIFY(!anchors.accepts(missingIssuer(m_chain), m_chain, &reason));
        QVERIFY(!reason.isEmpty());
    }

    void hostNameMismatchNeverAccepted()
    {
        const ExtraTrustAnchors anchors(m_issuer.caCertificates());
        QList<QSslError> errors = missingIssuer(m_chain);
        errors.append(QSslError(QSslError::HostNameMismatch, m_chain.first()));
        QVERIFY(!anchors.accepts(errors, m_chain));
    }

    void otherErrorsNeverAccepted_data()
    {
        QTest::addColumn<QSslError::SslError>("error");
        QTest::newRow("expired") << QSslError::CertificateExpired;
        QTest::newRow("revoked") << QSslError::CertificateRevoked;
        QTest::newRow("not yet valid") << QSslError::CertificateNotYetValid;
        QTest::newRow("blacklisted") << QSslError::CertificateBlacklisted;
        QTest::newRow("invalid purpose") << QSslError::InvalidPurpose;
    }

    void otherErrorsNeverAccepted()
    {
        QFETCH(QSslError::SslError, error);
        const ExtraTrustAnchors anchors(m_issuer.caCertificates());
        QVERIFY(!anchors.accepts({QSslError(error, m_chain.first())}, m_chain));
    }

    void nothingToAcceptWithoutAnchorsOrErrors()
    {
        QVERIFY(!ExtraTrustAnchors().accepts(missingIssuer(m_chain), m_chain));
        QVERIFY(!ExtraTrustAnchors(m_issuer.caCertificates()).accepts({}, m_chain));
        QVERIFY(!ExtraTrustAnchors(m_issuer.caCertificates()).accepts(missingIssuer(m_chain), {}));
    }

    void serverCertificateAsItsOwnAnchorAccepted()
    {
        // A user may trust the server's certificate itself rather than its issuer.
        const ExtraTrustAnchors anchors(m_chain);
        QString reason;
        QVERIFY2(anchors.accepts(missingIssuer(m_chain), m_chain, &reason), qPrintable(reason));
    }

private:
    QTemporaryDir m_directory;
    TestCertificates m_issuer{m_directory.filePath(QStringLiteral("issuer"))};
    TestCertificates m_stranger{m_directory.filePath(QStringLiteral("stranger"))};
    QList<QSslCertificate> m_chain;
};

QTEST_GUILESS_MAIN(ExtraTrustAnchorsTest)
#include "ExtraTrustAnchorsTest.moc"
