#include "ExtraTrustAnchors.h"

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace {

struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct StoreDeleter
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct StoreContextDeleter
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};
struct StackDeleter
{
    void operator()(STACK_OF(X509) *stack) const { sk_X509_pop_free(stack, X509_free); }
};

using X509Pointer = std::unique_ptr<X509, X509Deleter>;

X509Pointer toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    auto data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Pointer(d2i_X509(nullptr, &data, der.size()));
}

} // namespace

ExtraTrustAnchors::ExtraTrustAnchors(QList<QSslCertificate> anchors)
    : m_anchors(std::move(anchors))
{
}

bool ExtraTrustAnchors::isEmpty() const
{
    return m_anchors.isEmpty();
}

bool ExtraTrustAnchors::isMissingIssuerError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

bool ExtraTrustAnchors::accepts(const QList<QSslError> &errors, const QList<QSslCertificate> &chain, QString *reason) const
{
    if (m_anchors.isEmpty()) {
        if (reason) {
            *reason = QStringLiteral("no extra certificate authorities are configured");
        }
        return false;
    }
    const bool onlyMissingIssuer = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
        return isMissingIssuerError(error.error());
    });
    if (errors.isEmpty() || !onlyMissingIssuer) {
        if (reason) {
            *reason = QStringLiteral("the errors are not only about an untrusted issuer");
        }
        return false;
    }
    return verifiesChain(chain, reason);
}

bool ExtraTrustAnchors::verifiesChain(const QList<QSslCertificate> &chain, QString *reason) const
{
    auto fail = [reason](const QString &why) {
        if (reason) {
            *reason = why;
        }
        return false;
    };
    if (chain.isEmpty()) {
        return fail(QStringLiteral("the server sent no certificate"));
    }

    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    std::unique_ptr<STACK_OF(X509), StackDeleter> intermediates(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, StoreContextDeleter> context(X509_STORE_CTX_new());
    if (!store || !intermediates || !context) {
        return fail(QStringLiteral("out of memory"));
    }
    for (const QSslCertificate &anchor : m_anchors) {
        X509Pointer x509 = toX509(anchor);
        // The store takes its own reference.
        if (!x509 || X509_STORE_add_cert(store.get(), x509.get()) != 1) {
            ERR_clear_error();
            return fail(QStringLiteral("a configured certificate authority could not be read"));
        }
    }
    // Each anchor was named by the user, so it is trusted even if it is not self-signed.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);

    X509Pointer leaf = toX509(chain.first());
    if (!leaf) {
        ERR_clear_error();
        return fail(QStringLiteral("the server's certificate could not be read"));
    }
    for (int i = 1; i < chain.size(); ++i) {
        X509Pointer intermediate = toX509(chain.at(i));
        if (!intermediate || sk_X509_push(intermediates.get(), intermediate.get()) == 0) {
            ERR_clear_error();
            return fail(QStringLiteral("the server's certificate chain could not be read"));
        }
        intermediate.release();
    }

    if (X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1) {
        ERR_clear_error();
        return fail(QStringLiteral("out of memory"));
    }
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        return fail(QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
    return true;
}
